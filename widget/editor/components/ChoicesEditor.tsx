import type { Person } from '../../../worker/editor-contract';
import { MAX_CHOICES, MIN_CHOICES, type PersonRef } from '../draft-model';
import { PersonPicker } from './PersonPicker';

export interface ChoicesEditorProps {
  /** Prefix for element ids (the question's key). */
  idBase: string;
  speaker: PersonRef;
  wrong: PersonRef[];
  people: Person[];
  labelOf(ref: PersonRef): string;
  problem?: string | undefined;
  onChange(index: number, ref: PersonRef): void;
  onAdd(): void;
  onRemove(index: number): void;
}

/** The wrong choices readers are offered next to the speaker (3–4 people in all). */
export function ChoicesEditor({ idBase, speaker, wrong, people, labelOf, problem, onChange, onAdd, onRemove }: ChoicesEditorProps) {
  const total = wrong.length + 1;
  const errorId = problem ? `${idBase}-choices-error` : undefined;
  return (
    <fieldset class="ed-choices">
      <legend>Choices readers see</legend>
      <p class="ed-hint">
        Right answer: <strong>{labelOf(speaker) || 'the speaker'}</strong>. Offer {MIN_CHOICES}–{MAX_CHOICES} people in all.
      </p>
      <ol>
        {wrong.map((w, i) => (
          <li key={i} class="ed-row">
            <PersonPicker
              id={`${idBase}-wrong-${i}`}
              label={`Wrong choice ${i + 1}`}
              value={w}
              people={people}
              labelOf={labelOf}
              errorId={errorId}
              onChange={(ref) => onChange(i, ref)}
            />
            <button type="button" class="ed-small" disabled={total <= MIN_CHOICES} onClick={() => onRemove(i)} aria-label={`Remove wrong choice ${i + 1}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="ed-small" disabled={total >= MAX_CHOICES} onClick={onAdd}>
        Add a wrong choice
      </button>
      {problem ? (
        <p id={errorId} class="ed-error">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
