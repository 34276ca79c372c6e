// Stage 2 — find quotations: pair quote marks paragraph by paragraph, follow
// a quotation that a paragraph leaves open into the next paragraph that
// reopens it, and tell speech from quoted titles and scare quotes.
//   02-marks.ts     which characters are quote marks, and whether each can open or close
//   02-kinds.ts     speech, partial quotation or title
// Linear in the text: every paragraph is scanned once for marks and paired once.

import type { Doc } from './01-normalise';
import { doubleMarks, singleMarks, type Mark } from './02-marks';
import { classify, coordinatedSentence, listedAfterTitle, translationInBrackets } from './02-kinds';
import { countWords } from './word-count';
import { INTRODUCING_VERBS } from './data/quote-cues';

export type QuoteKind = 'speech' | 'partial' | 'title';

export interface Quotation {
  /** Offset of the opening mark (or of the paragraph start when the mark is missing). */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when left open). */
  close: number;
  /** The quoted words, marks and surrounding spaces excluded. */
  start: number;
  end: number;
  para: number;
  /** The paragraph ends before the quotation closes (multi-paragraph quotation, or a missing closing mark). */
  leftOpen: boolean;
  /** Continues a quotation the previous paragraph left open. */
  continues: boolean;
  words: number;
  kind: QuoteKind;
  /** Marked with single quotes (British style, or a headline's quote). */
  single: boolean;
}

interface Pair { open: Mark; close: Mark | null }

/**
 * Pair the marks of one paragraph. A mark that can close closes what is open;
 * an opening mark inside an open quotation nests (“He said ‘no’ to me”) and
 * needs its own close first, unless it opens a new sentence (afterStop). What is still open at the end is left open.
 */
function pairMarks(marks: Mark[]): Pair[] {
  const pairs: Pair[] = [];
  let open: Mark | null = null;
  let depth = 0;
  for (const [i, m] of marks.entries()) {
    if (!open) {
      // A closing mark with nothing open, followed by another closing mark: ” typed for “ (He says,” there …”).
      const next = marks[i + 1];
      if (m.canOpen || !m.straight && next !== undefined && next.canClose && !next.canOpen) { open = m; depth = 0; }
      continue;
    }
    if (m.canClose) {
      if (depth > 0) { depth--; continue; }
      pairs.push({ open, close: m });
      open = null;
    } else if (m.canOpen) {
      // A new sentence opened with a curly mark inside a curly quotation, nothing nested: the quotation before it was never
      // closed (“… your labour was indivisible. “You had no identity.”); nested quotations take the other mark, or follow a comma.
      if (depth === 0 && m.afterStop && !open.straight) {
        pairs.push({ open, close: { at: m.at, len: 0, canOpen: false, canClose: true, straight: false } });
        open = m;
        continue;
      }
      depth++;
    }
  }
  if (open) pairs.push({ open, close: null });
  return pairs;
}

/**
 * Which marks the article quotes speech with: double ("…", “…”) as US and
 * Canadian outlets do, or single (‘…’) as British outlets do. Counted over
 * opening marks, since closing single marks are mostly apostrophes.
 */
function primaryStyle(doubles: Mark[][], singles: Mark[][]): 'double' | 'single' {
  let d = 0, s = 0;
  for (const ms of doubles) for (const m of ms) if (m.canOpen) d++;
  for (const ms of singles) for (const m of ms) if (m.canOpen) s++;
  return s > d ? 'single' : 'double';
}

export function findQuotations(doc: Doc): Quotation[] {
  const { text } = doc;
  const doubles = doc.paragraphs.map((p) => (p.kind === 'prose' ? doubleMarks(text, p.start, p.end) : []));
  const singles = doc.paragraphs.map((p) => (p.kind === 'prose' ? singleMarks(text, p.start, p.end) : []));
  const style = primaryStyle(doubles, singles);
  const raw: Omit<Quotation, 'kind'>[] = [];
  let carried = false; // the previous prose paragraph left a quotation open
  for (const [pi, p] of doc.paragraphs.entries()) {
    if (p.kind !== 'prose') continue;
    // Single-quote articles nest double marks inside single ones, and the reverse.
    let marks = style === 'single' ? singles[pi]! : doubles[pi]!;
    let single = style === 'single';
    if (marks.length === 0) {
      marks = style === 'single' ? doubles[pi]! : singles[pi]!;
      single = !single;
    }
    const pairs = pairMarks(marks);
    let leftOpen = false;
    for (const { open, close } of pairs) {
      let start = open.at + open.len;
      let end = close ? close.at : p.end;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      leftOpen = close === null;
      if (end <= start) continue;
      const words = countWords(text.slice(start, end));
      if (words === 0) continue;
      raw.push({
        open: open.at, close: close ? close.at + close.len : p.end, start, end, para: pi, leftOpen,
        continues: carried && open.at === p.start, words, single,
      });
    }
    carried = leftOpen;
  }
  const kept: Omit<Quotation, 'kind'>[] = [];
  for (const [i, q] of raw.entries()) {
    if (q.leftOpen && !raw[i + 1]?.continues) {
      // Left open and not taken up by the next paragraph: the closing mark is missing.
      // If an attribution follows inside ("…, said Kessel"), the quotation ends before it.
      closeBeforeAttribution(text, q);
      // A single mark that never closes was an apostrophe (’90s, rock ’n’ roll), not a quotation.
      if (q.leftOpen && q.single && !q.continues) continue;
    }
    kept.push(q);
  }
  const found: Quotation[] = [];
  for (const q of kept) {
    const previous = found[found.length - 1];
    let kind = classify(text, doc.paragraphs[q.para]!.start, q, style);
    if (kind === 'partial' && previous?.para === q.para && previous.kind === 'speech' && coordinatedSentence(text, previous.close, q)) kind = 'speech';
    if (kind !== 'title' && previous?.para === q.para && previous.kind === 'title' && (listedAfterTitle(text, previous.close, q) || translationInBrackets(text, previous.close, q))) kind = 'title';
    found.push({ ...q, kind });
  }
  return found;
}

// After a comma, question or exclamation mark (after a full stop "He said …" is more often the speaker's own words).
const ATTRIBUTION_INSIDE = /([,?!])\s+(?:(\p{Ll}+)\s+(?:\p{Lu}|he\b|she\b|they\b)|(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)(\p{Ll}+)\b)/gu;

/** End a quotation whose closing mark is missing at an attribution inside it: "… papers to keep, said Kessel, …". */
function closeBeforeAttribution(text: string, q: Omit<Quotation, 'kind'>): void {
  const inner = text.slice(q.start, q.end);
  ATTRIBUTION_INSIDE.lastIndex = 0;
  for (let m = ATTRIBUTION_INSIDE.exec(inner); m; m = ATTRIBUTION_INSIDE.exec(inner)) {
    const verb = m[2] ?? m[3];
    if (verb === undefined || !INTRODUCING_VERBS.has(verb)) continue;
    const cut = q.start + m.index + 1; // just after the punctuation
    q.end = cut;
    q.close = cut;
    q.leftOpen = false;
    q.words = countWords(text.slice(q.start, q.end));
    return;
  }
}
