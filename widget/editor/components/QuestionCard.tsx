import type { Person } from '../../../worker/editor-contract';
import type { PersonRef, QuestionProblems, QuestionState } from '../draft-model';
import { ChoicesEditor } from './ChoicesEditor';
import { PersonPicker } from './PersonPicker';

export interface QuestionCardProps {
  question: QuestionState;
  index: number;
  count: number;
  people: Person[];
  threshold: number;
  problems: QuestionProblems | undefined;
  labelOf(ref: PersonRef): string;
  onQuote(quote: string): void;
  onSelected(selected: boolean): void;
  onSpeaker(ref: PersonRef): void;
  onWrong(index: number, ref: PersonRef): void;
  onAddWrong(): void;
  onRemoveWrong(index: number): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/** One proposed question under review. */
export function QuestionCard(props: QuestionCardProps) {
  const { question: q, index, count, problems } = props;
  const n = index + 1;
  const id = `ed-q-${q.key}`;
  const pct = Math.round(q.confidence * 100);
  return (
    <li class={`ed-question${q.selected ? '' : ' ed-question--off'}${q.lowConfidence ? ' ed-question--low' : ''}`} id={id} data-question-id={q.id}>
      <fieldset>
        <legend>
          Question {n}
          {q.lowConfidence ? <span class="ed-flag"> · low confidence, check the speaker</span> : null}
        </legend>
        <div class="ed-row ed-spread">
          <label class="ed-check">
            <input type="checkbox" checked={q.selected} onChange={(e) => props.onSelected(e.currentTarget.checked)} />
            Include in the quiz
          </label>
          <span class={`ed-confidence${q.lowConfidence ? ' ed-confidence--low' : ''}`} title={`Questions under ${Math.round(props.threshold * 100)}% start unselected`}>
            Confidence {pct}%
          </span>
        </div>
        <label for={`${id}-quote`}>Quotation (a verbatim part of the article; cut it if you like)</label>
        <textarea
          id={`${id}-quote`}
          rows={3}
          value={q.quote}
          aria-invalid={problems?.quote ? true : undefined}
          aria-describedby={problems?.quote ? `${id}-quote-error` : undefined}
          onInput={(e) => props.onQuote(e.currentTarget.value)}
        />
        {problems?.quote ? (
          <p id={`${id}-quote-error`} class="ed-error">
            {problems.quote}
          </p>
        ) : null}
        <PersonPicker
          id={`${id}-speaker`}
          label="Speaker (the right answer)"
          value={q.speaker}
          people={props.people}
          labelOf={props.labelOf}
          errorId={problems?.speaker ? `${id}-speaker-error` : undefined}
          onChange={props.onSpeaker}
        />
        {problems?.speaker ? (
          <p id={`${id}-speaker-error`} class="ed-error">
            {problems.speaker}
          </p>
        ) : null}
        <p class="ed-explanation">
          <span class="ed-label">Attributing sentence (shown after answering):</span> {q.explanation}
        </p>
        <ChoicesEditor
          idBase={id}
          speaker={q.speaker}
          wrong={q.wrong}
          people={props.people}
          labelOf={props.labelOf}
          problem={problems?.choices}
          onChange={props.onWrong}
          onAdd={props.onAddWrong}
          onRemove={props.onRemoveWrong}
        />
        <div class="ed-row">
          <button type="button" class="ed-small" id={`${id}-up`} disabled={index === 0} onClick={() => props.onMove(-1)} aria-label={`Move question ${n} up`}>
            ↑ Up
          </button>
          <button type="button" class="ed-small" id={`${id}-down`} disabled={index === count - 1} onClick={() => props.onMove(1)} aria-label={`Move question ${n} down`}>
            ↓ Down
          </button>
          <button type="button" class="ed-small ed-danger" onClick={props.onRemove} aria-label={`Delete question ${n}`}>
            Delete
          </button>
        </div>
      </fieldset>
    </li>
  );
}
