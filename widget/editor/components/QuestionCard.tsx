import type { Person } from '../../../worker/editor-contract';
import type { PersonRef, QuestionProblems, QuestionState } from '../draft-model';
import { ChoicesEditor } from './ChoicesEditor';
import { ExplanationEditor } from './ExplanationEditor';
import { PersonPicker } from './PersonPicker';

export interface QuestionCardProps {
  question: QuestionState;
  index: number;
  count: number;
  people: Person[];
  threshold: number;
  problems: QuestionProblems | undefined;
  /** Its speaker's colour (.ed-c0 …), as in the article. */
  colour: number;
  /** The question under review (outlined; the article shows its quotation). */
  current: boolean;
  /** The wrong choices, quotation and explanation shown for editing. */
  expanded: boolean;
  labelOf(ref: PersonRef): string;
  onFocus(): void;
  onExpand(open: boolean): void;
  onQuote(quote: string): void;
  onSelected(selected: boolean): void;
  onSpeaker(ref: PersonRef): void;
  onExplanation(text: string, by: 'article' | 'editor'): void;
  onWrong(index: number, ref: PersonRef): void;
  onAddWrong(): void;
  onRemoveWrong(index: number): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/**
 * One question, compact: the quotation, who said it, whether readers get it, how sure the
 * question builder was. The wrong choices, the quotation's wording and the explanation open
 * on demand (and by themselves when a save finds a problem there).
 */
export function QuestionCard(props: QuestionCardProps) {
  const { question: q, index, count, problems, expanded } = props;
  const n = index + 1;
  const id = `ed-q-${q.key}`;
  const pct = Math.round(q.confidence * 100);
  const cls = `ed-question ed-c${props.colour}${q.selected ? '' : ' ed-question--off'}${q.lowConfidence ? ' ed-question--low' : ''}${props.current ? ' ed-question--current' : ''}`;
  return (
    <li class={cls} id={id} data-question-id={q.id} data-quote={q.quote} tabIndex={-1} aria-labelledby={`${id}-title`} onFocusCapture={props.onFocus} onClick={props.onFocus}>
      <div class="ed-q-head">
        <h2 id={`${id}-title`} class="ed-q-title">
          Question {n}
          {q.lowConfidence ? <span class="ed-flag"> · check the speaker</span> : null}
        </h2>
        <span class={`ed-confidence${q.lowConfidence ? ' ed-confidence--low' : ''}`} title={`Questions under ${Math.round(props.threshold * 100)}% start left out`}>
          {q.lowConfidence ? '⚠ ' : ''}Confidence {pct}%
        </span>
        <label class="ed-check ed-include">
          <input type="checkbox" checked={q.selected} aria-keyshortcuts="x" onChange={(e) => props.onSelected(e.currentTarget.checked)} />
          Include in the quiz
        </label>
      </div>
      <blockquote class="ed-q-quote">
        <span class="ed-swatch" aria-hidden="true" />
        {q.quote}
      </blockquote>
      {problems?.quote && !expanded ? <p class="ed-error">{problems.quote}</p> : null}
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
      <button type="button" class="ed-small ed-more" aria-expanded={expanded} aria-controls={`${id}-details`} onClick={() => props.onExpand(!expanded)}>
        {expanded ? 'Hide details' : 'Wrong choices, wording, explanation'}
        {!expanded && (problems?.choices || problems?.explanation) ? ' (needs a fix)' : ''}
      </button>
      {expanded ? (
        <div class="ed-q-details" id={`${id}-details`}>
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
          <ExplanationEditor idBase={id} text={q.explanation} by={q.explanationBy} problem={problems?.explanation} onChange={props.onExplanation} />
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
        </div>
      ) : null}
    </li>
  );
}
