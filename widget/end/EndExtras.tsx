import type { PublicQuiz } from '../../worker/contract';
import type { QuizView } from '../model/quiz-model';
import { AnswerReview } from './AnswerReview';
import { CopyButton } from './CopyButton';
import { GOTO, PROTOCOL_VERSION, type GotoMessage } from '../embed-protocol';
import { articleUrl, canNavigateTop, embedHost } from './host-page';

export interface EndExtrasProps {
  view: QuizView;
  quiz: PublicQuiz;
}

/** What the reader can say about their score: the article's address, never the frame's (unknown: none). */
export function shareText(score: number, total: number, title: string): string {
  return `I got ${score} of ${total} right in “Who said it?”, the quiz on “${title}”.`;
}

/** A word on the score, under it. */
export function verdict(score: number, total: number): string {
  if (total > 0 && score === total) return 'A perfect score. You read closely!';
  if (score * 2 >= total) return 'Well done. You know who said what.';
  return 'The article has the answers. Give it another read.';
}

/** Below the score and the standing line: sharing the score, and the review of the answers. */
export function EndExtras({ view, quiz }: EndExtrasProps) {
  const article = articleUrl(location.hash, location.origin, location.pathname);
  const text = shareText(view.score, view.total, quiz.title);
  const host = embedHost(location.search);
  // Only the page embed.js runs on is the article whose address the fragment carries.
  const show = host && article?.startsWith(host + '/') ? (directive: string) => parent.postMessage({ type: GOTO, v: PROTOCOL_VERSION, quiz: quiz.id, text: directive } satisfies GotoMessage, host) : undefined;
  return (
    <>
      <p class="wsi__share">
        <CopyButton label="Share your score" class="wsi__button wsi__button--quiet" text={article ? `${text} ${article}` : text} share={article ? { text, url: article } : { text }} />
      </p>
      <AnswerReview quiz={quiz} answers={view.answers} article={article} top={canNavigateTop(self.origin)} show={show} />
    </>
  );
}
