// What an editor may type into text that readers see. Invisible controls can make a
// name or title read differently from what is stored (U+202E turns "Smith" around),
// so they are refused, not silently dropped; and a name needs at least one letter.
import { z } from 'zod';

/**
 * C0 and C1 controls (tab and line breaks allowed), and the bidi embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069). The marks U+200E/U+200F and the joiners U+200C/U+200D
 * stay: Arabic, Hebrew, Persian and Indic writing needs them.
 */
export const HIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Drops the controls above: for text an import takes from a page, which is not refused for them. */
export const withoutHiddenControls = (s: string): string => s.replace(new RegExp(HIDDEN_CONTROLS.source, 'gu'), '');

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Trimmed text of at most `max` characters without hidden controls; `empty` allowed or not. */
export function visibleText(max: number, opts: { empty?: boolean } = {}) {
  const base = z.string().trim().max(max);
  return (opts.empty ? base : base.min(1, 'must not be empty')).refine((s) => !HIDDEN_CONTROLS.test(s), 'must not contain invisible control characters (such as U+202E, which reverses text)');
}

/** A person's name: visible text with a letter in it (not only punctuation or digits). */
export const personName = (max: number) => visibleText(max).refine((s) => LETTER.test(s), 'must contain a letter');

/** A title or a quotation: visible text with a letter or digit in it. */
export const wordedText = (max: number) => visibleText(max).refine((s) => LETTER_OR_DIGIT.test(s), 'must contain a letter or digit');
