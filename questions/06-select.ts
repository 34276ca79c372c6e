// Stage 6, part 5 — the quiz a reader gets by default: 5–8 questions, right attributions
// first (highest confidence, never under SELECT_CONFIDENCE), quotations of 8–40 words that say
// something before the rest, varied speakers (no one the answer to more than about a third),
// spread through the article. The draft keeps every question; editors can include the others.

import { EMPTY_QUOTE_OPENINGS, MIN_CONTENT_WORDS, NON_CONTENT_WORDS } from './data/empty-quotes';
import { wordCount } from './06-text';

/** No question under this confidence is selected (the Worker's publishing threshold). */
export const SELECT_CONFIDENCE = 0.8;
export const MIN_SELECTED = 5;
export const MAX_SELECTED = 8;
/** Quotations of this many words are the best questions: long enough to tell a voice, short enough to read. */
export const BEST_WORDS: readonly [number, number] = [8, 40];

/** What selection reads of a question. */
export interface Selectable {
  answer: string;
  quote: string;
  confidence: number;
  /** Where the quotation starts in the article. */
  start: number;
}

const WORD = /[\p{L}][\p{L}'’]*/gu;

/** A quotation that says nothing a reader could tell a speaker by ("Thank you so much for having me"). */
export function saysNothing(quote: string): boolean {
  const q = quote.replace(/^[\s"“‘'(…]+/u, '').trim();
  if (EMPTY_QUOTE_OPENINGS.some((re) => re.test(q))) return true;
  // (read word by word only until there are enough: a long quotation's other words are never split out)
  const lower = q.toLowerCase();
  let content = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = m[0];
    if (!NON_CONTENT_WORDS.has(w.includes('’') ? w.replace(/’/g, "'") : w) && ++content >= MIN_CONTENT_WORDS) return false;
  }
  return true;
}

/** The most questions one speaker may answer in a quiz of n: about a third, and two at least. */
export const speakerCap = (n: number) => Math.max(2, Math.round(n / 3));

/** Confidence in steps of 0.05: questions within a step are equally sure, and spread decides between them. */
const step = (c: number) => Math.floor(c * 20 + 1e-9);

/** A group of equally good questions: the best length, then the confidence step (a number, not a string built per look). */
const groupOf = (items: Selectable[], isBest: boolean[], i: number) => (isBest[i] ? 0 : 100) + 99 - step(items[i]!.confidence);

/**
 * Up to n questions, each speaker at most `cap` times: in priority order (best length first, then
 * confidence), and among equally good ones the speaker answering fewest so far, then the
 * quotation farthest from those already chosen.
 */
function greedy(items: Selectable[], isBest: boolean[], order: number[], n: number, cap: number, span: number): number[] {
  const picked: number[] = [];
  const count = new Map<string, number>();
  const left = order.slice();
  while (picked.length < n && left.length) {
    const k = groupOf(items, isBest, left[0]!);
    let choice = -1, fewest = Infinity, far = -1;
    for (const [j, i] of left.entries()) {
      if (groupOf(items, isBest, i) !== k) break;
      const c = count.get(items[i]!.answer) ?? 0;
      if (c >= cap) continue;
      const d = picked.length === 0 ? span - items[i]!.start : Math.min(...picked.map((p) => Math.abs(items[p]!.start - items[i]!.start)));
      if (c < fewest || c === fewest && d > far) { fewest = c; far = d; choice = j; }
    }
    // (everyone in this group already answers as many as they may: on to the next group)
    if (choice < 0) { const end = left.findIndex((i) => groupOf(items, isBest, i) !== k); left.splice(0, end < 0 ? left.length : end); continue; }
    const [i] = left.splice(choice, 1);
    picked.push(i!);
    count.set(items[i!]!.answer, (count.get(items[i!]!.answer) ?? 0) + 1);
  }
  return picked;
}

const best = (x: Selectable) => { const n = wordCount(x.quote); return n >= BEST_WORDS[0] && n <= BEST_WORDS[1]; };

/** The indices of the questions a quiz selects by default. */
export function select(items: Selectable[]): Set<number> {
  // (each quotation's words counted once: greedy looks at each question many times)
  const isBest = items.map(best);
  const order = items.map((_, i) => i).filter((i) => items[i]!.confidence >= SELECT_CONFIDENCE && !saysNothing(items[i]!.quote))
    .sort((a, b) => Number(isBest[b]) - Number(isBest[a]) || step(items[b]!.confidence) - step(items[a]!.confidence) || items[a]!.start - items[b]!.start);
  const span = Math.max(1, ...items.map((x) => x.start + 1));
  const largest = (from: number[], most: number) => {
    for (let n = most; n >= MIN_SELECTED; n--) {
      const picked = greedy(items, isBest, from, n, speakerCap(n), span);
      if (picked.length === n) return picked;
    }
    return null;
  };
  // the best lengths alone, as many as make a fair quiz of 5–8; other lengths only to make up five
  const bestOnly = largest(order.filter((i) => isBest[i]), MAX_SELECTED);
  if (bestOnly) return new Set(bestOnly);
  return new Set(largest(order, MIN_SELECTED) ?? greedy(items, isBest, order, MIN_SELECTED, speakerCap(MIN_SELECTED), span));
}
