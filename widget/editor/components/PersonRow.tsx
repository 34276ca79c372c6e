import type { Person } from '../../../worker/editor-contract';
import { isNew } from '../people-model';

export interface PersonRowProps {
  person: Person;
  /** Everyone else, as merge targets (people added since the last save cannot be merged into yet). */
  others: Person[];
  /** How often they are the speaker / a choice. */
  speaks: number;
  offered: number;
  /** Their speaker colour, when they speak. */
  colour: number | undefined;
  problem: string | undefined;
  onName(name: string): void;
  onRole(role: string): void;
  onMerge(into: string): void;
}

/** One person: the name and role readers see, edited for every question at once; merging them into someone else. */
export function PersonRow({ person: p, others, speaks, offered, colour, problem, onName, onRole, onMerge }: PersonRowProps) {
  const id = `ed-person-${p.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <li class={`ed-person-row${colour === undefined ? '' : ` ed-c${colour}`}`} data-person-id={p.id}>
      <div class="ed-person-fields">
        <div>
          <label for={`${id}-name`}>
            {colour === undefined ? null : <span class="ed-swatch" aria-hidden="true" />}
            Name
          </label>
          <input id={`${id}-name`} type="text" maxLength={100} value={p.name} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-error` : undefined} onInput={(e) => onName(e.currentTarget.value)} />
        </div>
        <div>
          <label for={`${id}-role`}>Role readers see</label>
          <input id={`${id}-role`} type="text" maxLength={120} placeholder="e.g. Harbour master" value={p.role ?? ''} onInput={(e) => onRole(e.currentTarget.value)} />
        </div>
        <div>
          <label for={`${id}-merge`}>Same person as…</label>
          <select
            id={`${id}-merge`}
            value=""
            disabled={others.length === 0}
            onChange={(e) => {
              const into = e.currentTarget.value;
              if (into) onMerge(into);
            }}
          >
            <option value="">(nobody: keep apart)</option>
            {others
              .filter((o) => !isNew(o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  Merge into {o.name}
                </option>
              ))}
          </select>
        </div>
      </div>
      <p class="ed-hint">
        {speaks ? `Speaker of ${speaks} question${speaks === 1 ? '' : 's'}` : 'Speaks in no question'}, offered in {offered}
        {p.aliases.length ? ` · also called ${p.aliases.join(', ')}` : ''}
        {isNew(p.id) ? ' · added, not saved yet' : ''}
      </p>
      {problem ? (
        <p id={`${id}-error`} class="ed-error">
          {problem}
        </p>
      ) : null}
    </li>
  );
}
