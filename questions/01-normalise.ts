// Stage 1 — normalise: turn the input (plain text or HTML) into one text and
// its paragraphs, marking page noise instead of deleting it so that every
// offset the later stages report is an offset into the text as given.

import { htmlToText } from './00-html';
import { BULLET, DATELINE, NOISE_LINE, TRAILING_TIMESTAMP } from './data/page-noise';
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

const TERMINAL = /[.!?:;"”’'…)\]]$/;

function lineKey(s: string): string {
  return s.replace(TRAILING_TIMESTAMP, '').replace(/\s+/g, ' ').trim().toLowerCase();
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
  const lines: { start: number; end: number; body: string }[] = [];
  const counts = new Map<string, number>();
  const LINE = /[^\n\r\u2028\u2029]+/g;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    lines.push({ start: m.index + lead, end: m.index + lead + body.length, body });
    const k = lineKey(body);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }

  const paragraphs: Paragraph[] = [];
  let sawProse = false;
  let proseSeen = 0;
  for (const [i, line] of lines.entries()) {
    let { start, body } = line;
    const words = body.split(/\s+/).length;
    let kind: ParagraphKind = 'prose';
    if (NOISE_LINE.test(body) || BULLET.test(body) || TRAILING_TIMESTAMP.test(body) && words < 16) kind = 'noise';
    // A caption or headline repeated on the page (video players, teasers) is furniture.
    else if ((counts.get(lineKey(body)) ?? 0) > 1 && words < 25) kind = 'noise';
    else if (/^[\d\s:/.,-]+$/.test(body)) kind = 'noise';
    else if (!TERMINAL.test(body) && words <= 20) kind = i === 0 && !sawProse ? 'title' : 'heading';
    else if (i === 0 && !title && words <= 25 && !/[.!?]["”]?$/.test(body)) kind = 'title';
    if (kind === 'title' && !title) title = body;
    if (kind === 'prose') {
      // Datelines open one of the first paragraphs only; later a "(…)" is prose.
      const d = proseSeen < 3 ? DATELINE.exec(body) : null;
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
