// Stage 4 — attribute: name who said each quotation. Each paragraph is read
// as tokens (words, names, quotations); a speech verb next to a quotation
// names its speaker to the verb's left ("Peskov said") or right ("said
// Peskov"); pronouns and descriptors resolve to the person in focus; quotes
// with no attribution of their own take their paragraph's or the last speaker.

import type { Doc } from './01-normalise';
import type { Quotation } from './02-quotations';
import { namesItsSpeaker, type People } from './03-people';
import { asFor, endsSentence, HONORIFIC_WORDS, headGender, isRoleWord, modifiesRole, openingClauseEnd, subjectSlot, tokenise, type Tok } from './04-tokens';
import {
  COMPLEMENT_VERBS, DETERMINERS, DOCUMENT_NOUNS, INDEFINITE, NOT_ROLE_BEFORE_NAME, OBJECT_PREPOSITIONS, PARTICIPLE_OPENERS, PREPOSITIONS,
  SKIPPABLE_BEFORE_VERB, SUBORDINATOR_ADVERBS, SUBORDINATORS,
} from './data/function-words';
import { SUBJECT_PRONOUNS } from './data/pronouns';
import { GROUP_NOUNS, RELATIONS, ROLE_NOUNS } from './data/roles';
import { NEWS_OUTLET, ORG_NOUNS } from './data/organisations';
import { NAMING_VERBS } from './data/quote-cues';
import { TITLES } from './data/titles';
import { isSpeechVerb, isWeakVerb } from './speech-verbs';

export type Rule =
  | 'name-after' | 'name-before' | 'pronoun-after' | 'pronoun-before' | 'descriptor-after'
  | 'descriptor-before' | 'according-to' | 'paragraph' | 'colon-intro' | 'continues' | 'subject'
  | 'elliptical' | 'coordinated' | 'carry' | 'reported' | 'none';

export interface Attributed {
  quote: number;
  /** Index into People.entities, or null when the speaker is unnamed or unknown. */
  entity: number | null;
  rule: Rule;
  /** The verb was weak ("called", "described") or the subject was found past an appositive. */
  weak: boolean;
  /** Several words stand between the speech verb and the quotation. */
  far: boolean;
  /**
   * Nothing but the speaker could be the subject of the words between the speech verb and
   * the quotation: no other person named (except as an owner, "Trump's plan"), no
   * pronoun subject, no second speech verb ("Graham told NBC that Trump's plan was "…"").
   */
  clean: boolean;
  /** The speaker is the one of the previous quotation, in this or the previous paragraph. */
  chain: boolean;
  /** The sentence that attributes the quotation. */
  sentenceStart: number;
  sentenceEnd: number;
  /**
   * Other people who could have said it: for a named speaker, other people named
   * in the attributing sentence; for an inherited one (pronoun, paragraph, carry),
   * other people named since the speaker was last named or quoted.
   */
  rivals: number;
  /** Paragraphs back to where the speaker was last named or quoted (0: this one). */
  distance: number;
  /** Words between the previous quotation of the paragraph and this one (-1: none before it). */
  gap: number;
  /** The quotation opens a sentence of its own right after "X said," or "X said:" ("Trump tweeted, "Putin & I …""). */
  intro: boolean;
  /** The writer quotes themself or someone to them ("…," I said): not a quotation for a quiz. */
  narrator: boolean;
  /** The quotation whose speaker this one inherits (paragraph, carry, continuation), if any. */
  from: number | null;
  /** With no entity: how the article describes a speaker it does not name ("protesters", "a citizen"). */
  unnamed: string | null;
  /** A description named the speaker by a role the article gave them ("the health secretary"). */
  byRole: boolean;
  /**
   * Someone else the article names could be the speaker: a pronoun with someone else of the same
   * gender named before it in its sentence ("Flynn said Trump was "absolutely right" when he said,
   * "…""), a surname alone that two people share ("Dr. Abernathy" with two Dr. Abernathys), or a
   * quotation that talks of the speaker found in the third person ("Tyler talked the most," he said).
   */
  ambiguous: boolean;
}

/** Descriptions too general to name the same person each time. */
const GENERIC_HEADS = /^(?:man|woman|boy|girl|person|child|kid|resident|official|source|member|\d+-year-old)$/;

/** After a description: the person will not be named ("the woman, who did not want to be named"). */
const ANONYMOUS_AFTER = /^,?\s+who\s+(?:did not|didn't|declined|asked|refused|requested|would not|wouldn't|spoke on condition|was not authori[sz]ed)\b/;

/** Back from toks[from] to the nearest comma; stops at a quotation, at `limit` or below `lo` (callers check which). */
function commaBefore(toks: Tok[], from: number, lo: number, limit: number): number {
  let j = from;
  while (j >= lo && j > limit && !(toks[j]!.t === 'p' && (toks[j] as { p: string }).p === ',') && toks[j]!.t !== 'q') j--;
  return j;
}

/** The rule of a kind found on one side of the quotation: "name-after", "pronoun-before". */
const sided = (kind: 'name' | 'pronoun' | 'descriptor', side: 'after' | 'before'): Rule => `${kind}-${side}`;

export function attribute(doc: Doc, quotes: Quotation[], people: People): Attributed[] {
  const result: Attributed[] = quotes.map((_, i) => ({ quote: i, entity: null, rule: 'none' as Rule, weak: false, far: false, clean: false, chain: false, sentenceStart: 0, sentenceEnd: 0, rivals: 0, distance: 0, gap: -1, from: null, intro: false, narrator: false, unnamed: null, byRole: false, ambiguous: false }));
  // Focus history: person mentions in reading order with their sentence number.
  const history: { entity: number; start: number; sentence: number; possessive: boolean; firstInSentence: boolean; firstInClause: boolean; para: number; afterSub: boolean; participle: boolean; others?: number[] }[] = [];
  let lastSpeaker: { entity: number; para: number; quote?: number } | null = null;
  let lastWasReported = false; // the last speaker spoke in reported speech, not in quote marks
  let sentenceNo = 0;
  let colonSpeaker: number | null = null; // a paragraph that ended "Smith continued:" with no quotation
  const genderOf = (e: number) => people.entities[e]!.gender;
  const isPerson = (e: number) => people.entities[e]!.person.kind === 'person';

  const spokeByName = new Set<number>(); // entities attributed by name: known to be people who speak
  const focus = (gender: 'm' | 'f' | undefined, para: number, wantOrg: boolean, at: number, exclude: number | null = null): number | null => {
    // Nearest sentence first. A candidate is strong when something says it is a
    // person of that gender (first name, honorific, an earlier "she said"), has a
    // role, or has been quoted by name; capitalised names with no such evidence
    // ("Starlight Tours") are only a fallback. In a sentence: the last speaker,
    // else the first name in the main clause (not possessive, not in "When …,").
    let fallback: number | null = null;
    let i = history.length - 1;
    // only what the reader has seen: the history holds the whole paragraph, read ahead
    if (i >= 0 && history[i]!.start >= at) {
      let lo = 0, hi = i; // binary search: the last mention before `at`
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (history[mid]!.start < at) lo = mid; else hi = mid - 1; }
      i = history[lo]!.start < at ? lo : -1;
    }
    while (i >= 0) {
      const sentence = history[i]!.sentence;
      // past three paragraphs back, only someone surely of that gender or quoted by name
      const extended = para - history[i]!.para > 3;
      if (extended && (fallback !== null || para - history[i]!.para > 8)) break;
      const cands: typeof history = [];
      // (a sentence whose subject is "he" names its other men as objects: "He broke Kovač twice")
      if (!wantOrg && (describedSentences.has(sentence) || gender && pronounSubjects.get(sentence) === gender)) { while (i >= 0 && history[i]!.sentence === sentence) i--; continue; }
      for (; i >= 0 && history[i]!.sentence === sentence; i--) {
        const h = history[i]!;
        const e = people.entities[h.entity]!;
        if (wantOrg ? isPerson(h.entity) : !isPerson(h.entity) || !e.solid) continue;
        if (h.participle || h.entity === exclude) continue;
        const g = genderOf(h.entity);
        if (gender && g && g !== gender) {
          // ("Okafor is at work on a novel … she says": a shared surname given to her father is, for "she", her)
          const alt = h.others?.find((o) => !genderOf(o) || genderOf(o) === gender);
          if (alt !== undefined) cands.unshift({ ...h, entity: alt });
          continue;
        }
        cands.unshift(h);
      }
      if (cands.length === 0) continue;
      const strong = (c: (typeof history)[number]) => wantOrg || (!!gender && genderOf(c.entity) === gender) ||
        spokeByName.has(c.entity) || !!people.entities[c.entity]!.person.role;
      if (extended) {
        const sure = cands.find((c) => !c.possessive && ((!!gender && genderOf(c.entity) === gender) || spokeByName.has(c.entity)));
        if (sure) return sure.entity;
        continue;
      }
      // (not as an owner: "Ortega's brother, Ramon Ortega, spoke" is about Ramon)
      // (the last to speak: who this paragraph reported speaking before `at` — "Claire Holt said
      // Maisie had been practising" — else the last speaker before it)
      // (or quoted by name earlier in this paragraph: "McBride said the plan would 'pull the rug'. '…,' she said")
      let speaker = lastSpeaker?.entity;
      let since = -1;
      for (const said of [paraReported, paraQuoted]) {
        for (let r = said.length - 1; r >= 0; r--) {
          if (said[r]!.start >= at) continue;
          if (said[r]!.start > since) { since = said[r]!.start; speaker = said[r]!.entity; }
          break;
        }
      }
      if (speaker !== undefined && cands.some((c) => c.entity === speaker && !c.possessive && !c.afterSub)) return speaker;
      const main = cands.filter((c) => !c.possessive && !c.afterSub);
      // The sentence's subject (its first name in the main clause) when it is surely a person.
      const subj = main[0];
      // (only in the nearest sentence that names someone: past it, only a strong candidate beats that one)
      if (fallback === null && subj && subj.firstInClause && (wantOrg || people.entities[subj.entity]!.solid)) return subj.entity;
      // (the subject of an earlier sentence who is also the nearer sentence's only candidate)
      if (subj && subj.firstInClause && subj.entity === fallback) return fallback;
      const best = main.find(strong) ?? (main.length === 0 ? cands.find(strong) : undefined);
      if (best) return best.entity;
      fallback ??= (main[0] ?? cands[0]!).entity;
    }
    return fallback;
  };

  const pronounSpeaker = (w: string, para: number, at: number, exclude: number | null = null): number | null | undefined => {
    const kind = SUBJECT_PRONOUNS[w];
    if (!kind) return undefined;
    if (kind === 'm' || kind === 'f') {
      const e = focus(kind, para, false, at, exclude);
      if (e !== null && !genderOf(e)) people.entities[e]!.gender = kind;
      return e;
    }
    if (kind === 'it') return focus(undefined, para, true, at);
    return null; // they / I / we: no single named speaker
  };

  /** The person the article gave this role, relation ("her daughter") or age ("the 58-year-old"), most recently mentioned first. */
  const roleHolder = (head: string, at: number): number | null => {
    // ("the teenager" again: whom the article already called so)
    const called = describedAs.get(head);
    if (called !== undefined) return called;
    const age = /^(\d{1,3})-year-old$/.exec(head)?.[1];
    for (let i = history.length - 1, n = 0; i >= 0 && n < 300; i--, n++) { // bounded: linear in the article
      if (history[i]!.start >= at) continue;
      const e = people.entities[history[i]!.entity]!;
      if (e.person.kind === 'person' && (e.person.role?.toLowerCase().split(/\s+/).includes(head) || e.relation === head || age !== undefined && e.age === Number(age))) return history[i]!.entity;
    }
    return null;
  };

  /**
   * Who a description names: nobody for a group ("police"); the organisation in focus for "the
   * ministry"; the person the article gave that role ("the health secretary", byRole); else the
   * person in focus. With nobody, the description itself (unnamed).
   */
  const described = (head: string, para: number, at: number, unnamed: [number, number]): { entity: number | null; byRole?: boolean; unnamed?: [number, number] } => {
    if (GROUP_NOUNS.has(head)) return { entity: null, unnamed };
    const org = ORG_NOUNS.has(head);
    const holder = org ? null : roleHolder(head, at);
    if (holder !== null) return { entity: holder, byRole: true };
    if (!org) {
      // "said the woman, who did not want to be named": someone the article will not name
      if (ANONYMOUS_AFTER.test(doc.text.slice(unnamed[1], unnamed[1] + 60))) return { entity: null, unnamed };
      // "A Western diplomat … the diplomat said": the person introduced unnamed with that noun
      for (let i = unnamedSubjects.length - 1; i >= 0; i--) {
        const u = unnamedSubjects[i]!;
        if (para - u.para > 3) break;
        if (u.at < at && /(\p{L}+)$/u.exec(doc.text.slice(u.span[0], u.span[1]))?.[1]?.toLowerCase() === head) return { entity: null, unnamed: u.span };
      }
    }
    if (org) {
      // "the bank said": the organisation whose name says it is one ("Central Bank of Chile")
      for (let i = history.length - 1, n = 0; i >= 0 && n < 80; i--, n++) {
        const h = history[i]!;
        if (h.start >= at) continue;
        if (para - h.para > 3) break;
        if (!isPerson(h.entity) && people.entities[h.entity]!.person.name.toLowerCase().split(/\s+/).includes(head)) return { entity: h.entity };
      }
    }
    const e = focus(org ? undefined : headGender(head), para, org, at);
    // (the agency or paper that reported something is not "the ministry" that said it)
    if (org && e !== null && NEWS_OUTLET.test(people.entities[e]!.person.name)) return { entity: null, unnamed };
    if (!org && e !== null && !GENERIC_HEADS.test(head)) describedAs.set(head, e);
    return e === null ? { entity: null, unnamed } : { entity: e };
  };
  /** A description the article has used for someone ("the teenager"): it names them from then on. */
  const describedAs = new Map<string, number>();

  /**
   * People the article describes without naming them, as subjects ("A neighbour, who did not
   * want to be named, said …") or speakers ("said a local resident"), in reading order: a
   * pronoun after one of them, with no one named since, is that unnamed person.
   */
  const unnamedSubjects: { at: number; span: [number, number]; para: number; gender: 'm' | 'f' | undefined }[] = [];
  /**
   * Who the current paragraph reports speaking without quote marks, in order (filled before its
   * quotations are attributed): token index, text offset and speaker.
   */
  let paraReported: { at: number; start: number; entity: number }[] = [];
  /** Who the current paragraph's earlier quotations were attributed to by name, as they are found. */
  let paraQuoted: { start: number; entity: number }[] = [];
  /** Sentences whose subject is a description of someone not resolved ("The Scot confirmed …"). */
  const describedSentences = new Set<number>();
  /** Sentences whose subject is "he" or "she" (its gender): someone named before, not a name later in it. */
  const pronounSubjects = new Map<number, 'm' | 'f'>();
  const unnamedInFocus = (pronoun: string, para: number, at: number, e: number | null | undefined) => {
    const kind = SUBJECT_PRONOUNS[pronoun];
    if (kind !== 'm' && kind !== 'f') return null;
    let u: (typeof unnamedSubjects)[number] | undefined;
    for (let i = unnamedSubjects.length - 1; i >= 0; i--) {
      const x = unnamedSubjects[i]!;
      if (x.at >= at) continue;
      if (para - x.para > 1) break;
      if (!x.gender || x.gender === kind) { u = x; break; }
    }
    if (!u) return null;
    if (e !== null && e !== undefined) {
      // named since the unnamed person was? then the pronoun is that person's (bounded look-back)
      for (let i = history.length - 1, n = 0; i >= 0 && n < 80; i--, n++) {
        const h = history[i]!;
        if (h.start >= at) continue;
        if (h.start < u.at) break;
        // (named as a subject since: "The Scot confirmed that Herrera …" leaves the Scot in focus)
        if (h.entity === e && h.firstInClause && !h.afterSub) return null;
      }
    }
    return u;
  };

  /** unnamed: where the text describes a speaker it does not name ("a citizen", "protesters"). */
  type Found = { entity: number | null; rule: Rule; weak: boolean; far?: boolean; clean?: boolean; narrator?: boolean; unnamed?: [number, number]; byRole?: boolean; pronounAt?: number } | null;

  /** The subject to the left of a verb at toks[v] (within [lo, v)). */
  const subjectLeft = (toks: Tok[], lo: number, v: number, para: number, side: 'after' | 'before', weak: boolean): Found => {
    let i = v - 1;
    let viaComma = false;
    while (i >= lo) {
      const k = toks[i]!;
      if (k.t === 'w' && (SKIPPABLE_BEFORE_VERB.has(k.w) || /ly$/.test(k.w) && k.w.length > 4)) { i--; continue; }
      // the full stop of an abbreviation that ends a name: "Acme Corp. said"
      if (k.t === 'p' && k.p === '.' && toks[i - 1]?.t === 'n') { i--; continue; }
      // a party and state after a name: "Rep. Gwen Moore (D-Wis.) said"
      if (k.t === 'p' && k.p === ')') {
        let j = i - 1;
        while (j >= lo && i - j < 12 && !(toks[j]!.t === 'p' && (toks[j] as { p: string }).p === '(') && toks[j]!.t !== 'q') j--;
        if (j >= lo && toks[j]!.t === 'p' && toks[j - 1]?.t === 'n') { i = j - 1; continue; }
        break;
      }
      if (k.t === 'p' && k.p === ',' && !viaComma) {
        // (over a party and state: "…, state Del. Marcia Price (D-Newport News), shouted")
        let nb = i - 1;
        if (toks[nb]?.t === 'p' && (toks[nb] as { p: string }).p === ')') {
          while (nb > lo && i - nb < 12 && !(toks[nb]!.t === 'p' && (toks[nb] as { p: string }).p === '(')) nb--;
          nb--;
        }
        const nameBefore = toks[nb];
        if (nameBefore?.t === 'n' && !nameBefore.possessive && isPerson(nameBefore.entity) && nb >= lo) {
          // "Kazianis, director of studies at the Centre for the National Interest, said": the name
          // before the comma closes an appositive; its head is the name before the appositive
          let j = commaBefore(toks, nb - 1, lo, i - 18);
          // ("Adrian Molnar, a former mayor of the capital, Tirsk, told": the name closes an
          // appositive inside the appositive; the head is one comma further back)
          if (toks[j - 1]?.t === 'w' && !(toks[j - 1] as { cap: boolean }).cap) {
            const k2 = commaBefore(toks, j - 1, lo, j - 18);
            if (k2 >= lo && toks[k2 - 1]?.t === 'n') j = k2;
          }
          const head = toks[j - 1], open = toks[j + 1];
          // (not "An attorney for Harris, public defender Kimberly Osterman, said": Harris is an object)
          const ofPrep = toks[j - 2]?.t === 'w' && OBJECT_PREPOSITIONS.has((toks[j - 2] as { w: string }).w);
          // ("The Police Federation, which represents officers in England and Wales, said": an organisation too)
          if (j - 1 >= lo && toks[j]!.t === 'p' && head?.t === 'n' && !head.possessive && (isPerson(head.entity) || open?.t === 'w' && open.w === 'which') && open?.t === 'w' && !open.cap && !ofPrep) {
            return { entity: head.entity, rule: sided('name', side), weak: true };
          }
          // ("Dr Sanjay Kulkarni, head of endocrinology at AIIMS, Delhi, said", "Sucha Singh Brar of
          // Punjabi University, Patiala, said": the name before the comma only places the institution
          // before it; the speaker heads the appositive before that, or owns the institution)
          let p = j - 1;
          if (toks[p]?.t === 'n') p--;
          else while (p > lo && p > j - 5 && toks[p]!.t === 'w' && (toks[p] as { cap: boolean }).cap) p--;
          const prep = toks[p];
          if (open === nameBefore && p < j - 1 && prep?.t === 'w' && /^(?:at|in|of|from|for)$/.test(prep.w)) {
            const c = commaBefore(toks, p - 1, lo, j - 18);
            const who = toks[c - 1], next = toks[c + 1];
            if (c >= lo && who?.t === 'n' && !who.possessive && isPerson(who.entity) && next?.t === 'w' && !next.cap) return { entity: who.entity, rule: sided('name', side), weak: true };
            const owner = toks[p - 1];
            if (owner?.t === 'n' && !owner.possessive && isPerson(owner.entity) && p - 1 >= lo) return { entity: owner.entity, rule: sided('name', side), weak: true };
          }
          return { entity: nameBefore.entity, rule: sided('name', side), weak };
        }
        // "Smith, the team's coach, said": jump back over the appositive to the previous comma;
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"; over two appositives:
        // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"
        let j = i;
        for (let jumps = 0; jumps < 2; jumps++) {
          const from = j;
          j = from - 1;
          while (j >= lo && j > from - 30 && !(toks[j]!.t === 'p' && (toks[j] as { p: string }).p === ',') && toks[j]!.t !== 'q' && !endsSentence(doc, toks[j]!, toks[j + 1])) j--;
          if (!(j >= lo && toks[j]!.t === 'p' && (toks[j] as { p: string }).p === ',' && j - 1 >= lo)) return null;
          const b = toks[j - 1]!;
          if (b.t === 'n' || b.t === 'p' && b.p === ')') break;
          if (b.t !== 'w') return null;
          if (jumps === 1 || isRoleWord(b.w) || SUBJECT_PRONOUNS[b.w] || GROUP_NOUNS.has(b.w) || ORG_NOUNS.has(b.w)) break;
        }
        viaComma = true;
        i = j - 1;
        continue;
      }
      break;
    }
    if (i < lo) return null;
    const k = toks[i]!;
    const w = weak || viaComma;
    // "the foreman, Bill Dyer, had handed him a broom and told him: …": the verb shares the subject
    // of the clause it is coordinated with
    if (k.t === 'w' && k.w === 'and') {
      const s = coordinatedSubject(toks, lo, i);
      return s === null ? null : { entity: s, rule: sided('name', side), weak: true };
    }
    if (k.t === 'n') {
      // "a spokesman for Trump said", "a source speaking to Fox News said": a name after a
      // preposition is an object; the subject is the head before the phrase
      // (over a determiner and capitalised words the name left out: "for the House Armed Services Committee")
      let p = i - 1;
      while (p >= lo && p > i - 4 && toks[p]!.t === 'w' && (DETERMINERS.has((toks[p] as { w: string }).w) || (toks[p] as { cap: boolean }).cap)) p--;
      const prep = toks[p];
      // (but a name right before a participle is its subject: "footage of Trump saying", "with Smith telling")
      const participle = i === v - 1 && /ing$/.test((toks[v] as { w: string }).w);
      if (prep?.t === 'w' && OBJECT_PREPOSITIONS.has(prep.w) && p >= lo && !participle) return headBefore(toks, lo, p, i, para, side, w);
      return { entity: k.entity, rule: sided('name', side), weak: w };
    }
    if (k.t === 'w' && /^(?:statement|post|tweet|email|e-mail|letter|release|message|note|website|blog)$/.test(k.w)) {
      // "her statement read": the owner of the statement said it
      const owner = toks[i - 1];
      if (owner?.t === 'w' && (owner.w === 'his' || owner.w === 'her')) {
        return { entity: pronounSpeaker(owner.w === 'his' ? 'he' : 'she', para, owner.start) ?? null, rule: sided('pronoun', side), weak: true };
      }
      if (owner?.t === 'n' && owner.possessive) return { entity: owner.entity, rule: sided('name', side), weak: true };
    }
    // "Labour MP Diane Abbott, who told Sky News: …": the relative pronoun's antecedent
    if (k.t === 'w' && k.w === 'who' && toks[i - 1]?.t === 'p' && (toks[i - 1] as { p: string }).p === ',') {
      const ante = toks[i - 2];
      if (ante?.t === 'n' && !ante.possessive && isPerson(ante.entity) && i - 2 >= lo) return { entity: ante.entity, rule: sided('name', side), weak: w };
    }
    if (k.t === 'w') {
      // "Schumer, he said, "knows …"": the name before the comma is what the speaker talks about
      // (but "As for Malhotra, he said" is Malhotra's)
      const topic = toks[i - 1]?.t === 'p' && (toks[i - 1] as { p: string }).p === ',' && !asFor(toks, i - 4) ? toks[i - 2] : undefined;
      const pr = pronounSpeaker(k.w, para, k.start, topic?.t === 'n' ? topic.entity : null);
      const u = pr === undefined ? null : unnamedInFocus(k.w, para, k.start, pr);
      if (u) return { entity: null, rule: sided('pronoun', side), weak: w, unnamed: u.span };
      if (pr !== undefined) return { entity: pr, rule: sided('pronoun', side), weak: w, pronounAt: k.start, ...(k.w === 'i' ? { narrator: true } : {}) };
      if (isRoleWord(k.w) || GROUP_NOUNS.has(k.w) || ORG_NOUNS.has(k.w)) {
        // a descriptor needs a determiner or to open the clause: "the rookie defenceman said", "police said"
        let j = i - 1;
        // (over names that modify the role: "the Florida senator", "a Clinton spokesman")
        while (j >= lo && (toks[j]!.t === 'w' && !DETERMINERS.has((toks[j] as { w: string }).w) || toks[j]!.t === 'n' && !(toks[j] as { possessive: boolean }).possessive) && i - j < 5) j--;
        const det = j >= lo && toks[j]!.t === 'w' && DETERMINERS.has((toks[j] as { w: string }).w);
        if (det || j < lo || toks[j]!.t === 'p' || GROUP_NOUNS.has(k.w)) {
          // "a citizen wrote", "another member of the public": someone new and unnamed
          const unnamed: [number, number] = [toks[det ? j : j + 1]!.start, k.end];
          if (det && INDEFINITE.test((toks[j] as { w: string }).w)) return { entity: null, rule: sided('descriptor', side), weak: w, unnamed };
          return { ...described(k.w, para, k.start, unnamed), rule: sided('descriptor', side), weak: w };
        }
      }
    }
    return null;
  };

  /**
   * The subject of the clause before "and" at toks[and]: the nearest person named where a subject
   * stands (opening the sentence or a clause, after a comma or a role), not an object ("Smith
   * thanked Jones and said" is Smith's).
   */
  const coordinatedSubject = (toks: Tok[], lo: number, and: number): number | null => {
    for (let j = and - 1; j >= lo && and - j <= 16; j--) {
      const x = toks[j]!;
      if (x.t === 'q' || x.t === 'p' && x.p !== ',') return null;
      if (x.t !== 'n' || x.possessive || !isPerson(x.entity)) continue;
      const b = toks[j - 1];
      if (j === lo || b?.t === 'p' && b.p === ',' || b?.t === 'w' && (b.w === 'that' || isRoleWord(b.w))) return x.entity;
    }
    return null;
  };

  /**
   * The head of a subject that ends in a prepositional phrase, read leftward from the
   * preposition at toks[p]: "John Smith of Acme said" → Smith; "a spokesman for Trump
   * said" → someone unnamed. Unknown when no head is found: never the phrase's object.
   */
  const headBefore = (toks: Tok[], lo: number, p: number, object: number, para: number, side: 'after' | 'before', weak: boolean): Found => {
    const rule = sided('descriptor', side);
    for (let j = p - 1; j >= lo && j >= p - 8; j--) {
      const x = toks[j]!;
      if (x.t === 'n') {
        if (!x.possessive && isPerson(x.entity)) return { entity: x.entity, rule: sided('name', side), weak };
        continue;
      }
      if (x.t !== 'w') break;
      // "A statement from the EU said": the author of a statement is its speaker
      const o = toks[object] as { entity: number };
      if (DOCUMENT_NOUNS.test(x.w) && /^(?:from|by|of)$/.test((toks[p] as { w: string }).w)) return { entity: o.entity, rule: sided('name', side), weak: true };
      if (isRoleWord(x.w) || GROUP_NOUNS.has(x.w) || ORG_NOUNS.has(x.w)) {
        let d = j - 1;
        while (d >= lo && d > j - 5 && toks[d]!.t !== 'p' && !(toks[d]!.t === 'w' && DETERMINERS.has((toks[d] as { w: string }).w))) d--;
        const det = d >= lo && toks[d]!.t === 'w' ? (toks[d] as { w: string }).w : null;
        const unnamed: [number, number] = [det ? toks[d]!.start : x.start, x.end];
        if (det && INDEFINITE.test(det)) return { entity: null, rule, weak: true, unnamed };
        return { ...described(x.w, para, x.start, unnamed), rule, weak: true };
      }
    }
    return { entity: null, rule, weak: true };
  };

  /** The subject to the right of a verb: "said Caddell", "said the coach". */
  const subjectRight = (toks: Tok[], v: number, hi: number, para: number, side: 'after' | 'before', weak: boolean): Found => {
    let i = v + 1;
    while (i < hi && toks[i]!.t === 'w' && /^(?:also|later|then|again|further)$/.test((toks[i] as { w: string }).w)) i++;
    if (i >= hi) return null;
    const k = toks[i]!;
    // "Mr. English said of Mr. Cruz": the name after a preposition is who it was said of or to;
    // after "told" it is the listener
    if (k.t === 'w' && OBJECT_PREPOSITIONS.has(k.w) || /^tel/.test((toks[v] as { w: string }).w) || (toks[v] as { w: string }).w === 'told') return null;
    // "Asked whether Lumora would add one": a question reported, whose subject is no speaker
    if (k.t === 'w' && /^(?:whether|if|how|why|what|when|where|which|who)$/.test(k.w)) return null;
    // "calling Sen. Karen Ostrowski "…"", "saying Castillo "…"": after a verb that names or a
    // participle, the name is who is described or talked about ("said Smith" is an inversion)
    const verb = (toks[v] as { w: string }).w;
    if (NAMING_VERBS.has(verb) || verb.endsWith('ing')) return null;
    // "said Oilers head coach Ken Hitchcock", "says Dr. Matthew Bowes": the first person named within a few words
    let org: number | null = null;
    let plain = 0; // lower-case words passed: allowed only when a role noun follows ("said union leader Tom Brown")
    for (let j = i; j < hi && j < i + 8; j++) {
      const x = toks[j]!;
      if (x.t === 'n') {
        // "said a Mexican official", "said the White House spokesman": the name modifies the descriptor
        const det = toks[j - 1], head = toks[j + 1];
        if (det?.t === 'w' && DETERMINERS.has(det.w) && head?.t === 'w' && isRoleWord(head.w)) continue;
        // ("said Bellandi had closed the door": the subject of what was said, not the speaker)
        const then = toks[j + 1];
        if (then?.t === 'w' && COMPLEMENT_VERBS.test(then.w)) return null;
        if (isPerson(x.entity) && !x.possessive && !modifiesRole(toks, j, hi)) return { entity: x.entity, rule: sided('name', side), weak };
        if (!x.possessive) org ??= x.entity;
        continue;
      }
      // "says Campbell's partner, Jason Louth": an appositive name after a role noun
      // (over a title: "said Scott's niece, state Del. Marcia Price")
      const prev = toks[j - 1];
      let named = j + 1;
      while (named < hi && named <= j + 4 && (toks[named]!.t === 'w' && (TITLES.has((toks[named] as { w: string }).w) || HONORIFIC_WORDS.has((toks[named] as { w: string }).w)) || toks[named]!.t === 'p' && (toks[named] as { p: string }).p === '.')) named++;
      if (x.t === 'p' && x.p === ',' && prev?.t === 'w' && isRoleWord(prev.w) && toks[named]?.t === 'n') { j = named - 1; continue; }
      if (x.t === 'p' && x.p !== '.' && x.p !== '-' && x.p !== "'") break;
      if (x.t === 'q') break;
      // "says architect Lorena Paz Akin": a lower-case noun right before the name is its role
      if (x.t === 'w' && !x.cap && j <= i + 2 && toks[j + 1]?.t === 'n' && !NOT_ROLE_BEFORE_NAME.test(x.w)) continue;
      if (x.t === 'w' && !x.cap && !isRoleWord(x.w) && !TITLES.has(x.w) && !/^(?:and|of|the|a|an|for|at)$/.test(x.w)) {
        if (++plain > 3) break;
        let role = false;
        for (let l = j + 1; l < hi && l <= j + 4; l++) {
          const y = toks[l]!;
          if (y.t !== 'w') break;
          if (isRoleWord(y.w) || TITLES.has(y.w)) { role = true; break; }
        }
        if (!role) break;
      }
    }
    if (org !== null && k.t === 'n') return { entity: org, rule: sided('name', side), weak };
    if (k.t === 'w' && (k.w === 'he' || k.w === 'she')) {
      const pr = pronounSpeaker(k.w, para, k.start);
      const u = unnamedInFocus(k.w, para, k.start, pr);
      if (u) return { entity: null, rule: sided('pronoun', side), weak, unnamed: u.span };
      return { entity: pr ?? null, rule: sided('pronoun', side), weak, pronounAt: k.start };
    }
    if (k.t === 'w' && DETERMINERS.has(k.w) && k.w !== 'that') {
      for (let j = i + 1; j < hi && j < i + 5; j++) {
        const x = toks[j]!;
        if (x.t === 'n' && !x.possessive) continue; // "a Mexican official"
        if (x.t !== 'w') break;
        if (isRoleWord(x.w) || GROUP_NOUNS.has(x.w) || ORG_NOUNS.has(x.w)) {
          const after = toks[j + 1];
          if (after && after.t === 'w' && (isRoleWord(after.w) || ORG_NOUNS.has(after.w))) continue;
          const unnamed: [number, number] = [k.start, x.end];
          if (INDEFINITE.test(k.w)) return { entity: null, rule: sided('descriptor', side), weak, unnamed };
          return { ...described(x.w, para, x.start, unnamed), rule: sided('descriptor', side), weak };
        }
      }
    }
    return null;
  };

  /** Look for "according to X" and speech verbs in toks[lo, hi), nearest to the quotation first. */
  const findIn = (toks: Tok[], lo: number, hi: number, para: number, side: 'after' | 'before'): Found | 'verb' => {
    const order: number[] = [];
    for (let i = lo; i < hi; i++) order.push(i);
    if (side === 'before') order.reverse();
    let sawVerb = false;
    // a nearer verb of saying whose subject was not found: a farther verb's subject is less sure
    let passed = false;
    // A signature after the quotation: "… vote.” ― Jorge Falcon"
    const dash = toks[lo];
    if (side === 'after' && dash?.t === 'p' && /^[―—–-]$/.test(dash.p) && toks[lo + 1]?.t === 'n' && lo + 2 >= hi) {
      const n = toks[lo + 1] as { entity: number };
      return { entity: n.entity, rule: 'name-after', weak: false };
    }
    // "“That makes me smart,” when Clinton blasted him": the sentence goes on in a clause of its
    // own, which is no attribution ("as Smith put it", "asked Smith" are)
    if (side === 'after') {
      let j = lo;
      while (j < hi && toks[j]!.t === 'p' && (toks[j] as { p: string }).p === ',') j++;
      const w = toks[j];
      if (w?.t === 'w' && SUBORDINATORS.has(w.w) && w.w !== 'as' && w.w !== 'asked') return null;
    }
    // the verbs of an opening clause are not the quotation's: "Asked whether Lumora would add one, …"
    const openerEnd = side === 'before' ? openingClauseEnd(toks, lo, hi) ?? lo : lo;
    for (const i of order) {
      const k = toks[i]!;
      if (k.t !== 'w' || i < openerEnd) continue;
      if (k.w === 'according' && toks[i + 1]?.t === 'w' && (toks[i + 1] as { w: string }).w === 'to') {
        const n = toks[i + 2];
        if (n?.t === 'n') return { entity: n.entity, rule: 'according-to', weak: false };
        if (n?.t === 'w') { const r = subjectRight(toks, i + 1, hi, para, side, false); if (r) return { ...r, rule: 'according-to' }; }
        continue;
      }
      if (!isSpeechVerb(k.w)) continue;
      // "in a written statement", "secretary of state": after a determiner or "of" the word is no verb;
      // nor "state" before a title or name ("state Sen. Karen Ostrowski", "state media")
      const det = toks[i - 1];
      if (det?.t === 'w' && (DETERMINERS.has(det.w) && det.w !== 'that' || det.w === 'of')) continue;
      // ("Finland had been asked to host", "he was told": a passive's subject is who was spoken to)
      if (det?.t === 'w' && /^(?:be|been|being|was|were|is|are)$/.test(det.w) && /(?:ed|told)$/.test(k.w)) continue;
      const then = toks[i + 1];
      if (k.w === 'state' && (then?.t === 'n' || then?.t === 'w' && (then.cap || HONORIFIC_WORDS.has(then.w) || GROUP_NOUNS.has(then.w) || ORG_NOUNS.has(then.w)))) continue;
      const weak = isWeakVerb(k.w);
      if (!weak) sawVerb = true;
      // far: more than a few words between the verb and the quotation ("said on Sunday in a statement that")
      let words = 0;
      for (let j = side === 'before' ? i + 1 : lo; j < (side === 'before' ? hi : i); j++) if (toks[j]!.t !== 'p') words++;
      const far = words > (side === 'before' ? 3 : 4);
      const left = subjectLeft(toks, lo, i, para, side, weak);
      let found = left ?? subjectRight(toks, i, hi, para, side, weak);
      if (!found && side === 'before' && /ing$/.test(k.w) && toks[i - 1]?.t === 'p' && (toks[i - 1] as { p: string }).p === ',') {
        // "Dean, a former party chairman, poked at Trump's sniffing, tweeting, "…"": the
        // participle shares the subject that opens the sentence
        let j = lo;
        while (j < i && toks[j]!.t === 'w' && /^(?:and|but|then|so|yet)$/.test((toks[j] as { w: string }).w)) j++;
        const s0 = toks[j];
        if (s0?.t === 'n' && !s0.possessive && isPerson(s0.entity) && toks[j + 1]?.t !== 'n') found = { entity: s0.entity, rule: 'name-before', weak: true };
      }
      if (found) {
        let clean = !found.weak && found.entity !== null;
        for (let j = side === 'before' ? i + 1 : lo; clean && j < (side === 'before' ? hi : i); j++) {
          const x = toks[j]!;
          if (x.t === 'n' && !x.possessive && x.entity !== found.entity && isPerson(x.entity)) clean = false;
          if (x.t === 'w' && (/^(?:he|she|they|we|i)$/.test(x.w) || isSpeechVerb(x.w))) clean = false;
          if (x.t === 'q') clean = false;
        }
        return { ...found, far, clean, ...(passed ? { weak: true } : {}) };
      }
      if (!weak) passed = true;
    }
    return sawVerb ? 'verb' : null;
  };

  /**
   * The subject of the sentence right before a quotation that opens its own sentence, when that
   * sentence quotes nobody and its subject is not `speaker`: "Durning did not need much coaxing.
   * "I'm thankful …"". An entity, null for an unnamed person ("The proprietor laughed."), or
   * undefined when there is no such sentence or its subject is the speaker.
   */
  const subjectBefore = (toks: Tok[], qi: number, speaker: number): number | null | undefined => {
    if (qi === 0 || !endsSentence(doc, toks[qi - 1]!, toks[qi])) return undefined;
    let j = qi - 1;
    while (j > 0 && !endsSentence(doc, toks[j - 1]!, toks[j])) j--;
    for (let x = j; x < qi; x++) if (toks[x]!.t === 'q') return undefined;
    while (j < qi && toks[j]!.t === 'w' && /^(?:but|and|then|still|yet|so|now|later|meanwhile|instead|also)$/.test((toks[j] as { w: string }).w)) j++;
    const k = toks[j];
    if (k?.t === 'n') return !k.possessive && isPerson(k.entity) && k.entity !== speaker ? k.entity : undefined;
    if (k?.t === 'w' && (k.w === 'the' || k.w === 'a' || k.w === 'an')) {
      const head = toks[j + 1], h2 = toks[j + 2];
      if (head?.t === 'w' && isRoleWord(head.w) || head?.t === 'w' && h2?.t === 'w' && isRoleWord(h2.w)) return null;
    }
    return undefined;
  };

  /**
   * Someone else who could be the pronoun: named in its sentence before it, same gender (or
   * unknown), not an owner; or the pronoun's antecedent is a surname two people share.
   */
  const ambiguousPronoun = (e: number, at: number, sentenceStart: number): boolean => {
    const g = genderOf(e);
    let antecedent = false; // the latest mention of e before the pronoun has been seen
    for (let i = history.length - 1, n = 0; i >= 0 && n < 60; i--, n++) {
      const h = history[i]!;
      if (h.start >= at) continue;
      if (h.others?.includes(e)) return true; // (the pronoun took another of a shared surname's people)
      if (h.entity === e && !antecedent) {
        if (h.others) return true;
        antecedent = true;
      }
      if (h.start < sentenceStart) { if (antecedent) break; continue; }
      // (not someone in an opening subordinate clause: "Soon after the murder of X, Trump said … he said")
      if (h.entity === e || h.possessive || h.afterSub || !isPerson(h.entity) || !people.entities[h.entity]!.solid) continue;
      const hg = genderOf(h.entity);
      if (!g || !hg || g === hg) return true;
    }
    return false;
  };

  // Where each speaker was last quoted: [quotation end, paragraph].
  const lastQuoted = new Map<number, [number, number]>();
  const NAMED = new Set<Rule>(['name-after', 'name-before', 'according-to']);
  /** Rivals and distance of an attribution (bounded scans: linear in the article). */
  const measure = (r: Attributed, q: Quotation, pi: number) => {
    const e = r.entity!;
    const others = new Set<number>();
    const counts = (x: number) => x !== e && isPerson(x) && people.entities[x]!.solid;
    if (NAMED.has(r.rule)) {
      for (let i = history.length - 1, n = 0; i >= 0 && n < 40; i--, n++) {
        const h = history[i]!;
        if (h.start < r.sentenceStart) break;
        if (h.start < r.sentenceEnd && !h.possessive && counts(h.entity)) others.add(h.entity);
      }
      r.rivals = others.size;
      r.distance = 0;
    } else {
      const quoted = lastQuoted.get(e);
      let at = quoted?.[0] ?? -1, para = quoted?.[1] ?? -1;
      for (let i = history.length - 1, n = 0; i >= 0 && n < 60; i--, n++) {
        const h = history[i]!;
        if (h.start >= q.open) continue;
        if (h.start < at || pi - h.para > 4) break;
        if (h.entity === e) { at = h.start; para = h.para; break; }
        if (counts(h.entity)) others.add(h.entity);
      }
      r.rivals = others.size;
      r.distance = para < 0 ? 9 : pi - para;
    }
    lastQuoted.set(e, [q.close, pi]);
  };

  // Group quotes and mentions by paragraph.
  const qByPara = new Map<number, number[]>();
  quotes.forEach((q, i) => { const a = qByPara.get(q.para) ?? []; a.push(i); qByPara.set(q.para, a); });
  const mByPara = new Map<number, number[]>();
  people.mentions.forEach((m, i) => { const a = mByPara.get(m.para) ?? []; a.push(i); mByPara.set(m.para, a); });

  for (const [pi, p] of doc.paragraphs.entries()) {
    if (p.kind !== 'prose') continue;
    const qIdx = qByPara.get(pi) ?? [];
    const toks = tokenise(doc, pi, quotes, qIdx, people, mByPara.get(pi) ?? []);
    // sentence number of every token; history of mentions
    const sent: number[] = [];
    let subordinate = false;
    let participle = false;
    let firstInSentence = true;
    // (a paragraph opens a sentence of its own, even after one that ends on a quoted title)
    sentenceNo++;
    let nameSeen = false; // a name (or quotation) already in this sentence
    let modifierName = -1; // the sentence's first name comes right after "a"/"one": "One Skyline cabin crew member"
    let ownerOnly = false; // the only name so far is an owner's: "The Environment Agency's director, Philippa Grange,"
    let sentenceFrom = 0;
    for (let i = 0; i < toks.length; i++) {
      const k = toks[i]!;
      sent.push(sentenceNo);
      // ("As for Malhotra, he said …" opens with a topic, not a subordinate clause)
      if (k.t === 'w' && firstInSentence && SUBORDINATORS.has(k.w) && !asFor(toks, i)) subordinate = true;
      if (k.t === 'w' && firstInSentence) participle = PARTICIPLE_OPENERS.has(k.w);
      if (k.t === 'p' && k.p === ',') participle = false;
      if (k.t === 'p' && k.p === ',') subordinate = false;
      // ("Ms. Stahl, who has represented Ms. Marchetti since …, said": a name in a relative clause is no subject)
      if (k.t === 'w' && (k.w === 'who' || k.w === 'which') && toks[i - 1]?.t === 'p' && (toks[i - 1] as { p: string }).p === ',') subordinate = true;
      if (k.t === 'n') {
        const prev = toks[i - 1];
        // (the name set off after an owner's role is the subject it names: "X's director of enforcement, NAME, welcomed")
        const firstInClause = (!nameSeen || ownerOnly && prev?.t === 'p' && prev.p === ',') && !subordinate && !(prev?.t === 'w' && PREPOSITIONS.has(prev.w));
        ownerOnly = (!nameSeen || ownerOnly) && k.possessive;
        history.push({ entity: k.entity, start: k.start, sentence: sentenceNo, possessive: k.possessive, firstInSentence, firstInClause, para: pi, afterSub: subordinate, participle, ...(k.others ? { others: k.others } : {}) });
        modifierName = !nameSeen && prev?.t === 'w' && /^(?:a|an|one|another)$/.test(prev.w) ? i : -1;
        nameSeen = true;
      }
      // (heads from the table only: "The blockbuster deal" is no person)
      const head = k.t !== 'w' ? '' : k.w.endsWith('’s') || k.w.endsWith("'s") ? k.w.slice(0, -2) : k.w;
      // ("One Skyline cabin crew member, who …, said": a name inside the described phrase only modifies it)
      const inPhrase = modifierName >= 0 && i - modifierName <= 4 && toks.slice(modifierName + 1, i).every((x) => x.t === 'w' && !x.cap);
      if (k.t === 'w' && (!nameSeen || inPhrase) && !subordinate && (ROLE_NOUNS.has(head) || TITLES.has(head) && head.length > 3 || /^\d+-year-old$/.test(head)) && subjectSlot(toks, i, sentenceFrom)) {
        // A described subject: "A neighbour, who did not want to be named, said …" is someone new;
        // "the coach said …" is the person the article gave that role, when it gave one
        let d = i - 1;
        while (d >= 0 && i - d <= 4 && (toks[d]!.t === 'w' && !DETERMINERS.has((toks[d] as { w: string }).w) || inPhrase && toks[d]!.t === 'n')) d--;
        const det = toks[d];
        const next = toks[i + 1];
        // ("The pastor, the Rev. Elijah Townsend, testified": the name set off after the role)
        let a = i + 2;
        while (a <= i + 5 && (toks[a]?.t === 'w' && (/^(?:the|a)$/.test((toks[a] as { w: string }).w) || HONORIFIC_WORDS.has((toks[a] as { w: string }).w)) || toks[a]?.t === 'p' && (toks[a] as { p: string }).p === '.')) a++;
        // ("A spokeswoman for the hospital, Megan Ashby, said": the name after the described phrase)
        let late = i + 1;
        while (late < toks.length && late <= i + 10 && (toks[late]!.t === 'w' || toks[late]!.t === 'n')) late++;
        // ("The bus driver, a soft-spoken woman named Consuela Ibarra-Novak, worries …")
        let named = false;
        for (let x = i + 1; x < toks.length && x <= i + 12 && toks[x]!.t !== 'q' && !(toks[x]!.t === 'p' && (toks[x] as { boundary: boolean }).boundary); x++) {
          const prev = toks[x - 1]!;
          if (toks[x]!.t === 'n' && prev.t === 'w' && /^(?:named|called)$/.test(prev.w)) { named = true; break; }
        }
        // (over an honorific: "A political scientist at the University of Ibadan, Dr. Emeka Nwosu, said")
        let lateName = late + 1;
        while (lateName <= late + 3 && (toks[lateName]?.t === 'w' && HONORIFIC_WORDS.has((toks[lateName] as { w: string }).w) || toks[lateName]?.t === 'p' && (toks[lateName] as { p: string }).p === '.')) lateName++;
        const appositiveName = named || next?.t === 'p' && next.p === ',' && toks[a]?.t === 'n' ||
          toks[late]?.t === 'p' && (toks[late] as { p: string }).p === ',' && toks[lateName]?.t === 'n';
        // ("An executive at a rival firm said": someone new may be described at length; "the head
        // of the union" is not "the head")
        // (the head is the last of the nouns: "the 58-year-old governor")
        const nextOk = next?.t === 'w' && !/^(?:and|or)$/.test(next.w) && !isRoleWord(next.w) && (det?.t === 'w' && det.w !== 'the' || !/^(?:of|for|at|in|to|from)$/.test(next.w));
        // ("The Liberal Democrats' health spokesperson": a capitalised role word in a name is no head)
        const inName = k.cap && next?.t === 'w' && next.cap;
        // ("Her husband shook his head. "…," he said": the relative the article named)
        const relative = det?.t === 'w' && /^(?:her|his|their)$/.test(det.w) && head in RELATIONS;
        if (det?.t === 'w' && (/^(?:the|a|an|another|one)$/.test(det.w) || relative) && !appositiveName && !inName && (nextOk || next?.t === 'p' && next.p === ',')) {
          // ("The king's reign …": the king is who the sentence is about)
          const holder = det.w === 'the' || relative ? roleHolder(head, k.start) : null;
          if (holder !== null) history.push({ entity: holder, start: k.start, sentence: sentenceNo, possessive: false, firstInSentence, firstInClause: true, para: pi, afterSub: false, participle: false });
          else if (det.w !== 'the') unnamedSubjects.push({ at: det.start, span: [det.start, k.end], para: pi, gender: headGender(head) });
          // "The 26-year-old has four goals since Minnesota traded him for Victor Rask": the subject
          // is someone named before, not a name later in the sentence
          else {
            describedSentences.add(sentenceNo);
            // (and the description names them from now on: "The teenager said …" … "the teenager said")
            const e = GENERIC_HEADS.test(head) ? null : focus(headGender(head), pi, false, k.start);
            if (e !== null && !describedAs.has(head)) describedAs.set(head, e);
          }
          nameSeen = true;
          ownerOnly = false;
        }
      }
      if (k.t === 'q') { nameSeen = true; ownerOnly = false; }
      const opensClause = firstInSentence || i - 1 === sentenceFrom && toks[i - 1]!.t === 'w' && /^(?:but|and|then|still|yet|so|now|later|also)$/.test((toks[i - 1] as { w: string }).w);
      if (k.t === 'w' && !nameSeen && !subordinate && (k.w === 'he' || k.w === 'she') && opensClause) {
        pronounSubjects.set(sentenceNo, k.w === 'he' ? 'm' : 'f');
        nameSeen = true;
      }
      // ("Soon after the murder of X, Trump said": an adverb before the subordinator still opens the clause)
      if (k.t !== 'p' && !(firstInSentence && k.t === 'w' && SUBORDINATOR_ADVERBS.has(k.w))) firstInSentence = false;
      if (endsSentence(doc, k, toks[i + 1])) { sentenceNo++; firstInSentence = true; subordinate = false; participle = false; nameSeen = false; ownerOnly = false; modifierName = -1; sentenceFrom = i + 1; }
    }
    // Windows around each quotation token: to the previous/next quotation or sentence end.
    const qPositions = toks.map((k, i) => (k.t === 'q' ? i : -1)).filter((i) => i >= 0);
    // Reported speech without quote marks ("Chapman says that's not what the union
    // is seeing.") names who speaks next as surely as a quotation does.
    paraReported = [];
    paraQuoted = [];
    for (let s0 = 0; s0 < toks.length;) {
      let s1 = s0;
      let hasQuote = false;
      while (s1 < toks.length) {
        if (toks[s1]!.t === 'q') hasQuote = true;
        if (endsSentence(doc, toks[s1]!, toks[s1 + 1])) break;
        s1++;
      }
      if (!hasQuote) {
        const f = findIn(toks, s0, Math.min(s1 + 1, toks.length), pi, 'before');
        if (f && f !== 'verb' && f.entity !== null && isPerson(f.entity) && (f.rule === 'name-before' || f.rule === 'pronoun-before')) {
          paraReported.push({ at: s0, start: toks[s0]!.start, entity: f.entity });
          if (f.rule === 'name-before' && !f.weak) { spokeByName.add(f.entity); people.entities[f.entity]!.solid = true; }
        }
      }
      s0 = s1 + 1;
    }
    const local: (Found | 'verb')[] = [];
    for (const [n, qi] of qPositions.entries()) {
      const tok = toks[qi] as { quote: number };
      let lo = qi - 1;
      while (lo >= 0 && toks[lo]!.t !== 'q' && !endsSentence(doc, toks[lo]!, toks[lo + 1])) lo--;
      lo++;
      let hi = qi + 1;
      if (!endsSentence(doc, toks[qi]!, toks[qi + 1])) {
        while (hi < toks.length && toks[hi]!.t !== 'q' && !endsSentence(doc, toks[hi]!, toks[hi + 1])) hi++;
      }
      const a = findIn(toks, qi + 1, hi, pi, 'after');
      const b = a && a !== 'verb' ? a : findIn(toks, lo, qi, pi, 'before');
      const found = a && a !== 'verb' ? a : b && b !== 'verb' ? b : a === 'verb' || b === 'verb' ? 'verb' : null;
      local.push(found);
      if (found && found !== 'verb' && found.entity !== null && NAMED.has(found.rule) && isPerson(found.entity)) {
        // (known at once to be a person who speaks, for the pronouns of this paragraph's next quotations)
        paraQuoted.push({ start: toks[qi]!.start, entity: found.entity });
        spokeByName.add(found.entity);
        people.entities[found.entity]!.solid = true;
      }
      // the attributing sentence: from the sentence start to its end
      let s0 = qi - 1;
      while (s0 >= 0 && !endsSentence(doc, toks[s0]!, toks[s0 + 1])) s0--;
      let s1 = qi;
      while (s1 < toks.length - 1 && !endsSentence(doc, toks[s1]!, toks[s1 + 1])) s1++;
      const r = result[tok.quote]!;
      r.sentenceStart = toks[s0 + 1]!.start;
      r.sentenceEnd = toks[s1]!.end;
      void n;
    }
    // Fill in, in reading order: explicit; else the preceding speaker of this
    // paragraph (quoted or reported); else a later explicit one in the paragraph;
    // then continuation, colon introduction, the last speaker.
    const explicit = local.map((f) => (f && f !== 'verb' ? f : null));
    let ri = 0;
    let paraLast: { entity: number; reported: boolean; quote?: number } | null = null;
    const takeReported = (upTo: number) => {
      while (ri < paraReported.length && paraReported[ri]!.at < upTo) {
        const ev = paraReported[ri++]!;
        paraLast = { entity: ev.entity, reported: true };
        lastSpeaker = { entity: ev.entity, para: pi };
        lastWasReported = true;
      }
    };
    for (const [n, qi] of qPositions.entries()) {
      takeReported(qi);
      const qn = (toks[qi] as { quote: number }).quote;
      const q = quotes[qn]!;
      const r = result[qn]!;
      const before = lastSpeaker as { entity: number; para: number; quote?: number } | null;
      let f = explicit[n];
      let from: number | null = null;
      const pl = paraLast as { entity: number; reported: boolean; quote?: number } | null;
      if (!f && toks[qi - 1]?.t === 'p' && (toks[qi - 1] as { p: string }).p === ':') {
        // "Martell, the addictions doctor, is more blunt: "…"": the subject before the colon (before
        // the paragraph's earlier speaker: the sentence introduces this quotation)
        let i = qi - 1;
        while (i > 0 && !endsSentence(doc, toks[i - 1]!, toks[i])) i--;
        // (past an opening clause: "Asked whether Lumora would add one, Korhonen was blunt: "…"")
        i = (openingClauseEnd(toks, i, qi) ?? i - 1) + 1;
        for (let j = i; j < qi; j++) {
          const k = toks[j]!;
          const prev = toks[j - 1];
          if (k.t === 'n' && !k.possessive && isPerson(k.entity) && !(prev?.t === 'w' && PREPOSITIONS.has(prev.w))) { f = { entity: k.entity, rule: 'colon-intro', weak: true }; break; }
        }
      }
      if (!f && q.kind === 'partial') {
        // "Pilon called the conclusion "bold"": the sentence's subject said it (before the
        // paragraph's earlier speaker: "Doug Purdy, who lost 16 lbs. "and two belt loops", says …")
        let i = qi - 1;
        while (i >= 0 && !endsSentence(doc, toks[i]!, toks[i + 1])) i--;
        for (let j = i + 1; j < qi; j++) {
          const k = toks[j]!;
          // (not a listener or an object: "told Structures Today that … "routinely deferred"")
          const prev = toks[j - 1];
          if (k.t === 'n' && !k.possessive && !(prev?.t === 'w' && (PREPOSITIONS.has(prev.w) || /^(?:told|tells|telling|tell)$/.test(prev.w)))) { f = { entity: k.entity, rule: 'subject', weak: true }; break; }
          if (k.t === 'w' && (k.w === 'he' || k.w === 'she')) { f = { entity: pronounSpeaker(k.w, pi, k.start) ?? null, rule: 'subject', weak: true }; break; }
        }
      }
      // "“…,” says House. Durning did not need much coaxing. “I’m thankful …”": a sentence about
      // someone new between two quotations hands the next one to them, not back to House
      if (!f && pl) {
        const shift = subjectBefore(toks, qi, pl.entity);
        if (shift === null) f = { entity: null, rule: 'subject', weak: true };
        else if (shift !== undefined && people.entities[shift]!.solid) f = { entity: shift, rule: 'subject', weak: true };
      }
      if (!f && pl) { f = { entity: pl.entity, rule: pl.reported ? 'reported' : 'paragraph', weak: false }; from = pl.quote ?? null; }
      if (!f) {
        const m = explicit.findIndex((g, x) => x > n && !!g && g.entity !== null);
        const next = m >= 0 ? explicit[m] : null;
        if (next) { f = { entity: next.entity, rule: 'paragraph', weak: next.weak }; from = (toks[qPositions[m]!] as { quote: number }).quote; }
      }
      if (!f && before) from = before.quote ?? null;
      if (!f && q.continues && before) f = { entity: before.entity, rule: 'continues', weak: false };
      if (!f && colonSpeaker !== null && n === 0) f = { entity: colonSpeaker, rule: 'colon-intro', weak: false };
      if (!f && local[n] === 'verb' && before && pi - before.para <= 2) {
        // "And later added, "…"": a sentence that opens with its speech verb shares the last speaker's subject
        let i = qi;
        while (i > 0 && !endsSentence(doc, toks[i - 1]!, toks[i])) i--;
        let j = i;
        while (j < qi && toks[j]!.t === 'w' && /^(?:and|but|then|later|also|again|further|finally)$/.test((toks[j] as { w: string }).w)) j++;
        const k = toks[j];
        const opens = j > i && k?.t === 'w' && isSpeechVerb(k.w) && !k.w.endsWith('ing');
        f = { entity: before.entity, rule: opens ? 'coordinated' : 'elliptical', weak: false };
      }
      if (!f && before && pi - before.para <= 2 && q.kind === 'speech') {
        f = { entity: before.entity, rule: lastWasReported ? 'reported' : 'carry', weak: !lastWasReported };
      }
      if (f) { r.entity = f.entity; r.rule = f.rule; r.weak = f.weak; r.far = !!f.far; r.clean = !!f.clean; r.narrator = !!f.narrator && f === explicit[n]; r.byRole = !!f.byRole; }
      if (f?.pronounAt !== undefined && f.entity !== null) r.ambiguous = ambiguousPronoun(f.entity, f.pronounAt, r.sentenceStart);
      // (named only by a surname two people share: "“…,” Dr. Abernathy said")
      else if (f && f.entity !== null && NAMED.has(f.rule)) {
        const named = toks.filter((x) => x.t === 'n' && x.entity === f!.entity && x.start >= r.sentenceStart && x.start < r.sentenceEnd) as { others?: number[] }[];
        r.ambiguous = named.length > 0 && named.every((x) => x.others);
      }
      // ("Tyler talked the most," he said: a quotation that talks of its speaker in the third person)
      const said = r.entity === null ? null : people.entities[r.entity]!.person;
      if (said?.kind === 'person' && namesItsSpeaker(doc.text.slice(q.start, q.end), said)) r.ambiguous = true;
      if (f && f.entity === null && f.unnamed) {
        r.unnamed = doc.text.slice(f.unnamed[0], f.unnamed[1]);
        const head = /(\p{L}+)$/u.exec(r.unnamed)?.[1]?.toLowerCase() ?? '';
        unnamedSubjects.push({ at: Math.min(q.open, f.unnamed[0]), span: f.unnamed, para: pi, gender: headGender(head) });
      }
      // (the comma may sit inside a quoted title: told CBS's "Face the Nation," "I am sure …")
      r.intro = /[,:]["”'’]?\s*$/.test(doc.text.slice(Math.max(0, q.open - 4), q.open)) && /^\p{Lu}/u.test(doc.text.slice(q.start, q.start + 1)) &&
        endsSentence(doc, toks[qi]!, toks[qi + 1]);
      if (f && f !== explicit[n] && !/^pronoun|^name|^according|^descriptor|^colon|^subject/.test(f.rule) && f.entity === r.entity) r.from = from;
      r.chain = r.entity !== null && !!before && before.entity === r.entity && pi - before.para <= 1;
      if (r.entity !== null) measure(r, q, pi);
      if (n > 0) {
        let words = 0;
        for (let j = qPositions[n - 1]! + 1; j < qi; j++) if (toks[j]!.t === 'w' || toks[j]!.t === 'n') words++;
        r.gap = words;
      }
      if (r.entity === null && explicit[n]) {
        // "“One!” says the affable proprietor. “No, two …”": someone this article does not name
        // spoke last; the earlier speaker does not carry over it
        lastSpeaker = null;
        paraLast = null;
      }
      if (r.entity !== null && people.entities[r.entity]!.person.kind === 'person') {
        lastSpeaker = { entity: r.entity, para: pi, quote: qn };
        lastWasReported = false;
        paraLast = { entity: r.entity, reported: false, quote: qn };
        if (r.rule === 'name-after' || r.rule === 'name-before' || r.rule === 'according-to') {
          spokeByName.add(r.entity);
          people.entities[r.entity]!.solid = true;
        }
      }
    }
    takeReported(Infinity);
    // "Caddell continued:" alone in a paragraph introduces the next paragraph's quotation.
    colonSpeaker = null;
    if (qPositions.length === 0 && /:\s*$/.test(doc.text.slice(p.start, p.end))) {
      const f = findIn(toks, 0, toks.length, pi, 'before');
      if (f && f !== 'verb' && f.entity !== null) colonSpeaker = f.entity;
    }
  }
  return result;
}
