// Stage 2 — find quotations: pair quote marks paragraph by paragraph, follow
// a quotation that a paragraph leaves open into the next paragraph that
// reopens it, and tell speech from quoted titles and scare quotes.

import type { Doc } from './01-normalise';
import { NOT_SPEECH_BEFORE, TITLE_FUNCTION_WORDS } from './data/quote-cues';
import { DOUBLE_CLOSE, DOUBLE_EITHER, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_OPEN } from './data/quote-marks';

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
  /** The paragraph ends before the quotation closes (multi-paragraph quotation). */
  leftOpen: boolean;
  /** Continues a quotation the previous paragraph left open. */
  continues: boolean;
  words: number;
  kind: QuoteKind;
  /** Marked with single quotes (British style). */
  single: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isOpenContext = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013/-]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Mark { at: number; role: 'open' | 'close' }

/** Double marks of one paragraph with their likely role. */
function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (DOUBLE_OPEN.has(c)) marks.push({ at: i, role: 'open' });
    else if (DOUBLE_CLOSE.has(c)) marks.push({ at: i, role: 'close' });
    else if (DOUBLE_EITHER.has(c)) {
      const before = i > from ? text[i - 1] : undefined;
      const after = i + 1 < to ? text[i + 1] : undefined;
      marks.push({ at: i, role: isOpenContext(before) && !isSpace(after) ? 'open' : 'close' });
    } else if (c === '`' && text[i + 1] === '`') { marks.push({ at: i, role: 'open' }); i++; }
    else if (c === "'" && text[i + 1] === "'" && !isWordChar(text[i + 2])) { marks.push({ at: i, role: 'close' }); i++; }
  }
  return marks;
}

/** Single marks of a paragraph that has no double marks; strict, because ’ is also an apostrophe. */
function singleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (!SINGLE_OPEN.has(c) && !SINGLE_CLOSE.has(c) && c !== "'") continue;
    const before = i > from ? text[i - 1] : undefined;
    const after = i + 1 < to ? text[i + 1] : undefined;
    if ((SINGLE_OPEN.has(c) || c === "'") && isOpenContext(before) && after !== undefined && /\p{L}/u.test(after)) marks.push({ at: i, role: 'open' });
    else if ((SINGLE_CLOSE.has(c) || c === "'") && (after === undefined || /[\s.,;:!?)\u2014]/.test(after)) &&
      (before !== undefined && /[.,!?…\u2014-]/.test(before))) marks.push({ at: i, role: 'close' });
  }
  return marks;
}

function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

/** "Face the Nation", "Meet the Press": every content word capitalised, no sentence inside. */
function looksLikeTitle(inner: string): boolean {
  const ws = inner.replace(/[,.!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (ws.length < 2 || ws.length > 10) return false;
  if (/[.!?]\s/.test(inner)) return false;
  let content = 0;
  for (const [i, w] of ws.entries()) {
    const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!bare) continue;
    if (i > 0 && TITLE_FUNCTION_WORDS.has(bare.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(bare)) return false;
    content++;
  }
  return content >= 1 && !/^(I|I'm|I’m|We|You)$/.test(ws[0] ?? '');
}

function classify(text: string, paraStart: number, q: Omit<Quotation, 'kind'>): QuoteKind {
  const inner = text.slice(q.start, q.end);
  if (!q.continues && !q.leftOpen) {
    if (looksLikeTitle(inner)) return 'title';
    const before = text.slice(Math.max(paraStart, q.open - 40), q.open);
    if (q.words <= 6 && NOT_SPEECH_BEFORE.test(before)) return 'title';
    // A possessive right before a short capitalised phrase: CBS's "Face the Nation".
    if (q.words <= 6 && /['’]s\s*$/.test(before) && /^\p{Lu}/u.test(inner)) return 'title';
    // A lone capitalised word with no punctuation is a name, not words spoken.
    if (q.words === 1 && /^\p{Lu}[\p{L}'’-]*$/u.test(inner.trim())) return 'title';
  }
  // A quotation woven into the reporter's own clause (said the plan was "not the
  // dumbest idea …"), or a few words that don't open a sentence, is a partial
  // quotation: words someone used, not an utterance. Annotated news corpora list
  // only whole utterances, so partial quotations are reported apart.
  if (q.continues) return 'speech';
  const prev = /(\S)\s*$/u.exec(text.slice(paraStart, q.open))?.[1];
  if (prev !== undefined && /[\p{L}\p{N}=%]/u.test(prev)) return 'partial';
  if (q.words <= 3 && prev !== undefined && !/[.!?:]/.test(prev)) return 'partial';
  if (q.words <= 2) return 'partial';
  return 'speech';
}

export function findQuotations(doc: Doc): Quotation[] {
  const { text } = doc;
  const out: Quotation[] = [];
  let carried = false; // the previous prose paragraph left a quotation open
  for (const [pi, p] of doc.paragraphs.entries()) {
    if (p.kind !== 'prose') { continue; }
    let marks = doubleMarks(text, p.start, p.end);
    let single = false;
    if (marks.length === 0) { marks = singleMarks(text, p.start, p.end); single = marks.length > 0; }
    const startsWithOpen = marks[0]?.at === p.start && marks[0].role === 'open';
    let openAt = -1;
    let depth = 0; // quotes inside quotes stay part of the outer quotation
    const emit = (open: number, close: number, leftOpen: boolean, openMark: boolean, closeMark: boolean) => {
      let start = openMark ? open + 1 : open;
      let end = closeMark ? close - 1 : close;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end <= start) return;
      const continues = carried && open === p.start;
      const base = { open, close, start, end, para: pi, leftOpen, continues, words: countWords(text.slice(start, end)), single };
      if (base.words === 0) return;
      out.push({ ...base, kind: classify(text, p.start, base) });
    };
    for (const m of marks) {
      if (openAt < 0) {
        if (m.role === 'open') { openAt = m.at; depth = 0; }
        continue;
      }
      const openCurly = DOUBLE_OPEN.has(text[openAt]!) || SINGLE_OPEN.has(text[openAt]!);
      const curly = !DOUBLE_EITHER.has(text[m.at]!) && text[m.at] !== "'";
      if (m.role === 'open' && (curly || openCurly) && curly === openCurly) { depth++; continue; }
      if (m.role === 'open' && curly !== openCurly) { depth++; continue; }
      if (depth > 0) { depth--; continue; }
      emit(openAt, m.at + 1, false, true, true);
      openAt = -1;
    }
    if (openAt >= 0) emit(openAt, p.end, true, true, false);
    carried = openAt >= 0;
    void startsWithOpen;
  }
  return out;
}
