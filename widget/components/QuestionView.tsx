import type { QuizModel, QuizView } from '../model/quiz-model';
import { useFocusTarget } from '../hooks/use-focus-target';
import { ChoiceOption } from './ChoiceOption';
import { FeedbackPanel } from './FeedbackPanel';
import { NextButton } from './NextButton';
import { ProgressBar } from './ProgressBar';

export interface QuestionViewProps {
  view: QuizView;
  model: QuizModel;
}

/** One question: the quotation, the people as a radio group, then the answer. */
export function QuestionView({ view, model }: QuestionViewProps) {
  const headingRef = useFocusTarget(model, 'question');
  const { question, result, pending, selected, error, total } = view;
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
      <blockquote class="wsi__quote" id="wsi-quote">
        <p>{question.quote}</p>
      </blockquote>
      <form
        class="wsi__form"
        aria-labelledby="wsi-q-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void model.submit();
        }}
      >
        <fieldset class="wsi__fieldset" aria-describedby="wsi-quote">
          <legend class="wsi__legend">Who said it?</legend>
          <ul class="wsi__choices" role="list">
            {question.choices.map((choice) => (
              <ChoiceOption
                key={question.id + choice.id}
                choice={choice}
                name={'wsi-' + question.id}
                checked={selected === choice.id}
                disabled={!!result}
                isAnswer={result ? result.answer === choice.id : undefined}
                onSelect={model.select}
              />
            ))}
          </ul>
        </fieldset>
        <div class="wsi__status" role="status" aria-live="polite" aria-atomic="true">
          {error ? <p class="wsi__error">{error}</p> : null}
          {result ? <FeedbackPanel result={result} choices={question.choices} /> : null}
        </div>
        {result ? null : (
          <button type="submit" class="wsi__button" aria-disabled={pending ? 'true' : undefined}>
            {pending ? 'Checking…' : 'Check answer'}
          </button>
        )}
      </form>
      {result ? <NextButton model={model} last={number === total} /> : null}
    </div>
  );
}
