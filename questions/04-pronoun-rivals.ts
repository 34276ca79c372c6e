// Stage 4 — the rivals of a pronoun's antecedent: whether a speaker found through the discourse is
// sure (someone else a pronoun could be stands between it and its antecedent, or a description's person
// was last named by a surname two people share: this caps the confidence), and when a sentence's
// subject outranks the last speaker it names as its object (04-discourse's focus asks), and when a verb's object
// pronoun rules out its subject ("… and described him as": 04-subject-left's coordinated subject asks), and when a
// relative of the pronoun's gender outranks a subject whose given name says the other (04-discourse's focus asks).

import type { Gender } from './03-names';
import type { Discourse, Mentioned } from './04-discourse';
import { isSpeechVerb } from './speech-verbs';
import { isPunct, isWord, wordOf, type Reading } from './04-candidate';
import { isRoleWord, type Tok } from './04-tokens';
import { RELATIONS } from './data/roles';
import { ASKING_VERBS, QUESTION_OPENERS, VERB_ADVERBS } from './data/function-words';

/**
 * Someone else who could be the pronoun: named in its sentence before it, same gender (or
 * unknown), not an owner; or the pronoun's antecedent is a surname two people share.
 */
export function ambiguousPronoun(d: Discourse, e: number, at: number, sentenceStart: number): boolean {
  const g = d.genderOf(e);
  let antecedent = false; // the latest mention of e before the pronoun has been seen
  for (let i = d.history.length - 1, n = 0; i >= 0 && n < 60; i--, n++) {
    const h = d.history[i]!;
    if (h.start >= at) continue;
    if (h.others?.includes(e)) return true; // (the pronoun took another of a shared surname's people)
    if (!antecedent && h.entity !== e && titledSubject(d, h, g)) return true;
    if (h.entity === e && !antecedent) {
      if (h.others) return true;
      antecedent = true;
    }
    if (h.start < sentenceStart) { if (antecedent) break; continue; }
    // (not someone in an opening subordinate clause: "Soon after the murder of X, Trump said … he said")
    if (h.entity === e || h.possessive || h.afterSub || !d.isPerson(h.entity) || !d.solid(h.entity)) continue;
    const hg = d.genderOf(h.entity);
    if (!g || !hg || g === hg) return true;
  }
  return false;
}

/**
 * "Obama departs for Germany …. But he leaves behind …": a subject named by a title and a surname
 * only ("President Obama"), whose gender nothing in the article tells, since the pronoun's antecedent.
 */
function titledSubject(d: Discourse, h: Mentioned, g: Gender): boolean {
  const e = d.people.entities[h.entity]!;
  return !e.solid && !!e.titled && e.person.kind === 'person' && h.firstInClause && !h.possessive && !h.afterSub && (!e.gender || e.gender === g);
}

/**
 * The latest mention of e before `at` is a surname two people share ("For Georgiou, the debate … his
 * pens …. “…,” the Dali farmer said": which Georgiou a description in focus names is a guess).
 */
export function sharedSurnameBefore(d: Discourse, e: number, at: number): boolean {
  for (let i = d.lastBefore(at), n = 0; i >= 0 && n < 60; i--, n++) {
    const h = d.history[i]!;
    if (h.entity === e || h.others?.includes(e)) return !!h.others;
  }
  return false;
}

/** A sentence's opening that is only the subject's office, set off by a comma: "Its president, ", "The union's chief, ". */
const OFFICE_OPENING = /^\s*(?:Its|Their|His|Her|Our|The)\s+(?:[\p{L}'’-]+\s+){0,3}([\p{Ll}'’-]+),\s+$/u;
const officeOpening = (opening: string) => isRoleWord(OFFICE_OPENING.exec(opening)?.[1] ?? '');

/** The subject's name, then a verb that puts a question to the one named next; and that one's name, then the question. */
const ASKED_BETWEEN = new RegExp(String.raw`^[\p{L}.'’ -]+?\s+(?:(?:${VERB_ADVERBS.join('|')})\s+)?(?:${ASKING_VERBS.join('|')})\s+$`, 'u');
const QUESTION_AFTER_NAME = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*\s+(?:${[...QUESTION_OPENERS].join('|')})\b`, 'u');

/**
 * "Justice Whyte-Campbell commended Morrison for … “…,” she said": the sentence opens on its subject and names the last
 * speaker only after it, as no subject of a verb of saying; a pronoun of the subject's gender is the subject's, not the
 * last speaker's (04-discourse inSentence asks, having checked the gender).
 */
export function subjectOverLastSpeaker(text: string, lead: Mentioned, later: Mentioned): boolean {
  if (later.start <= lead.start || !lead.firstInClause) return false;
  // (a name after "the" modifies the subject: "The Clinton approach is made possible …, said Katie Harbath")
  if (/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, lead.start - 5), lead.start))) return false;
  // (the subject opens the sentence, no clause before it: "Informed of the anti-Trump lean, Early described …"; but its
  // office may come first: "Its president, Olivier Dumont, met Baudouin …")
  let from = Math.max(0, lead.start - 200), comma = false;
  for (let i = lead.start - 1; i >= 0 && i > lead.start - 200; i--) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '\n') { from = i + 1; break; }
    if (c === ',' || c === ';' || c === ':') comma = true;
  }
  if (comma && !officeOpening(text.slice(from, lead.start))) return false;
  // (but whom the subject asked answers: "Stovall then asked Cruz which states he could win. “…,” he said")
  if (ASKED_BETWEEN.test(text.slice(lead.start, later.start)) && QUESTION_AFTER_NAME.test(text.slice(later.start, later.start + 60))) return false;
  // (the last speaker no subject of a verb of saying: "…, he is also the ablest candidate Viguerie argues")
  const verb = /^(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*,?\s+(?:also\s+|later\s+)?(\p{Ll}+)/u.exec(text.slice(later.start, later.start + 60))?.[1];
  return !(verb && isSpeechVerb(verb));
}

/** No one but entity e, of that gender or none known, is named, described or done to from e's mention to toks[and]. */
export function onlyOneOfGender(r: Reading, e: number, and: number, gender: 'm' | 'f'): boolean {
  const { toks, d } = r;
  let j = and - 1;
  while (j >= 0 && !(toks[j]!.t === 'n' && (toks[j] as { entity: number }).entity === e) && and - j <= 24) j--;
  if (j < 0 || and - j > 24) return false;
  for (let k = j + 1; k < and; k++) {
    const t = toks[k]!;
    if (t.t === 'n' && t.entity !== e && d.isPerson(t.entity) && (d.genderOf(t.entity) ?? gender) === gender) return false;
    // (someone else done to before: "Bill Dyer had handed him a broom and told him")
    if (t.t === 'w' && (isRoleWord(t.w) || Object.hasOwn(RELATIONS, t.w) || objectPronounGender(toks, k) === gender)) return false;
  }
  return true;
}

/** The gender of an object pronoun at toks[i]: "him"; "her" only before "as" or a quotation, where it is no one's possessive. */
export function objectPronounGender(toks: Tok[], i: number): 'm' | 'f' | undefined {
  const w = wordOf(toks[i]);
  if (w === 'him') return 'm';
  return w === 'her' && (isWord(toks[i + 1], /^as$/) || toks[i + 1]?.t === 'q') ? 'f' : undefined;
}

/** `subj`'s given name says the gender other than `gender`, and another of `main` who shares the surname is surely of `gender`. */
export function hintAgainst(d: Discourse, subj: Mentioned, main: readonly Mentioned[], gender: Gender): boolean {
  const hint = d.genderOf(subj.entity) ? undefined : d.people.entities[subj.entity]!.genderHint;
  if (!gender || !hint || hint === gender) return false;
  const surname = (x: number) => d.people.entities[x]!.person.name.split(' ').pop();
  return main.some((c) => c !== subj && d.genderOf(c.entity) === gender && surname(c.entity) === surname(subj.entity));
}

/** Words between "he" or "she" and its verb of saying: "he also said", "he used to say", "she would say". */
const SAYING_ADVERBS: ReadonlySet<string> = new Set([...VERB_ADVERBS, 'once', 'would', 'used', 'to']);
// (in lower case: "He" after the closing mark opens a sentence of its own, "‘….’ He conceded the point")
const pronounGender = (k: Tok | undefined): 'm' | 'f' | undefined => (k?.t !== 'w' || k.cap ? undefined : k.w === 'he' ? 'm' : k.w === 'she' ? 'f' : undefined);

/** The gender of "he" or "she" and a verb of saying right after the quotation at toks[qi], or right before it ("‘…,’ he used to say, ‘…’"). */
function saidByPronoun(toks: readonly Tok[], qi: number): 'm' | 'f' | undefined {
  let j = isPunct(toks[qi + 1], ',') ? qi + 2 : qi + 1;
  const after = pronounGender(toks[j]);
  if (after) {
    for (j++; isWord(toks[j], (w) => SAYING_ADVERBS.has(w)); j++);
    if (isWord(toks[j], isSpeechVerb)) return after;
  }
  j = isPunct(toks[qi - 1], ',') || isPunct(toks[qi - 1], ':') ? qi - 2 : qi - 1;
  if (!isWord(toks[j], isSpeechVerb)) return undefined;
  for (j--; isWord(toks[j], (w) => SAYING_ADVERBS.has(w)); j--);
  return pronounGender(toks[j]);
}

/**
 * "Margit Ashdown’s father built boats …, she tells us …. ‘Dust is the enemy,’ he used to say": the quotation's own "he" is no
 * woman the paragraph's other cues name, whoever "he" is (the father, not named yet). A speaker of the other gender is dropped.
 */
export function pronounAfterDisagrees(d: Discourse, toks: readonly Tok[], qi: number, entity: number | null): boolean {
  const g = entity === null ? undefined : d.genderOf(entity);
  if (!g) return false;
  const said = saidByPronoun(toks, qi);
  return said !== undefined && said !== g;
}
