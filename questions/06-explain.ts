// Stage 6, part 4 — the explanation a reader gets after answering: where the article says who
// said it. It always names the speaker as the article does: the quotation's own sentence when it
// names them ("“…,” Peskov told reporters Monday."); for a quotation that goes on from an earlier
// one ("“…,” Ruiz said after the vote. “We can pay …”"), the sentence that named them and then
// this one; otherwise ("“…,” he said.") the resolved name, then the sentence. A trailing comma
// that led into "he said" becomes a full stop; the words are otherwise the article's.

import { hasWord } from './03-quote-names';
import { closeQuotation } from './06-text';
import type { Person } from './types';

/** Longest naming sentence put before a quotation that goes on from it (longer: the name instead). */
const MAX_NAMING = 400;

/** Runs of spaces as one space: only a run of two or more, or a space other than ' ', is replaced (most sentences need no new string). */
const squash = (s: string) => s.replace(/\s{2,}|[^\S ]/g, ' ').trim();

/** Every form the article names the person by: full name, surname, aliases (without honorifics). */
function forms(p: Person): string[] {
  const out = new Set([p.name, p.name.split(/\s+/).pop()!, ...p.aliases.map((a) => a.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+/, ''))]);
  return [...out].filter((f) => f.length > 1);
}

/** Does the text name the person by one of their forms (as a whole word, in its case)? Native searches, no pattern built per call. */
export function namesPerson(text: string, p: Person): boolean {
  return forms(p).some((f) => hasWord(text, f));
}

/** What an explanation is made of: the quotation's own sentence and, for a quotation that goes on from another, the sentences before it that could name the speaker (nearest first). */
export interface ExplainInput {
  text: string;
  speaker: Person;
  sentence: [number, number];
  /** Sentences of the quotations it goes on from, nearest first (each [start, end)). */
  earlier: [number, number][];
}

/** The explanation: the article's words that attribute the quotation, always naming the speaker. */
export function explain({ text, speaker, sentence, earlier }: ExplainInput): string {
  const own = squash(text.slice(sentence[0], sentence[1]));
  if (namesPerson(own, speaker)) return closeQuotation(own);
  const naming = earlier.find(([a, b]) => b <= sentence[0] && namesPerson(text.slice(a, b), speaker));
  if (naming && naming[1] - naming[0] <= MAX_NAMING) {
    const named = squash(text.slice(naming[0], naming[1]));
    // (right before it: the article's words as they run; further back: the cut marked as quoting style marks one)
    const between = text.slice(naming[1], sentence[0]);
    return closeQuotation(between.trim() === '' ? `${named} ${own}` : `${named} … ${own}`);
  }
  return closeQuotation(`${speaker.name}, in the article: ${own}`);
}
