// Stage 4 — the subject of a verb coordinated with an earlier one ("Smith thanked Jones and said"; "the foreman, Bill Dyer, had
// handed him a broom and told him: …"), and the one a perceiving verb's object names ("recalls the doctor examining his wife
// and telling him"): 04-subject-left asks when the word before the verb of saying is "and".

import { isPunct, isWord, wordOf, type Reading } from './04-candidate';
import { objectPronounGender, onlyOneOfGender } from './04-pronoun-rivals';
import { HONORIFIC_WORDS, isRoleWord, overOpeningConjunctions } from './04-tokens';
import { DETERMINERS, PERCEIVING_VERBS } from './data/function-words';
import { SUBJECT_PRONOUNS } from './data/pronouns';
import { isSpeechVerb } from './speech-verbs';

/**
 * The subject of the clause before "and" at toks[and]: the nearest person named where a subject
 * stands (opening the sentence or a clause, after a comma or a role), not an object ("Smith
 * thanked Jones and said" is Smith's); the span of a description that names no one the article does.
 */
export function coordinatedSubject(r: Reading, lo: number, and: number): number | [number, number] | null {
  const { toks, d } = r;
  // ("She added that Pritchard had attended … and described him as “…”": whom the verb is done to is no one
  // its subject could be, or it would be "himself"; so where he is all the pronoun can stand for, he is not the subject.
  // "Kasich says he'd sit Putin down and tell him" and "haranguing his older brother … and telling him" have another)
  const object = objectPronounGender(toks, and + 2);
  const bound = (e: number) => !!object && d.genderOf(e) === object && onlyOneOfGender(r, e, and, object);
  // ("Clinton, the former secretary of State, stressed her support of the raid that killed 9/11 plotter
  // Osama bin Laden … and said": the subject that opens the sentence, not a name in the object's clause)
  const opening = sentenceOpeningPerson(r, lo, and);
  if (opening !== null && !bound(opening)) return opening;
  for (let j = and - 1; j >= lo && and - j <= 16; j--) {
    const x = toks[j]!;
    if (x.t === 'q' || x.t === 'p' && x.p !== ',') return null;
    // (or a description there: "Garda Holden said the accused made full admissions and told gardaí": whom it names, never the
    // one who reports it; else someone unnamed)
    if (x.t === 'w' && describedAfter(toks, j - 2)) {
      if (isPunct(toks[and - 1], ',')) return null;
      const span: [number, number] = [toks[j - 1]!.start, x.end];
      const e = d.described(x.w, r.para, x.start, span).entity;
      return e !== null && e !== reporter(r, lo, j - 2) ? e : span;
    }
    if (x.t !== 'n' || x.possessive || !d.isPerson(x.entity) || bound(x.entity)) continue;
    const b = toks[j - 1];
    // ("A second source said the audit had not found evidence that Hrytsenko had benefited …, and described the dismissal as
    // “…”": after a verb of saying, a name after "that" is inside what was said, and a comma before "and" may close it; whose
    // the next verb is, is unclear. Without the comma it goes on: "noted that Sanders has criticized … and called …")
    if (isWord(b, /^that$/) && isPunct(toks[and - 1], ',') && saidBefore(toks, lo, j)) return null;
    // ("Garda Holden said Morrissey made full admissions and told gardaí he had “no recollection”": the subject of the clause
    // a verb of saying reports goes on to the verb coordinated with its own; with a comma before "and", whose it is is unclear)
    if (isWord(b, (w) => REPORTING_VERBS.test(w))) return isPunct(toks[and - 1], ',') ? null : x.entity;
    if (j === lo || isPunct(b, ',') || isWord(b, (w) => w === 'that' || isRoleWord(w))) return x.entity;
  }
  return null;
}

/** A verb of saying stands in toks[lo, at). */
function saidBefore(toks: Reading['toks'], lo: number, at: number): boolean {
  for (let i = lo; i < at; i++) if (isWord(toks[i], isSpeechVerb)) return true;
  return false;
}

/**
 * "Dhan Bahadur recalls the doctor on duty examining his wife and telling him: …": the -ing verbs
 * after "and" and before it are done by whom the sentence's subject recalls or saw, not by the subject:
 * where that one stands ("the doctor on duty"), or null.
 */
export function perceivedDoer(r: Reading, lo: number, and: number): [number, number] | null {
  const { toks } = r;
  if (!/ing$/.test(wordOf(toks[and + 1]) ?? '')) return null;
  for (let j = and - 1; j > lo && and - j <= 16; j--) {
    if (!isWord(toks[j], (w) => PERCEIVING_VERBS.has(w))) continue;
    const object = toks[j + 1];
    if (!object || !(object.t === 'n' || isWord(object, (w) => DETERMINERS.has(w)))) return null;
    // (up to the -ing verb, no punctuation: "remembers the moment, holding his daughter" is his)
    for (let k = j + 2; k < and && toks[k]!.t !== 'p'; k++) if (/ing$/.test(wordOf(toks[k]) ?? '')) return [object.start, toks[k - 1]!.end];
    return null;
  }
  return null;
}

/** The person named where the sentence of toks[at] opens (after "And", "But"), when no other name or pronoun subject stands between its clause and toks[at]'s. */
function sentenceOpeningPerson(r: Reading, lo: number, at: number): number | null {
  const { toks, d } = r;
  let j = overOpeningConjunctions(toks, Math.max(lo, r.sentences.from[at]!), at);
  // (over an honorific the name leaves out: "Dr Gill said … and described")
  while (j < at && isWord(toks[j], (w) => HONORIFIC_WORDS.has(w)) && toks[j + 1]?.t !== 'w') j++;
  if (isPunct(toks[j], '.') && toks[j + 1]?.t === 'n') j++;
  const k = toks[j];
  if (k?.t !== 'n' || k.possessive || !d.isPerson(k.entity) || toks[j + 1]?.t === 'n') return null;
  // (a clause of its own between, with a subject of its own: "Smith said Jones had left and said …" is unclear)
  for (let x = j + 1; x < at; x++) {
    const t = toks[x]!;
    if (t.t === 'q' || t.t === 'w' && SUBJECT_PRONOUNS[t.w]) return null;
    // (a verb of saying and the clause it reports: "Smith said Jones had left and said …", "… said that …")
    const next = toks[x + 1];
    if (t.t === 'w' && isSpeechVerb(t.w) && (next?.t === 'n' || isWord(next, /^that$/) || describedAfter(toks, x))) return null;
  }
  return k.entity;
}

/** The person named as the subject of the verb of saying at toks[v]: the sentence's first name before it, if any. */
function reporter(r: Reading, lo: number, v: number): number | null {
  for (let j = Math.max(lo, r.sentences.from[v]!); j < v; j++) {
    const t = r.toks[j]!;
    if (t.t === 'n' && !t.possessive) return t.entity;
  }
  return null;
}

/** Verbs of saying whose object is a clause, never a person: "said Morrissey made …" (not "criticized the president for …"). */
const REPORTING_VERBS = /^(?:said|says|noted|notes|added|adds|claimed|claims|insisted|insists|stated|states|argued|argues|testified|testifies|explained|explains|confirmed|confirms|maintained|maintains|alleged|alleges|wrote|writes|suggested|suggests)$/;

/** A verb of saying at toks[v] and a description after it as the subject of what it reports: "said the accused made …". */
function describedAfter(toks: Reading['toks'], v: number): boolean {
  return isWord(toks[v], (w) => REPORTING_VERBS.test(w)) && isWord(toks[v + 1], /^the$/) && isWord(toks[v + 2], (w) => isRoleWord(w) || w === 'accused') &&
    toks[v + 3]?.t === 'w' && !isRoleWord((toks[v + 3] as { w: string }).w);
}
