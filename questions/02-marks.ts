// Stage 2, part 1 — quote marks: find the marks of one paragraph and say, from
// their neighbours, whether each can open or close a quotation. Curly marks
// say which they are but are sometimes typed the wrong way round (”Mr. Trump…”
// opening a quotation); straight marks only have their context. Pairs of single
// marks ('' ’’ ‘’) stand for a double mark, as in some newspapers' archives.

import { DOUBLE_CLOSE, DOUBLE_EITHER, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER, SINGLE_OPEN } from './data/quote-marks';

export interface Mark {
  /** Offset of the mark's first character. */
  at: number;
  /** 1, or 2 for a doubled mark ('' ``). */
  len: number;
  canOpen: boolean;
  canClose: boolean;
  /** Open and close are both possible; which one wins depends on what is open. */
  straight: boolean;
  /** A curly opening mark after a sentence's end, before a capital: “…indivisible. “You had …”. */
  afterStop?: true;
}

const SPACE = /\s/;
/** Before an opening mark: start, space, bracket, dash, slash or another opening mark. */
const OPEN_BEFORE = /[\s([{\u2014\u2013/\-“‘«„]/;
/** After a closing mark: end, space, punctuation, a dash or a closing mark. */
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013\-…”»]/;

/** A sentence's end and a space right before a mark. */
const AFTER_STOP = /[.!?]\s+$/;

const isOpenBefore = (c: string | undefined) => c === undefined || OPEN_BEFORE.test(c);
const isCloseAfter = (c: string | undefined) => c === undefined || CLOSE_AFTER.test(c);
const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);
const isApostrophe = (c: string | undefined) => c !== undefined && (SINGLE_EITHER.has(c) || SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c));

/**
 * A mark whose role only its context tells: after a space (or bracket, dash) and
 * before a word it opens; before a space or punctuation it closes (a mark alone
 * between spaces is a close typed with a stray space); between two non-spaces
 * (`said,"Yes`, `Yes,"he`) it depends on whether a quotation is open.
 */
function ambiguous(at: number, len: number, before: string | undefined, after: string | undefined): Mark {
  const openBefore = isOpenBefore(before), closeAfter = isCloseAfter(after);
  if (openBefore && !closeAfter) return { at, len, canOpen: true, canClose: false, straight: true };
  if (closeAfter) return { at, len, canOpen: false, canClose: true, straight: true };
  return { at, len, canOpen: true, canClose: true, straight: true };
}

const charClass = (...sets: Iterable<string>[]) =>
  new RegExp(`[${[...new Set(sets.flatMap((x) => [...x]))].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
/** Characters that may be (part of) a double mark, to jump from one to the next. */
const DOUBLE_CANDIDATE = charClass(DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER, SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER);
const SINGLE_CANDIDATE = charClass(SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER);

/**
 * Double quote marks (and doubled single marks) of text[from, to). The search runs over
 * that paragraph alone: run over the whole text from `from`, a paragraph without a mark
 * would scan on to the next mark, however far, once per paragraph (quadratic).
 */
export function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  const region = text.slice(from, to);
  DOUBLE_CANDIDATE.lastIndex = 0;
  for (let hit = DOUBLE_CANDIDATE.exec(region); hit; hit = DOUBLE_CANDIDATE.exec(region)) {
    const i = from + hit.index;
    const c = text[i]!;
    const before = i > from ? text[i - 1] : undefined;
    // Nothing closes at the start of a paragraph: any mark there opens (” … he delivered).
    if (i === from && (DOUBLE_CLOSE.has(c) || DOUBLE_EITHER.has(c)) && i + 1 < to) {
      marks.push({ at: i, len: 1, canOpen: true, canClose: false, straight: DOUBLE_EITHER.has(c) });
    } else if (DOUBLE_OPEN.has(c)) {
      const after = i + 1 < to ? text[i + 1] : undefined;
      // “ typed for ” (or closing „…“ as German does): after a word or punctuation, before a space, punctuation or the end.
      const mark: Mark = { at: i, len: 1, canOpen: true, canClose: !isOpenBefore(before) && isCloseAfter(after), straight: false };
      if (after !== undefined && /\p{Lu}/u.test(after) && AFTER_STOP.test(text.slice(Math.max(from, i - 4), i))) mark.afterStop = true;
      marks.push(mark);
    } else if (DOUBLE_CLOSE.has(c)) {
      const after = i + 1 < to ? text[i + 1] : undefined;
      // ” typed for “: at the start or after a space or bracket, before a word.
      marks.push({ at: i, len: 1, canOpen: isOpenBefore(before) && !isSpace(after) && !isCloseAfter(after), canClose: true, straight: false });
    } else if (DOUBLE_EITHER.has(c)) {
      marks.push(ambiguous(i, 1, before, i + 1 < to ? text[i + 1] : undefined));
    } else if (c === '`' && text[i + 1] === '`' && i + 1 < to) {
      marks.push({ at: i, len: 2, canOpen: true, canClose: false, straight: false });
      DOUBLE_CANDIDATE.lastIndex = i + 2 - from;
    } else if (isApostrophe(c) && i + 1 < to && isApostrophe(text[i + 1])) {
      // '' ’’ ‘’: a double mark; with a third ('''), a single mark nested right inside or outside it.
      let run = 2;
      while (run < 3 && i + run < to && isApostrophe(text[i + run])) run++;
      const after = i + run < to ? text[i + run] : undefined;
      const opens = isOpenBefore(before) && !isSpace(after);
      if (run === 3 && !opens) marks.push(ambiguous(i + 1, 2, text[i], after));
      else marks.push(ambiguous(i, 2, before, run === 3 ? text[i + 2] : after));
      DOUBLE_CANDIDATE.lastIndex = i + run - from;
    }
  }
  return marks;
}

/** Words that start with an apostrophe: 'em, 'til, 'cause, 'n' (a year, '90s, starts with a digit and is never an opener). */
const ELISION = /^(?:em|til|tis|twas|cause|bout|round|n|nother|kay|sup)\b/i;

/**
 * Single quote marks of text[from, to), for text that quotes speech with single
 * marks (British style). ’ and ' are apostrophes far more often than closing
 * marks, so a close needs a word or punctuation before it and a space,
 * punctuation or the end after it, and an apostrophe inside a word
 * (don’t, Peskov’s) never counts.
 */
export function singleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  let lastOpen = -1; // an opening mark not yet closed
  // Over the paragraph alone, as in doubleMarks.
  const region = text.slice(from, to);
  SINGLE_CANDIDATE.lastIndex = 0;
  for (let hit = SINGLE_CANDIDATE.exec(region); hit; hit = SINGLE_CANDIDATE.exec(region)) {
    const i = from + hit.index;
    const c = text[i]!;
    const either = SINGLE_EITHER.has(c);
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    if ((either || SINGLE_OPEN.has(c)) && isOpenBefore(before) && after !== undefined && /[\p{L}"“…]/u.test(after) &&
      !ELISION.test(text.slice(i + 1, i + 7))) {
      marks.push({ at: i, len: 1, canOpen: true, canClose: false, straight: false });
      lastOpen = i;
    } else if ((either || SINGLE_CLOSE.has(c)) && !isSpace(before) && isCloseAfter(after)) {
      // Plural possessives (the workers’ union) look like closes: an s before, a lower-case word
      // after; unless a few words back a partial quotation opened: said ‘tough choices’ lay ahead.
      const partialOpen = lastOpen >= 0 && i - lastOpen <= 40 && /\p{Ll}/u.test(text[lastOpen + 1] ?? '');
      if (before === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) && !partialOpen) continue;
      marks.push({ at: i, len: 1, canOpen: false, canClose: true, straight: false });
      lastOpen = -1;
    }
  }
  return marks;
}
