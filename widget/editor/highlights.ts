// The article as the review shows it: paragraphs cut into runs of text, each quotation of
// the quiz marked with its question, and each speaker given a colour. Pure (tested in
// test/widget/highlights.test.ts); whitespace is matched as the Worker's verbatim check
// matches it (worker/quote-check.ts), so a quotation the Worker accepts is found here.
import { quoteCore } from '../../worker/quote-check';

export interface Run {
  text: string;
  /** The key of the question whose quotation this run is. */
  key?: string;
}

export interface QuotedRange {
  key: string;
  quote: string;
}

/** How many speaker colours the stylesheet has (.ed-c0 … .ed-c7); more speakers reuse them. */
export const SPEAKER_COLOURS = 8;

/** A colour per speaker, in the order they first speak. */
export function speakerColours(speakerIds: readonly string[]): Map<string, number> {
  const colours = new Map<string, number>();
  for (const id of speakerIds) if (!colours.has(id)) colours.set(id, colours.size % SPEAKER_COLOURS);
  return colours;
}

/** The article's paragraphs, each a list of runs; quotations found nowhere (or overlapping an earlier one) are not marked. */
export function highlightArticle(articleText: string, quotes: readonly QuotedRange[]): Run[][] {
  // The article with whitespace runs as single spaces, and where each of its characters came from.
  let flat = '';
  const from: number[] = [];
  for (let i = 0; i < articleText.length; i++) {
    const ws = /\s/.test(articleText[i]!);
    if (ws && (flat.endsWith(' ') || flat === '')) continue;
    flat += ws ? ' ' : articleText[i];
    from.push(i);
  }
  const ranges: Array<{ start: number; end: number; key: string }> = [];
  for (const { key, quote } of quotes) {
    const core = quoteCore(quote);
    if (core.length < 3) continue;
    for (let at = flat.indexOf(core); at >= 0; at = flat.indexOf(core, at + 1)) {
      const start = from[at]!;
      const end = from[at + core.length - 1]! + 1;
      if (ranges.some((r) => start < r.end && r.start < end)) continue;
      ranges.push({ start, end, key });
      break;
    }
  }
  ranges.sort((a, b) => a.start - b.start);

  const paragraphs: Run[][] = [];
  const breaks = /\n\s*\n/g;
  let start = 0;
  for (;;) {
    const m = breaks.exec(articleText);
    const end = m ? m.index : articleText.length;
    const runs = runsOf(articleText, start, end, ranges);
    if (runs.some((r) => r.text.trim())) paragraphs.push(runs);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return paragraphs;
}

/** One paragraph's runs; a quotation across a paragraph break is marked in each part. */
function runsOf(text: string, start: number, end: number, ranges: ReadonlyArray<{ start: number; end: number; key: string }>): Run[] {
  const runs: Run[] = [];
  let at = start;
  for (const r of ranges) {
    if (r.end <= start || r.start >= end) continue;
    const s = Math.max(r.start, start);
    const e = Math.min(r.end, end);
    if (s > at) runs.push({ text: text.slice(at, s) });
    runs.push({ text: text.slice(s, e), key: r.key });
    at = e;
  }
  if (at < end) runs.push({ text: text.slice(at, end) });
  return runs;
}
