import { useEffect, useState } from 'preact/hooks';
import type { EndModule } from '../end/end-module';
import { loadEnd } from '../end-loader';
import type { QuizModel, QuizView } from '../model/quiz-model';
import { useFocusTarget } from '../hooks/use-focus-target';

export interface ScoreViewProps {
  view: QuizView;
  model: QuizModel;
}

/**
 * The end: "7 of 11" and Play again at once; a word on it, how it compares with other readers,
 * sharing and the review of the answers once their code has loaded (widget/end-loader.ts, fetched
 * while the reader reads the last answer, so it is usually there already). The standing line
 * is a polite live region, rendered empty with the score so it is announced when it arrives.
 */
export function ScoreView({ view, model }: ScoreViewProps) {
  const headingRef = useFocusTarget(model, 'score');
  const [end, setEnd] = useState<EndModule | null>(null);
  // In the browser only (effects don't run on the server); the score shows without waiting.
  useEffect(model.loadStanding, [model]);
  useEffect(() => void loadEnd().then(setEnd), []);
  const { score, total } = view;
  return (
    <div class="wsi__end">
      <h2 class="wsi__end-heading" tabIndex={-1} ref={headingRef}>
        Your score
      </h2>
      <p class="wsi__score">{`${score} of ${total}`}</p>
      <p class="wsi__end-text">{end?.verdict(score, total)}</p>
      <p class="wsi__standing" role="status">
        {end ? end.standingText(view.standing) : ''}
      </p>
      {end ? <end.EndExtras view={view} quiz={model.quiz} /> : null}
      <div class="wsi__actions">
        <button type="button" class="wsi__button" onClick={model.restart}>
          Play again
        </button>
      </div>
    </div>
  );
}
