// Stage 4 — the subject to the RIGHT of a speech verb: the inverted order of
// news writing ("said Caddell", "said Oilers head coach Ken Hitchcock", "said
// the coach", "said he"). Each way of finding it is a named pattern.

import { isPunct, isWord, sided, wordOf, type Candidate, type Reading, type Side } from './04-candidate';
import { isDescriptorWord } from './04-subject-descriptor';
import { HONORIFIC_WORDS, isRoleWord, modifiesRole, type Tok } from './04-tokens';
import { isSpeechVerb } from './speech-verbs';
import { COMPLEMENT_VERBS, PAST_TENSE, DETERMINERS, INDEFINITE, NOT_ROLE_BEFORE_NAME, OBJECT_PREPOSITIONS, PREPOSITIONS, SUBORDINATORS } from './data/function-words';
import { ORG_NOUNS } from './data/organisations';
import { ROLE_NOUNS } from './data/roles';
import { NAMING_VERBS } from './data/quote-cues';
import { TITLES } from './data/titles';

type Found = Candidate | null;

/** The subject to the right of a verb at toks[v] (within (v, hi)): "said Caddell", "said the coach". */
export function subjectRight(r: Reading, v: number, hi: number, side: Side, weak: boolean): Found {
  const { toks } = r;
  let i = v + 1;
  while (i < hi && isWord(toks[i], /^(?:also|later|then|again|further)$/)) i++;
  if (i >= hi) return null;
  const k = toks[i]!;
  const verb = wordOf(toks[v])!;
  // "Mr. English said of Mr. Cruz": the name after a preposition is who it was said of or to;
  // after "told" it is the listener
  if (isWord(k, (w) => OBJECT_PREPOSITIONS.has(w)) || /^tel/.test(verb) || verb === 'told') return null;
  // ("… and asked the Haryana Chief Secretary to file": a verb coordinated with an earlier one has its subject before it;
  // "had asked Erbil for clarifications": after an auxiliary the verb's subject stands before it too, no inversion;
  // "a penalty that put Winnipeg on the power play": after a relative pronoun too, which is its subject)
  if (isWord(toks[v - 1], /^(?:and|had|has|have|would|will|could|should|did|does|do|that|which|who)$/)) return null;
  // "Asked whether Lumora would add one": a question reported, whose subject is no speaker
  if (isWord(k, /^(?:whether|if|how|why|what|when|where|which|who)$/)) return null;
  // "calling Sen. Karen Ostrowski "…"", "saying Castillo "…"": after a verb that names or a
  // participle, the name is who is described or talked about ("said Smith" is an inversion)
  if (NAMING_VERBS.has(verb) || verb.endsWith('ing')) return null;
  const holder = titleHolder(r, i, hi);
  if (holder !== null) return { entity: holder, rule: sided('name', side), pattern: 'verb-name', weak };
  const named = invertedName(r, i, hi, side, weak);
  if (named !== undefined) return named;
  if (isWord(k, /^(?:he|she)$/)) return invertedPronoun(r, k as Extract<Tok, { t: 'w' }>, side, weak);
  if (k.t === 'w' && DETERMINERS.has(k.w) && k.w !== 'that') return invertedDescriptor(r, i, hi, side, weak);
  return null;
}

/**
 * "said Oilers head coach Ken Hitchcock", "says Dr. Matthew Bowes", "says Campbell's partner, Jason
 * Louth": the first person named within a few words after the verb (an organisation if it opens them).
 * Undefined when no name stands there; null when the name is no speaker ("said Bellandi had …").
 */
function invertedName(r: Reading, i: number, hi: number, side: Side, weak: boolean): Found | undefined {
  const { toks, d } = r;
  let org: number | null = null;
  let plain = 0; // lower-case words passed: allowed only when a role noun follows ("said union leader Tom Brown")
  for (let j = i; j < hi && j < i + 10; j++) {
    const x = toks[j]!;
    if (x.t === 'n') {
      // "said a Mexican official", "said the White House spokesman": the name modifies the descriptor
      const det = toks[j - 1], head = toks[j + 1];
      if (isWord(det, (w) => DETERMINERS.has(w)) && isWord(head, isRoleWord)) continue;
      // ("said Bellandi had closed the door": the subject of what was said, not the speaker)
      // (or a verb in the past tense, with no verb of saying after it to make the name the speaker: "says Skerrivale
      // received “…”"; not "said Reid quieted the chatter, telling his colleagues, “…”")
      if (isWord(toks[j + 1], COMPLEMENT_VERBS) || verbAfterAppositive(toks, j, hi)) return null;
      if (isWord(toks[j + 1], PAST_TENSE) && !toks.slice(j + 2, hi).some((y) => y.t === 'w' && isSpeechVerb(y.w))) return null;
      // ("added Latin hits including …": a name before a plural noun modifies it, no one inverted after the verb)
      if (j === i && isWord(toks[j + 1], (w) => /^[a-z]{3,}s$/.test(w) && !/^(?:is|was|has|does|says|always|perhaps|thus|plus|this|less|unless|whereas|across|besides|afterwards|sometimes)$/.test(w) && !isSpeechVerb(w))) return null;
      if (d.isPerson(x.entity) && !x.possessive && !modifiesRole(toks, j, hi)) return { entity: x.entity, rule: sided('name', side), pattern: 'verb-name', weak };
      if (!x.possessive) org ??= x.entity;
      continue;
    }
    // "says Campbell's partner, Jason Louth": an appositive name after a role noun
    // (over a title: "said Scott's niece, state Del. Marcia Price")
    const prev = toks[j - 1];
    let named = j + 1;
    while (named < hi && named <= j + 4 && (isWord(toks[named], (w) => TITLES.has(w) || HONORIFIC_WORDS.has(w)) || isPunct(toks[named], '.'))) named++;
    if (isPunct(x, ',') && isWord(prev, isRoleWord) && toks[named]?.t === 'n') { j = named - 1; continue; }
    // ("said deputy commissioner of police (DCP, Noida) Ankita Sharma": over the office's letters in brackets)
    const closing = isPunct(x, '(') ? bracketedLettersEnd(toks, j, hi) : -1;
    if (closing > 0) { j = closing; continue; }
    // ("said 9/11 widow Terry Strada": a slash between numbers is part of the role's words)
    const numberSlash = isPunct(x, '/') && isWord(prev, /^\d+$/) && isWord(toks[j + 1], /^\d+$/);
    if (x.t === 'p' && x.p !== '.' && x.p !== '-' && x.p !== "'" && !numberSlash) break;
    if (x.t === 'q') break;
    if (!rolePhraseGoesOn(toks, j, i, hi, () => ++plain)) break;
  }
  if (org !== null && toks[i]!.t === 'n') return { entity: org, rule: sided('name', side), pattern: 'verb-organisation', weak };
  return undefined;
}

/**
 * "said the Minister of Health, John Smith,", "said the Secretary of State for Arts and Culture, Mário Ximenes
 * da Costa,": "the", a capitalised title and its portfolio, then the holder's name set off by a comma. The
 * person named there, else null (the portfolio's words may be read as names: "Arts").
 */
function titleHolder(r: Reading, i: number, hi: number): number | null {
  const { toks, d } = r;
  const title = toks[i + 1];
  if (!isWord(toks[i], /^the$/) || title?.t !== 'w' || !title.cap || !TITLES.has(title.w)) return null;
  for (let j = i + 2; j < hi && j < i + 12; j++) {
    const x = toks[j]!;
    if (isPunct(x, ',')) {
      const name = toks[j + 1];
      const after = toks[j + 2];
      return name?.t === 'n' && d.isPerson(name.entity) && !name.possessive && (after === undefined || j + 2 >= hi || isPunct(after, ',') || isPunct(after, '.')) ? name.entity : null;
    }
    // (the portfolio: capitalised words, names among them, joined by "of", "for", "and", "the")
    if (!(x.t === 'n' || x.t === 'w' && (x.cap || /^(?:of|for|and|the)$/.test(x.w)))) return null;
  }
  return null;
}

/**
 * May the words after the verb still lead to the name at toks[j]? A lower-case noun right before
 * the name is its role ("says architect Lorena Paz Akin"); other plain words only when a role noun
 * follows within a few words, and at most three of them.
 */
function rolePhraseGoesOn(toks: Tok[], j: number, i: number, hi: number, countPlain: () => number): boolean {
  const x = toks[j]!;
  if (x.t !== 'w') return true;
  if (!x.cap && j <= i + 2 && toks[j + 1]?.t === 'n' && !NOT_ROLE_BEFORE_NAME.test(x.w)) return true;
  if (x.cap || isRoleWord(x.w) || TITLES.has(x.w) || /^(?:and|of|the|a|an|for|at)$/.test(x.w)) return true;
  // ("said LTA head of women’s tennis Rachel Okafor": the words of what a role is head of, up to the name)
  if (roleOfBefore(toks, i, j) && [1, 2, 3].some((n) => toks[j + n]?.t === 'n' && toks.slice(j + 1, j + n).every((y) => y.t === 'w' && !y.cap))) return true;
  if (countPlain() > 3) return false;
  // ("said deputy commissioner of police (DCP) Ankita Sharma": the office's letters in brackets end its words)
  if (isPunct(toks[j + 1], '(') && bracketedLettersEnd(toks, j + 1, hi) > 0) return true;
  for (let l = j + 1; l < hi && l <= j + 4; l++) {
    const y = toks[l]!;
    if (isPunct(y, '/') && isWord(toks[l - 1], /^\d+$/)) continue; // ("9/11 widow")
    if (y.t !== 'w') break;
    if (isRoleWord(y.w) || TITLES.has(y.w)) return true;
  }
  return false;
}

/** The index of the ")" closing letters in brackets opened at toks[j] ("(DCP)", "(DCP, Noida)"), else -1. */
function bracketedLettersEnd(toks: Tok[], j: number, hi: number): number {
  for (let l = j + 1; l < hi && l <= j + 5; l++) {
    const y = toks[l]!;
    if (isPunct(y, ')')) return l > j + 1 ? l : -1;
    if (!(y.t === 'n' || y.t === 'w' && y.cap || isPunct(y, ','))) return -1;
  }
  return -1;
}

/** A role word and "of" stand between toks[i] and toks[j] ("head of …"). */
function roleOfBefore(toks: Tok[], i: number, j: number): boolean {
  for (let l = i + 1; l < j; l++) if (isWord(toks[l], /^of$/) && isWord(toks[l - 1], isRoleWord)) return true;
  return false;
}

/** "…," said he / "…," she said later: a pronoun after the verb. */
function invertedPronoun(r: Reading, k: Extract<Tok, { t: 'w' }>, side: Side, weak: boolean): Found {
  const pr = r.d.pronounSpeaker(k.w, r.para, k.start);
  const u = r.d.unnamedInFocus(k.w, r.para, k.start, pr);
  if (u) return { entity: null, rule: sided('pronoun', side), pattern: 'verb-pronoun', weak, unnamed: u.span };
  return { entity: pr ?? null, rule: sided('pronoun', side), pattern: 'verb-pronoun', weak, pronounAt: k.start };
}

/** "said the coach", "said a local resident": a determiner and a descriptor after the verb. */
function invertedDescriptor(r: Reading, i: number, hi: number, side: Side, weak: boolean): Found {
  const { toks, d } = r;
  const k = toks[i] as Extract<Tok, { t: 'w' }>;
  for (let j = i + 1; j < hi && j < i + 5; j++) {
    const x = toks[j]!;
    if (x.t === 'n' && !x.possessive) continue; // "a Mexican official"
    if (x.t !== 'w') break;
    if (!isDescriptorWord(x.w)) continue;
    if (isWord(toks[j + 1], (w) => isRoleWord(w) || ORG_NOUNS.has(w))) continue;
    // ("reflected a broader recovery": a word that is a descriptor only by its ending, before a noun of its own, is an adjective)
    if (!ROLE_NOUNS.has(x.w) && isWord(toks[j + 1], (w) => !PREPOSITIONS.has(w) && !SUBORDINATORS.has(w) && !/^(?:who|that|which|whose|and|or|but)$/.test(w) && !isSpeechVerb(w) && !COMPLEMENT_VERBS.test(w)) && !(toks[j + 1] as { cap: boolean }).cap) continue;
    // ("but said the board had “complete confidence”": the subject of what was said, not who said it, as after a name)
    if (isWord(toks[j + 1], COMPLEMENT_VERBS)) return null;
    const unnamed: [number, number] = [k.start, x.end];
    const named = nameInApposition(r, j, hi);
    if (named !== null) return { entity: named, rule: sided('descriptor', side), pattern: 'verb-descriptor', weak };
    if (INDEFINITE.test(k.w)) return { entity: null, rule: sided('descriptor', side), pattern: 'unnamed-verb', weak, unnamed };
    return { ...d.described(x.w, r.para, x.start, unnamed), rule: sided('descriptor', side), pattern: 'verb-descriptor', weak };
  }
  return null;
}

/**
 * "according to the chief arbiter of the tournament, International Arbiter Kamran Huseynli,", "said the
 * union's leader, Tom Brown": the person the description at toks[j] is set off with, named after its comma.
 */
function nameInApposition(r: Reading, j: number, hi: number): number | null {
  const { toks, d } = r;
  for (let l = j + 1; l < hi && l < j + 10; l++) {
    const x = toks[l]!;
    if (x.t === 'q' || x.t === 'n' || x.t === 'p' && x.p !== ',') return null;
    if (!isPunct(x, ',')) continue;
    let n = l + 1;
    while (n < hi && n < l + 4 && toks[n]!.t === 'w' && (toks[n] as { cap: boolean }).cap) n++;
    const name = toks[n];
    return name?.t === 'n' && !name.possessive && d.isPerson(name.entity) && (isPunct(toks[n + 1], ',') || n + 1 >= hi) ? name.entity : null;
  }
  return null;
}

/**
 * "said Saaz, a fine aroma variety with little tolerance for heat, was “…”": the name at toks[j], an
 * appositive set off by commas, then a verb: the subject of what was said, not who said it.
 */
function verbAfterAppositive(toks: Tok[], j: number, hi: number): boolean {
  if (!isPunct(toks[j + 1], ',') || !isWord(toks[j + 2], (w) => DETERMINERS.has(w))) return false;
  for (let l = j + 3; l < hi && l < j + 24; l++) {
    const x = toks[l]!;
    if (x.t === 'q' || isPunct(x, '.')) return false;
    if (isPunct(x, ',')) return isWord(toks[l + 1], COMPLEMENT_VERBS);
  }
  return false;
}
