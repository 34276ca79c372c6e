// Stage 3 — the words of a name: their bare form, acronyms, and given names.
// Two sources of given names: a short curated list (data/first-names.ts) whose
// names are seldom surnames or words, safe to make a lone first name a person
// and to give a gender; and a data set of about 60,000 given names
// (data/given-names.ts, built by scripts/build-given-names.mjs), evidence that
// the first of several words is a first name. That table is front-coded in
// sorted blocks: a look-up bisects the blocks by their first name and decodes one.

import { FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES, VIETNAMESE_SURNAMES } from './data/first-names';
import { EITHER, FEMALE, MALE } from './data/given-names';
import { BURMESE_HONORIFICS, BURMESE_NAME_WORDS, PATRONYMIC_OPENERS } from './data/titles';
import { NICKNAMES } from './data/nicknames';
import { GENDERED_HONORIFICS } from './data/pronouns';
import { memoised } from './memo';
import type { Person } from './types';

export type Gender = 'm' | 'f' | undefined;

/** A name word in lower case, without a possessive ending or a full stop: "Peskov’s" → "peskov". */
export const bare = (t: string) => {
  let s = t.endsWith("'s") || t.endsWith('’s') ? t.slice(0, -2) : t;
  if (s.endsWith('.')) s = s.slice(0, -1);
  return s.toLowerCase();
};
export const isAcronym = (t: string) => /^\p{Lu}{2,}$/u.test(t.replace(/['’]s$/, ''));

/** A gender known, and an honorific of the other: "Mrs Ozanne" is not the "Ozanne" that "Mr Ozanne" named. */
export const otherGender = (g: Gender, honorific: string | undefined): boolean =>
  !!g && !!honorific && !!GENDERED_HONORIFICS[honorific] && GENDERED_HONORIFICS[honorific] !== g;

/** The gender of a first name from the curated list, which leaves out names that are as often surnames or words (kept by the word as written). */
export const firstNameGender: (t: string) => Gender = memoised(listedGender, 20_000);

/** The curated lists' answer for one word. */
function listedGender(t: string): Gender {
  const f = t.toLowerCase();
  const g = FEMALE_NAMES.has(f) ? 'f' : MALE_NAMES.has(f) ? 'm' : undefined;
  if (g || !NON_ASCII.test(f)) return g;
  // ("Jéssica", "José": the lists are written without accents)
  const plain = f.normalize('NFKD').replace(/\p{M}/gu, '');
  return FEMALE_NAMES.has(plain) ? 'f' : MALE_NAMES.has(plain) ? 'm' : undefined;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The gender a first name tells for certain: none for names given to either sex ("Jordan", "Kelly"), whose gender is a hint. */
export function certainNameGender(t: string): Gender {
  return UNISEX_NAMES.has(t.toLowerCase()) ? undefined : firstNameGender(t);
}

/** "Nguyen Thi Hong Nhung" is a woman, "Nguyen Van Minh" a man: the middle name Vietnamese names carry after the surname. */
export function vietnameseGender(tokens: readonly string[]): Gender {
  if (tokens.length < 3 || !VIETNAMESE_SURNAMES.has(tokens[0]!.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())) return undefined;
  return tokens[1] === 'Thi' || tokens[1] === 'Thị' ? 'f' : tokens[1] === 'Van' || tokens[1] === 'Văn' ? 'm' : undefined;
}

/** The first name of a block: up to its first space. */
const head = (block: string) => { const s = block.indexOf(' '); return s < 0 ? block : block.slice(0, s); };

/** Is `w` (lower case) one of the front-coded sorted blocks' names? */
function inBlocks(blocks: readonly string[], w: string): boolean {
  let lo = 0, hi = blocks.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (head(blocks[mid]!) <= w) lo = mid; else hi = mid - 1; }
  const block = blocks[lo];
  if (block === undefined || head(block) > w) return false;
  // decode the block name by name: each after the first is [shared length in base 36][rest]
  let prev = '';
  for (let at = 0; at < block.length;) {
    let end = block.indexOf(' ', at);
    if (end < 0) end = block.length;
    const name = at === 0 ? block.slice(0, end) : prev.slice(0, parseInt(block[at]!, 36)) + block.slice(at + 1, end);
    if (name >= w) return name === w;
    prev = name;
    at = end + 1;
  }
  return false;
}

type GivenName = 'm' | 'f' | 'either' | undefined;

/** The gender a given name tells ('m', 'f'), 'either' for a name given to both, or undefined for no given name (kept by the word as written: names recur). */
export const givenName: (word: string) => GivenName = memoised((word) => {
  const w = word.toLowerCase();
  const found = listedGiven(w);
  // (the data set writes most names without their accents: "Raúl", "Martín", "Sebastián" as "raul", "martin", "sebastian")
  return found !== undefined || !/[^\x00-\x7f]/.test(w) ? found : listedGiven(w.normalize('NFKD').replace(/\p{M}/gu, ''));
}, 20_000);

/** A given name the data set knows, or one of the first names papers write short ("Jen", "Rob"). */
export const knownGivenName = (t: string): boolean => !!givenName(t) || !!firstNameGender(t);

const listedGiven = (w: string): GivenName => inBlocks(FEMALE, w) ? 'f' : inBlocks(MALE, w) ? 'm' : inBlocks(EITHER, w) ? 'either' : undefined;

/** A romanised Korean or Chinese given name, written after the surname: "Kim Dong-won", "Bernard Kwok Chi-man". */
const EAST_ASIAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
export const eastAsianGiven = (t: string) => EAST_ASIAN_GIVEN.test(t);

/** An article glued to a surname's capital: the French or Italian "d’", the Arabic "al-" or "el-" (after a vowel "ul-", "ud-", "ur-", "uz-"). */
const GLUED_ARTICLE = /^(?:d['’]|[ae]l-|u[ldrz]-)(?=\p{Lu})/u;

/** The surnames a name can be called by: its last word; and the word before a hyphenated East Asian given name ("Kim" of "Kim Dong-won"). */
export function surnamesOf(parts: readonly string[]): string[] {
  const last = parts[parts.length - 1]!;
  // ("d’Entremont said" is also "Entremont", "al-Zubaidi said" also "Zubaidi": an article glued before the capital, which the
  // name scan may leave off)
  const glued = GLUED_ARTICLE.exec(last)?.[0].length;
  if (glued) return [bare(last), bare(last.slice(glued))];
  return parts.length >= 2 && eastAsianGiven(last) ? [bare(last), bare(parts[parts.length - 2]!)] : [bare(last)];
}

/** A name's words joined bare ("donald trump"), the key names are looked up by. */
export function nameKey(tokens: readonly string[]): string {
  let key = tokens.length > 0 ? bare(tokens[0]!) : '';
  for (let i = 1; i < tokens.length; i++) key += ' ' + bare(tokens[i]!);
  return key;
}

/** surnamesOf a name as written (space-separated words), kept by the name: each mention of someone asks again. */
export const surnamesOfName: (name: string) => readonly string[] = memoised((name) => surnamesOf(name.split(' ')), 20_000);

/**
 * The forms a quotation may name someone by: the name, its aliases and its last word, without an
 * honorific; kept per person until an alias is added (each question reads its choices' names).
 */
const formsOf = new WeakMap<Person, { name: string; aliases: number; forms: readonly string[] }>();
export function quotableForms(p: Person): readonly string[] {
  const known = formsOf.get(p);
  if (known && known.name === p.name && known.aliases === p.aliases.length) return known.forms;
  const forms = [p.name, ...p.aliases, p.name.split(/\s+/).pop()!].map((f) => f.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+/, '')).filter((f) => f.length > 1);
  formsOf.set(p, { name: p.name, aliases: p.aliases.length, forms });
  return forms;
}

/** `short` is the first words of the longer name `long` ("Jón Ágúst" of "Jón Ágúst Pálsson"). */
export const isPrefixOf = (short: readonly string[], long: readonly string[]) => long.length > short.length && short.every((t, i) => bare(t) === bare(long[i]!));

/** After a name: the article will give no other ("Ashneel, who gave only his first name,", "Jess, who did not want her surname used,", "who declined to give her last name"). */
export const FIRST_NAME_ONLY = /^,?\s+(?:\([^)]{0,20}\)\s+)?who\s+(?:gave|would give|asked|wished|wanted|agreed|declined|preferred|requested|refused|(?:did|does|would)\s*n(?:o|[’'])t)\b[^.]{0,40}\b(?:first|sur|last|family|full)\s?name\b/;

/** An initial: "K.", "M.". */
export const isInitial = (t: string) => /^\p{Lu}\.$/u.test(t);

/** tokens[i] and the next are initials ("M. K. Stalin"): a name, no honorific. */
export const initials = (tokens: readonly string[], i: number) => isInitial(tokens[i]!) && isInitial(tokens[i + 1] ?? '');

/** `short` is the given names of `full`: one word less, or all but a father's name ("… bin Roslan", "… Abdul Rahman", "… bin Haji Omar"). */
export const givenNamesOf = (short: string[], full: string[]) => isPrefixOf(short, full) && !burmeseName(full) &&
  (full.length === short.length + 1 || full.length >= short.length + 2 && full.length <= short.length + 3 && PATRONYMIC_OPENERS.has(full[short.length]!.toLowerCase()));

/**
 * Every word of the name (after "U", "Daw" …) is a Burmese name's: a name with no given names and surname, whose first words
 * are someone else's whole name ("U Kyaw Min" is not "U Kyaw Min Htut").
 */
const burmeseName = (full: string[]): boolean => {
  const ws = full.map(bare);
  // ("U" alone before a name is the Burmese honorific for a man, as "Daw" for a woman)
  if (ws.length >= 3 && (ws[0] === 'u' || ws[0] === 'daw')) return true;
  const from = BURMESE_HONORIFICS.has(ws[0]!) ? 1 : 0;
  return ws.length - from >= 2 && ws.slice(from).every((w) => BURMESE_NAME_WORDS.has(w));
};

/** The given name a short form stands for ("bobby" → "robert"), else the name itself. */
export const formalGivenName = (first: string): string => NICKNAMES[first] ?? first;

/** A name without the "Md"/"Mohd" that opens it, when more follows. */
const withoutMd = (ws: string[]) => ws.length > 2 && /^(?:md|mohd)$/.test(ws[0]!) ? ws.slice(1) : ws;

/** Is `other` another form of `full` (same surname, and compatible first names: an initial, a short form)? */
export function isFormOf(full: string[], other: string[]): boolean {
  // ("Md Anisur Rahman" and "Md Habibur Rahman" are brothers: "Md", Mohammad, opens many Bangladeshi names)
  const a = withoutMd(full.map(bare)), b = withoutMd(other.map(bare));
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === 1 || b.length === 1) return true;
  // "Paz Akin" is "Lorena Paz Akin": a two-word surname
  if (endsWith(a, b)) return true;
  const fa = a[0]!, fb = b[0]!;
  // ("Robert C. Scott" and "Bobby Scott", "Kenneth Starr" and "Ken Starr")
  return fa === fb || fa[0] === fb[0] && (fa.length === 1 || fb.length === 1) || formalGivenName(fa) === formalGivenName(fb);
}

/** `tokens` are the last words of `name`, fewer than all: a surname of several words alone ("Le Page" of "Sarah Le Page"). */
export function surnameOnly(name: string, tokens: readonly string[]): boolean {
  return endsWith(name.split(' ').map(bare), tokens.map(bare));
}

/** `b` is the last words of `a`, fewer than all (both bare). */
const endsWith = (a: readonly string[], b: readonly string[]) => b.length < a.length && a.slice(a.length - b.length).join(' ') === b.join(' ');
