import { useState } from 'preact/hooks';
import type { DraftModel } from '../draft-model';
import { PersonRow } from './PersonRow';

export interface PeoplePanelProps {
  draft: DraftModel;
  colours: ReadonlyMap<string, number>;
}

/** The quiz's people: names and roles as readers see them, merges, and people to add. Saved with the quiz. */
export function PeoplePanel({ draft, colours }: PeoplePanelProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const people = draft.cast.list.value;
  const problems = draft.cast.problems.value;
  const questions = draft.questions.value;
  const uses = (id: string) => ({
    speaks: questions.filter((q) => 'id' in q.speaker && q.speaker.id === id).length,
    offered: questions.filter((q) => [q.speaker, ...q.wrong].some((r) => 'id' in r && r.id === id)).length,
  });
  return (
    <section class="ed-card ed-people" aria-labelledby="ed-people-title">
      <h2 id="ed-people-title">People</h2>
      <p class="ed-hint">A change here applies to every question. Merge two entries that are one person (“Park” and “Min-jun Park”): the names become aliases.</p>
      <ul class="ed-people-list">
        {people.map((p) => (
          <PersonRow
            key={p.id}
            person={p}
            others={people.filter((o) => o.id !== p.id)}
            {...uses(p.id)}
            colour={colours.get(p.id)}
            problem={problems.get(p.id)}
            onName={(v) => draft.cast.rename(p.id, v)}
            onRole={(v) => draft.cast.setRole(p.id, v)}
            onMerge={(into) => draft.mergePerson(p.id, into)}
          />
        ))}
      </ul>
      <div
        class="ed-add-person"
        role="group"
        aria-labelledby="ed-add-person-title"
      >
        <h3 id="ed-add-person-title">Add a person</h3>
        <div class="ed-person-fields">
          <div>
            <label for="ed-new-person-name">Name</label>
            <input id="ed-new-person-name" type="text" maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <div>
            <label for="ed-new-person-role">Role readers see (optional)</label>
            <input id="ed-new-person-role" type="text" maxLength={120} value={role} onInput={(e) => setRole(e.currentTarget.value)} />
          </div>
          <div class="ed-add-person-action">
            <button
              type="button"
              class="ed-small"
              disabled={!name.trim()}
              onClick={() => {
                draft.cast.add(name, role);
                setName('');
                setRole('');
              }}
            >
              Add person
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
