// Stage 4, part 2 — the discourse: what the reader knows at each point of the article. Who was mentioned where (in
// reading order, with the sentence and clause each mention stands in), who spoke last, who the article described without
// naming, and which description names whom. Pronouns ("he said") and descriptions ("the coach said") resolve against it:
// the person in focus. Every look-back is bounded, so the stage stays linear in article length.

import type { Doc } from './01-normalise';
import type { Quotation } from './02-quotations';
import type { People } from './03-people';
import { headGender } from './04-tokens';
import { POSSESSIVE_OWNERS, SUBJECT_PRONOUNS } from './data/pronouns';
import { GROUP_NOUNS } from './data/roles';
import { NEWS_OUTLET, ORG_NOUNS } from './data/organisations';
import { documentOwner } from './04-document-owner';
import { DOCUMENT_NOUNS } from './data/function-words';
import { articleRoles, descriptionModifiers } from './03-roles';
import { conflicts, RoleIndex } from './04-role-index';
import { OrgKinds } from './04-org-kinds';
import { itSpeaker, listenerBefore } from './04-it-focus';
import { hintAgainst, subjectOverLastSpeaker } from './04-pronoun-rivals';
import { ANONYMOUS_AFTER, unnamedOnPurposeEnd } from './04-anonymous';
import { FOCUS_LOOKBACK } from './limits';

type Gender = 'm' | 'f' | undefined;

/** A mention of someone, as read: where it stands in its sentence and clause. */
export interface Mentioned {
  entity: number;
  start: number;
  sentence: number;
  /** An owner: "Trump's plan". */
  possessive: boolean;
  firstInSentence: boolean;
  /** The first name of the sentence's main clause: where its subject stands. */
  firstInClause: boolean;
  para: number;
  /** Inside an opening subordinate clause or a relative clause: no subject of the sentence. */
  afterSub: boolean;
  /** Inside an opening participle clause ("Asked about X, …"). */
  participle: boolean;
  /** A surname alone that others could be too (Mention.others). */
  others?: number[];
}

/** Someone the article describes without naming: "A neighbour, who did not want to be named, said". */
export interface UnnamedSubject {
  at: number; span: [number, number]; para: number; gender: Gender;
  /** The description's head, where the span runs past it ("A selector present at the stadium"). */
  head?: string;
}

/** Descriptions of someone the article does not name, by what they are: "The source said …". */
const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(['source', 'insider']);

/** Descriptions too general to name the same person each time. */
export const GENERIC_HEADS = /^(?:man|woman|boy|girl|person|child|kid|resident|official|source|member|\d+-year-old)$/;



/** An organisation described, not named ("the union said"), where and in which paragraph, and whom the description named. */
export interface OrgDescription { at: number; para: number; entity: number | null }

/** Who a description names: an entity, or nobody (unnamed: the description's span). */
export interface DescribedAs { entity: number | null; byRole?: boolean; unnamed?: [number, number] }

export class Discourse {
  /** Person mentions in reading order. */
  readonly history: Mentioned[] = [];
  sentenceNo = 0;
  lastSpeaker: { entity: number; para: number; quote?: number } | null = null;
  /** The last speaker spoke in reported speech, not in quote marks. */
  lastWasReported = false;
  /**
   * The speaker, person or organisation, of a quotation its paragraph left open: the next
   * paragraph's quotation that continues it has the same speaker ("The New York Times reports: "… ¶ "…").
   */
  openQuote: { entity: number; quote: number } | null = null;
  /** A paragraph that ended "Smith continued:" with no quotation. */
  colonSpeaker: number | null = null;
  /** Entities attributed by name: known to be people who speak. */
  readonly spokeByName = new Set<number>();
  /** A description the article has used for someone ("the teenager"): it names them from then on. */
  readonly describedAs = new Map<string, number>();
  /** People described without a name, as subjects or speakers, in reading order. */
  readonly unnamedSubjects: UnnamedSubject[] = [];
  /** Who the current paragraph reports speaking without quote marks (token index, offset, speaker). */
  paraReported: { at: number; start: number; entity: number }[] = [];
  /** Who the current paragraph's earlier quotations were attributed to by name. */
  paraQuoted: { start: number; entity: number }[] = [];
  /** Sentences whose subject is a description of someone not resolved ("The Scot confirmed …"). */
  readonly describedSentences = new Set<number>();
  /** Sentences whose subject is "he" or "she" (its gender): someone named before, not a name later in it. */
  readonly pronounSubjects = new Map<number, 'm' | 'f'>();
  /** Sentences whose subject is "it" saying something ("It added that …"): the organisations in them are not it. */
  readonly itSubjects = new Set<number>();
  /** People the article says were killed, as its subject ("Hoda was among those killed"), and where: no "she said" after is theirs. */
  readonly killed = new Map<number, number>();
  /** People the article says have died ("her mother, Lise Thibodeau, who died in 2019", "the late …"): no "she writes" now is theirs. */
  readonly deceased = new Set<number>();
  private killedBefore(x: number, at: number): boolean { return (this.killed.get(x) ?? at) < at; }
  /** Where each speaker was last quoted: [quotation end, paragraph]. */
  readonly lastQuoted = new Map<number, [number, number]>();
  /** Who holds which office, by the roles the article gives people. */
  private readonly roles: RoleIndex;
  /** Sentences whose subject is an organisation described, not named ("the group said …"): where the description stands. */
  readonly orgSubjects = new Map<number, number>();
  /** Organisations described, not named, in reading order ("the union said"), and who the description named by its word. */
  readonly orgDescriptions: OrgDescription[] = [];
  /** Which organisations a description of one ("the union") could be. */
  private readonly orgKinds: OrgKinds;

  /**
   * The last words of the roles the article gives people, where no table knows them as roles ("Guma Gup,
   * Sangay Tenzin," makes "the gup said" a description of someone).
   */
  readonly articleRoles: ReadonlySet<string>;

  constructor(readonly doc: Doc, readonly people: People) {
    this.orgKinds = new OrgKinds(people.entities);
    this.roles = new RoleIndex(people);
    this.articleRoles = articleRoles(doc.text, people.entities);
  }

  genderOf(e: number): Gender { return this.people.entities[e]!.gender; }

  isPerson(e: number): boolean { return this.people.entities[e]!.person.kind === 'person'; }
  solid(e: number): boolean { return this.people.entities[e]!.solid; }

  /** Index of the last mention before offset `at` (the history holds the whole paragraph, read ahead). */
  lastBefore(at: number): number {
    let i = this.history.length - 1;
    if (i >= 0 && this.history[i]!.start >= at) {
      let lo = 0, hi = i; // binary search
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.history[mid]!.start < at) lo = mid; else hi = mid - 1; }
      i = this.history[lo]!.start < at ? lo : -1;
    }
    return i;
  }

  /**
   * The person (or organisation) in focus at `at`, nearest sentence first. A candidate is strong when
   * something says it is a person of that gender (first name, honorific, an earlier "she said"), has
   * a role, or has been quoted by name; capitalised names with no such evidence ("Starlight Tours")
   * are only a fallback. In a sentence: the last speaker, else the first name in the main clause.
   */
  focus(gender: Gender, para: number, wantOrg: boolean, at: number, exclude: number | null = null, orgHead?: string): number | null {
    let fallback: number | null = null;
    let i = this.lastBefore(at);
    const floor = i - FOCUS_LOOKBACK;
    while (i >= 0 && i > floor) {
      const sentence = this.history[i]!.sentence;
      // past three paragraphs back, only someone surely of that gender or quoted by name
      const extended = para - this.history[i]!.para > 3;
      if (extended && (fallback !== null || para - this.history[i]!.para > 8)) break;
      // (a sentence whose subject is "he" names its other men as objects: "He broke Kovač twice")
      if (wantOrg ? this.itSubjects.has(sentence) : this.describedSentences.has(sentence) || gender && this.pronounSubjects.get(sentence) === gender) {
        while (i >= 0 && this.history[i]!.sentence === sentence) i--;
        continue;
      }
      const cands: Mentioned[] = [];
      for (; i >= 0 && this.history[i]!.sentence === sentence; i--) {
        const c = this.candidate(this.history[i]!, gender, wantOrg, exclude, orgHead);
        if (c && !this.killedBefore(c.entity, at)) cands.unshift(c);
      }
      if (cands.length === 0) continue;
      if (extended) {
        const sure = cands.find((c) => !c.possessive && ((!!gender && this.genderOf(c.entity) === gender) || this.spokeByName.has(c.entity)));
        if (sure) return sure.entity;
        continue;
      }
      const picked = this.inSentence(cands, gender, wantOrg, at, fallback);
      if (picked.entity !== undefined) return picked.entity;
      fallback ??= picked.fallback;
    }
    return fallback;
  }

  /** A mention as a candidate for the focus: of the kind wanted and of that gender (or unknown). */
  private candidate(h: Mentioned, gender: Gender, wantOrg: boolean, exclude: number | null, orgHead?: string): Mentioned | null {
    const e = this.people.entities[h.entity]!;
    if (wantOrg ? this.isPerson(h.entity) : !this.isPerson(h.entity) || !e.solid) return null;
    if (orgHead !== undefined && !this.orgKinds.couldBe(h.entity, orgHead)) return null;
    if (h.participle || h.entity === exclude) return null;
    const g = this.genderOf(h.entity);
    if (gender && g && g !== gender) {
      // ("Okafor is at work on a novel … she says": a shared surname given to her father is, for "she", her)
      const alt = h.others?.find((o) => !this.genderOf(o) || this.genderOf(o) === gender);
      return alt !== undefined ? { ...h, entity: alt } : null;
    }
    return h;
  }

  /** A strong candidate: something says it is a person of that gender, has a role, or has been quoted by name. */
  private strong(c: Mentioned, gender: Gender, wantOrg: boolean): boolean {
    return wantOrg || (!!gender && (this.genderOf(c.entity) ?? this.people.entities[c.entity]!.genderHint) === gender) ||
      this.spokeByName.has(c.entity) || !!this.people.entities[c.entity]!.person.role;
  }

  /** The focus among one sentence's candidates, or the fallback this sentence offers. */
  private inSentence(cands: Mentioned[], gender: Gender, wantOrg: boolean, at: number, fallback: number | null): { entity?: number; fallback: number } {
    // (not as an owner: "Ortega's brother, Ramon Ortega, spoke" is about Ramon)
    // (the last to speak: who this paragraph reported speaking before `at` — "Claire Holt said Maisie had been practising" —
    // else the last speaker; or quoted by name earlier in it: "McBride said the plan would 'pull the rug'. '…,' she said")
    let speaker = this.lastSpeaker?.entity;
    let since = -1;
    for (const said of [this.paraReported, this.paraQuoted]) {
      for (let r = said.length - 1; r >= 0; r--) {
        if (said[r]!.start >= at) continue;
        if (said[r]!.start > since) { since = said[r]!.start; speaker = said[r]!.entity; }
        break;
      }
    }
    const main = cands.filter((c) => !c.possessive && !c.afterSub);
    // The sentence's subject (its first name in the main clause) when it is surely a person.
    const subj = main[0], heard = main.find((c) => c.entity === speaker);
    // (unless the subject, of the pronoun's gender, comes first: "Justice Whyte-Campbell commended Morrison …")
    const subjectFirst = !!heard && !!subj && subj.entity !== speaker && !!gender && (this.genderOf(subj.entity) ?? gender) === gender &&
      this.strong(subj, gender, false) && subjectOverLastSpeaker(this.doc.text, subj, heard);
    if (heard && !subjectFirst) return { entity: heard.entity, fallback: heard.entity };
    // (only in the nearest sentence that names someone: past it, only a strong candidate beats that one)
    // (not a subject whose given name says the other gender where the sentence names a relative surely of the pronoun's: "Moran,
    // 71, was not at the track, but his daughter Aoife Moran was on hand. “…,” she said")
    if (fallback === null && subj && subj.firstInClause && (wantOrg || this.solid(subj.entity)) && !hintAgainst(this, subj, main, gender)) return { entity: subj.entity, fallback: subj.entity };
    // (the subject of an earlier sentence who is also the nearer sentence's only candidate)
    if (subj && subj.firstInClause && subj.entity === fallback) return { entity: fallback, fallback };
    const best = main.find((c) => this.strong(c, gender, wantOrg)) ?? (main.length === 0 ? cands.find((c) => this.strong(c, gender, wantOrg)) : undefined);
    if (best) return { entity: best.entity, fallback: best.entity };
    return { fallback: (main[0] ?? cands[0]!).entity };
  }

  /** Who a subject pronoun is: a person of its gender in focus, an organisation for "it"; null for they/I/we; undefined if no pronoun. */
  pronounSpeaker(w: string, para: number, at: number, exclude: number | null = null): number | null | undefined {
    const kind = SUBJECT_PRONOUNS[w];
    if (!kind) return undefined;
    if (kind === 'm' || kind === 'f') {
      const e = this.focus(kind, para, false, at, exclude);
      // (learned from the pronoun, unless the given name says the other: "which he said" taken for Shay Lindqvist makes her no man)
      if (e !== null && !this.genderOf(e) && (this.people.entities[e]!.genderHint ?? kind) === kind) this.people.entities[e]!.gender = kind;
      return e;
    }
    if (kind === 'it') return itSpeaker(this, para, at);
    return null; // they / I / we: no single named speaker
  }

  /** The person the article gave this role, relation ("her daughter") or age ("the 58-year-old"), most recently mentioned first. */
  roleHolder(head: string, at: number, modifiers: readonly string[] = []): number | null {
    // ("the Zimbabwe captain" of two captains: the one whose role says Zimbabwe)
    for (let i = this.history.length - 1, n = 0; modifiers.length > 0 && i >= 0 && n < 300; i--, n++) {
      const x = this.history[i]!.entity;
      if (this.history[i]!.start < at && this.roles.holdersOf(head).has(x) && this.roles.wordsOf(x).some((w) => modifiers.includes(w.replace(/['’]s$/, '')))) return x;
    }
    const age = /^(\d{1,3})-year-old$/.exec(head)?.[1];
    for (let i = this.history.length - 1, n = 0; i >= 0 && n < 300; i--, n++) { // bounded: linear in the article
      if (this.history[i]!.start >= at) continue;
      const x = this.history[i]!.entity, e = this.people.entities[x]!;
      if (e.person.kind !== 'person') continue;
      if (!(this.roles.holdersOf(head).has(x) || e.relation === head || age !== undefined && e.age === Number(age))) continue;
      if (modifiers.length === 0 || !conflicts(modifiers, e.person.role, this.people.lowerWords)) return x;
    }
    // ("the teenager" again: whom the article already called so, where no one named holds it — "The president …" read
    // before the article names him is no reason to pass over the named President)
    return this.describedAs.get(head) ?? null;
  }

  /** Entity x holds an office other than the one `head` names: "the judge" is not the Advocate General. */
  otherOffice(x: number, head: string): boolean { return this.roles.otherOffice(x, head); }

  /**
   * Who a description names: nobody for a group ("police"); the organisation in focus for "the ministry"; the person the
   * article gave that role ("the health secretary", byRole); else the person in focus, but never the owner of "his"/"her"
   * the description opens on. With nobody, the description itself (unnamed).
   */
  described(head: string, para: number, at: number, unnamed: [number, number]): DescribedAs {
    const owner = DOCUMENT_NOUNS.test(head) ? documentOwner(this.doc.text, this.history, head, para, at) : null;
    // (and an "it" after it is the document: "“…,” the statement read. “…,” it added")
    if (owner !== null) { this.orgDescriptions.push({ at, para, entity: owner }); return { entity: owner }; }
    if (GROUP_NOUNS.has(head)) return { entity: null, unnamed };
    if (ORG_NOUNS.has(head)) return this.describedOrganisation(head, para, at, unnamed);
    const holder = this.roleHolder(head, at, descriptionModifiers(this.doc.text.slice(unnamed[0], at)));
    if (holder !== null) return { entity: holder, byRole: true };
    // "said the woman, who did not want to be named": someone the article will not name
    if (ANONYMOUS_AFTER.test(this.doc.text.slice(unnamed[1], unnamed[1] + 60))) return { entity: null, unnamed };
    // ("The mother of a Grade 4 student, who asked that her name not be used, said": named by the whole phrase)
    const namedNot = unnamedOnPurposeEnd(this.doc.text, unnamed[1]);
    if (namedNot !== null) return { entity: null, unnamed: [unnamed[0], namedNot] };
    const introduced = this.introducedUnnamed(head, para, at);
    if (introduced) return { entity: null, unnamed: introduced };
    // ("The source said …": someone the article does not name, whoever is in focus)
    if (ANONYMOUS_HEADS.has(head)) return { entity: null, unnamed };
    const e = this.focus(headGender(head), para, false, at);
    // ("When Chaudhary said …, the judge remarked": the person in focus holds another office)
    if (e !== null && this.otherOffice(e, head)) return { entity: null, unnamed };
    // ("according to her elder sister", "His lawyer said": someone the owner has is never the owner)
    const ownerGender = e === null ? undefined : POSSESSIVE_OWNERS[this.doc.text.slice(unnamed[0], unnamed[0] + 4).trimEnd().toLowerCase()];
    if (ownerGender && this.focus(ownerGender, para, false, at) === e) return { entity: null, unnamed };
    if (e !== null && !GENERIC_HEADS.test(head)) this.describedAs.set(head, e);
    return e === null ? { entity: null, unnamed } : { entity: e };
  }

  /** "A Western diplomat … the diplomat said": the span of the person introduced unnamed with that noun, within three paragraphs. */
  introducedUnnamed(head: string, para: number, at: number): [number, number] | null {
    for (let i = this.unnamedSubjects.length - 1, n = 0; i >= 0 && n < 80; i--, n++) {
      const u = this.unnamedSubjects[i]!;
      if (para - u.para > 3) break;
      if (u.at < at && (u.head ?? /(\p{L}+)$/u.exec(this.doc.text.slice(u.span[0], u.span[1]))?.[1]?.toLowerCase()) === head) return u.span;
    }
    return null;
  }

  /**
   * Which organisation "the ministry" names: the one whose name has that word ("the bank": Central Bank of
   * Chile), else the organisation in focus of that kind; never the agency or paper that reported it. An
   * "it" after the description is whom it named ("…," the company said. It added …: 04-it-focus).
   */
  private describedOrganisation(head: string, para: number, at: number, unnamed: [number, number]): DescribedAs {
    let e: number | null = null;
    for (let i = this.history.length - 1, n = 0; i >= 0 && n < 80 && e === null; i--, n++) {
      const h = this.history[i]!;
      if (h.start >= at) continue;
      if (para - h.para > 3) break;
      if (!this.isPerson(h.entity) && this.orgKinds.nameHas(h.entity, head)) e = h.entity;
    }
    if (e === null) {
      e = this.focus(undefined, para, true, at, listenerBefore(this, at), head);
      if (e !== null && NEWS_OUTLET.test(this.people.entities[e]!.person.name)) e = null;
      // ("In a letter …, seen by GroundUp, the union said": the one organisation the article named with that word, not one in
      // focus whose name says no kind)
      const sole = e === null || this.orgKinds.kindless(e) ? this.orgKinds.soleWithWord(this.people.mentions, head, at) : null;
      if (sole !== null) e = sole;
    }
    this.orgDescriptions.push({ at, para, entity: e });
    return e === null ? { entity: null, unnamed } : { entity: e };
  }


  /**
   * The unnamed person a pronoun refers to ("A neighbour … he said"), when one was described since
   * the named candidate `e` was last the subject; else null.
   */
  unnamedInFocus(pronoun: string, para: number, at: number, e: number | null | undefined): UnnamedSubject | null {
    const kind = SUBJECT_PRONOUNS[pronoun];
    if (kind !== 'm' && kind !== 'f') return null;
    let u: UnnamedSubject | undefined;
    for (let i = this.unnamedSubjects.length - 1, n = 0; i >= 0 && n < 80; i--, n++) {
      const x = this.unnamedSubjects[i]!;
      if (x.at >= at) continue;
      if (para - x.para > 1) break;
      if (!x.gender || x.gender === kind) { u = x; break; }
    }
    if (!u) return null;
    if (e !== null && e !== undefined) {
      // named since the unnamed person was? then the pronoun is that person's (bounded look-back)
      for (let i = this.history.length - 1, n = 0; i >= 0 && n < 80; i--, n++) {
        const h = this.history[i]!;
        if (h.start >= at) continue;
        if (h.start < u.at) break;
        // (a name inside the description only modifies it: "One former Halden site manager, who …")
        if (h.start < u.span[1]) continue;
        // (named as a subject since: "The Scot confirmed that Herrera …" leaves the Scot in focus)
        if (h.entity === e && h.firstInClause && !h.afterSub) return null;
      }
    }
    return u;
  }

  /** The subject of the sentence that starts at `from`, if someone is named there before offset `at`: its main clause's first person. */
  sentenceSubject(from: number, at: number): number | null {
    let subject: number | null = null;
    for (let i = this.lastBefore(at), n = 0; i >= 0 && n < 60 && this.history[i]!.start >= from; i--, n++) {
      const h = this.history[i]!;
      if (h.firstInClause && !h.possessive && !h.afterSub && this.isPerson(h.entity)) subject = h.entity;
    }
    return subject;
  }

  /** Someone else than e who could have said it: a person, solid. */
  private rival(x: number, e: number): boolean { return x !== e && this.isPerson(x) && this.solid(x); }

  /**
   * Rivals and distance of an attribution to entity e (bounded scans: linear in the article): for
   * a named speaker, other people named in the attributing sentence; for an inherited one, other
   * people named since e was last named or quoted, and how many paragraphs back that was.
   */
  measure(e: number, named: boolean, sentence: [number, number], q: Quotation, pi: number): { rivals: number; distance: number } {
    const others = new Set<number>();
    let distance = 0;
    if (named) {
      for (let i = this.history.length - 1, n = 0; i >= 0 && n < 40; i--, n++) {
        const h = this.history[i]!;
        if (h.start < sentence[0]) break;
        if (h.start < sentence[1] && !h.possessive && this.rival(h.entity, e)) others.add(h.entity);
      }
    } else {
      const quoted = this.lastQuoted.get(e);
      let at = quoted?.[0] ?? -1, para = quoted?.[1] ?? -1;
      for (let i = this.history.length - 1, n = 0; i >= 0 && n < 60; i--, n++) {
        const h = this.history[i]!;
        if (h.start >= q.open) continue;
        if (h.start < at || pi - h.para > 4) break;
        if (h.entity === e) { at = h.start; para = h.para; break; }
        if (this.rival(h.entity, e)) others.add(h.entity);
      }
      distance = para < 0 ? 9 : pi - para;
    }
    this.lastQuoted.set(e, [q.close, pi]);
    return { rivals: others.size, distance };
  }
}
