// The hand-written scanners that replace regular expressions on the hot path (one pass over the
// characters, ASCII without a regex): each must read exactly as the expression it replaces.
import { describe, expect, it } from 'vitest';
import { scanWords, type Tok } from '../../questions/04-tokens';
import { unpadded, wordsIn } from '../../questions/01-normalise';
import { lowerCaseWords } from '../../questions/03-entity-type';
import { capitalRuns } from '../../questions/03-roles';
import { hasWord } from '../../questions/03-quote-names';
import { endsClause, lowerWordBeforeSpaces, NAME_SEQUENCE, nextNameSequence, relationWord } from '../../questions/03-scan';
import { pointBefore, runStartBefore } from '../../questions/code-points';
import { PLACE_BEFORE, PLACE_BEFORE_WORDS } from '../../questions/03-not-a-name-place';
import { countWords } from '../../questions/word-count';

/** 300 strings of up to 40 pieces of `alphabet`, the same every run (a linear congruential generator from `seed`). */
function generated(alphabet: string[], seed: number): string[] {
  const next = () => { seed = (seed * 1103515245 + 12345) >>> 0; return seed; };
  const out: string[] = [];
  for (let n = 0; n < 300; n++) {
    let text = '';
    for (let i = next() % 40; i > 0; i--) text += alphabet[next() % alphabet.length];
    out.push(text);
  }
  return out;
}

const WORD = /([\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu;

/** What the regular expression reads: [start, end, text] of each word or mark. */
function byRegex(text: string): [number, number, string][] {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length, m[0]]);
}

function byScanner(text: string): [number, number, string][] {
  const toks: Tok[] = [];
  scanWords(text, 0, text.length, toks);
  return toks.map((k) => [k.start, k.end, text.slice(k.start, k.end)]);
}

const SAMPLES: string[] = [
  'Peskov said: “There was, in fact, a discussion.”',
  "It's 9 o’clock in the U.S. -- well-known rock ’n’ roll.",
  'Ms. Ólafsdóttir (D-Wis.) said 3.5% — “no.”',
  'São Paulo; Zürich: Łódź… naïve façade',
  'An emoji 🙂 and 𝐀𝐁 letters beyond the BMP.',
  'Combining e\u0301 mark, tab\tand\u00a0nbsp\u2003em space.',
  "trailing joiner's- and 'leading. ’’ .. --",
  'Ханна сказала: «да». 中文 句子。',
  '',
];

describe('scanWords reads as the word regular expression does', () => {
  it.each(SAMPLES)('%s', (text) => expect(byScanner(text)).toEqual(byRegex(text)));
  // (not in a test's name: the test runner's transport refuses a lone surrogate)
  it('a lone surrogate is a mark of its own', () => {
    const text = 'a lone \ud83d surrogate, and one at the end \ud83d';
    expect(byScanner(text)).toEqual(byRegex(text));
  });
  it('on generated text of letters, digits, joiners, marks and spaces', () => {
    for (const text of generated(['a', 'Z', '7', "'", '’', '.', '-', ' ', ',', '“', 'é', 'e\u0301', '\u00a0', '🙂', 'Ж', '\n', '—'], 7)) {
      expect(byScanner(text)).toEqual(byRegex(text));
    }
  });
  it('reads only its span of the text, at offsets into the whole text', () => {
    const toks: Tok[] = [];
    scanWords('xx Hello, world yy', 3, 15, toks);
    expect(toks.map((k) => [k.start, k.end])).toEqual([[3, 8], [8, 9], [10, 15]]);
  });
});

describe('lowerCaseWords: the words an article writes in lower case', () => {
  const byRegexLower = (text: string) => new Set([...text.matchAll(/[\p{L}\p{N}'’-]+/gu)].map((m) => m[0]).filter((w) => w === w.toLowerCase()));
  const cases: [string, string[]][] = [
    ['The Paper said the paper was late.', ['said', 'the', 'paper', 'was', 'late']],
    ['Cream, face-cream and Face; o’clock rock’n’roll 2024', ['face-cream', 'and', 'o’clock', 'rock’n’roll', '2024']],
    ['Über über ÉCOLE école', ['über', 'école']],
  ];
  it.each(cases)('%s', (text, words) => expect([...lowerCaseWords(text)].sort()).toEqual(words.sort()));
  it.each(SAMPLES)('as /[\\p{L}\\p{N}\'’-]+/gu in lower case: %s', (text) => expect(lowerCaseWords(text)).toEqual(byRegexLower(text)));
  it('on generated text', () => {
    for (const text of generated(['a', 'Z', '7', "'", '’', '-', ' ', '“', 'é', 'É', 'e\u0301', '\u00a0', '𝐀', 'ж', 'Ж', '—', 'ß'], 11)) {
      expect(lowerCaseWords(text)).toEqual(byRegexLower(text));
    }
  });
});

describe('capitalRuns: the words of two to five capitals, each as hasWord finds it', () => {
  const cases: [string, string[]][] = [
    ['the AGP told him (DTC) in the US.', ['AGP', 'DTC', 'US']],
    ['USA-based AGPs iPHONE ÉAGP AGPé NASA’s ABCDEF A', ['USA', 'NASA']],
  ];
  it.each(cases)('%s', (text, words) => expect([...capitalRuns(text)].sort()).toEqual(words.sort()));
  it('on generated text, for every run of capitals hasWord is asked about', () => {
    const words = ['AB', 'ABC', 'US', 'A', 'ABCDEF'];
    for (const text of generated(['A', 'B', 'C', 'D', 'E', 'F', 'U', 'S', 'a', ' ', '-', 'É', 'é', '’', '𝐀', '7', 'ж'], 5)) {
      const runs = capitalRuns(text);
      for (const w of words) expect([text, w, runs.has(w)]).toEqual([text, w, w.length >= 2 && w.length <= 5 && hasWord(text, w)]);
    }
  });
});

describe('nextNameSequence finds the name sequences NAME_SEQUENCE.exec finds', () => {
  const all = (text: string, next: (s: string) => RegExpExecArray | null) => {
    NAME_SEQUENCE.lastIndex = 0;
    const out: [number, string][] = [];
    for (let m = next(text); m; m = next(text)) out.push([m.index, m[0]]);
    return out;
  };
  const texts = [
    'Russian President Vladimir Putin told Sen. Ben Sasse and Ms. Ólafsdóttir of the U.N. Security Council.',
    'A. B. said. “Ludwig van Beethoven” met Mhic Uí Néill; ÉCOLE Émile Zola, 𝐀𝐁𝐂 and I',
    'lower case only, then Z',
    '',
  ];
  it.each(texts)('%s', (text) => expect(all(text, nextNameSequence)).toEqual(all(text, (s) => NAME_SEQUENCE.exec(s))));
});

describe('nextNameSequence opens no name at a unit\'s capital inside a word', () => {
  const cases: [string, string[]][] = [
    ['a rise of P0.21 per kilowatt-hour (kWh), or 200 MWh a year', ['MWh']],
    ['officials of the eThekwini Municipality said', ['Thekwini Municipality']],
    ['Maria Ruiz bought an iPhone', ['Maria Ruiz', 'Phone']],
  ];
  it.each(cases)('%s', (text, names) => {
    NAME_SEQUENCE.lastIndex = 0;
    const out: string[] = [];
    for (let m = nextNameSequence(text); m; m = nextNameSequence(text)) out.push(m[0]);
    expect(out).toEqual(names);
  });
});

describe('nextNameSequence reads a lower-case "do" as a particle between names, as the verb after a modal, "to" or a question word', () => {
  const cases: [string, string[]][] = [
    ['The charity Patas do Sul said', ['The', 'Patas do Sul']],
    ['João do Carmo, its founder, said', ['João do Carmo']],
    ['Can Trump do Iowa again?', ['Can Trump', 'Iowa']],
    ['Why do Democrats keep losing Ohio?', ['Why', 'Democrats', 'Ohio']],
    ['Kevin d’Entremont, the MLA, and Dermot Mac an tSaoir spoke; calling Smith an American hero', ['Kevin d’Entremont', 'MLA', 'Dermot Mac an tSaoir', 'Smith', 'American']],
  ];
  it.each(cases)('%s', (text, names) => {
    NAME_SEQUENCE.lastIndex = 0;
    const out: string[] = [];
    for (let m = nextNameSequence(text); m; m = nextNameSequence(text)) out.push(m[0]);
    expect(out).toEqual(names);
  });
});

describe('wordsIn counts a line\'s words as body.split(/\\s+/).length does', () => {
  const lines = ['One', 'Two  words', 'tab\tand\u00a0nbsp\u2003em\u3000ideographic', ' edge ', '', 'a\ufeffb \u2028c', 'no-break\u202fnarrow'];
  it.each(lines)('%s', (line) => expect(wordsIn(line)).toBe(line.split(/\s+/).length));
});

describe('unpadded trims a line as /^[\\s\\p{Cf}]+|[\\s\\p{Cf}]+$/gu does', () => {
  const EDGE = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;
  const lines = ['  plain  ', '\u200b\u200eText\u200f\ufeff', '\t\u00a0', '', 'x', 'flag 🏴\u{e0067}\u{e0062}\u{e007f}', '\u{e0020} tag-led', 'é\u0301 ', 'mid\u200bdle'];
  it.each(lines)('%s', (line) => {
    const [from, to] = unpadded(line);
    expect(line.slice(from, to)).toBe(line.replace(EDGE, ''));
  });
});

describe('lowerWordBeforeSpaces reads as /([\\p{Ll}-]+)\\s+$/u does', () => {
  const texts = ['said Kremlin spokesman ', 'the health secretary,  ', 'no space', 'ends with Capital ', 'über-größe ', '𝐚𝐛 ', 'well-known\t', '', ' ', 'x-'];
  it.each(texts)('%s', (s) => expect(lowerWordBeforeSpaces(s)).toBe(/([\p{Ll}-]+)\s+$/u.exec(s)?.[1]));
});

describe('countWords counts as /[\\p{L}\\p{N}][\\p{L}\\p{N}\'’.-]*/gu matches', () => {
  const byRegexCount = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
  it.each(SAMPLES)('%s', (text) => expect(countWords(text)).toBe(byRegexCount(text)));
  it('a lone surrogate is no letter', () => {
    const text = 'a\ud83d b \udc00c end\ud83d';
    expect(countWords(text)).toBe(byRegexCount(text));
  });
  it('on generated text', () => {
    for (const text of generated(['a', 'Z', '7', "'", '’', '.', '-', ' ', ',', '“', 'é', 'e\u0301', '\u00a0', '🙂', '𝐀', 'Ж', '½', '²', '\ud83d', '—'], 13)) {
      expect(countWords(text)).toBe(byRegexCount(text));
    }
  });
});

describe('endsClause reads as /[.!?:;—–]["”’)]?\\s*$/u or /["“”]\\s*$/ does', () => {
  const byRegex = (s: string) => /[.!?:;—–]["”’)]?\s*$/u.test(s) || /["“”]\s*$/.test(s);
  const texts = ['He said. ', 'the end.” ', 'asked: ', '(D-Wis.) ', 'no mark ', 'a dash — ', 'quoted “', 'it’s ', 'end?’\u00a0', '', ' ', ')', 'x.)'];
  it.each(texts)('%s', (s) => expect(endsClause(s)).toBe(byRegex(s)));
  it('on generated text', () => {
    for (const text of generated(['.', '!', ':', ';', '—', '–', '"', '“', '”', '’', ')', ' ', '\u00a0', '\n', 'a', 'Z', ',', '\ud83d', "'"], 17)) {
      expect(endsClause(text)).toBe(byRegex(text));
    }
  });
});

describe('a tail\'s last word (relationWord) pre-checks the patterns anchored at its end', () => {
  it('PLACE_BEFORE matches only where PLACE_BEFORE_WORDS holds the last word', () => {
    for (const text of generated(['in ', 'of ', 'at', ' ', 'inner-city ', 'north-east ', 'downtown ', 'xin ', 'In ', ',', '.', 'Ohio ', '\u00a0', '-'], 19)) {
      if (PLACE_BEFORE.test(text)) expect(PLACE_BEFORE_WORDS.has(relationWord(text))).toBe(true);
    }
  });
});

describe('code-points: reading a text backwards by code points', () => {
  it.each([['ab', 2, 'b'], ['a𝐀', 3, '𝐀'], ['a𝐀', 1, 'a'], ['', 0, '']] as const)('pointBefore(%j, %i) = %j', (s, p, point) => {
    expect(pointBefore(s, p)).toBe(point);
  });
  const LETTERS = /(\p{L}+)$/u;
  it.each(['said Müller', 'of Żółć', 'the 𝐀𝐁𝐂', 'ends in 42', '', 'x'])('runStartBefore over letters of %j reads as /(\\p{L}+)$/u', (s) => {
    const p = runStartBefore(s, s.length, (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90, /^\p{L}$/u);
    expect(s.slice(p)).toBe(LETTERS.exec(s)?.[1] ?? '');
  });
});
