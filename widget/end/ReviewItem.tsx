import type { PublicQuestion } from '../../worker/contract';
import type { AnswerRecord } from '../model/quiz-model';
import { CopyButton } from './CopyButton';

export interface ReviewItemProps {
  n: number;
  question: PublicQuestion;
  answer: AnswerRecord | undefined;
  /** The article's address pointing at this quotation, or null when the frame does not know the article. */
  link: string | null;
  /** Whether the frame may open the link in the page around it (else the link is copied). */
  top: boolean;
  /** Asks embed.js to show the quotation (see widget/embed-protocol.ts, "goto"); absent outside embed.js. */
  onOpen?: (() => void) | undefined;
}

const labelOf = (q: PublicQuestion, id: string | undefined) => q.choices.find((c) => c.id === id)?.label ?? 'someone else';

/** One question looked back on: the quotation, the reader's pick, who said it, and where. */
export function ReviewItem({ n, question, answer, link, top, onOpen }: ReviewItemProps) {
  const right = answer?.correct === true;
  return (
    <li class={right ? 'wsi__ritem wsi__ritem--right' : 'wsi__ritem wsi__ritem--wrong'}>
      <p class="wsi__rquote">{question.quote}</p>
      <p class="wsi__rline">
        <span class="wsi__ricon" aria-hidden="true">
          {right ? '✓' : '✗'}
        </span>
        {answer ? (
          <>
            {right ? 'Right: ' : 'Not quite: '}you picked <strong>{labelOf(question, answer.choice)}</strong>
            {right ? '.' : <>; <strong>{labelOf(question, answer.answer)}</strong> said it.</>}
          </>
        ) : (
          'Not answered.'
        )}
      </p>
      {link ? (
        top ? (
          <a
            class="wsi__rlink"
            href={link}
            target="_top"
            onClick={(e) => {
              // The page's own script applies the text fragment; the link alone would open the page at its top.
              if (!onOpen) return;
              e.preventDefault();
              onOpen();
            }}
          >
            Find it in the article<span class="wsi__hidden"> (quotation {n})</span>
          </a>
        ) : (
          <CopyButton label={`Copy the link to quotation ${n}`} text={link} />
        )
      ) : null}
    </li>
  );
}
