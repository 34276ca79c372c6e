// The quiz's people under review, as a signal model: names and the roles readers see, edited
// in place; merges (one person becomes another's alias); people added by the editor. The
// edit it makes is the `people` part of PUT /api/editor/quizzes/:id (worker/people-edit.ts),
// which applies it to every question. People added here have a local id ("new:1") until saved.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Person, PersonEdit } from '../../worker/editor-contract';

export const isNew = (id: string): boolean => id.startsWith('new:');

export interface PeopleModel {
  /** Everyone a question may name now: the quiz's people (renamed, merges gone) and the added ones. */
  readonly list: ReadonlySignal<Person[]>;
  /** Merges made since the last save: merged id → the id they are now. */
  readonly merges: ReadonlySignal<ReadonlyMap<string, string>>;
  /** Person id → what is wrong with them (an empty or repeated name). */
  readonly problems: ReadonlySignal<Map<string, string>>;
  rename(id: string, name: string): void;
  setRole(id: string, role: string): void;
  /** Adds a person; returns their local id. */
  add(name: string, role: string): string;
  merge(from: string, into: string): void;
  edits(): PersonEdit[];
  reset(people: readonly Person[]): void;
}

let added = 0;

export function createPeopleModel(initial: readonly Person[]): PeopleModel {
  const saved = signal<readonly Person[]>(initial);
  const list = signal<Person[]>(initial.map((p) => ({ ...p })));
  const merges = signal<ReadonlyMap<string, string>>(new Map());

  const problems = computed(() => {
    const out = new Map<string, string>();
    const seen = new Map<string, string>();
    for (const p of list.value) {
      const key = p.name.trim().toLowerCase();
      if (!key) out.set(p.id, 'A person needs a name.');
      else if (seen.has(key)) out.set(p.id, `Another person is called “${p.name.trim()}”: merge them instead.`);
      seen.set(key, p.id);
    }
    return out;
  });

  const patch = (id: string, change: Partial<Person>) => (list.value = list.value.map((p) => (p.id === id ? { ...p, ...change } : p)));

  return {
    list,
    merges,
    problems,
    rename: (id, name) => patch(id, { name }),
    setRole: (id, role) => patch(id, { role }),
    add(name, role) {
      const id = `new:${++added}`;
      list.value = [...list.value, { id, name: name.trim(), aliases: [], kind: 'person', ...(role.trim() ? { role: role.trim() } : {}) }];
      return id;
    },
    merge(from, into) {
      const gone = list.value.find((p) => p.id === from);
      if (!gone || from === into || isNew(into)) return;
      const next = new Map(merges.value);
      // Earlier merges into the merged person now point at the new target.
      for (const [k, v] of next) if (v === from) next.set(k, into);
      if (!isNew(from)) next.set(from, into);
      merges.value = next;
      list.value = list.value.filter((p) => p.id !== from).map((p) => (p.id === into ? { ...p, aliases: [...p.aliases, gone.name] } : p));
    },
    edits() {
      const before = new Map(saved.value.map((p) => [p.id, p]));
      const out: PersonEdit[] = [];
      for (const p of list.value) {
        if (isNew(p.id)) {
          out.push({ name: p.name.trim(), ...(p.role?.trim() ? { role: p.role.trim() } : {}) });
          continue;
        }
        const was = before.get(p.id);
        if (!was) continue;
        const edit: PersonEdit = { id: p.id };
        if (p.name.trim() !== was.name) edit.name = p.name.trim();
        if ((p.role ?? '').trim() !== (was.role ?? '')) edit.role = (p.role ?? '').trim() || null;
        if (edit.name !== undefined || edit.role !== undefined) out.push(edit);
      }
      for (const [id, into] of merges.value) out.push({ id, mergeInto: into });
      return out;
    },
    reset(people) {
      saved.value = people;
      list.value = people.map((p) => ({ ...p }));
      merges.value = new Map();
    },
  };
}
