import { useSignalValue } from '../hooks/use-signal-value';
import type { QuizModel } from '../model/quiz-model';
import { QuestionView } from './QuestionView';
import { ScoreView } from './ScoreView';

export interface QuizAppProps {
  model: QuizModel;
}

/** The whole quiz: header, then the current question or the final score. */
export function QuizApp({ model }: QuizAppProps) {
  const view = useSignalValue(model.view);
  return (
    <section class="wsi__card" aria-labelledby="wsi-title">
      <header class="wsi__header">
        <p class="wsi__kicker">Who said it?</p>
        <h1 id="wsi-title" class="wsi__title">
          {view.title}
        </h1>
      </header>
      {view.finished ? <ScoreView view={view} model={model} /> : <QuestionView view={view} model={model} />}
    </section>
  );
}
