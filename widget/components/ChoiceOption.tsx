import type { PublicChoice } from '../../worker/contract';

export interface ChoiceOptionProps {
  choice: PublicChoice;
  name: string;
  checked: boolean;
  disabled: boolean;
  /** Once answered: whether this is the right person (undefined before). */
  isAnswer: boolean | undefined;
  onSelect(id: string): void;
}

/** One person as a native radio with its label: full name, role as secondary text. */
export function ChoiceOption({ choice, name, checked, disabled, isAnswer, onSelect }: ChoiceOptionProps) {
  const id = `${name}-${choice.id}`;
  let state = '';
  let mark: string | null = null;
  if (isAnswer === true) {
    state = ' wsi__choice--right';
    mark = checked ? 'Your answer: right' : 'Right answer';
  } else if (isAnswer === false && checked) {
    state = ' wsi__choice--wrong';
    mark = 'Your answer';
  } else if (isAnswer === false) {
    // Answered, and neither the reader's pick nor the answer: shown smaller, so the card stays short.
    state = ' wsi__choice--other';
  }
  return (
    <li class={'wsi__choice' + state + (checked ? ' wsi__choice--checked' : '')}>
      <input
        class="wsi__radio"
        type="radio"
        id={id}
        name={name}
        value={choice.id}
        checked={checked}
        disabled={disabled}
        onChange={() => onSelect(choice.id)}
      />
      <label class="wsi__label" for={id}>
        <span class="wsi__name-row">
          <span class="wsi__name">{choice.label}</span>
          {mark ? <span class="wsi__mark">{mark}</span> : null}
        </span>
        {choice.description ? <span class="wsi__role">{choice.description}</span> : null}
      </label>
    </li>
  );
}
