// Stage 4 — partial-subject, a context rule (04-rules-context): "Pilon called the conclusion “bold”" is the sentence's
// subject's; not a listener's or an object's ("told Structures Today that … “routinely deferred”"), nor a name that modifies
// a preposition's object ("The former bookkeeper for a shuttered Hermantown boat dealership told jurors …"); a passive's agent
// ("was described by one villager as “…”"); the partner of a quotation joined by "and".

import { isPunct, isWord, type Candidate } from './04-candidate';
import type { Turn } from './04-rules-context';
import { isRoleWord, openingClauseEnd, openingPhraseEnd, toldInPassive, type Tok } from './04-tokens';
import { COMPLEMENT_VERBS, DETERMINERS, PREPOSITIONS } from './data/function-words';
import { ORG_NOUNS } from './data/organisations';
import { GROUP_NOUNS } from './data/roles';
import { isSpeechVerb } from './speech-verbs';

/** How far into a sentence its subject is looked for, in tokens (bounded: a paragraph that is one long sentence stays linear). */
export const SUBJECT_REACH = 80;

/**
 * "Trump endured a lecture from the Mexican president, who said that NAFTA has been good for “…”": between the
 * subject at toks[s] and the quotation, someone else's relative clause says it ("X, who said", "according to the
 * Fire Department, which said"; not the subject's own).
 */
function saidByOther(t: Turn, s: number): boolean {
  const { toks } = t.r;
  // ("… to challenge the Transport Ministry over the cuts, with one National Alliance deputy calling the proposal “…”": the
  // subject of an absolute clause after "with" said it)
  for (let j = s + 1; j < t.qi; j++) {
    if (!isWord(toks[j], /^with$/) || !isPunct(toks[j - 1], ',')) continue;
    for (let v = j + 2; v <= j + 6 && v < t.qi; v++) if (isWord(toks[v], (w) => w.endsWith('ing') && isSpeechVerb(w))) return true;
  }
  for (let j = s + 2; j < t.qi; j++) {
    if (!isWord(toks[j], /^(?:who|which)$/) || toks[j - 2]?.t === 'n' && j - 2 === s) continue;
    for (let v = j + 1; v <= j + 2 && v < t.qi; v++) if (toks[v]!.t === 'w' && isSpeechVerb((toks[v] as { w: string }).w)) return true;
  }
  // ("… amid protest by the opposition, whose members … staged a walkout, calling the legislation an “…”": the relative
  // clause of someone else, and its verb of saying, hold the words)
  for (let j = s + 2; j < t.qi; j++) {
    if (!isWord(toks[j], /^whose$/) || !isPunct(toks[j - 1], ',')) continue;
    for (let v = j + 2; v < t.qi; v++) if (isWord(toks[v], isSpeechVerb)) return true;
  }
  return false;
}

/**
 * The comma that ends a prepositional phrase opening the sentence at toks[from], names included ("In a statement published
 * on the JSE's Stock Exchange News Service on Tuesday,"), before `to`; null where a verb of saying comes first.
 */
function openingPhraseWithNamesEnd(toks: readonly Tok[], from: number, to: number): number | null {
  // (after a conjunction too: "And after the Supreme Court refused to reinstate the law, Gov. Pat McCrory blamed")
  const start = isWord(toks[from], /^(?:and|but)$/) ? from + 1 : from;
  if (!isWord(toks[start], (w) => PREPOSITIONS.has(w) && w !== 'and' && w !== 'or')) return null;
  for (let c = start + 1; c < to && c <= start + 20; c++) {
    const k = toks[c]!;
    if (k.t === 'p') return k.p === ',' && c < to - 1 ? c : null;
    if (k.t === 'w' && isSpeechVerb(k.w)) return null;
  }
  return null;
}

/** Only "and", "or" or a comma between the quotations at toks[a] and toks[b]. */
function pairedWithPrevious(toks: readonly Tok[], a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false;
  for (let j = a + 1; j < b; j++) if (!(isWord(toks[j], /^(?:and|or)$/) || isPunct(toks[j], ','))) return false;
  return true;
}

/** Verbs of a finding, before "that": a tribunal's, an inquiry's, a court's. */
const FINDING_VERBS = /^(?:found|finds|ruled|rules|concluded|concludes|determined|determines|held|holds|decided|decides)$/;

/** A sentence opening on a description ("The tournament said …"), not on a name or a pronoun. */
const DESCRIPTION_START = /^(?:the|a|an|its|their|one|another)$/;

/**
 * "Pilon called the conclusion “bold”": the sentence's subject said a partial quotation ("Doug
 * Purdy, who lost 16 lbs. “and two belt loops”, says …"), not a listener or an object ("told
 * Structures Today that … “routinely deferred”"), nor the subject of what a description said
 * ("The tournament said in a statement that Osorio had been “advised …”": someone unnamed said it).
 */
export function partialSubject(t: Turn): Candidate | null {
  if (t.q.kind !== 'partial') return null;
  // ("which described Bourne as “remorseful” and “willing to engage”": a partial quotation joined by "and" to the one before
  // has its speaker)
  const paired = t.n > 0 ? t.local[t.n - 1] : null;
  if (paired && paired !== 'verb' && pairedWithPrevious(t.r.toks, t.qPositions[t.n - 1]!, t.qi)) return paired;
  const agent = passiveAgent(t);
  if (agent) return agent;
  const { toks, d, sentences, para } = t.r;
  // (where the subject stands: the sentence's start, or after its opening clause or phrase, "In an emailed statement, a spokesperson …")
  const from = sentences.from[t.qi]!, opener = openingClauseEnd(toks, from, t.qi) ?? openingPhraseEnd(toks, from, t.qi);
  if (toldInPassive(toks, from, t.qi)) return null;
  const subjectStart = opener === null ? from : opener + 1;
  // (names in an opening prepositional phrase are its objects: "In a trading statement published on the JSE's Stock
  // Exchange News Service on Tuesday, the company said")
  const namedOpener = opener === null ? openingPhraseWithNamesEnd(toks, from, t.qi) : null;
  for (let j = namedOpener === null ? from : namedOpener + 1, end = Math.min(t.qi, j + SUBJECT_REACH); j < end; j++) {
    const k = toks[j]!;
    // ("One EU diplomat … said": a name before a role noun modifies the description that is the subject; an acronym in
    // brackets is none either: "Kuomintang (KMT) Legislator Chen Yu-ting accused …", "for the Department for … (Defra) said")
    if (k.t === 'n' && (isWord(toks[j + 1], isRoleWord) || isPunct(toks[j - 1], '(') && isPunct(toks[j + 1], ')'))) continue;
    // ("AN EXPERIENCED fell walker who had climbed Helvellyn “more than 60 times” died": a description whose relative
    // clause names someone is the subject, no one named)
    if (isWord(k, /^who$/) && toks[j - 1]?.t === 'w' && !isWord(toks[j - 1], /^(?:said|says|and|but|so)$/)) return null;
    // (a preposition's object, over its article or an owner, is none: "sent to the Jakarta Globe, SLN said"; "posed as CBI"; "for Ontario’s Ministry")
    const objectOf = isWord(toks[j - 1], (w) => PREPOSITIONS.has(w) || /^(?:told|tells|telling|tell|as)$/.test(w)) ||
      (isWord(toks[j - 1], /^(?:the|a|an|\S+['’]s)$/) || toks[j - 1]?.t === 'n' && (toks[j - 1] as { possessive: boolean }).possessive) && isWord(toks[j - 2], (w) => PREPOSITIONS.has(w) && w !== 'and' && w !== 'or') ||
      k.t === 'n' && !(d.isPerson(k.entity) && d.solid(k.entity)) && modifiesObject(toks, j);
    if (k.t === 'n' && !k.possessive && !objectOf) {
      // ("The stewards handed Whitlock a penalty, ruling that he had “…”": a group and its verb before the name make it an object;
      // the group, unnamed, used the words)
      const det = toks[subjectStart], noun = toks[subjectStart + 1], verb = toks[subjectStart + 2];
      if (j > subjectStart + 2 && isWord(det, /^the$/) && noun?.t === 'w' && !noun.cap && /[^s]s$/.test(noun.w) && !ORG_NOUNS.has(noun.w) && isWord(verb, /^[a-z]{3,}ed$/)) {
        return { entity: null, unnamed: [det!.start, noun.end], rule: 'subject', pattern: 'partial-subject', weak: true };
      }
      return saidByOther(t, j) ? null : { entity: k.entity, rule: 'subject', pattern: 'partial-subject', weak: true };
    }
    // ("A doctor on the ward, requesting anonymity as he is not authorised …, said": a "he" after someone new and unnamed is them)
    if (isWord(k, /^(?:he|she)$/)) {
      if (j > subjectStart && isWord(toks[subjectStart], /^(?:a|an|one|another)$/)) return { entity: null, rule: 'subject', pattern: 'partial-subject', weak: true };
      return { entity: d.pronounSpeaker((k as { w: string }).w, para, k.start) ?? null, rule: 'subject', pattern: 'partial-subject', weak: true };
    }
    // (or found: "A medical practitioners tribunal found that Andrew Pelham had put patients at risk by approving requests “on the
    // basis of a questionnaire alone”": the words of the finding, the tribunal's)
    if (k.t === 'w' && j > subjectStart && (isSpeechVerb(k.w) || FINDING_VERBS.test(k.w) && isWord(toks[j + 1], /^that$/)) && isWord(toks[subjectStart], DESCRIPTION_START)) {
      // ("The guild rejected that characterisation, saying in a statement that …": the organisation the description names, where
      // a verb follows its noun; not "the school management said", whose noun is "management")
      const head = toks[subjectStart + 1];
      const verbAfter = isWord(toks[subjectStart + 2], (w) => /(?:ed|s)$/.test(w) || COMPLEMENT_VERBS.test(w) || isSpeechVerb(w));
      if (isWord(toks[subjectStart], /^the$/) && isWord(head, (w) => ORG_NOUNS.has(w) && !GROUP_NOUNS.has(w)) && verbAfter) {
        const h = head as { w: string; start: number; end: number };
        const found = d.described(h.w, para, h.start, [toks[subjectStart]!.start, h.end]);
        if (found.entity !== null) return { entity: found.entity, rule: 'subject', pattern: 'partial-subject', weak: true };
      }
      return { entity: null, rule: 'subject', pattern: 'partial-subject', weak: true };
    }
  }
  return null;
}

/**
 * The name at toks[j] modifies a noun a preposition governs, over its article and words in lower case: "The former bookkeeper
 * for a shuttered Hermantown boat and snowmobile dealership told jurors …" (a place in the object, no subject; someone the article
 * surely names as a person there opens a clause: "At one point Vanderlinden cut off …").
 */
function modifiesObject(toks: Tok[], j: number): boolean {
  let m = j - 1;
  while (m > j - 4 && toks[m]?.t === 'w' && !(toks[m] as { cap: boolean }).cap && !PREPOSITIONS.has((toks[m] as { w: string }).w) && !/^(?:that|which|who|when|where|while)$/.test((toks[m] as { w: string }).w)) m--;
  // (the noun it modifies after it, in lower case; not an agent's "by")
  const next = toks[j + 1];
  return m < j - 2 && isWord(toks[m], (w) => PREPOSITIONS.has(w) && !/^(?:and|or|by)$/.test(w)) && isWord(toks[m + 1], (w) => DETERMINERS.has(w)) &&
    next?.t === 'w' && !next.cap && !PREPOSITIONS.has(next.w) && !DETERMINERS.has(next.w) && !isSpeechVerb(next.w) && !/^(?:that|who|which|is|was|has|had)$/.test(next.w);
}

/** Participles whose agent, after "by", is who used the words: "was described by one villager as “…”". */
const PASSIVE_OF_SAYING = /^(?:described|called|dubbed|branded|labelled|labeled|hailed|characteri[sz]ed|portrayed|praised|critici[sz]ed|condemned|denounced)$/;

/** The determiners a passive's agent may open on: "by one villager", "by his family". */
const AGENT_START = /^(?:the|a|an|its|their|one|another|his|her|my|our)$/;

/**
 * "was described by one villager as “…”", "was described by his family as a man who “…”": the agent between "by" and "as",
 * named or not, is the subject of the words (the "as" up to five words before the quotation, in its clause).
 */
function passiveAgent(t: Turn): Candidate | null {
  const { toks } = t.r;
  let as = t.qi - 1;
  while (as > t.qi - 6 && as > 0 && !isWord(toks[as], /^as$/) && toks[as]!.t === 'w') as--;
  if (!isWord(toks[as], /^as$/)) return null;
  for (let by = as - 2; by >= Math.max(1, as - 6); by--) {
    const k = toks[by]!;
    if (k.t === 'q' || k.t === 'p') return null;
    if (!isWord(k, /^by$/) || !isWord(toks[by - 1], PASSIVE_OF_SAYING)) continue;
    const agent = toks[by + 1]!;
    if (agent.t === 'n' && by + 2 === as) return { entity: agent.entity, rule: 'subject', pattern: 'partial-subject', weak: true };
    if (!isWord(agent, AGENT_START)) return null;
    return { entity: null, unnamed: [agent.start, toks[as - 1]!.end], rule: 'subject', pattern: 'partial-subject', weak: true };
  }
  return null;
}
