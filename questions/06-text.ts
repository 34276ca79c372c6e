// Stage 6, part 0 — the text of a question: the quotation as a question shows it, its word
// count, stable ids and a deterministic shuffle (no runtime API, so the same everywhere).

import { countWords } from './word-count';

export const MIN_WORDS = 6;
export const MAX_WORDS = 60;

/** FNV-1a, 32 bits, as 8 hex digits: stable ids without any runtime API. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export const wordCount = countWords;

/**
 * The quotation as a question shows it: verbatim when 6–60 words; a longer one
 * cut at the last sentence end that keeps it within 60 words, with "…".
 * Returns null when no such cut exists or it is too short.
 */
export function questionText(quote: string): string | null {
  const q = quote.trim();
  const n = wordCount(q);
  if (n < MIN_WORDS) return null;
  if (n <= MAX_WORDS) return q;
  const ends = /[.!?…]["”’)]?(?=\s+)/g;
  let cut = -1;
  for (let m = ends.exec(q); m; m = ends.exec(q)) {
    const upTo = m.index + m[0].length;
    if (wordCount(q.slice(0, upTo)) > MAX_WORDS) break;
    cut = upTo;
  }
  if (cut < 0) return null;
  const head = q.slice(0, cut).trim();
  return wordCount(head) >= MIN_WORDS ? head + ' …' : null;
}

/** Deterministic shuffle: the same seed always gives the same order. */
export function mix<T>(items: T[], seed: string): T[] {
  const out = items.slice();
  let s = parseInt(hash(seed), 16) || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A text that ends with a quotation whose last sentence ends in a comma (the comma that led into
 * "he said" in the article) ends it with a full stop instead, as quoting style does: the words
 * are otherwise verbatim. `"There was no such goal,"` → `"There was no such goal."`.
 */
export function closeQuotation(s: string): string {
  return s.replace(/,(\s*["”’'»]?)\s*$/u, (_m, mark: string) => '.' + mark.trim());
}
