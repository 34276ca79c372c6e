import type { QuizModel, QuizView } from '../model/quiz-model';
import { useFocusTarget } from '../hooks/use-focus-target';
import { useRevealInFrame } from '../hooks/use-reveal-in-frame';
import { LONG_QUOTE_CHARS } from '../frame-size';
import { ChoiceOption } from './ChoiceOption';
import { FeedbackPanel } from './FeedbackPanel';
import { NextButton } from './NextButton';
import { ProgressBar } from './ProgressBar';

export interface QuestionViewProps {
  view: QuizView;
  model: QuizModel;
}

/**
 * One question: the quotation, the people as a radio group, then the answer.
 * No <form>: frames sandboxed without `allow-forms` (WordPress's oEmbed frames)
 * never fire `submit`, so checking is a plain button, and Enter on a choice
 * checks the answer as a form's implicit submission would.
 */
export function QuestionView({ view, model }: QuestionViewProps) {
  const headingRef = useFocusTarget(model, 'question');
  const { question, result, pending, selected, error, total } = view;
  const statusRef = useRevealInFrame(result ?? error);
  if (!question) return null;
  const number = view.index + 1;

  return (
    <div class="wsi__question">
      <div class="wsi__progress">
        <h2 class="wsi__qheading" tabIndex={-1} ref={headingRef} id="wsi-q-heading">
          {`Question ${number} of ${total}`}
        </h2>
        <ProgressBar current={number} total={total} />
      </div>
      <blockquote class={question.quote.length > LONG_QUOTE_CHARS ? 'wsi__quote wsi__quote--long' : 'wsi__quote'} id="wsi-quote">
        <p>{question.quote}</p>
      </blockquote>
      <fieldset
        class="wsi__fieldset"
        aria-describedby="wsi-quote"
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.isComposing || (e.target as { type?: string } | null)?.type !== 'radio') return;
          e.preventDefault();
          void model.submit();
        }}
      >
        <legend class="wsi__legend">Who said it?</legend>
        <ul class="wsi__choices" role="list">
          {question.choices.map((choice) => (
            <ChoiceOption
              key={question.id + choice.id}
              choice={choice}
              name="wsi-choice"
              checked={selected === choice.id}
              disabled={!!result || view.locked}
              isAnswer={result ? result.answer === choice.id : undefined}
              onSelect={model.select}
            />
          ))}
        </ul>
      </fieldset>
      <div class="wsi__status" role="status" aria-live="polite" aria-atomic="true" ref={statusRef}>
        {error ? <p class="wsi__error">{error}</p> : null}
        {result ? <FeedbackPanel result={result} choices={question.choices} /> : null}
      </div>
      <div class="wsi__actions">
        {result ? (
          <NextButton model={model} last={number === total} />
        ) : (
          <button type="button" class="wsi__button" aria-disabled={pending ? 'true' : undefined} onClick={() => void model.submit()}>
            {pending ? 'Checking…' : 'Check answer'}
          </button>
        )}
      </div>
    </div>
  );
}
