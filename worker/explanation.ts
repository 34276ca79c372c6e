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

/** The explanation with the quotation inside it shortened; unchanged when the quotation is short or not found verbatim. */
export function shortenQuotationIn(explanation: string, quote: string): string {
  const text = squash(explanation);
  const q = squash(quote).replace(/^[…]+\s*|\s*[…]+$/g, '');
  if (q.length <= WHOLE_QUOTE_CHARS) return text;
  const at = text.indexOf(q);
  if (at < 0) return text;
  const words = q.split(' ');
  if (words.length <= HEAD_WORDS + TAIL_WORDS + 2) return text;
  const cut = `${words.slice(0, HEAD_WORDS).join(' ')} … ${words.slice(-TAIL_WORDS).join(' ')}`;
  return text.slice(0, at) + cut + text.slice(at + q.length);
}
