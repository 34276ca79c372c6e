// The answer's explanation is the article's attributing sentence, shown under the
// quotation the reader has just read. Repeating a long quotation in full there
// doubles the card's height (WordPress caps its frames at 1000 px) and says
// nothing new, so a long quotation is cut to its opening and closing words,
// marked with an ellipsis as journalists cut quotations.

/** Quotations up to this many characters are repeated whole. */
export const WHOLE_QUOTE_CHARS = 90;
const HEAD_WORDS = 7;
const TAIL_WORDS = 4;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A long quotation cut to its opening and closing words; null when it is short enough to keep. */
function cut(quotation: string): string | null {
  const words = quotation.split(' ');
  if (quotation.length <= WHOLE_QUOTE_CHARS || words.length <= HEAD_WORDS + TAIL_WORDS + 2) return null;
  return `${words.slice(0, HEAD_WORDS).join(' ')} … ${words.slice(-TAIL_WORDS).join(' ')}`;
}

/** Quoted passages between curly or straight double quotes. */
const QUOTED = /“([^“”]+)”|"([^"]+)"/g;

/**
 * The explanation with the quotation inside it shortened, and any other long quotation it
 * carries too (an explanation may start from an earlier quotation of the same speaker, which
 * is there only to say who is talking); unchanged when nothing is long.
 */
export function shortenQuotationIn(explanation: string, quote: string): string {
  let text = squash(explanation);
  const q = squash(quote).replace(/^[…]+\s*|\s*[…]+$/g, '');
  const at = text.indexOf(q);
  const short = at >= 0 ? cut(q) : null;
  if (short !== null) text = text.slice(0, at) + short + text.slice(at + q.length);
  return text.replace(QUOTED, (whole, curly?: string, straight?: string) => {
    const inner = curly ?? straight ?? '';
    const shorter = inner.includes('…') ? null : cut(inner);
    return shorter === null ? whole : whole.replace(inner, shorter);
  });
}
