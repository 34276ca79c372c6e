// Whether a quotation names a person: a speaker does not quote themselves by name ("Putin & I
// discussed …" is not Putin's), so choices and explanations check it (stages 4 and 6).
import { bare, quotableForms } from './03-names';
import type { Person } from './types';
import { HONORIFICS } from './data/titles';

const LETTER = /\p{L}/u;

/** `word` occurs in `text` as a whole word (no letter either side). */
export function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!LETTER.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + word.length] ?? ' ')) return true;
  }
  return false;
}

/** Does the quotation name this person in the third person ("Putin & I discussed …")? */
export function quoteNames(quote: string, p: Person): boolean {
  for (const bare of quotableForms(p)) if (hasWord(quote, bare)) return true;
  return false;
}

/** Does the quotation name this person by any form, the first name too ("Tyler talked the most")? */
export function namesItsSpeaker(quote: string, p: Person): boolean {
  const first = p.name.split(/\s+/)[0]!;
  // (not an honorific the name is shown with: "Lady Ashcombe")
  return quoteNames(quote, p) || p.name.includes(' ') && first.length > 2 && !HONORIFICS.has(bare(first)) && hasWord(quote, first);
}
