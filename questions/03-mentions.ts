// Stage 3, part 1 — mentions: every capitalised name sequence outside the
// quotations, read into the name, the title or role before or after it, and
// what it says of the bearer (honorific, relation, age, a pronoun after it).
// A sequence is no name at all when a named rule says so (NOT_A_NAME: a work,
// a thing someone has, a place, a law, a demonym, a headline in title case …).

import type { Doc } from './01-normalise';
import type { Quotation } from './02-quotations';
import { bare, firstNameGender, givenName, initials, isAcronym, isInitial, type Gender } from './03-names';
import { knownFirst, NOT_A_NAME, NOT_A_NAME_EARLY, type NameReading as Reading } from './03-not-a-name';
import { PLACE_BEFORE } from './03-not-a-name-place';
import { roleOf } from './03-mention-role';
import { isRoleNoun, pluralTitle } from './03-roles';
import { givenNotTitle } from './03-given-title';
import { GIVEN_NAME_MODALS, GIVEN_NAME_MONTHS, NON_NAME_WORDS } from './data/non-names';
import { AREA_WORDS, BASED_OR_OWNED, ORG_ACRONYMS, ORG_WORDS, PLACE_WORDS, VEHICLE_MAKES } from './data/organisations';
import { ROLE_NOUNS } from './data/roles';
import { BEFORE_SRI, BURMESE_HONORIFICS, BURMESE_NAME_WORDS, GENERATIONS, HONORIFICS, MEMBER_LETTERS, PATRONYMIC_OPENERS, PERSON_TITLES, PORTFOLIO_OF, PORTFOLIO_OFFICES, SCHOOL_YEARS, SON_OF, SUFFIXES, TITLES } from './data/titles';
import { isSpeechVerb } from './speech-verbs';
import { endsClause, INITIAL_NAME, relationWord } from './03-scan';
import { headedBy, kindInAppositive, modifiesRoleAfter, namedAfterOrgKind, namedAsOrgKind, pluralVerbAfter } from './03-org-kinds';
import { ageOf, describedAsPerson, pronounGenderAfter, relationBefore, SENIORITY_WORDS, seniorityOf } from './03-bearer';

export const slug = (name: string) =>
  'p-' + name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export interface RawMention {
  start: number;
  end: number;
  para: number;
  tokens: string[];
  /** Title tokens that came before the name: "Sen.", "Russian President". */
  titleTokens: string[];
  kind: 'person' | 'organisation';
  possessive: boolean;
  honorific: string | undefined;
  role: string | undefined;
  /** A single capitalised word at the start of a sentence: a name only if the article names someone so. */
  loneOpener?: boolean;
  /** A single word set off by what its bearer does ("Kunhimoosa, the master builder,"): a person. */
  describedAsPerson?: boolean;
  /** Written right after "the" ("the Edmonton Oilers"): a team, firm or place, not a person. */
  theBefore?: boolean;
  /** A title word alone ("House"): a surname only of someone named in full. */
  titleOnly?: boolean;
  /** How the words before the name relate them to someone: "wife" in "his wife, Meena Patel" (RELATIONS gives its gender). */
  relation?: string;
  /** Gender of a pronoun right after the name in its clause: "Dr Ashby said he planned …". */
  pronounAfter?: Gender;
  /** "Mrs Reid, 58,", "the 58-year-old Morag Reid". */
  age?: number;
  /** "the younger Mr Goh", "the elder Mr. Bush": which of two by age. */
  seniority?: 'younger' | 'older';
  /** "Jr.", "III": the post-nominal that tells a son from his father (data/titles GENERATIONS). */
  generation?: string;
  /** Opens its sentence: most often the sentence's subject. */
  opensSentence?: boolean;
}

/** Before a name: a title and "of" ("Secretary of", "Superintendent of the"). */
const TITLE_OF = new RegExp(`\\b(?:${[...TITLES].filter((t) => t.length > 3 && /^[a-z]+$/.test(t)).join('|')})\\s+of\\s+(?:the\\s+)?$`, 'i');

/** Spans of the text that are not names: quotations and non-prose paragraphs. */
/** A capitalised nickname with no punctuation of its own, right after a given name ("Raúl “El Turco” Benavídez"). */
function nicknameAfterGivenName(text: string, q: Quotation): boolean {
  const given = /(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, q.open - 30), q.open))?.[1];
  return given !== undefined && !!givenName(given) && /^\p{Lu}[^,.!?]*$/u.test(text.slice(q.start, q.end));
}

export function frameSegments(doc: Doc, quotes: Quotation[]): { start: number; end: number; para: number; nicknames: [number, number][] }[] {
  const segs: { start: number; end: number; para: number; nicknames: [number, number][] }[] = [];
  const { text } = doc;
  let qi = 0;
  for (const [pi, p] of doc.paragraphs.entries()) {
    if (p.kind !== 'prose') continue;
    let at = p.start;
    let nicknames: [number, number][] = [];
    while (qi < quotes.length && quotes[qi]!.para < pi) qi++;
    for (let j = qi; j < quotes.length && quotes[j]!.para === pi; j++) {
      const q = quotes[j]!;
      // Clarence "Buck" Oduya: a nickname inside a name stays in the segment, blanked (of two or three words after a given name
      // only: Raúl "El Turco" Benavídez; not calling Trump "an orange buffoon," Susan said); in brackets too: Margaret (‘Peggy’) Ashdown
      const [open, close] = text[q.open - 1] === '(' && text[q.close] === ')' ? [q.open - 1, q.close + 1] : [q.open, q.close];
      if (q.kind === 'title' && (q.words === 1 || q.words <= 3 && nicknameAfterGivenName(text, q)) && /\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, open - 30), open)) &&
        /^\s\p{Lu}/u.test(text.slice(close, close + 2))) { nicknames.push([open, close]); continue; }
      if (q.open > at) segs.push({ start: at, end: q.open, para: pi, nicknames });
      nicknames = [];
      at = Math.max(at, q.close);
    }
    if (p.end > at) segs.push({ start: at, end: p.end, para: pi, nicknames });
  }
  return segs;
}

const skipSpaces = (r: Reading) => { while (r.text[r.offset] === ' ' || r.text[r.offset] === '\u00a0') r.offset++; };
const peel = (r: Reading, keep: boolean) => {
  const t = r.tokens[0]!;
  if (keep) r.titleTokens.push(t);
  r.offset += t.length;
  r.tokens = r.tokens.slice(1);
  skipSpaces(r);
};

const INITIAL_NAME_TOKEN = new RegExp(`^${INITIAL_NAME}$`, 'u');

/**
 * "Herder D.Ganbold", "Ministry B.Oyunchimeg", "NGO S.Nomin-Erdene": a name written with its
 * patronymic's initial is the whole name; the capitalised words before it are a title or an office.
 */
function peelBeforeInitialName(r: Reading): void {
  if (r.tokens.length < 2 || !INITIAL_NAME_TOKEN.test(r.tokens[r.tokens.length - 1]!.replace(/['’]s$/, ''))) return;
  while (r.tokens.length > 1) peel(r, true);
  r.orgName = false;
}

/**
 * "Dana M. Whitcombe": a letter after a given name is a middle initial, not the French "M." (Monsieur); so after a
 * capitalised word that is no title, role or common word ("Lawyer Kebba M. Jobe": a given name the data set lacks).
 */
const middleInitial = (tokens: string[], i: number) => i > 0 && isInitial(tokens[i]!) && i === tokens.length - 2 && (!!givenName(tokens[i - 1]!) || unknownWord(tokens[i - 1]!));
const unknownWord = (t: string) => /^\p{Lu}\p{Ll}+$/u.test(t) && !TITLES.has(bare(t)) && !HONORIFICS.has(bare(t)) && !NON_NAME_WORDS.has(bare(t)) && !isRoleNoun(bare(t));

/** Quantifiers before a name and a role noun: "One EU diplomat", "Another Labour councillor". */
const QUANTIFIERS = new Set(['one', 'another', 'each', 'every', 'several', 'some', 'many', 'few', 'two', 'three']);

/** Prepositions that open a sentence's opening phrase ("Outside Parliament, …"). */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'outside', 'inside', 'across', 'within', 'throughout', 'beyond', 'amid', 'among',
  'under', 'over', 'near', 'during', 'from', 'to', 'into', 'against', 'behind', 'around', 'without', 'despite']);
/** Conjunctions and subordinators that open a sentence before a name: never part of it. */
const OPENERS = new Set(['as', 'but', 'and', 'or', 'so', 'yet', 'when', 'while', 'if', 'after', 'before', 'since', 'because', 'although', 'though', 'then', 'now', 'also', 'however', 'meanwhile', 'until', 'unless']);

/**
 * Peel sentence openers, honorifics and titles off the front ("White House", "Republican Party":
 * common words before an organisation word are the organisation's name). False when nothing is left.
 */
function peelFront(r: Reading): boolean {
  // "Stated Stone:", "Continued Stone: “…”", "Added Smith:": a verb of saying that opens the sentence
  // before its subject is no part of the name (a given name is: "Said Hamdan", "Said bin Nasser al Balushi" before "bin")
  const first = r.tokens[0]!;
  // ("Outside Parliament, the board said", "In Congress, Republicans …": a preposition opening the sentence's opening
  // phrase is no part of the name; with no comma after it, it may be: "Under Armour said")
  const openingPhrase = r.sentenceStart && OPENING_PREPOSITIONS.has(bare(first)) && r.segText[r.m.index + r.m[0].length] === ',';
  if (r.tokens.length > 1 && /^\p{Lu}\p{Ll}+(?:ed|d)$/u.test(first) && isSpeechVerb(first.toLowerCase()) && !givenName(first) && !beforeBin(r)) peel(r, false);
  while (r.tokens.length > 1 || (r.tokens.length === 1 && HONORIFICS.has(bare(r.tokens[0]!)))) {
    const t = r.tokens[0]!;
    const b = bare(t);
    // (an organisation's name keeps the common words before its organisation word, "White House"; not a
    // conjunction or subordinator opening the sentence: "As Breitbart News reported")
    // ("Denver-based Crestline Hospitality Group" is Crestline Hospitality Group: where it is based is no part of its name;
    // nor who owns or runs it: "State-owned Transnet Freight Rail")
    const based = BASED_OR_OWNED.test(b);
    // ("One EU diplomat said": a quantifier opening the sentence before a name that modifies a role)
    const quantifier = QUANTIFIERS.has(b) && isRoleNoun(/^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 30))?.[1] ?? '');
    const phrase = openingPhrase && t === first;
    if (r.orgName && b !== 'the' && !OPENERS.has(b) && !based && !quantifier && !phrase) break;
    if (b === 'the' && r.titleTokens.length === 0) r.peeledThe = true;
    // ("M. K. Stalin": an initial before another is no "M." for Monsieur)
    // ("Jan Van der Straeten": a month's abbreviation stands before a date, never before a name; there it is one)
    // ("Bury captain Will Tindall": a modal inside a sentence before a surname alone is a given name; "Will Smith attend?" opens one)
    if (initials(r.tokens, 0) || givenNotTitle(r, 0) || GIVEN_NAME_MONTHS.has(b) && /^\p{Lu}\p{Ll}+$/u.test(t) || beforeBin(r) && !HONORIFICS.has(b) && !TITLES.has(b) ||
      GIVEN_NAME_MODALS.has(b) && !r.sentenceStart && r.tokens.length === 2) break;
    if (HONORIFICS.has(b) || BURMESE_HONORIFICS.has(b) && BURMESE_NAME_WORDS.has(bare(r.tokens[1] ?? ''))) r.honorific ??= b;
    // ("Mr. Sunday Okon": right after an honorific, a word before a surname is a first name)
    else if (r.honorific && r.tokens.length === 2 && NON_NAME_WORDS.has(b) && /^\p{Lu}\p{Ll}+$/u.test(t) && !TITLES.has(b)) break;
    else if (TITLES.has(b) || phrase || NON_NAME_WORDS.has(b) && (!r.orgName || OPENERS.has(b) || quantifier) || isAcronym(t) && r.tokens.length > 2 || /-year-old$/.test(b) || DESCRIBED_BY_FAMILY.test(b) || based) { /* title, opener, age, family or base */ }
    // ("Det Con Gillespie": after "Det", "Con" is a constable, no given name)
    else if (b === 'con' && /^det(?:ective)?$/.test(bare(r.titleTokens.at(-1) ?? ''))) { /* rank */ }
    // "Passenger Gwen Rhys", "Cyclist Paul Adeyemi", "Senior Priya Nair": a role noun or school year before a first name and
    // surname ("Substitute Danny Wells": a given name of the data set after it will do; after a title too: "Chief Meteorologist Gene Abernathy";
    // "Hydrologist Orsolya Pálfi": a noun of a trained trade in "-ist" is nobody's given name, whatever follows it)
    else if (r.tokens.length > 2 && !r.honorific && r.titleTokens.every((x) => TITLES.has(bare(x))) && (isRoleNoun(b) || SCHOOL_YEARS.has(b)) && !firstNameGender(t) &&
      (firstNameGender(r.tokens[1]!) || !givenName(t) && (givenName(r.tokens[1]!) || b.endsWith('ist')))) { /* role */ }
    // "Having Billy Eichner …", "Knowing Bardos …": a verb opening the sentence, not a first name
    // (inside a sentence it is a name's word: "the association, Vereniging Werkgevers Lashing,"; and before
    // an appositive or a verb of saying, the subject's: "Tshering Dorji, a senior officer …, said")
    else if (/^\p{Lu}\p{Ll}+ing$/u.test(t) && !givenName(t) && r.titleTokens.length === 0 && r.sentenceStart && !subjectAfter(r)) { /* opener */ }
    else break;
    peel(r, !NON_NAME_WORDS.has(b) || TITLES.has(b) || /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(t));
    if (r.tokens.length === 0) return false;
  }
  return true;
}

/** The name's second word is "bin", "binti" …: its first is a given name ("Said bin Nasser al Balushi"). */
const beforeBin = (r: Reading) => SON_OF.has(bare(r.tokens[1] ?? ''));

/** A word joined to a number or a half: "five-eighth", "second-rower", "two-time", "half-back". */
const NUMBERED_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|half|full|double|triple)-\p{Ll}/u;

/**
 * "Assistant Commissioner Eric Stubbs", "Toronto Mayor John Tory", "Maricopa County Recorder Helen
 * Purcell": everything up to the last title is role.
 */
function peelTitles(r: Reading): void {
  for (let i = r.tokens.length - 2; i >= 0 && !r.orgName; i--) {
    const b = bare(r.tokens[i]!);
    // (a role noun only before a first name and a surname: "Dane Whitlock", "Duke Ellington" are names;
    // an agent noun only before a known first name and a surname: "County Recorder Helen Purcell"; "Tan Sri", a Malaysian title)
    const role = (ROLE_NOUNS.has(b) || b.startsWith('co-') && ROLE_NOUNS.has(b.slice(3))) && r.tokens.length - i > 2 || r.tokens.length - i === 3 && i > 0 && isRoleNoun(b) && knownFirst(r.tokens[i + 1]!) ||
      b === 'sri' && i > 0 && BEFORE_SRI.has(bare(r.tokens[i - 1]!));
    // ("Muhammad Zaidi bin Haji Omar": an honorific after "bin" is the father's, inside the name; "Lieutenant-Colonel …": two titles)
    // ("Five-eighth Jayden Pirihi", "Second-rower Tom Hale": a word made with a number before a given name and a surname is a
    // position or a record, no name; not in a headline's title case, "First-Ever National Lead"; nor is a plural title there:
    // "Commissioners Mark Haddad and Luisa Ortiz")
    const beforeGiven = r.tokens.length - i > 2 && !!givenName(r.tokens[i + 1]!);
    const title = TITLES.has(b) || pluralTitle(b) && beforeGiven || b.includes('-') && (b.split('-').every((x) => TITLES.has(x)) || NUMBERED_WORD.test(b) && beforeGiven);
    if ((title || HONORIFICS.has(b) || role) && !/^(?:of|the|state|house|white|first|press|party|national|security|general|health)$/.test(b) &&
      !initials(r.tokens, i) && !givenNotTitle(r, i) && !(i > 0 && PATRONYMIC_OPENERS.has(bare(r.tokens[i - 1]!))) && !middleInitial(r.tokens, i)) {
      for (let n = 0; n <= i; n++) {
        if (HONORIFICS.has(bare(r.tokens[0]!))) r.honorific ??= bare(r.tokens[0]!);
        peel(r, true);
      }
      // ("Illinois Attorney General Lisa Madigan": the office's last word, which alone names no office, goes with it; so does
      // the body's acronym after it: "Senior Vice President KCCI Syed Asif Raza Naqvi")
      while (r.tokens.length > 2 && (TITLES.has(bare(r.tokens[0]!)) || isAcronym(r.tokens[0]!)) && !initials(r.tokens, 0)) peel(r, true);
      return;
    }
  }
}

/**
 * "Minister of Innovation, Science and Economic Development Navdeep Bains": capitalised words before
 * a given name and a surname, none of them a given name or an initial, finish a title the sequence
 * began before (the rest of an office's or a department's name), not the person's name.
 */
function peelTitleRemnant(r: Reading): void {
  // ("State Secretary for Foreign Economic Relations Tamás Bércesi", "Member for Wendouree Carla Vescio": after an office's "for"
  // or "of", the words before a given name and a surname finish the portfolio or the seat)
  const afterOffice = OFFICE_OF_BEFORE.test(r.before);
  if (r.honorific || r.titleTokens.length > 0 && !afterOffice || r.orgName || r.tokens.length < 3) return;
  const k = r.tokens.findIndex((t) => !!givenName(t));
  if (k < 1 || k > r.tokens.length - 2) return;
  if (afterOffice && k === r.tokens.length - 2) { for (let n = 0; n < k; n++) peel(r, true); return; }
  const lead = r.tokens.slice(0, k);
  const orgish = lead.every((t) => /^\p{Lu}\p{Ll}{2,}$/u.test(t) && (ORG_WORDS.has(t.toLowerCase()) || /(?:ment|tion|ity|ic|al|ics|ure|ness|ance|ence|ship)$/.test(t)));
  // ("Deputy Minister of Youth and Sports Rashad Aliguliyev": the last item of a portfolio before the name; the whole office is the role)
  const portfolio = r.before.endsWith('and ') || r.before.endsWith('& ') ? PORTFOLIO_BEFORE.exec(r.before) : null;
  if (!orgish && !portfolio && !namedBody(lead, r.tokens.length - k, r.tokens[k]!)) return;
  for (let n = 0; n < k; n++) peel(r, true);
  if (portfolio) r.titleTokens.unshift(...portfolio[1]!.trim().split(/\s+/));
}

/** An office in capitals and its "for" or "of" right before a name sequence: "State Secretary for ", "Member for ". */
const OFFICE_OF_BEFORE = /\b(?:Member|Secretary|Minister|Commissioner|Director|Spokesperson|Spokesman|Spokeswoman|Senator|Representative|Councillor|Minister of State)\s+(?:of|for)\s+$/;

/** An office in capitals and a portfolio of several items, up to the "and" before the last: "Deputy Minister of Youth and ". */
const PORTFOLIO_BEFORE = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:${PORTFOLIO_OFFICES.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\s+${PORTFOLIO_OF}\s+(?:\p{Lu}[\p{L}'’-]*,?\s+){1,6}(?:and|&)\s+)$`, 'u');

/**
 * "… of the Northern Sea Route Directorate Vitaly Andreyevich Zorin", "Governor of the Arkhangelsk Region Oleg Pavlovich
 * Tishkov", "the fleet operator Arktikflot Sergei Nikolayevich Velikanov": the name of the body someone heads, written
 * against theirs. A known first name starts the person: after an organisation's or a place's word, with a surname; else
 * with a middle name or patronymic and a surname.
 */
function namedBody(lead: readonly string[], rest: number, first: string): boolean {
  // (a first name the lists know, accented or not, is no body's word: "María José Carrasco Ibáñez")
  if (lead.some((t) => !/^\p{Lu}[\p{Ll}-]{2,}$/u.test(t) || firstNameGender(t))) return false;
  const bodyWord = lead.some((t) => ORG_WORDS.has(t.toLowerCase()) || PLACE_WORDS.has(t.toLowerCase()) || AREA_WORDS.includes(t.toLowerCase()));
  // (a given name of the data set after a body's word; else one whose gender the common-names list knows)
  return bodyWord ? rest >= 2 && !!givenName(first) : rest >= 3 && !!firstNameGender(first);
}

/** Drop a trailing full stop that ends the sentence, a possessive ending, and post-nominals (Jr., KC, MP). */
function trimEnd(r: Reading): number {
  const last = r.tokens[r.tokens.length - 1]!;
  let end = r.m.index + r.m[0].length;
  if (/\.$/.test(last) && !isInitial(last) && !SUFFIXES.has(bare(last))) {
    r.tokens[r.tokens.length - 1] = last.slice(0, -1);
    end--;
  }
  r.possessive = /['’]s$/.test(r.tokens[r.tokens.length - 1]!);
  if (r.possessive) { r.tokens[r.tokens.length - 1] = r.tokens[r.tokens.length - 1]!.slice(0, -2); end -= 2; }
  // ("Haskins’ letter", "Jones' car": a name in -s owns with the apostrophe alone)
  else r.possessive = /\p{Ll}s$/u.test(r.tokens[r.tokens.length - 1]!) && /^['’] \p{Ll}/u.test(r.segText.slice(end, end + 3));
  while (r.tokens.length > 1 && SUFFIXES.has(bare(r.tokens[r.tokens.length - 1]!)) || r.tokens.length > 2 && MEMBER_LETTERS.has(bare(r.tokens[r.tokens.length - 1]!))) {
    const generation = GENERATIONS[bare(r.tokens.pop()!)];
    if (generation) r.generation = generation;
  }
  r.lowered = r.tokens.map(bare);
  return end;
}

/** "Senior Superintendent of Police Navdeep Brar": after "TITLE of", the words before a first name and surname finish the title. */
function peelAfterTitleOf(r: Reading): void {
  if (r.honorific || r.orgName || r.titleTokens.length > 0 || r.tokens.length <= 2 || !TITLE_OF.test(r.before.slice(-40))) return;
  // (an initial opens the person's name: "Leader of the Opposition K. Sadananda Hegde")
  while (r.tokens.length > 2 && !knownFirst(r.tokens[0]!) && !isInitial(r.tokens[0]!)) peel(r, true);
  r.lowered = r.tokens.map(bare);
}

/** A model's designation after it, "Aurenne A48s", "Boeing 737", "Airbus A320neo": the name is its maker (not a year: "Clinton 2016"). */
function makerOfModel(r: Reading): boolean {
  // (every name comes here: first the character after its spaces, a capital or a digit, before any slice or pattern)
  const end = r.m.index + r.m[0].length;
  let k = end;
  while (r.segText[k] === ' ' || r.segText[k] === '\u00a0') k++;
  const c = r.segText.charCodeAt(k);
  if (k === end || !(c >= 65 && c <= 90 || c >= 48 && c <= 57) || r.honorific || r.possessive || r.titleTokens.length > 0 || givenName(r.tokens[0]!)) return false;
  const m = /^[ \u00a0]+([A-Z]{1,3}-?\d{2,4}|\d{3})[a-z]{0,3}\b/.exec(r.segText.slice(end, end + 14));
  return m !== null && !/^(?:19|20)\d\d$/.test(m[1]!);
}

/** The last words of the makes (data/organisations VEHICLE_MAKES): the pre-check, with no string joined for most names. */
const MAKE_LAST_WORDS: ReadonlySet<string> = new Set([...VEHICLE_MAKES].map((m) => m.split(' ').pop()!));

/** A maker of cars or motorcycles, alone or ending a team's name ("Aston Martin", "Halden Racing Porsche"). */
const vehicleMake = (tokens: readonly string[]) => MAKE_LAST_WORDS.has(tokens[tokens.length - 1]!) && (VEHICLE_MAKES.has(tokens.join(' ')) ||
  tokens.length > 2 && !givenName(tokens[0]!) && (VEHICLE_MAKES.has(tokens.slice(-2).join(' ')) || VEHICLE_MAKES.has(tokens[tokens.length - 1]!)));

/** A word of an organisation's name; an acronym only in capitals ("AP", not the honorific "Ap"). */
const isOrgWord = (lowered: string, token: string) => ORG_WORDS.has(lowered) && (!ORG_ACRONYMS.has(lowered) || !/\p{Ll}/u.test(token));

/**
 * Read one name sequence: the name, what stands before and after it, or null when a rule says it
 * names nobody. Words of a sequence read as a place or a law ("at Davis", "Bill C-69") go into `things`.
 */
export function readMention(text: string, seg: { start: number; para: number }, m: RegExpExecArray, segText: string, things?: Set<string>): RawMention | null {
  // (a lone sentence opener, "The", "But", "Monday": most capitalised sequences, and no name)
  if (!m[0].includes(' ') && !m[0].includes('\u00a0')) { const word = bare(m[0]); if (NON_NAME_WORDS.has(word) && !HONORIFICS.has(word)) return null; }
  const tokens = m[0].includes('  ') || m[0].includes('\u00a0') ? m[0].split(/[ \u00a0]+/) : m[0].split(' ');
  const described = kindInAppositive({ segText, m, tokens }) || pluralVerbAfter({ segText, m, tokens }); // (read once, used thrice)
  const r: Reading = {
    text, segText, m, tokens, lowered: [], offset: seg.start + m.index, titleTokens: [], honorific: undefined, peeledThe: false,
    // ("Mayor Denise Hall", "Coun. Tom House": a person's title before a given name and a surname is no organisation's name)
    // ("James Martin Center for Nonproliferation Studies": an organisation word before "of", "for" or "on" too, as withOrgOf joined it)
    // ("Marks & Spencer", "Standard & Poor": a name joined by an ampersand is a firm's or a body's)
    orgName: tokens.length > 1 && (ORG_WORDS.has(bare(tokens[tokens.length - 1]!)) || tokens.includes('&') ||
      tokens.length > 2 && (tokens.includes('of') || tokens.includes('for') || tokens.includes('on')) && tokens.some((t, i) => /^(?:of|for|on)$/.test(tokens[i + 1] ?? '') && ORG_WORDS.has(bare(t))) && !headedBy(tokens)) && !titledPerson(tokens) ||
      namedAsOrgKind(segText, m.index, tokens) || described,
    // (80 characters before the sequence at most: bounded, it keeps the scan linear)
    before: segText.slice(Math.max(0, m.index - 80), m.index), tail: '', tailWord: '', firstWord: false,
    // (the 24 characters before the sequence, as `tail` will hold them)
    sentenceStart: m.index === 0 || endsClause(segText.slice(Math.max(0, m.index - 24), m.index)), possessive: false, inner: -1, titleOnly: false,
  };
  if (!peelFront(r) || r.tokens[0] === '&') return null;
  peelBeforeInitialName(r);
  peelTitles(r);
  peelTitleRemnant(r);
  let end = seg.start + trimEnd(r);
  // "Mr. King", "Ms. Price": after an honorific a title word is a surname. Alone, a title word
  // ("says House") is a name only where the article names someone so in full ("Christopher House").
  r.titleOnly = r.tokens.length === 1 && !r.honorific && TITLES.has(r.lowered[0]!) && !NON_NAME_WORDS.has(r.lowered[0]!) &&
    !HONORIFICS.has(r.lowered[0]!) && /^\p{Lu}\p{Ll}+$/u.test(r.tokens[0]!);
  for (let i = 0; i < r.tokens.length - 1; i++) if (r.tokens[i]!.endsWith("'s") || r.tokens[i]!.endsWith('’s')) r.inner = i;
  if (NOT_A_NAME_EARLY.some((rule) => rule.test(r))) return null;
  // A possessive inside the name: the name is what follows it ("Donald Trump's White House")
  if (r.inner >= 0) {
    for (let n = 0; n <= r.inner; n++) peel(r, false);
    r.lowered = r.tokens.map(bare);
  }
  peelAfterTitleOf(r);
  r.tail = r.before.slice(-24); // enough for the end-anchored tests, which would scan all of `before`
  r.tailWord = relationWord(r.tail);
  r.firstWord = r.offset === seg.start + m.index;
  const notName = NOT_A_NAME.find((rule) => rule.test(r));
  if (notName) {
    // (a place by a place word, a law by its number, or after in/at/from/near: "treatment of Musk" is no place)
    // ("in Musk’s view": an owner after a preposition is no place)
    const strong = notName.name !== 'place-after-preposition' || !r.possessive && /^(?:in|at|from|near)$/.test(PLACE_BEFORE.exec(r.tail)?.[1] ?? '');
    if (things && strong && /^(?:place-after-preposition|place-after-area-word|place-word|numbered-law)$/.test(notName.name)) for (const t of r.lowered) things.add(t);
    return null;
  }
  // "Christopher House", "Tim Hall": a known first name and one more word is a person (after a person's title, any given name)
  const firstAndLast = r.tokens.length === 2 && (knownFirst(r.tokens[0]!) || r.titleTokens.some((t) => PERSON_TITLES.has(bare(t))) && !!givenName(r.tokens[0]!));
  // ("UC Davis", "NYU Langone": an acronym before a word that is no given name names an institution)
  // (nor after a word that is no given name, "Bembridge RNLI", "Cardiff RFC": a body's branch or club by its place)
  const acronymFirst = r.tokens.length === 2 && (isAcronym(r.tokens[0]!) && !givenName(r.tokens[1]!) || /^\p{Lu}\p{Ll}+$/u.test(r.tokens[0]!) && /^\p{Lu}{3,}$/u.test(r.tokens[1]!) && !givenName(r.tokens[0]!));
  const org = !r.titleOnly && (r.lowered.some((t, i) => isOrgWord(t, r.tokens[i]!)) && !firstAndLast || r.tokens.every(isAcronym) || acronymFirst || r.tokens.includes('&') || modifiesRoleAfter(r) || makerOfModel(r) || vehicleMake(r.tokens) ||
    !r.honorific && (r.titleTokens.length === 0 && namedAfterOrgKind(r) || described && r.titleTokens.every((t) => /^the$/i.test(t))));
  const role = org ? undefined : roleOf(r);
  const { tail, tailWord: lastWord, honorific, titleTokens } = r;
  const person = !org && r.tokens.length === 1 && !honorific && describedAsPerson(segText.slice(m.index + m[0].length, m.index + m[0].length + 60), r.sentenceStart && r.firstWord);
  return {
    start: r.offset, end, para: seg.para, tokens: r.tokens, titleTokens, kind: org ? 'organisation' : 'person', possessive: r.possessive,
    honorific, role, titleOnly: r.titleOnly || undefined, generation: r.generation || undefined, opensSentence: r.sentenceStart || undefined,
    // (the pattern only where the word before the name is a relation: most names have none)
    relation: relationBefore(r.before),
    age: ageOf(lastWord === 'old' ? tail : '', segText.slice(m.index + m[0].length, m.index + m[0].length + 8)),
    seniority: SENIORITY_WORDS.has(lastWord) ? seniorityOf(tail) : undefined,
    // (only a surname alone needs it, to choose among relatives)
    pronounAfter: r.tokens.length === 1 ? pronounGenderAfter(segText.slice(m.index + m[0].length, m.index + m[0].length + 60), r.sentenceStart) : undefined,
    // ("The Maple Leafs said": the sentence's capital "The" is peeled as a title word, and is still "the")
    theBefore: !honorific && titleTokens.every((t) => /^the$/i.test(t)) && (r.peeledThe || lastWord === 'the' && /\bthe\s+$/i.test(tail) && r.firstWord),
    // ("Denise, a housekeeper at the hotel, said": a first name set off by what she is opens the sentence as its subject)
    // ("MedPoint, the regional pharmacy chain …, said", "Nightjar have moved …": an organisation by its kind or its verb)
    loneOpener: r.tokens.length === 1 && r.sentenceStart && r.firstWord && !honorific && !(org && described) && !person &&
      !isSpeechVerb(/^\s+(?:also\s+|later\s+|then\s+)?([\p{L}]+)/u.exec(segText.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? '') &&
      !(firstNameGender(r.tokens[0]!) && /^,\s+(?:a|an|the|\d)/.test(segText.slice(m.index + m[0].length, m.index + m[0].length + 8))),
    describedAsPerson: person || undefined,
  };
}

/** "Mother-of-five Margaret Yakasa", "father-of-two": what someone is to their family, before the name. */
const DESCRIBED_BY_FAMILY = /^\p{L}+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/u;

/** An appositive ("…, a senior officer", "…, 56,") or a verb of saying right after the sequence: it is the sentence's subject. */
function subjectAfter(r: Reading): boolean {
  const after = r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 16);
  return /^,\s+(?:a|an|the|\d)\b/.test(after) || isSpeechVerb(/^\s+([\p{Ll}]+)/u.exec(after)?.[1] ?? '');
}

/** A person's title, then a given name and one more word: "Mayor Denise Hall", "Coun. Tom House". */
function titledPerson(tokens: string[]): boolean {
  return tokens.length === 3 && PERSON_TITLES.has(bare(tokens[0]!)) && !!givenName(tokens[1]!);
}
