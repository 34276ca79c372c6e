// Quotation marks used in English journalism. Straight marks are ambiguous
// (open or close) and are resolved from context; curly marks say which they are.

/** Marks that open a double quotation (low-9 and guillemet forms included). */
export const DOUBLE_OPEN = new Set(['“', '„', '‟', '«']);
/** Marks that close a double quotation. */
export const DOUBLE_CLOSE = new Set(['”', '»']);
/** Marks that open or close depending on their neighbours (straight and full-width). */
export const DOUBLE_EITHER = new Set(['"', '＂']);

/** Single marks: British outlets use them for speech; US outlets for quotes inside quotes and in headlines. */
export const SINGLE_OPEN = new Set(['‘', '‚', '‹']);
export const SINGLE_CLOSE = new Set(['’', '›']);
/** Straight single mark (and the backtick some typists open with): an apostrophe, or a quote mark by context. */
export const SINGLE_EITHER = new Set(["'", '`']);

/** Every double mark, for quick membership tests. */
export const ANY_DOUBLE = new Set([...DOUBLE_OPEN, ...DOUBLE_CLOSE, ...DOUBLE_EITHER]);
