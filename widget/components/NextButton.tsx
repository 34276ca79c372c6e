import { useEffect } from 'preact/hooks';
import { loadEnd } from '../end-loader';
import type { QuizModel } from '../model/quiz-model';
import { useFocusTarget } from '../hooks/use-focus-target';

export interface NextButtonProps {
  model: QuizModel;
  last: boolean;
}

/** Shown after answering; takes focus so the reader can go on with Enter. */
export function NextButton({ model, last }: NextButtonProps) {
  const ref = useFocusTarget(model, 'next');
  // The end screen's code loads while the reader reads the last answer.
  useEffect(() => void (last && loadEnd()), [last]);
  return (
    <button type="button" class="wsi__button wsi__next" ref={ref} onClick={model.next}>
      {last ? 'See your score' : 'Next question'}
    </button>
  );
}
