// Word counts, shared by stage 2 (a quotation's length decides its kind) and stage 6 (a question's
// length): read by one pass over the characters, as /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu matches,
// without building the array of matches (test/questions/scanners.test.ts).

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Is the code point at s[i] (`n` code units) a letter or a digit? ASCII without a regular expression. */
function letterOrDigit(s: string, c: number, i: number, n: number): boolean {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57;
  // (the General Punctuation block, curly quotes, dashes and ellipses, holds no letter or digit)
  if (c >= 0x2000 && c <= 0x206f) return false;
  return LETTER_OR_DIGIT.test(n === 1 ? s[i]! : s.slice(i, i + n));
}

/** How many words `s` holds: a word opens with a letter or digit and goes on over letters, digits, apostrophes, full stops and hyphens. */
export function countWords(s: string): number {
  let words = 0, inWord = false;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    const d = c >= 0xd800 && c <= 0xdbff ? s.charCodeAt(i + 1) : 0;
    const n = d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    if (letterOrDigit(s, c, i, n)) {
      if (!inWord) { words++; inWord = true; }
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45))) inWord = false;
    i += n;
  }
  return words;
}
