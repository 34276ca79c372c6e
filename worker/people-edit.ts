// An editor's changes to a quiz's people: rename, change the role readers see, merge one
// person into another (aliases), add a person. Pure, no KV: applied before the questions of
// the same edit, so every question takes the changes (worker/quiz-edit.ts). A refused
// change throws an ApiError and nothing is stored.
import type { Person } from '../questions/types';
import type { PersonEdit } from './editor-contract';
import { ApiError } from './errors';
import { squashSpace as squash } from './quote-check';

export interface PeopleResult {
  people: Person[];
  /** Every merge so far, old id → current id (earlier merges re-pointed at their new target). */
  merged: Record<string, string>;
  /** This edit's merges only: ids the edit's questions may still name, and what they are now. */
  remap: Map<string, string>;
}

const unknown = (where: string, id: string) => new ApiError(422, 'unknown_person', `${where}: this quiz has no person "${id}".`);

/** The quiz's people after `edits`, in their order, with new people last. */
export function applyPeopleEdits(people: readonly Person[], edits: readonly PersonEdit[], merged: Readonly<Record<string, string>>, idFor: (name: string) => string): PeopleResult {
  const byId = new Map(people.map((p) => [p.id, { ...p, aliases: [...p.aliases] }]));
  const remap = new Map<string, string>();
  const added: Person[] = [];

  edits.forEach((edit, i) => {
    const where = `people.${i}`;
    if (edit.id === undefined) {
      const name = squash(edit.name ?? '');
      const id = unusedId(idFor(name), byId, added);
      const role = edit.role ? squash(edit.role) : '';
      added.push({ id, name, aliases: [], kind: 'person', ...(role ? { role } : {}) });
      return;
    }
    const person = byId.get(edit.id);
    if (!person) throw unknown(where, edit.id);
    if (edit.mergeInto !== undefined) {
      if (edit.mergeInto === edit.id) throw new ApiError(422, 'invalid_merge', `${where}: a person cannot be merged into themselves.`);
      if (!byId.has(edit.mergeInto)) throw unknown(where, edit.mergeInto);
      if (edits.some((e) => e.id === edit.mergeInto && e.mergeInto !== undefined)) {
        throw new ApiError(422, 'invalid_merge', `${where}: "${edit.mergeInto}" is itself merged into someone else in this edit; merge both into the same person.`);
      }
      remap.set(edit.id, edit.mergeInto);
      return;
    }
    if (edit.name !== undefined) person.name = squash(edit.name);
    if (edit.role !== undefined) {
      const role = edit.role === null ? '' : squash(edit.role);
      if (role) person.role = role;
      else delete person.role;
    }
  });

  // Merges last, so a merge takes the target's new name and the merged person's final one.
  for (const [from, to] of remap) {
    const gone = byId.get(from)!;
    const target = byId.get(to)!;
    const names = [gone.name, ...gone.aliases, ...target.aliases].filter((n) => n.toLowerCase() !== target.name.toLowerCase());
    target.aliases = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
    if (!target.role && gone.role) target.role = gone.role;
    byId.delete(from);
  }

  const result = [...byId.values(), ...added];
  const names = new Map<string, Person>();
  for (const p of result) {
    const key = p.name.toLowerCase();
    const other = names.get(key);
    if (other) throw new ApiError(422, 'duplicate_person', `Two people would be called "${p.name}" ("${other.id}" and "${p.id}"): merge them instead.`);
    names.set(key, p);
  }

  const all: Record<string, string> = {};
  for (const [from, to] of Object.entries(merged)) all[from] = remap.get(to) ?? to;
  for (const [from, to] of remap) all[from] = to;
  return { people: result, merged: all, remap };
}

/** `id`, or `id-2`, `id-3`… when a person already has it. */
function unusedId(id: string, byId: ReadonlyMap<string, Person>, added: readonly Person[]): string {
  const taken = (x: string) => byId.has(x) || added.some((p) => p.id === x);
  if (!taken(id)) return id;
  let n = 2;
  while (taken(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}
