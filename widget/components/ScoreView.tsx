import { useEffect } from 'preact/hooks';
import type { QuizModel, QuizView } from '../model/quiz-model';
import { useFocusTarget } from '../hooks/use-focus-target';
import { StandingLine } from './StandingLine';

export interface ScoreViewProps {
  view: QuizView;
  model: QuizModel;
}

function verdict(score: number, total: number): string {
  if (total > 0 && score === total) return 'A perfect score. You read closely!';
  if (score * 2 >= total) return 'Well done. You know who said what.';
  return 'The article has the answers. Give it another read.';
}

/** The end: "7 of 11", how that compares with other readers, and Play again. */
export function ScoreView({ view, model }: ScoreViewProps) {
  const headingRef = useFocusTarget(model, 'score');
  // In the browser only (effects don't run on the server); the score shows without waiting.
  useEffect(model.loadStanding, [model]);
  const { score, total } = view;
  return (
    <div class="wsi__end">
      <h2 class="wsi__end-heading" tabIndex={-1} ref={headingRef}>
        Your score
      </h2>
      <p class="wsi__score">
        <span class="wsi__score-value">
          {`${score} of ${total}`}
        </span>
      </p>
      <p class="wsi__end-text">{verdict(score, total)}</p>
      <StandingLine standing={view.standing} />
      <div class="wsi__actions">
        <button type="button" class="wsi__button" onClick={model.restart}>
          Play again
        </button>
      </div>
    </div>
  );
}
