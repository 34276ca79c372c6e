// Stage 4 — local rules: who the quotation's own sentence says spoke, read on
// one side of it, nearest to the quotation first. Each rule is a named unit:
//   signature       "… vote.” ― Jorge Falcon"
//   clause-after    "“…,” when Clinton blasted him": a clause of its own, no attribution (a veto)
//   according-to    "according to Tom Brown"
//   speech-verb     a verb of saying and its subject, left (04-subject-left) or right (04-subject-right)
//   participle      "Dean, a former party chairman, poked at Trump, tweeting, “…”"
//   read-aloud      "The coroner read a statement from the family: “…”", "“…,” Ybarra read" after she read Haskins' letter (04-read-aloud)

import { isPunct, isWord, pronounOne, wordOf, type Candidate, type Reading, type Side } from './04-candidate';
import { authorReadBy, readAloud } from './04-read-aloud';
import { letterLabel } from './04-anonymous';
import { subjectLeft } from './04-subject-left';
import { isDescriptorWord } from './04-subject-descriptor';
import { subjectRight } from './04-subject-right';
import { clauseComma, HONORIFIC_WORDS, isRoleWord, openingClauseEnd, overOpeningConjunctions, toldInPassive, type Tok } from './04-tokens';
import { ASKING_VERBS, DETERMINERS, PREPOSITIONS, QUESTION_OPENERS, SUBORDINATORS, VERB_ADVERBS } from './data/function-words';
import { GROUP_NOUNS } from './data/roles';
import { NEWS_OUTLET, ORG_KINDS, ORG_NOUNS } from './data/organisations';
import { isSpeechVerb, isWeakVerb } from './speech-verbs';

/** A candidate; 'verb' when a verb of saying stands there but no subject was found; null for nothing. */
export type Local = Candidate | 'verb' | null;

/** "… vote.” ― Jorge Falcon": a dash and a name alone after the quotation sign it; not a news outlet's ("“…” – Health-e News", its sign-off). */
export function signature(r: Reading, lo: number, hi: number): Candidate | null {
  const dash = r.toks[lo], n = r.toks[lo + 1];
  if (dash?.t === 'p' && /^[―—–-]$/.test(dash.p) && n?.t === 'n' && lo + 2 >= hi && !(!r.d.isPerson(n.entity) && NEWS_OUTLET.test(r.d.people.entities[n.entity]!.person.name))) return { entity: n.entity, rule: 'name-after', pattern: 'signature', weak: false };
  return null;
}

/** "“That makes me smart,” when Clinton blasted him": the sentence goes on in a clause of its own ("as Smith put it", "asked Smith" are attributions). */
export function clauseAfter(r: Reading, lo: number, hi: number): boolean {
  let j = lo;
  while (j < hi && isPunct(r.toks[j], ',')) j++;
  // ("said NAFTA was good for “…” and that the U.S. Chamber of Commerce thinks …": a second reported clause)
  if (/^(?:and|but|or)$/.test(wordOf(r.toks[j]) ?? '') && wordOf(r.toks[j + 1]) === 'that') return true;
  // ("a woman …, called out “Just say no!” and commission chairwoman Diane Spurlock asked …": after a quotation a verb of saying
  // introduced, "and" opens a clause of its own)
  if (wordOf(r.toks[j]) === 'and' && introduced(r.toks, lo - 1)) return true;
  // ("for what he called “just the regulars,” a list that his son, Paul Marchetti, said numbered 200": a noun set off after the
  // quotation, and a relative clause about it, gloss the words; whoever speaks in the clause speaks of them)
  if (isWord(r.toks[j], /^(?:a|an|the)$/) && isWord(r.toks[j + 1], (x) => !isSpeechVerb(x)) && isWord(r.toks[j + 2], /^(?:that|which)$/)) return true;
  const w = wordOf(r.toks[j]);
  return w !== undefined && SUBORDINATORS.has(w) && w !== 'as' && w !== 'asked';
}

/** A verb of saying right before the quotation at toks[qi], over "out" or a colon: "called out “…”", "said: “…”". */
const introduced = (toks: Tok[], qi: number): boolean => {
  const k = isPunct(toks[qi - 1], ':') || isPunct(toks[qi - 1], ',') || isWord(toks[qi - 1], /^(?:out|up)$/) ? qi - 2 : qi - 1;
  return k >= 0 && speechVerbAt(toks, k);
};

/** "according to Tom Brown", "according to the coach", "in the words of one of his aides": at toks[i]. Undefined when neither stands there. */
export function accordingTo(r: Reading, i: number, hi: number, side: Side): Candidate | null | undefined {
  const { toks } = r;
  // (or "in the words of": "Ishaya, in the words of one of his aides, “does not negotiate …”")
  const len = wordOf(toks[i]) === 'according' && wordOf(toks[i + 1]) === 'to' ? 2
    : wordOf(toks[i]) === 'in' && wordOf(toks[i + 1]) === 'the' && wordOf(toks[i + 2]) === 'words' && wordOf(toks[i + 3]) === 'of' ? 4 : 0;
  if (!len) return undefined;
  const at = i + len, n = toks[at];
  if (n?.t === 'n') return { entity: n.entity, rule: 'according-to', pattern: 'according-to', weak: false };
  // ("according to Taipei-based research firm Sagemark": the kind of organisation, then its name)
  for (let j = at; j < at + 4 && toks[j]?.t === 'w' && (!(toks[j] as { cap: boolean }).cap || /-based$/.test(wordOf(toks[j])!)); j++) {
    const next = toks[j + 1];
    if (next?.t === 'n' && ORG_KINDS.has(wordOf(toks[j])!)) return { entity: next.entity, rule: 'according-to', pattern: 'according-to', weak: false };
  }
  if (n?.t === 'w') { const s = subjectRight(r, at - 1, hi, side, false); if (s) return { ...s, rule: 'according-to', pattern: 'according-to' }; }
  return null;
}

/** Verbs of saying that are as often plural nouns: "requests", "claims", "calls". */
const NOUN_FORMS: ReadonlySet<string> = new Set(['requests', 'reports', 'claims', 'calls', 'demands', 'comments', 'remarks', 'questions', 'answers',
  'replies', 'notes', 'promises', 'pledges', 'appeals', 'complaints', 'tweets', 'posts']);

/** Is toks[i] a verb of saying here? Not after a determiner, "of" or an owner ("in a written statement", "Clinton's remark"), nor a passive's ("he was told"), nor "state" before a name. */
function speechVerbAt(toks: Tok[], i: number): boolean {
  const k = toks[i]!;
  if (k.t !== 'w' || !isSpeechVerb(k.w)) return false;
  // ("the IG reports said": a noun; "Politico reports: “…”" introduces the words)
  if (k.w === 'reports' && !isPunct(toks[i + 1], ':') && !isPunct(toks[i + 1], ',')) return false;
  // ("had put patients at risk": "put" says something only as "put it", "as she put it", "put out a statement")
  if ((k.w === 'put' || k.w === 'puts') && !isWord(toks[i + 1], /^(?:it|this|that|out)$/) && !isWord(toks[i - 1], /^(?:it|as)$/)) return false;
  // ("by approving requests for semaglutide", "denied claims that": the object of a verb before it, a noun)
  if (NOUN_FORMS.has(k.w) && isWord(toks[i - 1], (w) => /(?:ing|ed)$/.test(w) && !isSpeechVerb(w))) return false;
  const det = wordOf(toks[i - 1]);
  // ("what one described to her as": "one", a pronoun there, is the verb's subject)
  // ("Woman A said": the letter of a label, no article)
  if (det !== undefined && (DETERMINERS.has(det) && det !== 'that' && !pronounOne(toks, i - 1) && !letterLabel(toks, i - 1) || det === 'of')) return false;
  // ("had been in charge", "on request": after a preposition a noun; not "to say", "by saying", "and said")
  if (det !== undefined && PREPOSITIONS.has(det) && !/^(?:to|and|or)$/.test(det) && !k.w.endsWith('ing')) return false;
  // ("treating Mrs. Clinton's remark as a compliment": after an owner's name the word is a noun)
  const owner = toks[i - 1];
  if (owner?.t === 'n' && owner.possessive) return false;
  // ("Finland had been asked to host", "he was told": a passive's subject is who was spoken to)
  if (det !== undefined && /^(?:be|been|being|was|were|is|are)$/.test(det) && /(?:ed|told)$/.test(k.w)) return false;
  const then = toks[i + 1];
  // ("“…,” he went", "she goes: “…”", "went on about “…”": "go" says something before a mark or "on"; "as Ennis went through
  // 14 phases" does not)
  if ((k.w === 'went' || k.w === 'goes' || k.w === 'going') && then?.t === 'w' && then.w !== 'on') return false;
  // ("Kestrel had offered retention bonuses", "offered to resign": an offer of something, no words; "he offered: “…”" is)
  if (k.w.startsWith('offer') && then?.t === 'w') return false;
  // ("state Sen. Karen Ostrowski", "state media": "state" before a title or a name is no verb)
  if (k.w === 'state' && (then?.t === 'n' || then?.t === 'w' && (then.cap || HONORIFIC_WORDS.has(then.w) || GROUP_NOUNS.has(then.w) || ORG_NOUNS.has(then.w)))) return false;
  return true;
}

/**
 * "Dean, a former party chairman, poked at Trump's sniffing, tweeting, "…"": a participle after a
 * comma shares the subject that opens the sentence.
 */
export function participle(r: Reading, lo: number, i: number): Candidate | null {
  const { toks, d } = r;
  // (over an adverb of manner: "…, alternately shouting “Get 'em out of here”")
  const comma = /ly$/.test(wordOf(toks[i - 1]) ?? '') ? i - 2 : i - 1;
  if (!(/ing$/.test(wordOf(toks[i]) ?? '') && isPunct(toks[comma], ','))) return null;
  // ("…, Mr. Manafort said, adding that …": the participle goes on from the verb right before it)
  if (comma - 1 >= lo && speechVerbAt(toks, comma - 1)) {
    const s = subjectLeft(r, lo, comma - 1, 'before', false);
    if (s) return s.entity !== null ? { ...s, pattern: 'participle', weak: true } : null;
  }
  let j = overOpeningConjunctions(toks, lo, i);
  // (past an opening clause or a short fronted phrase with no name: "On Tuesday, Mr. McConnell deflected
  // questions …, saying, “…”"; and over the honorific: "Mr. Cruz seemed to mock …, saying")
  const opener = openingClauseEnd(toks, j, i);
  if (opener !== null) j = opener + 1;
  else {
    let c = j;
    while (c < i && c < j + 6 && !isPunct(toks[c], ',') && toks[c]!.t === 'w') c++;
    if (isPunct(toks[c], ',') && c < i - 2) j = c + 1;
  }
  const opens = j;
  while (j < i && (isWord(toks[j], (w) => HONORIFIC_WORDS.has(w)) || isPunct(toks[j], '.'))) j++;
  // (over the title the people stage read before the name: "Cleveland Police Chief Calvin Williams lobbied …, saying")
  let t = j;
  while (t < i && t < j + 4 && toks[t]!.t === 'w' && (toks[t] as { cap: boolean }).cap && !DETERMINERS.has((toks[t] as { w: string }).w)) t++;
  if (toks[t]?.t === 'n') j = t;
  // ("Sinar Hijau founder and executive chairman Tan Sri Lim Boon Keat, 71, defended …, describing": a name before its role
  // modifies it; the subject is the name the role ends on)
  if (toks[j]?.t === 'n' && isWord(toks[j + 1], isRoleWord)) {
    let k = j + 1;
    while (k < i && k < j + 8 && toks[k]!.t === 'w') k++;
    if (toks[k]?.t === 'n') j = k;
  }
  const s0 = toks[j];
  if (s0?.t === 'n' && !s0.possessive && d.isPerson(s0.entity) && toks[j + 1]?.t !== 'n') return { entity: s0.entity, rule: 'name-before', pattern: 'participle', weak: true };
  // ("He raised the hammer above the head of shopkeeper Sukhwinder Dhillon, 58, shouting", "The elder brother raised …,
  // shouting": a pronoun or a description opens the clause; the participle is theirs, not a name's in the object)
  const head = clauseSubjectHead(toks, opens, i);
  const s = head === null ? null : subjectLeft(r, opens, head + 1, 'before', true);
  return s ? { ...s, pattern: 'participle', weak: true } : null;
}

/** The last word of a subject pronoun or a description ("the elder brother") at toks[j], before a verb in lower case; null if none. */
function clauseSubjectHead(toks: Tok[], j: number, i: number): number | null {
  const verbAfter = (k: number) => k + 1 < i && isWord(toks[k + 1], (w) => !DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !isDescriptorWord(w)) && !(toks[k + 1] as { cap: boolean }).cap;
  if (isWord(toks[j], /^(?:he|she|they)$/)) return verbAfter(j) ? j : null;
  if (!isWord(toks[j], /^(?:the|a|an)$/)) return null;
  // (the head the last of the nouns: "the elder brother")
  for (let k = j + 1; k < j + 5 && k < i && toks[k]!.t === 'w'; k++) if (isDescriptorWord(wordOf(toks[k])!) && !isWord(toks[k + 1], isDescriptorWord)) return verbAfter(k) ? k : null;
  return null;
}

/**
 * "Mr. Trump hardly clarified the matter, treating it as a compliment -- “That makes me smart” --
 * and, when questioned after the debate, asserting, “Of course, I pay federal taxes.”": a
 * participle after an earlier quotation of its sentence, with no name or pronoun between, shares
 * the subject that opens the sentence.
 */
function participlePastQuotation(r: Reading, lo: number, i: number): Candidate | null {
  const from = r.sentences.from[i]!;
  if (from >= lo || r.toks[lo - 1]?.t !== 'q') return null;
  for (let j = lo; j < i; j++) {
    const x = r.toks[j]!;
    if (x.t === 'n' || x.t === 'q' || x.t === 'w' && /^(?:he|she|they|we|i|it)$/.test(x.w)) return null;
  }
  return participle(r, from, i);
}

/**
 * Nothing but the speaker could be the subject of the words between verb and quotation: no other
 * person named (an owner is fine), no pronoun subject, no second speech verb or quotation.
 */
function cleanBetween(r: Reading, from: number, to: number, entity: number): boolean {
  for (let j = from; j < to; j++) {
    const x = r.toks[j]!;
    if (x.t === 'n' && !x.possessive && x.entity !== entity && r.d.isPerson(x.entity)) return false;
    if (x.t === 'w' && (/^(?:he|she|they|we|i)$/.test(x.w) || isSpeechVerb(x.w))) return false;
    if (x.t === 'q') return false;
  }
  return true;
}

/**
 * Who a sentence without a quotation reports speaking: the subject of its last verb of saying, as a quotation's own sentence
 * is read, unless that verb stands in a clause subordinate to what the sentence's opening subject reports ("Räsänen said he had
 * rewritten the scene after the director, Petteri Lahtinen, told him it was too long": Lahtinen's words are part of Räsänen's
 * report). Not past a clause of its own ("Smith said …, and Jones said …"), nor over an attribution that closes the sentence
 * ("Trump told donors that he would not back down, Christie said."). After a question put to someone named, the one asked
 * is who speaks next ("Earhardt then asked Rubio which states he could win").
 */
export function reportedIn(r: Reading, lo: number, hi: number): Local {
  const last = findIn(r, lo, hi, 'before');
  if (!last || last === 'verb' || last.entity === null) return last;
  const { toks } = r;
  // (the sentence opens, after any opening clause, on its subject and verb: "Räsänen said", "She told reporters",
  // "Contacted by this publication, the MFM finance manager confirmed")
  let v = overOpeningConjunctions(toks, (openingClauseEnd(toks, lo, hi) ?? lo - 1) + 1, hi);
  if (toks[v]?.t === 'n' || isWord(toks[v], /^(?:he|she)$/)) v++;
  else if (isWord(toks[v], /^(?:the|a|an)$/)) { const d = v; while (v < d + 5 && v < hi && (toks[v]!.t === 'n' || toks[v]!.t === 'w' && !speechVerbAt(toks, v))) v++; }
  else return last;
  if (isWord(toks[v], (w) => VERB_ADVERBS.includes(w))) v++;
  if (isWord(toks[v], (w) => ASKING_VERBS.includes(w))) {
    const asked = toks[v + 1];
    return asked?.t === 'n' && !asked.possessive && isWord(toks[v + 2], (w) => QUESTION_OPENERS.has(w)) ? { entity: asked.entity, rule: 'name-before', pattern: 'asked', weak: true } : last;
  }
  if (!speechVerbAt(toks, v)) return last;
  let end = hi;
  while (end > v + 1 && !speechVerbAt(toks, end - 1)) end--;
  const lastVerb = end - 1;
  let subordinate = false;
  for (let i = v + 1; i < lastVerb; i++) {
    if (isPunct(toks[i], ';') || isPunct(toks[i], ',') && isWord(toks[i + 1], /^(?:and|but|while|whereas)$/)) return last;
    if (isWord(toks[i], (w) => SUBORDINATORS.has(w) && w !== 'asked' || /^(?:that|which|who|whom)$/.test(w))) subordinate = true;
  }
  // (an attribution that closes the sentence after a comma reports the whole of it)
  const closing = (lastVerb + 1 >= hi || isPunct(toks[lastVerb + 1], '.')) && toks.slice(Math.max(v + 1, lastVerb - 4), lastVerb).some((k) => isPunct(k, ','));
  if (!subordinate || closing) return last;
  const first = findIn(r, lo, v + 1, 'before');
  return first && first !== 'verb' && first.entity !== null && (first.rule === 'name-before' || first.rule === 'pronoun-before' || first.rule === 'descriptor-before' && first.byRole) ? first : last;
}

/** The comma ending an opening "As …" clause when a strong verb of saying follows it before `hi`, else null ("As Smith said, “…”" has none). */
function asClauseEnd(toks: Tok[], lo: number, hi: number): number | null {
  const c = isWord(toks[lo], /^as$/) ? clauseComma(toks, lo, hi) : null;
  if (c === null) return null;
  // (a strong verb: "As Breitbart News reported, … the White House was refusing to call it terrorism: “…”" reports nothing else)
  for (let j = c + 1; j < hi; j++) if (speechVerbAt(toks, j) && !isWeakVerb(wordOf(toks[j])!)) return c;
  return null;
}

/** Look for "according to X" and speech verbs in toks[lo, hi), nearest to the quotation first. */
export function findIn(r: Reading, lo: number, hi: number, side: Side): Local {
  const { toks } = r;
  if (side === 'after') {
    const s = signature(r, lo, hi);
    if (s) return s;
    if (clauseAfter(r, lo, hi)) return null;
  } else {
    // (a document read aloud is its author's: "Coroner Helen Price read a statement from the family: “…”")
    const author = readAloud(r, lo, hi);
    if (author) return author;
  }
  let sawVerb = false;
  // a nearer verb of saying whose subject was not found: a farther verb's subject is less sure
  let passed = false;
  // the verbs of an opening clause are not the quotation's: "Asked whether Lumora would add one, …"
  // (and an "As …," clause whose main clause has a verb of saying of its own: "As the crowd began to chant, Silverman … joked, “…”")
  const openerEnd = side === 'before' ? openingClauseEnd(toks, lo, hi) ?? asClauseEnd(toks, lo, hi) ?? lo : lo;
  const step = side === 'before' ? -1 : 1;
  for (let i = side === 'before' ? hi - 1 : lo; i >= lo && i < hi; i += step) {
    if (toks[i]!.t !== 'w' || i < openerEnd) continue;
    // ("described the apology as “…”, noting that Clarke had maintained …": after "noting that" a clause the sentence's
    // subject reports, whose verbs and subjects are not the quotation's)
    if (side === 'after' && isWord(toks[i], /^that$/) && isWord(toks[i - 1], (w) => w.endsWith('ing') && isSpeechVerb(w))) break;
    const acc = accordingTo(r, i, hi, side);
    if (acc) return acc;
    if (acc === null) continue;
    if (!speechVerbAt(toks, i)) continue;
    // ("He said he had … been assured that the Government had “nothing to hide”": who was told the words did not say them)
    if (side === 'before' && toldInPassive(toks, i, hi)) return 'verb';
    const weak = isWeakVerb(wordOf(toks[i])!);
    if (!weak) sawVerb = true;
    // far: more than a few words between the verb and the quotation ("said on Sunday in a statement that")
    const [from, to] = side === 'before' ? [i + 1, hi] : [lo, i];
    const words = r.words[to]! - r.words[from]!;
    const far = words > (side === 'before' ? 3 : 4);
    let found = subjectLeft(r, lo, i, side, weak) ?? subjectRight(r, i, hi, side, weak);
    // ("Darrell praised Smith, saying “…”": a participle after a comma shares the sentence's subject; the name
    // before the comma is the object of the verb before it)
    if (side === 'before' && found?.entity != null && /^name-(?:comma-)?verb$/.test(found.pattern) && isPunct(toks[i - 1], ',')) found = participle(r, lo, i) ?? found;
    if (!found && side === 'before') found = participle(r, lo, i) ?? participlePastQuotation(r, lo, i);
    // ("“…,” Ybarra read": the words of the document she was said to read out, its author's)
    if (side === 'after' && found?.entity != null && isWord(toks[i], /^(?:read|reads)$/)) found = authorReadBy(r, found.entity) ?? found;
    if (found) {
      const clean = !found.weak && found.entity !== null && cleanBetween(r, from, to, found.entity);
      return { ...found, far, clean, ...(passed ? { weak: true } : {}) };
    }
    if (!weak) passed = true;
  }
  return sawVerb ? 'verb' : null;
}
