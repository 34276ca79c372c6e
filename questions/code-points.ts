// Reading a text by code points backwards, for the hand-written scans of stages 2 and 3 that stand in
// for end-anchored regular expressions (such a pattern is tried at every position of its text): ASCII
// decided by its code, anything else (one code unit or a surrogate pair) by a pattern.

const SPACE = /^\s$/u;

/** Is s[i] white space, as \s reads it? */
export const isSpaceAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || c >= 9 && c <= 13 : SPACE.test(s[i]!);
};

/** The code point that ends right before s[p]: one code unit or a surrogate pair ('' at the start). */
export function pointBefore(s: string, p: number): string {
  if (p <= 0) return '';
  const c = s.charCodeAt(p - 1);
  const pair = p >= 2 && c >= 0xdc00 && c <= 0xdfff && s.charCodeAt(p - 2) >= 0xd800 && s.charCodeAt(p - 2) <= 0xdbff;
  return pair ? s.slice(p - 2, p) : s[p - 1]!;
}

/**
 * Where the run of code points that ends right before s[p] starts, each taken by `ascii` (an ASCII code)
 * or by `other` (a longer code point): p itself when the code point before p is no part of it.
 */
export function runStartBefore(s: string, p: number, ascii: (c: number) => boolean, other: RegExp): number {
  while (p > 0) {
    const c = s.charCodeAt(p - 1);
    if (c < 128) { if (!ascii(c)) break; p--; continue; }
    const point = pointBefore(s, p);
    if (!other.test(point)) break;
    p -= point.length;
  }
  return p;
}
