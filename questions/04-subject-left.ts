// Stage 4 — the subject to the LEFT of a speech verb ("Peskov said", "Smith,
// the team's coach, said", "a spokesman for Trump said", "he said", "the coach
// said"). Each way of finding it is a named pattern; the candidate records it.

import { isPunct, isWord, pronounOne, sided, wordOf, type Candidate, type Reading, type Side } from './04-candidate';
import { asFor, endsSentence, HONORIFIC_WORDS, isRoleWord, type Tok } from './04-tokens';
import { DETERMINERS, DOCUMENT_NOUNS, OBJECT_PREPOSITIONS, SKIPPABLE_BEFORE_VERB } from './data/function-words';
import { SUBJECT_PRONOUNS } from './data/pronouns';
import { GROUP_NOUNS, RELATIONS } from './data/roles';
import { coordinatedSubject, perceivedDoer } from './04-subject-coordinated';
import { personBeforeAppositive, relativeClauseTo, whoseRelativeClause } from './04-relative-clause';
import { authorOpening, whichWriter } from './04-document-owner';
import { descriptorSubject, headBefore } from './04-subject-descriptor';
import { letterLabel } from './04-anonymous';
import { ORG_NOUNS } from './data/organisations';
import { isSpeechVerb } from './speech-verbs';

type Found = Candidate | null;

/** After an owner or a determiner a word in -ly is a noun, no adverb: "Nowicki's family said", "the assembly said". */
const nounAfterOwner = (t: Tok | undefined): boolean => t?.t === 'n' && t.possessive || t?.t === 'w' && (DETERMINERS.has(t.w) || /['’]s$/.test(t.w));

/** Back from toks[from] to the nearest comma; stops at a quotation, at `limit` or below `lo` (callers check which). */
export function commaBefore(toks: Tok[], from: number, lo: number, limit: number): number {
  let j = from;
  while (j >= lo && j > limit && !isPunct(toks[j], ',') && toks[j]!.t !== 'q') j--;
  return j;
}

/** Back from toks[i] = ")" to its "(" over a party and state (at most 12 tokens), or -1. */
function openBracket(toks: Tok[], lo: number, i: number): number {
  let j = i - 1;
  while (j >= lo && i - j < 12 && !isPunct(toks[j], '(') && toks[j]!.t !== 'q') j--;
  return j >= lo && isPunct(toks[j], '(') ? j : -1;
}

/** The subject to the left of a verb at toks[v] (within [lo, v)). */
export function subjectLeft(r: Reading, lo: number, v: number, side: Side, weak: boolean): Found {
  const { toks } = r;
  let i = v - 1;
  let viaComma = false;
  while (i >= lo) {
    const k = toks[i]!;
    // (a statement in a phrase before the verb is skipped, "Acme in a statement said"; one that is the subject is not: "the
    // statement said"; "issued a statement saying" is the issuer's)
    if (k.t === 'w' && DOCUMENT_NOUNS.test(k.w) && isWord(toks[i - 1], /^the$/) && !isWord(toks[i - 2], (x) => OBJECT_PREPOSITIONS.has(x)) && !/ing$/.test(wordOf(toks[v]) ?? '')) break;
    // (not the letter of a label: "Woman A said")
    if (k.t === 'w' && (SKIPPABLE_BEFORE_VERB.has(k.w) && !letterLabel(toks, i) || /ly$/.test(k.w) && k.w.length > 4 && !nounAfterOwner(toks[i - 1]))) { i--; continue; }
    // ("Rempel used to remind players that “…”": a habit's "used to" before the verb)
    if (isWord(k, /^to$/) && isWord(toks[i - 1], /^used$/)) { i -= 2; continue; }
    // the full stop of an abbreviation that ends a name: "Acme Corp. said"
    if (isPunct(k, '.') && toks[i - 1]?.t === 'n') { i--; continue; }
    // a party and state after a name: "Rep. Gwen Moore (D-Wis.) said"
    if (isPunct(k, ')')) {
      const j = openBracket(toks, lo, i);
      if (j >= 0 && toks[j - 1]?.t === 'n') { i = j - 1; continue; }
      break;
    }
    if (isPunct(k, ',') && !viaComma) {
      // ("A statement from the Minerals Commission, read at the meeting by … Mr Yaw Darko Twumasi, said": the author who opens
      // the sentence, not the one who read it out)
      const author = authorOpening(toks, lo, i);
      if (author !== null) return { entity: author, rule: sided('name', side), pattern: 'document-author', weak: true };
      const named = nameBeforeComma(r, lo, i, side, weak);
      if (named !== undefined) return named;
      const j = overAppositives(r, lo, i);
      if (j === null) return null;
      // ("Rahul Menon, who studies … at the University of Bristol, UK, and was not involved, calls": what the
      // comma closed opens on "and", the second half of a relative clause; the subject is whom "who" is about)
      if (isWord(toks[j + 1], /^and$/)) {
        const ante = whoseRelativeClause(r, lo, j);
        if (ante !== null) return { entity: ante, rule: sided('name', side), pattern: 'relative-who', weak: true };
      }
      // ("Ingrid Solheim, a partner at … law firm Holm Berge, who represented …, said": a "who" after an organisation that
      // ends an appositive is about the person the appositive describes)
      const head = isWord(toks[j + 1], /^who$/) ? personBeforeAppositive(r, lo, j - 1) : null;
      if (head !== null) return { entity: head, rule: sided('name', side), pattern: 'appositive-head', weak: true };
      viaComma = true;
      i = j - 1;
      continue;
    }
    break;
  }
  if (i < lo) return null;
  return subjectAt(r, lo, i, v, side, weak || viaComma);
}

/**
 * A person's name right before the comma at toks[i] ("…, state Del. Marcia Price (D-Newport News),
 * shouted"): who it names, or undefined when no name stands there.
 */
function nameBeforeComma(r: Reading, lo: number, i: number, side: Side, weak: boolean): Found | undefined {
  const { toks, d } = r;
  let nb = i - 1;
  // (over a party and state)
  if (isPunct(toks[nb], ')')) {
    while (nb > lo && i - nb < 12 && !isPunct(toks[nb], '(')) nb--;
    nb--;
  }
  const nameBefore = toks[nb];
  // ("The employers' association, Vereniging Werkgevers Lashing, said": an organisation's name set off after its description)
  if (nameBefore?.t === 'n' && !nameBefore.possessive && !d.isPerson(nameBefore.entity) && isPunct(toks[nb - 1], ',') && isWord(toks[nb - 2], (w) => ORG_NOUNS.has(w)) && nb - 2 >= lo) {
    return { entity: nameBefore.entity, rule: sided('name', side), pattern: 'name-verb', weak };
  }
  if (!(nameBefore?.t === 'n' && !nameBefore.possessive && d.isPerson(nameBefore.entity) && nb >= lo)) return undefined;
  // "Kazianis, director of studies at the Centre for the National Interest, said": the name
  // before the comma closes an appositive; its head is the name before the appositive
  let j = commaBefore(toks, nb - 1, lo, i - 18);
  // ("Adrian Molnar, a former mayor of the capital, Tirsk, told": the name closes an appositive
  // inside the appositive; the head is one comma further back)
  const before = toks[j - 1];
  if (before?.t === 'w' && !before.cap) {
    const k2 = commaBefore(toks, j - 1, lo, j - 18);
    if (k2 >= lo && toks[k2 - 1]?.t === 'n') j = k2;
  }
  const head = toks[j - 1], open = toks[j + 1];
  // (not "An attorney for Harris, public defender Kimberly Osterman, said": Harris is an object)
  // (nor "seen by the Rotorua Daily Post, the company’s lawyer, David Fairweather, said": over its article too)
  const ofPrep = isWord(toks[j - 2], (w) => OBJECT_PREPOSITIONS.has(w)) || isWord(toks[j - 2], /^(?:the|a|an)$/) && isWord(toks[j - 3], (w) => OBJECT_PREPOSITIONS.has(w));
  // ("The Police Federation, which represents officers in England and Wales, said", "Himali Heights, a Kathmandu-based
  // company that runs expeditions on Everest and Manaslu, said": an organisation too)
  // ("Nirmala Hosamani, State secretary of the …, said": a capitalised title opens it too)
  const titled = open?.t === 'w' && open.cap && [1, 2, 3].some((x) => isWord(toks[j + x], isRoleWord));
  if (j - 1 >= lo && toks[j]!.t === 'p' && head?.t === 'n' && !head.possessive && (d.isPerson(head.entity) || isWord(open, /^(?:which|a|an|the)$/)) &&
    open?.t === 'w' && (!open.cap || titled) && !ofPrep) {
    return { entity: head.entity, rule: sided('name', side), pattern: 'appositive-head', weak: true };
  }
  // ("The processor, which collects from farms across the South West and Wales, said": the name ends a relative clause
  // about a description; the subject is the description before it)
  // ("The notice, a copy of which is with The Hindu, states": the relative pronoun may come after a few words of the clause)
  if (j - 1 >= lo && toks[j]!.t === 'p' && head?.t !== 'n' && relativeClauseTo(toks, j + 1, nb)) return undefined;
  // ("cut off an exchange between Feschuk and Bjornson, telling both men to “…”": the object of a preposition, no subject)
  if (objectOfPreposition(toks, lo, nb)) return undefined;
  return institutionPlace(r, lo, j, nameBefore, side) ?? { entity: nameBefore.entity, rule: sided('name', side), pattern: 'name-comma-verb', weak };
}

/**
 * "Dr Sanjay Kulkarni, head of endocrinology at AIIMS, Delhi, said", "Sucha Singh Brar of Punjabi
 * University, Patiala, said": the name before the comma only places the institution before it;
 * the speaker heads the appositive before that, or owns the institution.
 */
function institutionPlace(r: Reading, lo: number, j: number, nameBefore: Tok, side: Side): Found {
  const { toks, d } = r;
  const open = toks[j + 1];
  let p = j - 1;
  if (toks[p]?.t === 'n') p--;
  else while (p > lo && p > j - 5 && toks[p]!.t === 'w' && (toks[p] as { cap: boolean }).cap) p--;
  if (!(open === nameBefore && p < j - 1 && isWord(toks[p], /^(?:at|in|of|from|for)$/))) return null;
  const c = commaBefore(toks, p - 1, lo, j - 18);
  const who = toks[c - 1], next = toks[c + 1];
  if (c >= lo && who?.t === 'n' && !who.possessive && d.isPerson(who.entity) && next?.t === 'w' && !next.cap) return { entity: who.entity, rule: sided('name', side), pattern: 'institution-place', weak: true };
  const owner = toks[p - 1];
  if (owner?.t === 'n' && !owner.possessive && d.isPerson(owner.entity) && p - 1 >= lo) return { entity: owner.entity, rule: sided('name', side), pattern: 'institution-place', weak: true };
  return null;
}

/**
 * "Smith, the team's coach, said": back over the appositive to the previous comma; "Rep. Jim
 * Jordan (R-Ohio), an oversight panel member, said"; over two appositives: "Scott Pruitt, the
 * attorney general of Oklahoma, one of the states suing, said". The comma's index, or null.
 */
function overAppositives(r: Reading, lo: number, i: number): number | null {
  const { toks } = r;
  let j = i;
  for (let jumps = 0; jumps < 2; jumps++) {
    const from = j;
    j = from - 1;
    while (j >= lo && j > from - 30 && !isPunct(toks[j], ',') && toks[j]!.t !== 'q' && !endsSentence(toks[j])) j--;
    if (!(j >= lo && isPunct(toks[j], ',') && j - 1 >= lo)) return null;
    const b = toks[j - 1]!;
    // ("Rodrigo Vílchez Ortega, president of the Producers’ Guild, which groups 40 companies, said": a relative clause about the
    // object of a preposition in an appositive; the subject stands before the appositive)
    if (b.t === 'n' && jumps === 0 && isWord(toks[j + 1], /^(?:which|that)$/) && objectInPhrase(toks, lo, j - 1)) continue;
    if (b.t === 'n' || isPunct(b, ')')) break;
    if (b.t !== 'w') return null;
    if (jumps === 1 || isRoleWord(b.w) || SUBJECT_PRONOUNS[b.w] || GROUP_NOUNS.has(b.w) || ORG_NOUNS.has(b.w)) break;
  }
  return j;
}

/** The name at toks[n], alone or the last of names joined by "and" or commas, follows a preposition: "between Feschuk and Bjornson". */
function objectOfPreposition(toks: Tok[], lo: number, n: number): boolean {
  // (a list ends on "and": "between Feschuk and Bjornson"; a name after a comma alone is set off, "for EHS, Jeff Fraser,")
  const p = (nameListStart(toks, lo, n) ?? n) - 1;
  // (over one word that modifies it: "catering to American Jews")
  const prep = (k: Tok | undefined) => isWord(k, (w) => OBJECT_PREPOSITIONS.has(w) || w === 'among');
  return p >= lo && (prep(toks[p]) || p - 1 >= lo && isWord(toks[p], /^\p{Ll}+$/u) && prep(toks[p - 1]));
}

/**
 * The name at toks[n] ends a phrase opened by "of", "for" or "at" since the comma before it ("of the Peruvian Anchovy Producers’
 * Guild", "of the Association des paysagistes de l’Est"): an object, no subject.
 */
function objectInPhrase(toks: Tok[], lo: number, n: number): boolean {
  for (let p = n - 1; p >= lo && p > n - 9; p--) {
    if (isWord(toks[p], /^(?:of|for|at)$/)) return true;
    if (toks[p]!.t === 'p' && (toks[p] as { p: string }).p !== "'" && (toks[p] as { p: string }).p !== '’' || toks[p]!.t === 'q') return false;
  }
  return false;
}

/** The "of" or "for" before "the" and up to three words that open the noun phrase ending at toks[i] ("of the main opposition …"), or null. */
function prepositionOverModifiers(r: Reading, lo: number, i: number): number | null {
  const { toks } = r;
  for (let q = i - 1; q >= lo && q >= i - 4; q--) {
    const t = toks[q]!;
    if (t.t !== 'w') return null;
    if (DETERMINERS.has(t.w)) return isWord(toks[q - 1], /^(?:of|for)$/) ? q - 1 : null;
  }
  return null;
}

/**
 * The first of the names joined by "and" whose last is the name at toks[i] ("Smith and Jones", "Smith, Brown and Jones"), or
 * null where no name that owns nothing stands before its "and".
 */
function nameListStart(toks: Tok[], lo: number, i: number): number | null {
  const ownsNothing = (k: Tok | undefined) => k?.t === 'n' && !k.possessive;
  if (!isWord(toks[i - 1], /^and$/) || i - 2 < lo || !ownsNothing(toks[i - 2])) return null;
  let j = i - 2;
  while (j - 2 >= lo && isPunct(toks[j - 1], ',') && ownsNothing(toks[j - 2])) j -= 2;
  return j;
}

/** What stands in the subject's place at toks[i], left of the verb at toks[v]. */
function subjectAt(r: Reading, lo: number, i: number, v: number, side: Side, w: boolean): Found {
  const { toks, d } = r;
  const k = toks[i]!;
  // ("wary of what one described to her as a ‘churchy’ project": one of those the sentence speaks of, unnamed, no one before)
  if (pronounOne(toks, i)) return { entity: null, rule: sided('descriptor', side), pattern: 'unnamed-verb', weak: true, unnamed: [k.start, k.end] };
  // "the foreman, Bill Dyer, had handed him a broom and told him: …": the verb shares the subject
  // of the clause it is coordinated with
  if (isWord(k, /^and$/)) {
    const seen = perceivedDoer(r, lo, i);
    if (seen) return { entity: null, rule: sided('descriptor', side), pattern: 'unnamed-verb', weak: true, unnamed: seen };
    const s = coordinatedSubject(r, lo, i);
    if (Array.isArray(s)) return { entity: null, rule: sided('descriptor', side), pattern: 'coordinated-verb', weak: true, unnamed: s };
    return s === null ? null : { entity: s, rule: sided('name', side), pattern: 'coordinated-verb', weak: true };
  }
  if (k.t === 'n') {
    // ("Smith and Jones said", "the Welsh Conservatives and Plaid Cymru demanded": said together, by no one of them alone)
    const joint = nameListStart(toks, lo, i);
    if (joint !== null) return { entity: null, rule: sided('descriptor', side), pattern: 'joint-subject', weak: true, unnamed: [toks[joint]!.start, k.end] };
    // "a spokesman for Trump said", "a source speaking to Fox News said": a name after a
    // preposition is an object; the subject is the head before the phrase
    // (over a determiner and capitalised words the name left out: "for the House Armed Services Committee")
    let p = i - 1;
    // (before a person, only over a title: "for the Ministry B.Oyunchimeg noted" names the ministry's official, the subject)
    const person = d.isPerson(k.entity);
    while (p >= lo && p > i - 4 && toks[p]!.t === 'w' && (DETERMINERS.has((toks[p] as { w: string }).w) || (toks[p] as { cap: boolean }).cap && (!person || HONORIFIC_WORDS.has((toks[p] as { w: string }).w)))) p--;
    // (and, before an organisation, over the words a determiner opens: "of the main opposition Democratic Party";
    // not before a person, whom a phrase in front of them does not own: "In a Bloomberg interview Trump declared")
    if (!isWord(toks[p], (x) => OBJECT_PREPOSITIONS.has(x)) && !d.isPerson(k.entity)) p = prepositionOverModifiers(r, lo, i) ?? p;
    // (but a name right before a participle is its subject: "footage of Trump saying", "with Smith telling")
    const participle = i === v - 1 && /ing$/.test(wordOf(toks[v]) ?? '');
    if (isWord(toks[p], (x) => OBJECT_PREPOSITIONS.has(x)) && p >= lo && !participle) return headBefore(r, lo, p, i, side, w);
    return { entity: k.entity, rule: sided('name', side), pattern: 'name-verb', weak: w };
  }
  if (k.t !== 'w') return null;
  if (/^(?:statement|post|tweet|email|e-mail|letter|release|message|note|website|blog)$/.test(k.w)) {
    // "her statement read": the owner of the statement said it
    const owner = toks[i - 1];
    if (isWord(owner, /^(?:his|her)$/)) {
      return { entity: d.pronounSpeaker(wordOf(owner) === 'his' ? 'he' : 'she', r.para, owner!.start) ?? null, rule: sided('pronoun', side), pattern: 'statement-owner', weak: true };
    }
    if (owner?.t === 'n' && owner.possessive) return { entity: owner.entity, rule: sided('name', side), pattern: 'statement-owner', weak: true };
  }
  // "Labour MP Diane Abbott, who told Sky News: …": the relative pronoun's antecedent
  if (k.w === 'who' && isPunct(toks[i - 1], ',')) {
    const ante = toks[i - 2];
    if (ante?.t === 'n' && !ante.possessive && d.isPerson(ante.entity) && i - 2 >= lo) return { entity: ante.entity, rule: sided('name', side), pattern: 'relative-who', weak: w };
  }
  if (k.w === 'which' && isPunct(toks[i - 1], ',')) {
    const writer = whichWriter(toks, lo, i);
    if (writer) return 'entity' in writer ? { entity: writer.entity, rule: sided('name', side), pattern: 'document-author', weak: true }
      : { entity: null, rule: sided('descriptor', side), pattern: 'unnamed-verb', weak: true, unnamed: writer.unnamed };
    // ("she asked the crowd, which answered with a long, rolling “Not for us!”": a group, no one named)
    const group = toks[i - 2];
    if (isWord(group, (w) => GROUP_NOUNS.has(w))) {
      const det = isWord(toks[i - 3], (w) => DETERMINERS.has(w)) ? toks[i - 3]! : group!;
      return { entity: null, rule: sided('descriptor', side), pattern: 'unnamed-verb', weak: true, unnamed: [det.start, group!.end] };
    }
  }
  return pronounSubject(r, i, side, w) ?? descriptorSubject(r, lo, i, side, w);
}

/** A reply's verb: who replies is whom the sentence before addressed. */
const REPLY_VERBS = /^(?:replied|replies|responded|responds|answered|answers|retorted|countered)$/;

/**
 * "Mr Breen put it to him that the case rested on “a hunch”. He replied: “…”", "The coroner asked Mr Ashworth whether …": who
 * asked, put it to or pressed someone in the sentence before the reply is not who replies (its subject, when a name), else null.
 */
function asker(r: Reading, i: number): number | null {
  const { toks, d } = r;
  // (or "said" right after the words that answer: "Lindo then put it to him that …. ¶ “With respect, counsel, …,” he said";
  // not after a request, "Tom Brown asked Jim Hart to resign", whose asker goes on)
  const replies = isWord(toks[i + 1], REPLY_VERBS);
  if (!replies && !(isWord(toks[i + 1], /^(?:said|says)$/) && toks[i - 1]?.t === 'q')) return null;
  // (the sentence before, in this paragraph or the one before: its first name, where its subject stands)
  let x = d.lastBefore(toks[i]!.start);
  if (x < 0) return null;
  const sentence = d.history[x]!.sentence;
  while (x > 0 && d.history[x - 1]!.sentence === sentence) x--;
  const first = d.history[x]!;
  if (!first.firstInClause || first.possessive || !d.isPerson(first.entity) || r.para - first.para > 1) return null;
  const clause = d.doc.text.slice(first.start, first.start + 160);
  return ADDRESSED.test(clause) && (replies || !REQUESTED.test(clause)) ? first.entity : null;
}

/**
 * After the subject: a request, "asked Jim Hart to resign", "asked him from his hospital bed not to let the band die", no
 * question its addressee answers (not "asked him whether he planned to").
 */
const REQUESTED = /^[^.!?"“”]*?\basked\s+(?:him|her|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+(?!whether|if|about|why|how|what|when|where|who)[\p{Ll}'’-]+){0,5}?\s+(?:not\s+)?to\s/u;

/** After the subject, in its sentence: a verb that addresses someone ("asked Mr Ashworth whether", "put it to him that"). */
// (someone, not their thing: "questioned Nuttall’s decision" addresses no one)
// (a name after an article and a word: "asked the younger Greathead what"; or, the name's own verb, whom the question is
// about: "Grant Tolley asked whether she had tabled it", not "Clinton caused a stir when an Iowa voter asked if she …")
const ADDRESSED = /^(?:[^.!?"“”]*?\b(?:asked|put it to|pressed|questioned|challenged|quizzed)\s+(?:him|her|(?:the\s+\p{Ll}+\s+)?\p{Lu}(?![\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\b))|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:then\s+|also\s+)?asked\s+(?:whether|if)\s+(?:she|he)\b)/u;

/** "he said"; "Schumer, he said, "knows …"" (the name before the comma is what the speaker talks about, but "As for Malhotra, he said" is Malhotra's). */
function pronounSubject(r: Reading, i: number, side: Side, w: boolean): Found {
  const { toks, d } = r;
  const k = toks[i] as Extract<Tok, { t: 'w' }>;
  // ("his sister jumps in before he can answer: “…”": who has not yet spoken said nothing)
  if (isWord(toks[i - 1], /^(?:before|until|unless)$/)) return null;
  const relative = relativeBefore(r, i);
  if (relative) return { entity: null, rule: sided('pronoun', side), pattern: 'pronoun-verb', weak: true, unnamed: relative };
  const topic = isPunct(toks[i - 1], ',') && !asFor(toks, i - 4) ? toks[i - 2] : undefined;
  let pr = d.pronounSpeaker(k.w, r.para, k.start, topic?.t === 'n' ? topic.entity : asker(r, i));
  if (pr === undefined) return null;
  // ("her mother, Lise Thibodeau, who died in 2019. “…,” she writes": the dead say nothing in the present tense)
  if (pr !== null && d.deceased.has(pr) && isWord(toks[i + 1], (w) => /[^s]s$/.test(w) && isSpeechVerb(w))) pr = d.pronounSpeaker(k.w, r.para, k.start, pr) ?? null;
  const u = d.unnamedInFocus(k.w, r.para, k.start, pr);
  if (u) return { entity: null, rule: sided('pronoun', side), pattern: 'pronoun-verb', weak: w, unnamed: u.span };
  return { entity: pr, rule: sided('pronoun', side), pattern: 'pronoun-verb', weak: w, pronounAt: k.start, ...(k.w === 'i' ? { narrator: true } : {}) };
}

/**
 * "Jung Hae-won, whose husband is in intensive care, said he had complained": the relative the sentence names before the
 * pronoun ("whose husband", "her son"), of its gender, where the sentence's subject is not known to be of it; the span of
 * "whose husband", else null. ("Tom Reid, whose son plays for the club, said he was proud" keeps Tom Reid.)
 */
function relativeBefore(r: Reading, i: number): [number, number] | null {
  const { toks, d } = r;
  const gender = SUBJECT_PRONOUNS[wordOf(toks[i]) ?? ''];
  if (gender !== 'm' && gender !== 'f') return null;
  let rel = -1;
  for (let j = i - 1; j >= r.sentences.from[i]! && toks[j]!.t !== 'q'; j--) {
    const t = toks[j]!;
    if (t.t === 'w' && RELATIONS[t.w] === gender && isWord(toks[j - 1], /^(?:whose|his|her|their)$/)) rel = j;
    // (the sentence's subject, a name before the relative: of that gender, or of none known)
    if (t.t === 'n' && rel > j) return d.genderOf(t.entity) === gender ? null : [toks[rel - 1]!.start, toks[rel]!.end];
  }
  return null;
}
