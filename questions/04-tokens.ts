// Stage 4, part 1 — a paragraph as tokens: words, names (the mentions stage 3
// found), quotations and punctuation, with sentence boundaries, and the small
// token-level judgements the attribution rules share (is this a role word, a
// subject's slot, a name that modifies a role).

import type { Doc } from './01-normalise';
import type { Quotation } from './02-quotations';
import { isRoleNoun, type People } from './03-people';
import { FEMALE_HEADS, MALE_HEADS } from './data/roles';
import { ORG_NOUNS } from './data/organisations';
import { DETERMINERS, INVERTED_OPENERS, PARTICIPLE_OPENERS, PREPOSITIONS, SENTENCE_CONJUNCTIONS, SUBORDINATORS } from './data/function-words';
import { SUBJECT_PRONOUNS } from './data/pronouns';
import { ABBREVIATIONS, HONORIFICS, TITLES } from './data/titles';
import { isSpeechVerb, isWeakVerb } from './speech-verbs';

/** A token of a paragraph: a quotation, a name (a mention from stage 3), a word or punctuation. */
export type Tok = (
  | { t: 'q'; start: number; end: number; quote: number; saidAfter?: boolean }
  | { t: 'n'; start: number; end: number; entity: number; possessive: boolean; others?: number[] }
  | { t: 'w'; start: number; end: number; w: string; cap: boolean }
  | { t: 'p'; start: number; end: number; p: string; boundary: boolean }
) & {
  /** A sentence ends at this token (set once by tokenise: reading it is O(1), see endsSentence). */
  stop?: boolean;
};

const ALNUM = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

/** The code point at text[i] (before `to`), as its length in code units: 2 for a surrogate pair, else 1. */
function pointLength(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** A letter or digit at text[i]: its length in code units, else 0. ASCII without a regular expression. */
function alnumAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 ? 1 : 0;
  const n = pointLength(text, i, to);
  return ALNUM.test(text.slice(i, i + n)) ? n : 0;
}

/**
 * The words and punctuation marks of text[from, to) onto `toks`: a word is letters and digits,
 * joined by single apostrophes, full stops or hyphens ("o’clock", "U.S", "well-known"); every other
 * character but a space is a mark of its own. One pass over the characters, as the regular
 * expression /([\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu reads them, at a fraction of its cost.
 */
export function scanWords(text: string, from: number, to: number, toks: Tok[]): void {
  let i = from;
  while (i < to) {
    let k = alnumAt(text, i, to);
    if (k > 0) {
      let j = i + k;
      for (;;) {
        while (j < to && (k = alnumAt(text, j, to)) > 0) j += k;
        const c = text.charCodeAt(j);
        if (j + 1 < to && (c === 39 || c === 0x2019 || c === 46 || c === 45) && (k = alnumAt(text, j + 1, to)) > 0) { j += 1 + k; continue; }
        break;
      }
      const raw = text.slice(i, j), w = raw.toLowerCase();
      // (capitalised: the first letter has a lower case of its own)
      toks.push({ t: 'w', start: i, end: j, stop: false, w, cap: w[0] !== raw[0] });
      i = j;
      continue;
    }
    const c = text.charCodeAt(i), n = pointLength(text, i, to);
    const space = c < 128 ? c === 32 || c >= 9 && c <= 13 : SPACE.test(text.slice(i, i + n));
    if (!space) toks.push({ t: 'p', start: i, end: i + n, stop: false, p: text.slice(i, i + n), boundary: false });
    i += n;
  }
}
const ABBREV = new Set(ABBREVIATIONS.map((a) => a.toLowerCase()));
export const HONORIFIC_WORDS = new Set([...HONORIFICS, ...TITLES]);

/**
 * The tokens of paragraph `pi`, with sentence boundaries marked on punctuation and quotations.
 * Every token is made with all the fields its kind will have (`stop`, a quotation's `saidAfter`, a
 * name's `others`), in one order: the rules read tokens of every kind at the same places, and
 * objects that keep one shape per kind, never growing a field later, keep those reads fast.
 */
export function tokenise(doc: Doc, pi: number, quotes: Quotation[], qIdx: number[], people: People, mIdx: number[]): Tok[] {
  const p = doc.paragraphs[pi]!;
  const toks: Tok[] = [];
  const spans: Tok[] = [];
  for (const qi of qIdx) {
    const q = quotes[qi]!;
    // A quoted title ("Face the Nation") reads as one word of the sentence.
    if (q.kind !== 'title') spans.push({ t: 'q', start: q.open, end: q.close, stop: false, quote: qi, saidAfter: false });
    else spans.push({ t: 'w', start: q.open, end: q.close, stop: false, w: '"title"', cap: true });
  }
  for (const mi of mIdx) {
    const m = people.mentions[mi]!;
    // "Campbell’s": the possessive ending belongs to the name token, not to the words after it
    // ("Haskins’ letter": the apostrophe alone after a name in -s)
    const end = !m.possessive ? m.end : /^['’]s/.test(doc.text.slice(m.end, m.end + 2)) ? m.end + 2 : /^['’]/.test(doc.text.slice(m.end, m.end + 1)) ? m.end + 1 : m.end;
    spans.push({ t: 'n', start: m.start, end, stop: false, entity: m.entity, possessive: m.possessive, others: m.others });
  }
  spans.sort((a, b) => a.start - b.start);
  let at = p.start;
  for (const s of spans) {
    if (s.start < at) continue;
    scanWords(doc.text, at, s.start, toks);
    toks.push(s);
    at = s.end;
  }
  scanWords(doc.text, at, p.end, toks);
  // Sentence boundaries: . ! ? not after an abbreviation or initial; a quotation
  // ending in . ! ? followed by a capitalised word.
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]!;
    const next = toks[i + 1];
    if (k.t === 'p' && (k.p === '.' || k.p === '!' || k.p === '?')) {
      const prev = toks[i - 1];
      const abbrev = prev?.t === 'w' && (ABBREV.has(prev.w) || /^\p{L}$/u.test(prev.w));
      const spaced = k.end >= doc.text.length || /[\s"“”'’)]/.test(doc.text[k.end]!);
      // "(D-Wis.)": a full stop right before a closing bracket ends an abbreviation, not the sentence
      const inBrackets = doc.text[k.end] === ')' && next?.t === 'p';
      // "lost 16 lbs. “and two belt loops”": a quotation in lower case goes on with the sentence
      const lowerQuote = next?.t === 'q' && /^\p{Ll}/u.test(doc.text.slice(next.start, next.start + 4).replace(/^[\s"“”'‘’]+/, ''));
      // ("at L.A.’s Regent Theater": an abbreviation's full stop before a possessive ends no sentence)
      const possessive = /^['’]s\b/.test(doc.text.slice(k.end, k.end + 3));
      k.boundary = !abbrev && !inBrackets && spaced && !lowerQuote && !possessive && (!next || next.t !== 'w' || next.cap);
    }
  }
  // "“Is this fair?” Mr. de Jong asked.": a quotation followed by its speaker and verb does not end
  // the sentence, whatever its last mark
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]!;
    if (k.t !== 'q') continue;
    let j = i + 1;
    while (j < toks.length && j <= i + 3 && (toks[j]!.t === 'p' && (toks[j] as { p: string }).p === '.' || toks[j]!.t === 'w' && HONORIFIC_WORDS.has((toks[j] as { w: string }).w))) j++;
    const who = toks[j];
    if (!(who?.t === 'n' || who?.t === 'w' && /^(?:he|she|they|we|i)$/.test(who.w))) continue;
    // ("'You've forgotten the lunch.' He conceded the point.": after a full stop, "He" opens a new sentence)
    if (who.t === 'w' && who.cap && who.w !== 'i' && /\.["”’'\s]*$/.test(doc.text.slice(k.start, k.end))) continue;
    let v = j + 1;
    // ("“Perpetual motion!” Rep. Glenn Thompson, R-Pa., said": over a short appositive after the name)
    if (who.t === 'n' && toks[v]?.t === 'p' && (toks[v] as { p: string }).p === ',') {
      let c = v + 1;
      while (c < toks.length && c <= v + 10 && !(toks[c]!.t === 'p' && (toks[c] as { p: string }).p === ',') && toks[c]!.t !== 'q') c++;
      if (toks[c]?.t === 'p' && (toks[c] as { p: string }).p === ',') v = c + 1;
    }
    while (toks[v]?.t === 'w' && /^(?:also|later|then|again|quickly|finally)$/.test((toks[v] as { w: string }).w)) v++;
    const verb = toks[v];
    // (not "…." Oduya later added that …: a new sentence reporting something else)
    const after = toks[v + 1];
    // (nor "… areas.” Brunner told me she had applied …": after a full stop, a verb with an object opens a new sentence)
    const newSentence = who.t === 'n' && after?.t === 'w' && FULL_STOP_END.test(doc.text.slice(Math.max(k.start, k.end - 4), k.end));
    k.saidAfter = verb?.t === 'w' && isSpeechVerb(verb.w) && !isWeakVerb(verb.w) && !verb.w.endsWith('ing') && !(after?.t === 'w' && after.w === 'that') && !newSentence;
  }
  for (let i = 0; i < toks.length; i++) toks[i]!.stop = stopsHere(doc, toks[i]!, toks[i + 1]);
  return toks;
}

/** A quotation that ends on a full stop inside its marks. */
const FULL_STOP_END = /[^.]\.["”»'’]+$/;

/** A quotation's last mark before its closing quote marks: it closes a sentence when . ! ? or …. */
const QUOTE_END = /[.!?…]["”»'’\s]*$/;

/** Does a sentence end at token k (a boundary full stop, or a quotation that closes one)? */
function stopsHere(doc: Doc, k: Tok, next: Tok | undefined): boolean {
  if (k.t === 'p') return k.boundary;
  if (k.t === 'q') {
    if (k.saidAfter) return false;
    // (the last few characters only: a regex over the whole quotation would make long paragraphs quadratic)
    return QUOTE_END.test(doc.text.slice(Math.max(k.start, k.end - 16), k.end)) &&
      (!next || next.t === 'q' || (next.t === 'w' && next.cap && next.w !== 'i') || next.t === 'n');
  }
  return false;
}

/** Does a sentence end at token k? Computed once per token by tokenise. */
export const endsSentence = (k: Tok | undefined): boolean => k?.stop === true;

/**
 * The sentence of every token, as token indices: from[i] is the first token of i's sentence, to[i]
 * the token that ends it (or the paragraph's last). One pass, so no rule scans to a sentence end.
 */
export function sentenceSpans(toks: Tok[]): { from: number[]; to: number[] } {
  // (plain arrays: a paragraph's few tokens cost less so than two typed arrays allocated per paragraph)
  const from: number[] = new Array(toks.length), to: number[] = new Array(toks.length);
  let start = 0;
  for (let i = 0; i < toks.length; i++) { from[i] = start; if (toks[i]!.stop) start = i + 1; }
  let end = toks.length - 1;
  for (let i = toks.length - 1; i >= 0; i--) { if (toks[i]!.stop) end = i; to[i] = end; }
  return { from, to };
}

/** ("During question time, …": a verb of saying right after a preposition is a noun, no verb of the clause.) */
const afterPreposition = (toks: Tok[], j: number): boolean => toks[j - 1]?.t === 'w' && (PREPOSITIONS.has((toks[j - 1] as { w: string }).w) || TIME_PREPOSITIONS.test((toks[j - 1] as { w: string }).w));
const TIME_PREPOSITIONS = /^(?:during|after|before|amid|despite|throughout|following|into|upon|within)$/;
/** ("As the hall began to empty, …": "began" before "to" is no verb of saying.) */
const beganTo = (toks: Tok[], j: number): boolean => /^(?:begin|began|begins|beginning|begun)$/.test((toks[j] as { w: string }).w) && toks[j + 1]?.t === 'w' && (toks[j + 1] as { w: string }).w === 'to';

/** ("In a victim impact statement read to the court by …,": a participle in an opening prepositional phrase is no verb of the clause.) */
const participleInPhrase = (toks: Tok[], from: number, j: number): boolean =>
  j > from + 1 && toks[from]!.t === 'w' && PREPOSITIONS.has((toks[from] as { w: string }).w) && toks[j - 1]!.t === 'w' &&
  toks[j + 1]?.t === 'w' && /^(?:to|by|at|out|aloud)$/.test((toks[j + 1] as { w: string }).w);

/**
 * A second main clause's subject, after a comma and "and" or "but", its verb or a clause about it right after the noun:
 * "I was working at a bank, and my mother, who is a nurse, called me"; not an item of a list ("…, and his mother, for …").
 */
function coordinatedClauseSubject(toks: Tok[], d: number, i: number): boolean {
  const conj = toks[d - 1], comma = toks[d - 2], next = toks[i + 1], after = toks[i + 2];
  if (!(conj?.t === 'w' && (conj.w === 'and' || conj.w === 'but') && comma?.t === 'p' && comma.p === ',')) return false;
  return next?.t === 'w' && !next.cap && !PREPOSITIONS.has(next.w) && next.w !== 'and' && next.w !== 'or' ||
    next?.t === 'p' && next.p === ',' && after?.t === 'w' && after.w === 'who';
}

/**
 * Is the noun at toks[i] where a subject stands: its noun phrase opens the sentence, or follows a
 * fronted phrase and its comma or a dash ("Back in Kumasi, the chief offered …"), with no pronoun or
 * verb of saying before it ("He has a son, 28, …" names an object).
 */
export function subjectSlot(toks: Tok[], i: number, from: number): boolean {
  let d = i - 1;
  // (over words and names that modify the noun: "One Skyline cabin crew member")
  while (d >= from && i - d <= 4 && (toks[d]!.t === 'w' && !/^(?:the|a|an|another|one|his|her|their|my|our)$/.test((toks[d] as { w: string }).w) || toks[d]!.t === 'n')) d--;
  if (d < from || toks[d]!.t !== 'w') return false;
  if (d === from) return true;
  // ("But the magistrate rejected the pleas": a conjunction or an adverb opening the sentence, the verb right after the
  // description; not "But the other candidate on the stage, Hillary Clinton, drew …", named after it)
  if (d - 1 === from && toks[from]!.t === 'w' && SENTENCE_CONJUNCTIONS.has((toks[from] as { w: string }).w)) {
    const next = toks[i + 1], head = toks[i];
    return next?.t === 'w' && !next.cap && !PREPOSITIONS.has(next.w) && !(head?.t === 'w' && ORG_NOUNS.has(head.w));
  }
  if (invertedSubject(toks, d, from)) return true;
  if (coordinatedClauseSubject(toks, d, i)) return true;
  // (after a fronted phrase and its comma, or a dash: "8:47 p.m. — A voter …")
  if (!(toks[d - 1]!.t === 'p' && /^[,—–:]$/.test((toks[d - 1] as { p: string }).p))) return false;
  // (after an opening clause, whatever it holds: "Asked what he would do with it, the teenager said")
  if (openingClauseEnd(toks, from, i) === d - 1) return true;
  for (let j = from; j < d; j++) {
    const x = toks[j]!;
    // ("Asked about the criticism, the governor smiled": an opening participle is no verb of this clause; nor is a noun after
    // an article, "At the Rift Air counter on Saturday morning, a trader …")
    // ("During question time, a retired fisherman …": nor a noun right after a preposition)
    if (x.t === 'q' || x.t === 'w' && (SUBJECT_PRONOUNS[x.w] || isSpeechVerb(x.w) && !(j === from && PARTICIPLE_OPENERS.has(x.w)) && !afterArticle(toks, j) && !participleInPhrase(toks, from, j) && !afterPreposition(toks, j) && !beganTo(toks, j))) return false;
  }
  return true;
}

/** toks[j] follows an article, over the names and capitalised words of a name between ("the Rift Air counter"). */
function afterArticle(toks: Tok[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && j - k <= 4 && (toks[k]!.t === 'n' || toks[k]!.t === 'w' && (toks[k] as { cap: boolean }).cap && !DETERMINERS.has((toks[k] as { w: string }).w))) k--;
  return toks[k]?.t === 'w' && /^(?:the|a|an)$/.test((toks[k] as { w: string }).w);
}

/**
 * The phrase at toks[d] follows the verb of an inverted sentence and is its subject: "Among the crowd
 * was one supporter who …", "There was a woman who …", "Seated in the front row was an elderly man who …" (a place,
 * "there" or where someone sat first, then "was", nothing else).
 */
function invertedSubject(toks: Tok[], d: number, from: number): boolean {
  const verb = toks[d - 1], first = toks[from];
  if (!(verb?.t === 'w' && /^(?:was|were)$/.test(verb.w) && first?.t === 'w' && INVERTED_OPENERS.has(first.w))) return false;
  for (let j = from + 1; j < d - 1; j++) {
    const x = toks[j]!;
    // (the preposition's object only: "In court the defendant was a nervous man" has its subject before the verb; a
    // determiner stands only right after a preposition: "Seated in the front row was …")
    if (x.t !== 'w' || SUBJECT_PRONOUNS[x.w] || isSpeechVerb(x.w) || j > from + 1 && DETERMINERS.has(x.w) && !(toks[j - 1]!.t === 'w' && PREPOSITIONS.has((toks[j - 1] as { w: string }).w))) return false;
  }
  return d - 1 - from <= 6;
}

/** The gender a descriptor's head noun gives: "the woman", "her husband". */
export function headGender(head: string): 'm' | 'f' | undefined {
  if (FEMALE_HEADS.has(head) || /^[a-z]{3,}woman$/.test(head)) return 'f';
  // ("the Irishman", "the chairman"; not "the German", "the Roman")
  return MALE_HEADS.has(head) || /^[a-z]{3,}(?<!ger|ro|hu)man$/.test(head) ? 'm' : undefined;
}


/** A role noun ("defenceman", "cartoonist") or an age used as one ("the 26-year-old"). */
// ("the Corkman", "the Frenchman": a -man demonym describes someone like a role)
export const isRoleWord = (w: string) => isRoleNoun(w) || /^\d+-year-old$/.test(w) || /^[a-z]{3,}(?:man|woman)$/.test(w);

const nextIsRole = (k: Tok | undefined) => k?.t === 'w' && isRoleWord(k.w);

/**
 * Is the name at toks[j] a modifier of a role that another name follows?
 * "says Cambridge cartoonist Andre Campbell", "said Heart and Stroke senior manager Erin Kim".
 */
export function modifiesRole(toks: Tok[], j: number, hi: number): boolean {
  let role = false, after = 0, of = false;
  for (let l = j + 1; l < hi && l <= j + 9; l++) {
    const y = toks[l]!;
    if (y.t === 'n') { if (role) return true; continue; }
    if (y.t === 'w') {
      // (a second role joined by "and" starts its words afresh: "vice president and head of corporate communications")
      if (isRoleWord(y.w)) { role = true; after = 0; }
      else if (role && y.w === 'and' && nextIsRole(toks[l + 1])) continue;
      // (what a role is of: "London TravelWatch director of policy Tomasz Wierzbicki")
      else if (role && y.w === 'of' && !of) of = true;
      // (one word may finish the role after its noun: "directeur sportif"; after "of", a few)
      else if (y.cap || /^(?:with|her|his|their|its|who|said|says|told|for|to|in|on|at|by|from|as|is|was|of)$/.test(y.w) || role && ++after > (of ? 3 : 1)) return false;
      continue;
    }
    if (y.t === 'p' && y.p === ',' && role) continue;
    return false;
  }
  return false;
}

/** Do toks[i], toks[i + 1] read "as for" ("As for Malhotra, he said …": a topic, not a clause)? */
export function asFor(toks: Tok[], i: number): boolean {
  const a = toks[i], b = toks[i + 1];
  return a?.t === 'w' && a.w === 'as' && b?.t === 'w' && b.w === 'for';
}

/** Past the conjunctions that open a sentence ("And", "But", "Then", "So", "Yet") from toks[from], up to toks[to]. */
export function overOpeningConjunctions(toks: Tok[], from: number, to: number): number {
  let j = from;
  while (j < to && toks[j]!.t === 'w' && OPENING_CONJUNCTIONS.has((toks[j] as { w: string }).w)) j++;
  return j;
}
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so', 'yet']);

/** The comma that ends a short phrase opening the sentence with a preposition ("In an emailed statement,"), else null. */
export function openingPhraseEnd(toks: Tok[], from: number, to: number): number | null {
  if (!(toks[from]?.t === 'w' && PREPOSITIONS.has((toks[from] as { w: string }).w))) return null;
  for (let c = from + 1; c < to && c <= from + 8; c++) {
    if (toks[c]!.t === 'p' && (toks[c] as { p: string }).p === ',') return c;
    if (toks[c]!.t !== 'w') return null;
  }
  return null;
}

/**
 * The comma that ends a clause opening the sentence at toks[from] ("Asked whether Lumora would
 * add one, Korhonen was blunt: …"), when words of the main clause follow it before `to`; else
 * null. "As Smith said, …" opens no such clause: its verb is the main one's.
 */
export function openingClauseEnd(toks: Tok[], from: number, to: number): number | null {
  const first = toks[from];
  if (first?.t !== 'w' || first.w === 'as' || !SUBORDINATORS.has(first.w) && !PARTICIPLE_OPENERS.has(first.w)) return null;
  return clauseComma(toks, from, to);
}

/** The first comma from toks[from] with a word of the sentence after it before `to`, else null. */
export function clauseComma(toks: Tok[], from: number, to: number): number | null {
  let c = from;
  while (c < to && !(toks[c]!.t === 'p' && (toks[c] as { p: string }).p === ',')) c++;
  return c < to - 1 ? c : null;
}

/**
 * "He said he had … been assured that the Government had “nothing to hide”": a passive of telling and its "that" in toks[from,
 * to), whose subject was told the words, whoever told them (not "had been promised a station “in writing …”": her words).
 */
export function toldInPassive(toks: readonly Tok[], from: number, to: number): boolean {
  for (let j = from + 1; j < to - 1; j++) {
    const k = toks[j]!, before = toks[j - 1]!, after = toks[j + 1]!;
    // (or "were told to treat their scrolls as “…”": an instruction, the teller's words too)
    if (k.t === 'w' && PASSIVE_TOLD.has(k.w) && before.t === 'w' && BE_FORMS.has(before.w) && after.t === 'w' && (after.w === 'that' || after.w === 'to')) return true;
  }
  return false;
}
export const PASSIVE_TOLD: ReadonlySet<string> = new Set(['told', 'assured', 'reassured', 'informed', 'warned', 'advised', 'promised']);
export const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);
