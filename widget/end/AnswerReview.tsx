import type { PublicQuiz } from '../../worker/contract';
import type { AnswerRecord } from '../model/quiz-model';
import { sentenceLink, textDirective } from './host-page';
import { ReviewItem } from './ReviewItem';

export interface AnswerReviewProps {
  quiz: PublicQuiz;
  answers: Record<string, AnswerRecord>;
  article: string | null;
  top: boolean;
  /** Shows a quotation in the host page through embed.js (absent: the links navigate themselves). */
  show?: ((directive: string) => void) | undefined;
}

/** The reader's answers, one per question, folded away until asked for (the frame stays short). */
export function AnswerReview({ quiz, answers, article, top, show }: AnswerReviewProps) {
  return (
    <details class="wsi__review">
      <summary class="wsi__review-summary">Review your answers</summary>
      <ol class="wsi__rlist">
        {quiz.questions.map((q, i) => (
          <ReviewItem
            key={q.id}
            n={i + 1}
            question={q}
            answer={answers[q.id]}
            link={article ? sentenceLink(article, q.quote) : null}
            top={top}
            onOpen={show && (() => show(textDirective(q.quote)))}
          />
        ))}
      </ol>
    </details>
  );
}
