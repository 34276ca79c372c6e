// Stage 1 — normalise: turn the input (plain text or HTML) into one text and
// its paragraphs, marking page noise instead of deleting it so that every
// offset the later stages report is an offset into the text as given.

import { htmlToText } from './00-html';
import { BRACKETED_NICKNAME_OPENING, BULLET, BYLINE, CAPTION_CREDIT, CREDIT_LINE, DATELINE, NOISE_LINE, NOISE_PREFIX, TRAILING_TIMESTAMP } from './data/page-noise';
import type { ArticleInput } from './types';

export type ParagraphKind = 'prose' | 'title' | 'heading' | 'noise';

export interface Paragraph {
  /** Offsets into Doc.text, whitespace and any dateline excluded. */
  start: number;
  end: number;
  kind: ParagraphKind;
}

export interface Doc {
  text: string;
  title: string;
  paragraphs: Paragraph[];
}

const PADDING = /^[\s\p{Cf}]$/u;
/** A space or an invisible format character (bidi marks, zero-width spaces, tags) in line[from, to): scraped lines are padded with both. */
function isPadding(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  return to - from === 1 && c < 128 ? c === 32 || c >= 9 && c <= 13 : PADDING.test(s.slice(from, to));
}
const isPair = (s: string, i: number) => { const c = s.charCodeAt(i), d = s.charCodeAt(i + 1); return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff; };

/** [from, to) of a line without the padding at its edges (from === to when it is all padding), as /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu would trim it. */
export function unpadded(line: string): [number, number] {
  let from = 0, to = line.length;
  for (let n = 1; from < to; from += n) { n = isPair(line, from) ? 2 : 1; if (!isPadding(line, from, from + n)) break; }
  for (let n = 1; to > from; to -= n) { n = to - 2 >= from && isPair(line, to - 2) ? 2 : 1; if (!isPadding(line, to - n, to)) break; }
  return [from, to];
}
const TERMINAL = /[.!?:;"”’'»…)\]]$/;
/** A quotation ending in its own punctuation, then more words: "…," Smith says / “…” ― Name. */
const QUOTED_SENTENCE = /[.!?,…]["”]\s+\S/;

/** Lines longer than this are never counted as repeated page furniture. */
const SHORT_LINE = 400;

function lineKey(s: string): string {
  // (trimEnd, not /\d\s*$/: an end-anchored pattern is tried at every position of the line)
  // (only a run of spaces, or a space other than ' ', is replaced: most lines need no new string)
  return (/\d$/.test(s.trimEnd()) ? s.replace(TRAILING_TIMESTAMP, '') : s).replace(/\s{2,}|[^\S ]/g, ' ').trim().toLowerCase();
}

const SPACE = /^\s$/u;

/** Words of a line without spaces at its edges, as `body.split(/\s+/).length` counts them, without building the array. */
export function wordsIn(body: string): number {
  let n = 1, inSpace = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const space = c < 128 ? c === 32 || c >= 9 && c <= 13 : c === 0xa0 || c >= 0x1680 && SPACE.test(body[i]!);
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

/** A line of the text and its word count; `key` is its lineKey, computed once (short lines only). */
interface Line { start: number; end: number; body: string; words: number; key?: string }

/**
 * Only lines this short can be repeated page furniture (REPEATED_WORDS below), and a trailing
 * timestamp, which lineKey drops, is one word more: longer lines need no key.
 */
const KEYED_WORDS = 25;
/** A line of fewer words, repeated on the page, is a caption or a teaser. */
const REPEATED_WORDS = 25;

/** Only spaces and one line break between two lines: they are in the same block. */
function adjacent(text: string, a: Line, b: Line): boolean {
  const gap = text.slice(a.end, b.start).replace(/\r\n/g, '\n');
  return (gap.match(/[\n\r\u2028\u2029]/g) ?? []).length === 1;
}

/**
 * Text wrapped at a fixed width (e-mail, wire copy): paragraphs are blocks
 * between blank lines, and most lines of a block fill the width. Pasted web
 * articles, one paragraph per line, never look like this.
 */
function isHardWrapped(text: string, lines: Line[]): boolean {
  if (lines.length < 8) return false;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.body.length);
  if (width > 100 || width < 40) return false;
  let full = 0, joined = 0;
  for (const [i, l] of lines.entries()) {
    const next = lines[i + 1];
    if (!next || !adjacent(text, l, next)) continue;
    joined++;
    if (l.body.length >= width - 25) full++;
  }
  return joined >= lines.length / 3 && full >= joined * 0.7;
}

/** Make each block of wrapped lines one line (offsets still into the text). */
function joinWrappedLines(text: string, lines: Line[]): void {
  let w = 0;
  for (let r = 0; r < lines.length; r++) {
    const l = lines[r]!;
    const prev = w > 0 ? lines[w - 1]! : undefined;
    if (prev && adjacent(text, prev, l)) {
      prev.end = l.end;
      prev.body = text.slice(prev.start, prev.end).replace(/\s+/g, ' ');
      prev.words = wordsIn(prev.body);
      delete prev.key;
    } else {
      lines[w++] = l;
    }
  }
  lines.length = w;
}

export function normalise(input: ArticleInput): Doc {
  let text: string;
  let title = input.title?.trim() ?? '';
  if ('html' in input) {
    const h = htmlToText(input.html);
    text = h.text;
    if (!title && h.title) title = h.title;
  } else {
    text = input.text;
  }

  // Lines are paragraphs: scraped and pasted news puts one paragraph per line.
  const lines: Line[] = [];
  const counts = new Map<string, number>();
  const LINE = /[^\n\r\u2028\u2029]+/g;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const raw = m[0];
    // Invisible format characters (bidi marks, zero-width spaces) pad scraped lines like spaces do.
    const [lead, to] = unpadded(raw);
    if (lead === to) continue;
    const body = raw.slice(lead, to);
    // repeated lines are noise only when short (below): long lines are not counted
    const words = wordsIn(body);
    const key = body.length <= SHORT_LINE && words <= KEYED_WORDS ? lineKey(body) : undefined;
    lines.push({ start: m.index + lead, end: m.index + lead + body.length, body, words, ...(key !== undefined ? { key } : {}) });
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  if (isHardWrapped(text, lines)) joinWrappedLines(text, lines);

  const paragraphs: Paragraph[] = [];
  let sawProse = false;
  let proseSeen = 0;
  for (const [i, line] of lines.entries()) {
    let { start, body } = line;
    const { words } = line;
    let kind: ParagraphKind = 'prose';
    if (NOISE_LINE.test(body) || BULLET.test(body) || NOISE_PREFIX.test(body) || words < 16 && TRAILING_TIMESTAMP.test(body)) kind = 'noise';
    else if (CAPTION_CREDIT.test(body) && words < 60 || BYLINE.test(body) || CREDIT_LINE.test(body) && words <= 20) kind = 'noise';
    // A caption or headline repeated on the page (video players, teasers) is furniture.
    else if (words < REPEATED_WORDS && body.length <= SHORT_LINE && (counts.get(line.key ?? lineKey(body)) ?? 0) > 1) kind = 'noise';
    else if (/^[\d\s:/.,-]+$/.test(body)) kind = 'noise';
    // A short line without final punctuation is a heading, unless it holds a quoted sentence ("…" ― Name).
    else if (!TERMINAL.test(body) && words <= 20 && !QUOTED_SENTENCE.test(body)) kind = i === 0 && !sawProse ? 'title' : 'heading';
    else if (i === 0 && !title && words <= 25 && !/[.!?…]["”’'»]*$/.test(body)) kind = 'title';
    if (kind === 'title' && !title) title = body;
    if (kind === 'prose') {
      // Datelines open one of the first paragraphs only; later a "(…)" is prose.
      const d = proseSeen < 3 && !BRACKETED_NICKNAME_OPENING.test(body) ? DATELINE.exec(body) : null;
      proseSeen++;
      if (d && d[0].length < body.length) {
        start += d[0].length;
        body = body.slice(d[0].length);
      }
      sawProse = true;
    }
    paragraphs.push({ start, end: line.end, kind });
  }
  return { text, title, paragraphs };
}
