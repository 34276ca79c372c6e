import type { Person } from '../../../worker/editor-contract';
import type { PersonRef } from '../draft-model';

export interface PersonPickerProps {
  /** Unique per page: ids of the select and the name field derive from it. */
  id: string;
  label: string;
  value: PersonRef;
  people: Person[];
  /** A person's display name (also for ids not among `people`). */
  labelOf(ref: PersonRef): string;
  onChange(ref: PersonRef): void;
  /** Id of an element describing a problem with this field. */
  errorId?: string | undefined;
}

const OTHER = '__other';

/** Pick one of the article's people, or type a name. */
export function PersonPicker({ id, label, value, people, labelOf, onChange, errorId }: PersonPickerProps) {
  const current = 'id' in value ? value.id : OTHER;
  const known = people.some((p) => p.id === current);
  return (
    <div class="ed-person">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={current}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(v === OTHER ? { name: '' } : { id: v });
        }}
      >
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.role ? ` — ${p.role}` : ''}
          </option>
        ))}
        {current !== OTHER && !known ? <option value={current}>{labelOf(value)}</option> : null}
        <option value={OTHER}>Someone else (type a name)…</option>
      </select>
      {'name' in value ? (
        <>
          <label for={`${id}-name`} class="ed-sr-only">
            {label}: name
          </label>
          <input
            id={`${id}-name`}
            type="text"
            placeholder="Full name"
            maxLength={100}
            value={value.name}
            aria-invalid={errorId && !value.name.trim() ? true : undefined}
            aria-describedby={errorId}
            onInput={(e) => onChange({ name: e.currentTarget.value })}
          />
        </>
      ) : null}
    </div>
  );
}
