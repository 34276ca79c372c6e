import type { PublicChoice } from '../../worker/contract';
import type { AnswerRecord } from '../model/quiz-model';

export interface FeedbackPanelProps {
  result: AnswerRecord;
  choices: PublicChoice[];
}

/** Right or wrong, who said it, and the article's own sentence. Lives in the live region. */
export function FeedbackPanel({ result, choices }: FeedbackPanelProps) {
  const speaker = choices.find((c) => c.id === result.answer)?.label ?? 'Someone else';
  return (
    <div class={result.correct ? 'wsi__feedback wsi__feedback--right' : 'wsi__feedback wsi__feedback--wrong'}>
      <p class="wsi__verdict">
        <span class="wsi__verdict-icon" aria-hidden="true">
          {result.correct ? '✓' : '✗'}
        </span>
        {result.correct ? 'Right! ' : 'Not quite. '}
        <strong>{speaker}</strong> said it.
      </p>
      {result.explanation ? (
        <p class="wsi__explanation">
          <span class="wsi__source">{result.editorNote ? 'Editor’s note: ' : 'From the article: '}</span>
          {result.explanation}
        </p>
      ) : null}
    </div>
  );
}
