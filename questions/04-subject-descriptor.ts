// Stage 4 — a description in the subject's place left of a speech verb: "the rookie defenceman said", "police said",
// "a citizen wrote", "as Sanders’ campaign manager suggested", and the head of a subject that ends in a prepositional
// phrase ("John Smith of Acme said", "a spokesman for Trump said", "A statement from the EU said"). Each way of finding it
// is a named pattern; the candidate records it.

import { isPunct, isWord, sided, wordOf, type Candidate, type Reading, type Side } from './04-candidate';
import { isRoleWord, type Tok } from './04-tokens';
import { letterLabel } from './04-anonymous';
import { DETERMINERS, DOCUMENT_NOUNS, INDEFINITE, OBJECT_PREPOSITIONS, PERCEIVING_VERBS, PREPOSITIONS } from './data/function-words';
import { SUBJECT_PRONOUNS } from './data/pronouns';
import { demonymSingular } from './03-not-a-name';
import { GROUP_NOUNS, ROLE_PARTICIPLES } from './data/roles';
import { ORG_NOUNS } from './data/organisations';
import { TITLES } from './data/titles';

type Found = Candidate | null;

/** A descriptor's word: a role ("coach"), a group ("police") or an organisation noun ("ministry"). */
export const isDescriptorWord = (w: string) => isRoleWord(w) || GROUP_NOUNS.has(w) || ORG_NOUNS.has(w);

/** Participles between a document and its author: "a statement issued by", "a letter signed by". */
const AUTHORING = /^(?:issued|released|signed|sent|written|posted|published|put|out|jointly)$/;

/**
 * toks[j] may modify the description that ends at a later token: a word other than a determiner, or a name that owns nothing
 * ("the Florida senator", "a Clinton spokesman"); not a verb of perceiving after its subject ("he heard students shout": the
 * students shout; "a neighbourhood watch coordinator" is one description).
 */
function modifiesDescription(toks: Tok[], j: number): boolean {
  const t = toks[j]!;
  if (t.t === 'n') return !t.possessive;
  if (t.t !== 'w' || DETERMINERS.has(t.w)) return false;
  return !(PERCEIVING_VERBS.has(t.w) && (toks[j - 1]?.t === 'n' || isWord(toks[j - 1], (w) => w in SUBJECT_PRONOUNS)));
}

/** "the rookie defenceman said", "police said": a descriptor needs a determiner or to open the clause. */
export function descriptorSubject(r: Reading, lo: number, i: number, side: Side, w: boolean): Found {
  const { toks, d } = r;
  const k = toks[i] as Extract<Tok, { t: 'w' }>;
  // "Woman A told the court", "Soldier F said": the letter a court or an inquiry gives someone it may not name
  if (letterLabel(toks, i) && i - 1 >= lo) return { entity: null, rule: sided('descriptor', side), pattern: 'unnamed-verb', weak: w, unnamed: [toks[i - 1]!.start, k.end] };
  // ("the Texan said" where the article names Texas: someone from there)
  // ("the accused told gardaí": the participle as a noun, the one a court report tries)
  const noun = isDescriptorWord(k.w) || d.articleRoles.has(k.w) || k.w === 'accused' && isWord(toks[i - 1], /^the$/);
  if (!noun && !(k.cap && isWord(toks[i - 1], /^the$/) && demonymSingular(d.doc.text.slice(k.start, k.end), d.doc.text))) return placedHead(r, lo, i, side, w);
  let j = i - 1;
  // (over the words and names that modify the role)
  while (j >= lo && modifiesDescription(toks, j) && i - j < 5) {
    // ("The Vermont senator emailed supporters saying": a role and its verb before the noun make the noun their object)
    // (not a participle that describes the holder: "The chief elected official said")
    if (/ed$/.test(wordOf(toks[j]) ?? '') && !ROLE_PARTICIPLES.has(wordOf(toks[j])!) && isWord(toks[j - 1], isRoleWord)) return null;
    j--;
  }
  const det = j >= lo && isWord(toks[j], (x) => DETERMINERS.has(x));
  // ("she understood that many people felt “…”", "a stretch that longtime residents still call “…”": "that" before a plural
  // is a conjunction or a relative pronoun, no determiner; what follows is the clause's subject, not who used the words)
  // (not "That is why critics say", a demonstrative opening the sentence)
  if (det && j > lo && toks[j - 1]?.t === 'w' && isWord(toks[j], /^that$/) && (/[^s]s$/.test(k.w) || isWord(toks[j + 1], /^(?:many|most|some|all|few|several|both)$/))) return null;
  // ("as Sanders’ campaign manager suggested": someone the owner's description names, unnamed, not whoever is in focus; not
  // an object, "allegations against Donald Trump’s campaign manager, who …", nor an appositive, "Tracy Martin, Trayvon's father,")
  const owner = toks[j];
  const ownedApart = isWord(toks[j - 1], (x) => OBJECT_PREPOSITIONS.has(x) || PREPOSITIONS.has(x)) || isPunct(toks[j - 1], ',') && toks[j - 2]?.t === 'n';
  if (j >= lo && owner?.t === 'n' && owner.possessive && isRoleWord(k.w) && !ownedApart) return { entity: null, rule: sided('descriptor', side), pattern: 'unnamed-verb', weak: w, unnamed: [owner.start, k.end] };
  if (!(det || j < lo || toks[j]!.t === 'p' || GROUP_NOUNS.has(k.w))) return null;
  // ("a Cricket Ireland statement said": the author named before the statement; not "In a White House statement, President …")
  const author = toks[i - 1];
  if (det && DOCUMENT_NOUNS.test(k.w) && author?.t === 'n' && !author.possessive && !isWord(toks[j - 1], (x) => OBJECT_PREPOSITIONS.has(x))) return { entity: author.entity, rule: sided('name', side), pattern: 'document-author', weak: true };
  // ("A senior official in the province, who …, said": the description is the object of a preposition; the subject is
  // the head before it — but "A statement from the ministry said" is the ministry's, as headBefore reads it)
  if (det && j - 1 >= lo && isWord(toks[j - 1], (x) => OBJECT_PREPOSITIONS.has(x))) {
    const head = headBefore(r, lo, j - 1, i, side, w);
    if (head && head.pattern !== 'document-author' && head.pattern !== 'object-phrase') return head;
  }
  // "a citizen wrote", "another member of the public": someone new and unnamed
  const unnamed: [number, number] = [toks[det ? j : j + 1]!.start, k.end];
  if (det && INDEFINITE.test(wordOf(toks[j])!)) return { entity: null, rule: sided('descriptor', side), pattern: 'unnamed-verb', weak: w, unnamed };
  return { ...d.described(k.w, r.para, k.start, unnamed), rule: sided('descriptor', side), pattern: 'descriptor-verb', weak: w };
}

/** Prepositions that say where someone stands: "A heckler near the front", "a woman in the crowd". */
const PLACING = /^(?:near|at|in|outside|inside|behind|beside|among|by|from|on)$/;

/**
 * "A heckler near the front shouted", "A woman in the public gallery called out": the word before the verb ends a phrase of
 * where someone stands; the subject is the head before it (a description, or a name).
 */
function placedHead(r: Reading, lo: number, i: number, side: Side, w: boolean): Found {
  const { toks } = r;
  // (the phrase: a preposition, its article, up to two modifiers and the noun before the verb; the head right before it)
  if (isWord(toks[i], (x) => x in SUBJECT_PRONOUNS || DETERMINERS.has(x) || /^(?:who|which|that)$/.test(x))) return null;
  let p = i - 1;
  while (p >= lo && p > i - 4 && toks[p]!.t === 'w' && !(toks[p] as { cap: boolean }).cap && !PLACING.test(wordOf(toks[p])!)) p--;
  if (!(p - 1 >= lo && p < i - 1 && isWord(toks[p], PLACING) && isWord(toks[p + 1], (x) => DETERMINERS.has(x)))) return null;
  const before = toks[p - 1]!;
  if (!(before.t === 'n' || isWord(before, isDescriptorWord))) return null;
  const head = headBefore(r, lo, p, i, side, w);
  return head && /^(?:unnamed-verb|descriptor-verb|head-of-phrase)$/.test(head.pattern) ? head : null;
}

/**
 * The head of a subject that ends in a prepositional phrase, read leftward from the preposition at
 * toks[p]: "John Smith of Acme said" → Smith; "a spokesman for Trump said" → someone unnamed.
 * Unknown when no head is found: never the phrase's object.
 */
export function headBefore(r: Reading, lo: number, p: number, object: number, side: Side, weak: boolean): Found {
  const { toks, d } = r;
  const rule = sided('descriptor', side);
  for (let j = p - 1; j >= lo && j >= p - 8; j--) {
    const x = toks[j]!;
    if (x.t === 'n') {
      // ("A woman waiting on the Albert Pier for her partner said": a name after a preposition is an object too)
      const after = isWord(toks[j - 1], (w) => DETERMINERS.has(w)) ? j - 2 : j - 1;
      if (!x.possessive && d.isPerson(x.entity) && !isWord(toks[after], (w) => OBJECT_PREPOSITIONS.has(w))) return { entity: x.entity, rule: sided('name', side), pattern: 'head-of-phrase', weak };
      continue;
    }
    if (x.t !== 'w') break;
    // "A statement from the EU said": the author of a statement is its speaker
    const o = toks[object] as { entity: number };
    // (not one who only saw it: "An internal email seen by The Register, sent by a council manager, described …")
    if (DOCUMENT_NOUNS.test(x.w) && isWord(toks[p], /^(?:from|by|of)$/) && toks.slice(j + 1, p).every((y) => isWord(y, AUTHORING))) return { entity: o.entity, rule: sided('name', side), pattern: 'document-author', weak: true };
    // "Leader of the Opposition K. Sadananda Hegde said", "Minister for Sugar Industry Viliame Raiwalui said": a
    // capitalised title and its office name the person after them (not "a spokesman for Trump")
    const o2 = toks[object];
    if (x.cap && TITLES.has(x.w) && o2?.t === 'n' && d.isPerson(o2.entity) && !o2.possessive) return { entity: o2.entity, rule: sided('name', side), pattern: 'name-verb', weak };
    if (isDescriptorWord(x.w)) {
      let dd = j - 1;
      while (dd >= lo && dd > j - 5 && toks[dd]!.t !== 'p' && !isWord(toks[dd], (w) => DETERMINERS.has(w))) dd--;
      const det = dd >= lo ? wordOf(toks[dd]) ?? null : null;
      const unnamed: [number, number] = [det ? toks[dd]!.start : x.start, x.end];
      if (det && INDEFINITE.test(det)) return { entity: null, rule, pattern: 'unnamed-verb', weak: true, unnamed };
      return { ...d.described(x.w, r.para, x.start, unnamed), rule, pattern: 'descriptor-verb', weak: true };
    }
  }
  return { entity: null, rule, pattern: 'object-phrase', weak: true };
}
