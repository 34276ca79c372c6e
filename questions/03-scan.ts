// Stage 3, part 1a — scanners: the name sequences of a text, and the word before a name, read by
// hand-written passes over the characters where a regular expression would be tried at every
// position (an end-anchored pattern scans all it is given; a pattern whose every alternative opens
// with a capital is still tried at every lower-case letter). Each reads exactly as the pattern in
// its comment (test/questions/scanners.test.ts).

import { ABBREVIATIONS, NAME_PARTICLES } from './data/titles';
import { PLURAL_OWNED } from './data/organisations';
import { isSpaceAt, pointBefore, runStartBefore } from './code-points';

// (a patronymic's initial joined to the given name, as Mongolian and Kazakh outlets write names: "Ts.Ganbold", "B.Oyunchimeg")
export const INITIAL_NAME = String.raw`(?:\p{Lu}|Ch|Sh|Kh|Ts|Zh|Ya|Yo|Yu|Ye)\.\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*\p{L}`;
// (initials without stops, as Indian papers write them: "B R Manjunath", "K Venkatesh"; a lone "A" or "I" opens no name,
// nor the last letter of "P&G Amiens")
// (the capital read first, then what stands before it: a lookbehind tried at every lower-case letter is the cost)
const BARE_INITIAL = String.raw`\p{Lu}(?<![\p{L}\p{N}&'’.-]\p{Lu})(?:(?=[ \u00a0]\p{Lu}[ \u00a0]\p{Lu}\p{Ll})|(?<![AI])(?=[ \u00a0]\p{Lu}\p{Ll}))`;
// (a plural's apostrophe inside an organisation's name, before the word that makes it one: "Peruvian Anchovy Producers’ Guild",
// "Workers' Party"; not "Sanders’ California", "Reuters’ Luciana Lopez")
const PLURAL_OWNER = String.raw`(?<=(?:ers|ors|ists|ants|ents|ians|men))['’](?=[ \u00a0]+(?:${PLURAL_OWNED.join('|')})\b)`;
const TOKEN = String.raw`(?:${INITIAL_NAME}|(?:\p{Lu}\.){2,}|(?:${ABBREVIATIONS.join('|')})\.|\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lu}\.|${BARE_INITIAL})(?:['’]s|${PLURAL_OWNER})?`;
const PARTICLE = String.raw`(?:${[...NAME_PARTICLES].join('|')})`;
// (an Arabic article joined to a later name: "Mohamed Abdelrahman al-Nour", "Hind Osman el-Tayeb", "Usman ul-Haq", "Salah ud-Din"; a French or Italian "d’" glued
// to one: "Kevin d’Entremont"; an Irish word whose first letter a mutation puts before its capital, after a particle: "Dermot
// Mac an tSaoir", "Máire Ní bhFaoláin")
const IRISH_MUTATED = String.raw`(?:t|n|h|bh|mb|gc|nd|bp|dt|ng)\p{Lu}\p{Ll}+`;
export const NAME_SEQUENCE = new RegExp(String.raw`${TOKEN}(?:[ \u00a0]+(?:${PARTICLE}[ \u00a0]+)*(?:(?:[ae]l-|u[ldrz]-|d['’])?${TOKEN}|(?<=(?:Mac|Nic)[ \u00a0]+)an[ \u00a0]+(?:${IRISH_MUTATED}|${TOKEN})|(?<=(?:na|Ní|Nic|Ó|Uí)[ \u00a0]+)${IRISH_MUTATED}))*`, 'gu');
/** The same pattern tried at one position only. */
const NAME_AT = new RegExp(NAME_SEQUENCE.source, 'uy');
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * The next name sequence of `s` from NAME_SEQUENCE.lastIndex, as NAME_SEQUENCE.exec finds it, and
 * NAME_SEQUENCE.lastIndex after it (0 when there is none, as exec leaves it). Every name opens with a
 * capital: the pattern is tried only where one stands, found by a plain scan of the characters (the
 * regular expression alone tries its long alternation at every position of the article).
 */
export function nextNameSequence(s: string): RegExpExecArray | null {
  for (let i = NAME_SEQUENCE.lastIndex; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (the General Punctuation block, curly quotes and dashes, holds no capital: no pattern tried there)
    if (c < 128 ? c < 65 || c > 90 : c >= 0x2000 && c <= 0x206f || !UPPER_FIRST.test(s.slice(i, i + 2))) continue;
    // (a unit's capital inside a word opens no name: the "Wh" of "kWh"; "eThekwini" keeps "Thekwini")
    if (i > 0 && lowerBefore(s, i) && !/^\p{L}{3}/u.test(s.slice(i, i + 3))) continue;
    NAME_AT.lastIndex = i;
    const m = NAME_AT.exec(s);
    if (m) {
      // (a lower-case "do" after a modal, "to" or a question word is the verb, no particle: "Can Trump do Iowa?", "Why do Democrats …")
      const d = m[0].indexOf(' do ');
      if (d > 0 && doAsVerb(s, m.index + d)) m[0] = m[0].slice(0, d);
      NAME_SEQUENCE.lastIndex = m.index + m[0].length;
      return m;
    }
  }
  NAME_SEQUENCE.lastIndex = 0;
  return null;
}

/** Words one or two before a lower-case "do" that make it the verb. */
const DO_AS_VERB = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'to', 'let', 'lets', 'make', 'makes', 'made',
  'help', 'helps', 'did', 'does', 'do', 'why', 'how', 'what', 'where', 'when', 'who', 'which', 'whom', 'whose', 'i', 'you', 'we', 'they']);
/** The "do" after position `at` (its space) is the verb, by the two words before it. */
const doAsVerb = (s: string, at: number): boolean => s.slice(Math.max(0, at - 40), at).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(-2).some((w) => DO_AS_VERB.has(w));

/** A lower-case letter right before position i (one code unit or a surrogate pair). */
function lowerBefore(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(pointBefore(s, i));
}
const LOWER = /^\p{Ll}$/u;

const LOWER_OR_HYPHEN = /^[\p{Ll}-]$/u;
const asciiLowerOrHyphen = (c: number) => c >= 97 && c <= 122 || c === 45;

/**
 * The lower-case word (letters and hyphens) right before the spaces that end `s`, as
 * /([\p{Ll}-]+)\s+$/u reads it, or undefined: one backward scan, where the anchored pattern is
 * tried at every position of `s`.
 */
export function lowerWordBeforeSpaces(s: string): string | undefined {
  let k = s.length;
  while (k > 0 && isSpaceAt(s, k - 1)) k--;
  if (k === s.length) return undefined;
  const p = runStartBefore(s, k, asciiLowerOrHyphen, LOWER_OR_HYPHEN);
  return p < k ? s.slice(p, k) : undefined;
}

/**
 * Might /^\s+[\p{Ll}-]/u match s from i: spaces, then a lower-case letter or a hyphen? False only where
 * ASCII says no (no space at i, or an ASCII character that is neither after the spaces): the cheap
 * pre-check of patterns that read the words after a name.
 */
export function spacesThenLower(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128 && !isSpaceAt(s, i)) return false;
  let j = i;
  while (j < s.length && s.charCodeAt(j) < 128 && isSpaceAt(s, j)) j++;
  const d = s.charCodeAt(j);
  return !(d < 128) || d >= 97 && d <= 122 || d === 45;
}

/** Marks that end a sentence or a clause before a name (endsClause). */
const CLAUSE_ENDS = '.!?:;—–';

/**
 * Does `s` end a sentence or a clause before its trailing spaces: a stop, colon, semicolon or dash,
 * perhaps closed by a quote mark or a bracket, or any double quote mark? As
 * /[.!?:;—–]["”’)]?\s*$/u.test(s) || /["“”]\s*$/.test(s) read it, by one backward step over the
 * spaces (each pattern is tried at every position of `s`).
 */
export function endsClause(s: string): boolean {
  let k = s.length;
  while (k > 0 && isSpaceAt(s, k - 1)) k--;
  if (k === 0) return false;
  const last = s[k - 1]!;
  if (CLAUSE_ENDS.includes(last) || last === '"' || last === '“' || last === '”') return true;
  return (last === '’' || last === ')') && k > 1 && CLAUSE_ENDS.includes(s[k - 2]!);
}

/** The last word (\w, as RELATION_BEFORE's \b reads it) before the spaces and the comma that may end `s` ("his wife, "), lower case: RELATION_BEFORE's pre-check. */
export function relationWord(s: string): string {
  let k = s.length;
  while (k > 0 && isSpaceAt(s, k - 1)) k--;
  if (k === s.length) return '';
  if (s[k - 1] === ',') k--;
  let p = k;
  for (let c = s.charCodeAt(p - 1); p > 0 && (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95); c = s.charCodeAt(--p - 1));
  return s.slice(p, k).toLowerCase();
}
