// Stage 3 — find people (and organisations) and merge every form of a name:
// "Sen. Ben Sasse", "Sasse", "Mr. Sasse" and "Sasse's" are one person, named
// by the fullest form the article gives. Only text outside quotations counts.

import type { Doc } from './01-normalise';
import type { Quotation } from './02-quotations';
import { FEMALE_NAMES, MALE_NAMES } from './data/first-names';
import { NON_NAME_WORDS } from './data/non-names';
import { AREA_WORDS, ORG_WORDS, PLACE_PREFIXES, PLACE_WORDS, SURNAME_PLACE_WORDS, THING_HEADS } from './data/organisations';
import { GENDERED_HONORIFICS } from './data/pronouns';
import { GROUP_NOUNS, RELATIONS, ROLE_NOUNS } from './data/roles';
import { ABBREVIATIONS, HONORIFICS, NAME_PARTICLES, SUFFIXES, TITLES } from './data/titles';
import { ADDRESSING_VERBS } from './data/function-words';
import { isSpeechVerb } from './speech-verbs';
import type { Person } from './types';

export type Gender = 'm' | 'f' | undefined;

export interface Entity {
  person: Person;
  gender: Gender;
  /** Evidence that this is a person: a known first name, an honorific, a title or role. */
  personish: boolean;
  /** Some mention reads "the X": a team, firm or place. */
  the: boolean;
  /** Mentions outside quotations. */
  mentions: number;
  /** Has a first and last name, an honorific, or was seen speaking: safe to show as a choice. */
  solid: boolean;
  /** How the article relates them to someone else: "daughter" ("Her daughter, Claire …"). */
  relation?: string;
  /** The age the article gives them ("Mrs Reid, 58,", "58-year-old Morag Reid"): "the 58-year-old" is them. */
  age?: number;
}

export interface Mention {
  start: number;
  end: number;
  para: number;
  /** Index into People.entities. */
  entity: number;
  possessive: boolean;
  /** A surname alone that others of the article could be too ("Dr. Abernathy" with two Dr. Abernathys): who. */
  others?: number[];
}

export interface People {
  entities: Entity[];
  /** Every mention outside quotations, in text order. */
  mentions: Mention[];
}

// A capitalised word (O'Brien, Jean-Luc, McCain), an initial (J.) or an abbreviation (Sen.).
const TOKEN = String.raw`(?:(?:\p{Lu}\.){2,}|(?:${ABBREVIATIONS.join('|')})\.|\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lu}\.)(?:['’]s)?`;
const PARTICLE = String.raw`(?:${[...NAME_PARTICLES].join('|')})`;
const NAME_SEQUENCE = new RegExp(String.raw`${TOKEN}(?:[ \u00a0]+(?:${PARTICLE}[ \u00a0]+)*${TOKEN})*`, 'gu');

const bare = (t: string) => {
  let s = t.endsWith("'s") || t.endsWith('’s') ? t.slice(0, -2) : t;
  if (s.endsWith('.')) s = s.slice(0, -1);
  return s.toLowerCase();
};
const isAcronym = (t: string) => /^\p{Lu}{2,}$/u.test(t.replace(/['’]s$/, ''));

function firstNameGender(t: string): Gender {
  const f = t.toLowerCase();
  return FEMALE_NAMES.has(f) ? 'f' : MALE_NAMES.has(f) ? 'm' : undefined;
}

export const slug = (name: string) =>
  'p-' + name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface RawMention {
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
}

/**
 * "… said he", "…, who has her": the gender of a he/she/his/her within a few words, in the same
 * clause; or, for a name that opens a short sentence, of the "He"/"She" that opens the next one
 * ("Bell is less sure. He …"; not "…, Lohmar said. She was taken …").
 */
function pronounGenderAfter(after: string, opensSentence: boolean): Gender {
  // (not someone the name speaks to or of: "Whitfield asked whether she would …", "Smith told her")
  const m = PRONOUN_AFTER.exec(after) ??
    (opensSentence ? /^(?![^.!?]*\b(?:said|says|told)\b)[^.;:!?"“”]{0,40}[.!?]\s+(He|She)\b/.exec(after) : null);
  return !m ? undefined : /^(?:he|his|him)$/i.test(m[1]!) ? 'm' : 'f';
}

/** "his wife, Meena Patel": a relation word right before the name. */
const RELATION_BEFORE = new RegExp(`\\b(${Object.keys(RELATIONS).join('|')})\\b,?\\s+$`, 'i');

const PRONOUN_AFTER = new RegExp(`^(?![^.;:!?"“”]{0,30}?\\b(?:${ADDRESSING_VERBS.join('|')})\\b)[^.;:!?"“”]{0,30}?\\b(he|his|him|she|her)\\b`, 'i');
/** Before a name: a preposition of place, over a direction or area word ("in southwest San Antonio"). */
const PLACE_BEFORE = new RegExp(`\\b(in|at|from|near|to|across|outside|inside|into|toward|towards|throughout|around|of)\\s+(?:(?:${AREA_WORDS.join('|')})\\s+)?$`);
/** Before a name: a title and "of" ("Secretary of", "Superintendent of the"). */
const TITLE_OF = new RegExp(`\\b(?:${[...TITLES].filter((t) => t.length > 3 && /^[a-z]+$/.test(t)).join('|')})\\s+of\\s+(?:the\\s+)?$`, 'i');
/** Before a name: the kind of work or thing it names. */
const WORK_BEFORE = /\b(?:album|book|novel|memoir|film|movie|song|single|show|series|play|musical|podcast|documentary|sitcom|thriller|comedy|drama|opera|classic|bestseller|blockbuster|exhibition|ship|boat|yacht|vessel|horse|brand|app|game)\s+$/i;
/** Before a name: an owner's determiner or an article: "his Land Rover", "a Ford Fiesta" name things. */
const THING_BEFORE = /\b(?:his|her|their|its|my|our|your|a|an)\s+$/i;

/** Role written before the name in lower case: "Kremlin spokesman Dmitry Peskov". */
const ROLE_BEFORE = /((?:\b\p{Lu}[\p{L}.'’&-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+$/u;
/** The role before the name, set off by a comma: "the health secretary, Wes Streeting". */
const ROLE_BEFORE_COMMA = /\b(?:the|a|an|its|their)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+),\s+$/iu;
/** An appositive after the name: "Jeff Traeger, president of UFCW Local 832,". */
const ROLE_AFTER = /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;:()"“”]{3,70}?)(?=[,.;]|\s+(?:said|says|told|added)\b)/u;

/** Function words that never stand inside a name (capitalised in a title: "The Cake That Got Me Fired"). */
const INNER_STOP = new Set(['a', 'an', 'and', 'or', 'but', 'that', 'this', 'these', 'those', 'me', 'my', 'mine', 'i', 'you', 'your', 'yours',
  'we', 'our', 'it', 'its', 'he', 'she', 'his', 'her', 'they', 'their', 'him', 'them', 'us', 'is', 'are', 'was', 'were', 'be', 'to',
  'from', 'with', 'in', 'on', 'at', 'by', 'for', 'got', 'get', 'do', 'does', 'did', 'not', 'no', 'what', 'who', 'how', 'why', 'when',
  'where', 'if', 'will', 'can', 'has', 'have', 'had', 'said', 'says', 'told']);

/** Words ending like agent nouns that are not role nouns. */
const NOT_AGENT = new Set(['other', 'another', 'after', 'never', 'ever', 'however', 'whatever', 'whether', 'either', 'neither',
  'rather', 'together', 'under', 'over', 'later', 'earlier', 'water', 'winter', 'summer', 'number', 'letter', 'matter',
  'order', 'border', 'minor', 'major', 'former', 'latter', 'better', 'faster', 'power', 'paper', 'member', 'october',
  'november', 'december', 'september', 'corner', 'error', 'honour', 'honor', 'favour', 'favor', 'labour', 'labor',
  'floor', 'door', 'poor', 'four', 'hour', 'our', 'your', 'their', 'for', 'per', 'her', 'after', 'answer', 'prior', 'junior',
  'senior', 'super', 'inner', 'outer', 'upper', 'lower', 'proper', 'sooner', 'asian', 'christian', 'canadian', 'american', 'russian']);
/** A role noun: from the table, or an agent noun ("cartoonist", "organizer", "librarian"). */
export function isRoleNoun(w: string): boolean {
  return ROLE_NOUNS.has(w) || (/^[a-z]{4,}(?:ist|ian|er|or)$/.test(w) && !NOT_AGENT.has(w));
}

function roleHead(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return words.some((w) => isRoleNoun(w) || TITLES.has(w.replace(/\.$/, '')) && w.length > 3);
}

function tidyRole(s: string): string | undefined {
  const r = s.trim().replace(/^(?:the|a|an|and|but|said|says|told|former)\s+/i, (m) => (/former/i.test(m) ? m : ''));
  if (!r || r.split(/\s+/).length > 8) return undefined;
  return r.charAt(0).toUpperCase() + r.slice(1);
}

/** Abbreviated or plural titles, written out in the singular: "GOP Sens." → "Republican Senator". */
const TITLE_WORDS: Record<string, string> = {
  sen: 'Senator', sens: 'Senator', senator: 'Senator', senators: 'Senator', rep: 'Representative', reps: 'Representative',
  representatives: 'Representative', gov: 'Governor', govs: 'Governor', governors: 'Governor', lt: 'Lieutenant', gen: 'General',
  col: 'Colonel', capt: 'Captain', sgt: 'Sergeant', cpl: 'Corporal', maj: 'Major', adm: 'Admiral', cmdr: 'Commander',
  det: 'Detective', const: 'Constable', insp: 'Inspector', supt: 'Superintendent', prof: 'Professor', atty: 'Attorney',
  pres: 'President', sec: 'Secretary', amb: 'Ambassador', cr: 'Councillor', cllr: 'Councillor', coun: 'Councillor', ald: 'Alderman', gop: 'Republican', dem: 'Democratic', dems: 'Democratic',
};
/** Words that say how someone relates to another person, not what they are: alone, no role. */
const RELATIONAL = /^(?:colleague|partner|friend|wife|husband|son|daughter|mother|father|brother|sister|dad|mom|mum|neighbou?r|boyfriend|girlfriend|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|fianc[ée]e?|spouse|parent|child|kid|relative)$/i;

/**
 * A short readable role, or none: titles written out in the singular ("Sens." → "Senator"),
 * honorifics dropped, and nothing that is a clause ("who created …") or only a relation ("Colleague").
 */
export function readableRole(role: string): string | undefined {
  const out: string[] = [];
  for (const t of role.trim().split(/\s+/)) {
    const b = t.replace(/\.$/, '').toLowerCase();
    if (HONORIFICS.has(b)) continue;
    const w = TITLE_WORDS[b];
    if (w) { if (out[out.length - 1] !== w) out.push(w); continue; }
    // a plural office: "Councillors" → "Councillor"
    if (/s$/.test(b) && TITLES.has(b.slice(0, -1)) && !TITLES.has(b)) { out.push(t.slice(0, -1)); continue; }
    out.push(t);
  }
  if (out.length === 0 || out.length > 6) return undefined;
  if (/^(?:who|whom|whose|which|that|where|when|while|as|after|before|because|if|and|but|or|he|she|they|it|we|i|you)$/i.test(out[0]!)) return undefined;
  if (out.some((w) => /^(?:said|says|told|tells|added|is|was|are|were|has|had|have)$/i.test(w))) return undefined;
  if (out.every((w) => RELATIONAL.test(w) || /^(?:the|a|an|his|her|their|new|longtime|long-time|close|old|former|late)$/i.test(w))) return undefined;
  const r = out.join(' ');
  return r.charAt(0).toUpperCase() + r.slice(1);
}

/** Spans of the text that are not names: quotations and non-prose paragraphs. */
function frameSegments(doc: Doc, quotes: Quotation[]): { start: number; end: number; para: number; nicknames: [number, number][] }[] {
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
      // Clarence "Buck" Oduya: a one-word nickname inside a name stays in the segment, blanked
      if (q.kind === 'title' && q.words === 1 && /\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, q.open - 30), q.open)) &&
        /^\s\p{Lu}/u.test(text.slice(q.close, q.close + 2))) { nicknames.push([q.open, q.close]); continue; }
      if (q.open > at) segs.push({ start: at, end: q.open, para: pi, nicknames });
      nicknames = [];
      at = Math.max(at, q.close);
    }
    if (p.end > at) segs.push({ start: at, end: p.end, para: pi, nicknames });
  }
  return segs;
}

function readMention(text: string, seg: { start: number; para: number }, m: RegExpExecArray, segText: string): RawMention | null {
  let tokens = m[0].split(/[ \u00a0]+/);
  let offset = seg.start + m.index;
  const titleTokens: string[] = [];
  let honorific: string | undefined;
  let peeledThe = false;
  // Peel sentence openers, honorifics and titles off the front ("White House", "Republican
  // Party": common words before an organisation word are the organisation's name).
  const orgName = tokens.length > 1 && ORG_WORDS.has(bare(tokens[tokens.length - 1]!));
  while (tokens.length > 1 || (tokens.length === 1 && HONORIFICS.has(bare(tokens[0]!)))) {
    const t = tokens[0]!;
    const b = bare(t);
    if (orgName && b !== 'the') break;
    if (b === 'the' && titleTokens.length === 0) peeledThe = true;
    if (HONORIFICS.has(b)) honorific ??= b;
    // ("Mr. Sunday Okon": right after an honorific, a word before a surname is a first name)
    else if (honorific && tokens.length === 2 && NON_NAME_WORDS.has(b) && /^\p{Lu}\p{Ll}+$/u.test(t) && !TITLES.has(b)) break;
    else if (TITLES.has(b) || NON_NAME_WORDS.has(b) && !orgName || isAcronym(t) && tokens.length > 2 || /-year-old$/.test(b)) { /* title, opener or age */ }
    // "Passenger Gwen Rhys", "Cyclist Paul Adeyemi": a role noun before a first name and surname
    else if (tokens.length > 2 && titleTokens.length === 0 && isRoleNoun(b) && !firstNameGender(t) && firstNameGender(tokens[1]!)) { /* role */ }
    // "Having Billy Eichner …", "Asking Jane Doe …": a verb opening the sentence, not a first name
    else if (/^\p{Lu}\p{Ll}+ing$/u.test(t) && tokens.length > 2 && !firstNameGender(t) && titleTokens.length === 0) { /* opener */ }
    else break;
    if (!NON_NAME_WORDS.has(b) || TITLES.has(b) || /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(t)) titleTokens.push(t);
    offset += t.length;
    tokens = tokens.slice(1);
    while (text[offset] === ' ' || text[offset] === '\u00a0') offset++;
    if (tokens.length === 0) return null;
  }
  // "Assistant Commissioner Eric Stubbs", "Toronto Mayor John Tory": everything up to the last title is role.
  for (let i = tokens.length - 2; i >= 0 && !orgName; i--) {
    const b = bare(tokens[i]!);
    // (a role noun only before a first name and a surname: "Dane Whitlock", "Duke Ellington" are names)
    if ((TITLES.has(b) || HONORIFICS.has(b) || ROLE_NOUNS.has(b) && tokens.length - i > 2) && !/^(?:of|the|state|house|white|first|press|party|national|security|general|health)$/.test(b)) {
      for (const t of tokens.slice(0, i + 1)) {
        titleTokens.push(t);
        if (HONORIFICS.has(bare(t))) honorific ??= bare(t);
        offset += t.length;
        while (text[offset] === ' ' || text[offset] === '\u00a0') offset++;
      }
      tokens = tokens.slice(i + 1);
      break;
    }
  }
  // Drop a trailing full stop that ends the sentence rather than an abbreviation.
  const last = tokens[tokens.length - 1]!;
  let end = seg.start + m.index + m[0].length;
  if (/\.$/.test(last) && !/^\p{Lu}\.$/u.test(last) && !SUFFIXES.has(bare(last))) {
    tokens[tokens.length - 1] = last.slice(0, -1);
    end--;
  }
  const possessive = /['’]s$/.test(tokens[tokens.length - 1]!);
  if (possessive) { tokens[tokens.length - 1] = tokens[tokens.length - 1]!.slice(0, -2); end -= 2; }
  while (tokens.length > 1 && SUFFIXES.has(bare(tokens[tokens.length - 1]!))) tokens.pop();
  let lowered = tokens.map(bare);
  // "The Cake That Got Me Fired", "Baking From My Home To Yours": a title, not a name
  if (lowered.slice(1).some((t) => INNER_STOP.has(t))) return null;
  // "Mr. King", "Ms. Price": after an honorific a title word is a surname. Alone, a title word
  // ("says House") is a name only where the article names someone so in full ("Christopher House").
  const titleOnly = tokens.length === 1 && !honorific && TITLES.has(lowered[0]!) && !NON_NAME_WORDS.has(lowered[0]!) &&
    !HONORIFICS.has(lowered[0]!) && /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!);
  // (after an honorific any capitalised word is a surname: "Mr. English", "Ms. Black")
  if (!titleOnly && !orgName && lowered.every((t) => (NON_NAME_WORDS.has(t) && !(honorific && /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!))) || (TITLES.has(t) && !honorific) || HONORIFICS.has(t))) return null;
  if (tokens.length === 1 && /\.$/.test(tokens[0]!)) return null;
  // A possessive inside the name ("Stella's Cafe") or a place word means it is not a person.
  let inner = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (/['’]s$/.test(tokens[i]!)) inner = i;
  if (inner >= 0) {
    if (tokens.length - inner - 1 < 2) return null; // "Stella's Cafe": a business, not a person
    for (const t of tokens.slice(0, inner + 1)) { offset += t.length; while (text[offset] === ' ') offset++; }
    tokens = tokens.slice(inner + 1);
  }
  // "(R-Ohio)", "(D-N.C.)": a party and state, not a name
  if (tokens.length === 1 && /^[RDI]-\p{Lu}/u.test(tokens[0]!)) return null;
  // A lone capitalised word opening a sentence ("Mostly", "Out") is not a name by itself.
  const before = segText.slice(Math.max(0, m.index - 80), m.index); // bounded: keeps the scan linear
  // "Senior Superintendent of Police Navdeep Brar", "Director of Public Prosecutions Max Hill":
  // after "TITLE of", the words before a first name and surname finish the title
  if (!honorific && titleTokens.length === 0 && tokens.length > 2 && TITLE_OF.test(before.slice(-40))) {
    while (tokens.length > 2 && !firstNameGender(tokens[0]!)) {
      titleTokens.push(tokens[0]!);
      offset += tokens[0]!.length;
      while (text[offset] === ' ' || text[offset] === '\u00a0') offset++;
      tokens = tokens.slice(1);
    }
    lowered = tokens.map(bare);
  }
  const tail = before.slice(-24); // enough for the end-anchored tests below, which would scan all of `before`
  const sentenceStart = m.index === 0 || /[.!?:;—–]["”’)]?\s*$/u.test(tail) || /["“”]\s*$/.test(tail);
  const firstWord = offset === seg.start + m.index;
  // "the Corkman said", "the Dubliner added": a demonym that describes someone, not a name
  // ("the New Zealander": a place name and its demonym)
  if (tokens.length <= 2 && !honorific && /\bthe\s+$/i.test(tail) && /^\p{Lu}\p{Ll}{2,}(?:man|woman|er)$/u.test(tokens[tokens.length - 1]!) && !ORG_WORDS.has(lowered[lowered.length - 1]!) && !firstNameGender(tokens[0]!)) return null;
  // "Commenters call Elias …", "Residents said": a group opening the sentence, not a name
  if (tokens.length === 1 && !honorific && sentenceStart && firstWord && GROUP_NOUNS.has(lowered[0]!)) return null;
  // "her debut album Fell Weather", "the ship Ardmore": a work or a thing named, not a person
  if (!honorific && titleTokens.length === 0 && firstWord && WORK_BEFORE.test(tail)) return null;
  // "his Land Rover", "a Ford Fiesta": a thing someone has, not a person
  if (!honorific && titleTokens.length === 0 && firstWord && THING_BEFORE.test(tail.slice(-8)) && !firstNameGender(tokens[0]!)) return null;
  // (a first name before a surname that is also a place word makes a person: "Ellen Park", "Tom Lake")
  // (and such a surname alone before a verb of saying: "“…,” Park said")
  const surnamePlace = tokens.length === 2 && !!firstNameGender(tokens[0]!) && SURNAME_PLACE_WORDS.has(lowered[1]!) ||
    tokens.length === 1 && SURNAME_PLACE_WORDS.has(lowered[0]!) && /^\s+(?:said|says|told|added|asked|wrote|explained|recalled)\b/.test(segText.slice(m.index + m[0].length, m.index + m[0].length + 12));
  if ((lowered.some((t) => PLACE_WORDS.has(t)) || tokens.length > 1 && PLACE_PREFIXES.has(lowered[0]!)) && !honorific && !surnamePlace && !orgName) return null;
  // "the National Defense Authorization Act", "the Paris Agreement": a law, event or work, not a speaker
  if (tokens.length > 1 && THING_HEADS.has(lowered[lowered.length - 1]!) && !honorific && !firstNameGender(tokens[0]!)) return null;
  // A photo or video credit, "(Lauren Pelley / CBC News)", "(Luis Tato/AFP/Getty Images)": not part of the story.
  const paren = before.lastIndexOf('(');
  if (paren >= 0 && !before.includes(')', paren)) {
    const rest = segText.slice(m.index, m.index + m[0].length + 60);
    const close = rest.indexOf(')');
    if (close >= 0 && (before.slice(paren) + rest.slice(0, close)).includes('/')) return null;
    // "( J.P. MOCZULSKI )": a name in capitals in brackets is a photographer's credit
    if (close >= 0 && /^\p{Lu}{3,}$/u.test(tokens[tokens.length - 1]!) && tokens.length > 1) return null;
  }
  // "in Ottawa", "from New York": a place, unless a title says it is a person.
  // ("from Ethiopia's Abebe Tesfaye": after an owner's name the preposition is the owner's)
  // (but a first name and a surname after "of", "from" or "to" is a person: "footage of Donald Trump")
  // ("in southwest San Antonio", "in downtown Toronto": a direction or area word between)
  const place = PLACE_BEFORE.exec(tail)?.[1];
  if (!honorific && titleTokens.length === 0 && inner < 0 && place &&
    !(tokens.length === 2 && !!firstNameGender(tokens[0]!) && (place === 'of' || place === 'from' || place === 'to')) &&
    !/\b(?:according|spoke|speaking|talked|talking|wrote|writing|said|replied|responded|referring|belonging|married|sent)\s+to\s+$/i.test(tail)) return null;
  // "Kentucky Republican", "the Liberal MP": a descriptor, not a name.
  if ((ROLE_NOUNS.has(lowered[lowered.length - 1]!) || TITLES.has(lowered[lowered.length - 1]!) && tokens.length <= 3 && !orgName) && !honorific && tokens.length > 1 && !firstNameGender(tokens[0]!)) return null;
  // "Oilers head coach Ken Hitchcock", "MaRS director Adam …": a name that modifies a role is a team, firm or place.
  const after = segText.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const modifier = !honorific && !possessive && /^\s+(?:[\p{Ll}-]+\s+){0,2}/u.test(after) &&
    (() => { const ws = /^\s+((?:[\p{Ll}-]+\s+){1,3})\p{Lu}/u.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
      return ws.length > 0 && (isRoleNoun(ws[ws.length - 1]!) || TITLES.has(ws[ws.length - 1]!)) && ws.every((w) => !/^(?:and|or|but|said|says|told|of|to|in|on|at|by|for|from|with|as|the|a|an|his|her|their|its|our|my|is|was|are|were|who|and|then|also)$/.test(w)); })();
  // "Christopher House", "Tim Hall": a known first name and one more word is a person
  const firstAndLast = tokens.length === 2 && !!firstNameGender(tokens[0]!);
  const org = !titleOnly && (lowered.some((t) => ORG_WORDS.has(t)) && !firstAndLast || tokens.every(isAcronym) || modifier);
  let role: string | undefined;
  if (!org) {
    // (the lower-case word right before the name must be a role before the longer pattern is tried)
    // (the regexes read only the end of `before`: anchored at its end, they would scan it all)
    const lastWord = /([\p{Ll}-]+)\s+$/u.exec(before.slice(-30))?.[1];
    // "the health secretary, Wes Streeting,": the role and the name set off by commas (British style)
    const rc = /,\s+$/.test(before.slice(-3)) ? ROLE_BEFORE_COMMA.exec(before) : null;
    const rb = lastWord && roleHead(lastWord) ? ROLE_BEFORE.exec(before) : rc && roleHead(rc[1]!.split(/\s+/).pop() ?? '') && !RELATIONAL.test(rc[1]!.split(/\s+/).pop() ?? '') ? rc : null;
    if (titleTokens.length) role = titleTokens.join(' ');
    if (rb?.[1] && roleHead(rb[1].split(/\s+/).pop() ?? '')) {
      const phrase = rb[1].split(/\s+/);
      // keep the role noun and the capitalised words/adjectives right before it
      const keep: string[] = [];
      for (let i = phrase.length - 1; i >= 0 && keep.length < 4; i--) {
        const w = phrase[i]!;
        if (i < phrase.length - 1 && /^(?:the|a|an|and|by|to|of|with|for|said|says|told|that|as|who|is|was)$/i.test(w)) break;
        keep.unshift(w);
      }
      role = tidyRole([...keep, ...titleTokens].join(' '));
    }
    if (!role) {
      const ra = ROLE_AFTER.exec(segText.slice(m.index + m[0].length, m.index + m[0].length + 120));
      if (ra?.[1] && roleHead(ra[1])) role = tidyRole(ra[1]);
    }
  }
  role = role === undefined ? undefined : readableRole(role);
  return {
    start: offset, end, para: seg.para, tokens, titleTokens, kind: org ? 'organisation' : 'person', possessive,
    honorific, role, ...(titleOnly ? { titleOnly } : {}),
    relation: RELATION_BEFORE.exec(before.slice(-16))?.[1]?.toLowerCase(),
    age: ageOf(tail, segText.slice(m.index + m[0].length, m.index + m[0].length + 8)),
    seniority: /\b(?:younger|junior)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/i.test(tail) ? 'younger' : /\b(?:elder|older|senior)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/i.test(tail) ? 'older' : undefined,
    // (only a surname alone needs it, to choose among relatives)
    pronounAfter: tokens.length === 1 ? pronounGenderAfter(segText.slice(m.index + m[0].length, m.index + m[0].length + 60), sentenceStart) : undefined,
    theBefore: !honorific && titleTokens.length === 0 && (peeledThe || /\bthe\s+$/i.test(tail) && firstWord),
    loneOpener: tokens.length === 1 && sentenceStart && firstWord && !honorific &&
      !isSpeechVerb(/^\s+(?:also\s+|later\s+|then\s+)?([\p{L}]+)/u.exec(segText.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? ''),
  };
}

/** The age given with a name: "58-year-old Morag Reid", "Mrs Reid, 58," or "Reid (58)". */
function ageOf(before: string, after: string): number | undefined {
  const a = /\b(\d{1,3})-year-old\s+$/.exec(before)?.[1] ?? /^(?:,\s+|\s+\()(\d{1,3})(?:[,)]|\.(?!\d))/.exec(after)?.[1];
  return a === undefined ? undefined : Number(a);
}

/** Is `short` another form of `full` (same surname, and compatible first names)? */
function sameName(full: string[], other: string[]): boolean {
  const a = full.map(bare), b = other.map(bare);
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === 1 || b.length === 1) return true;
  // "Paz Akin" is "Lorena Paz Akin": a two-word surname
  if (b.length < a.length && a.slice(a.length - b.length).join(' ') === b.join(' ')) return true;
  const fa = a[0]!, fb = b[0]!;
  return fa === fb || fa[0] === fb[0] && (fa.length === 1 || fb.length === 1);
}

/** A name sequence cut or joined by hand, in the shape readMention takes. */
const nameMatch = (name: string, index: number): RegExpExecArray => Object.assign([name], { index, input: '' }) as unknown as RegExpExecArray;

const ORG_OF = /^ of (?:the )?\p{Lu}[\p{L}'’.&-]*(?: (?:and |for )?\p{Lu}[\p{L}'’.&-]*)*/u;

/**
 * "Central Bank of Chile", "Ministry of Economy", "University of Toronto": an organisation word
 * before "of" and a capitalised name makes one name (the sequence scan resumes after it).
 */
function withOrgOf(m: RegExpExecArray, segText: string): RegExpExecArray {
  const last = m[0].split(/[ \u00a0]+/).pop()!;
  if (!ORG_WORDS.has(last.toLowerCase()) || /['’]s$/.test(last)) return m;
  const of = ORG_OF.exec(segText.slice(m.index + m[0].length, m.index + m[0].length + 80));
  if (!of) return m;
  NAME_SEQUENCE.lastIndex = m.index + m[0].length + of[0].length;
  return nameMatch(m[0] + of[0], m.index);
}

/**
 * "Jeanine Durning’s This Shape", "Donald Trump’s White House": an owner named by a first name and
 * a surname is a person of their own, and what they own is read apart.
 */
function ownerApart(m: RegExpExecArray): RegExpExecArray[] {
  const poss = /['’]s[ \u00a0]+/.exec(m[0]);
  if (!poss) return [m];
  const ws = m[0].slice(0, poss.index).split(/[ \u00a0]+/);
  if (ws.length < 2 || !firstNameGender(ws[ws.length - 2]!)) return [m];
  const at = poss.index + poss[0].length;
  return [nameMatch(m[0].slice(0, poss.index + 2), m.index), nameMatch(m[0].slice(at), m.index + at)];
}

export function findPeople(doc: Doc, quotes: Quotation[], speakerStarts: Set<number> = new Set()): People {
  const { text } = doc;
  const raws: RawMention[] = [];
  for (const seg of frameSegments(doc, quotes)) {
    let segText = text.slice(seg.start, seg.end);
    for (const [a, b] of seg.nicknames) segText = segText.slice(0, a - seg.start) + ' '.repeat(b - a) + segText.slice(b - seg.start);
    NAME_SEQUENCE.lastIndex = 0;
    for (let m = NAME_SEQUENCE.exec(segText); m; m = NAME_SEQUENCE.exec(segText)) {
      m = withOrgOf(m, segText);
      for (const part of ownerApart(m)) {
        const r = readMention(text, seg, part, segText);
        if (r) raws.push(r);
      }
    }
  }

  // "GOP Sens. Ben Sasse, Lindsey Graham and John McCain": a plural title is each listed person's role.
  let list: { role: string; end: number } | null = null;
  for (const r of raws) {
    if (r.role && r.titleTokens.some((t) => /^(?:sens|reps|senators|representatives|govs|governors)\.?$/i.test(t))) { list = { role: r.role, end: r.end }; continue; }
    if (list && r.kind === 'person' && !r.possessive && /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(list.end, r.start)) && r.titleTokens.length === 0) {
      r.role ??= list.role;
      list.end = r.end;
    } else list = null;
  }

  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const fulls: number[] = []; // entities with a first and a last name
  const add = (r: RawMention): number => {
    const name = r.tokens.join(' ');
    const e: Entity = {
      person: { id: slug(name), name, aliases: [], kind: r.kind, ...(r.role ? { role: r.role } : {}) },
      // ("Dr. Ruth Abernathy": an honorific without a gender leaves it to the first name)
      gender: (r.honorific ? GENDERED_HONORIFICS[r.honorific] : undefined) ?? firstNameGender(r.tokens[0]!) ?? (r.relation ? RELATIONS[r.relation] : undefined),
      personish: false, the: false, mentions: 0,
      // (a known first name alone, "Ruth, 69, said", or a relative, "his wife, Bernadette," is a person too)
      solid: r.kind === 'person' && (r.tokens.length > 1 || !!r.honorific || !!firstNameGender(r.tokens[0]!) || !!r.relation),
    };
    entities.push(e);
    return entities.length - 1;
  };
  // Pass 1: full names, merged by surname and compatible first name.
  const fullCount = new Map<number, number>();
  const honorificOf = new Map<number, string>(); // the honorific a full name was first written with
  const introducedAt = new Map<number, number>(); // where each full name first appears
  for (const r of raws) {
    if (r.kind !== 'person' || r.tokens.length < 2) continue;
    const key = r.tokens.map(bare).join(' ');
    const known = byKey.get(key);
    if (known !== undefined) { fullCount.set(known, (fullCount.get(known) ?? 0) + 1); continue; }
    const same = fulls.find((i) => sameName(entities[i]!.person.name.split(' '), r.tokens));
    if (same !== undefined) {
      // keep the fuller form as the name ("Donald J. Trump" over "Donald Trump" only if longer)
      byKey.set(key, same);
      fullCount.set(same, (fullCount.get(same) ?? 0) + 1);
      continue;
    }
    const i = add(r);
    if (r.honorific) honorificOf.set(i, r.honorific);
    fulls.push(i);
    introducedAt.set(i, r.start);
    byKey.set(key, i);
    fullCount.set(i, 1);
  }
  // Full names by surname and by first name, in order of appearance.
  const bySurname = new Map<string, number[]>();
  const byFirstName = new Map<string, number[]>();
  for (const i of fulls) {
    const parts = entities[i]!.person.name.split(' ');
    for (const [map, k] of [[bySurname, bare(parts[parts.length - 1]!)], [byFirstName, bare(parts[0]!)]] as const) {
      const list = map.get(k);
      if (list) list.push(i); else map.set(k, [i]);
    }
  }
  // Pass 2: resolve every mention, nearest full name with that surname (or first name) first.
  const mentions: Mention[] = [];
  const lastBySurname = new Map<string, number>();
  const orgByFirstWord = new Map<string, number>();
  for (const r of raws) {
    const key = r.tokens.map(bare).join(' ');
    let idx = byKey.get(key);
    let others: number[] = [];
    // "the Alvarezes", "the Abernathys": a family, no one person (but "Williams" is no family of "Prince William")
    if (idx === undefined && r.tokens.length === 1 && !r.honorific && /s$/.test(key) && !bySurname.has(key) &&
      (bySurname.has(key.slice(0, -1)) || /es$/.test(key) && bySurname.has(key.slice(0, -2)))) continue;
    if (idx === undefined && r.kind === 'person' && r.tokens.length === 1) {
      const k = key;
      // Two people with one surname ("Dorie Greenspan … her husband Michael Greenspan"): the
      // surname alone is the one the article names in full most often (relatives go by first
      // name), else the one named last.
      // "Mr Patel" is not his wife Meena Patel: the honorific's gender rules out the others
      // ("Dr Ashby said he planned …": without a gendered honorific, a pronoun right after decides)
      const g = (r.honorific ? GENDERED_HONORIFICS[r.honorific] : undefined) ?? r.pronounAfter;
      // ("Mr Goh" for "Goh Beng Huat": a surname written first, as Chinese, Korean and Hungarian names are)
      const bearers = bySurname.get(k) ?? (r.honorific ? byFirstName.get(k) : undefined) ?? [];
      let cands = bearers.filter((i) => !g || !entities[i]!.gender || entities[i]!.gender === g);
      // only someone the reader has met: "Dr. Abernathy" before her daughter is introduced is the mother
      const met = cands.filter((i) => introducedAt.get(i)! < r.start);
      if (met.length) cands = met;
      // "the younger Mr Goh": the younger of those whose ages the article gave
      const aged = cands.filter((i) => entities[i]!.age !== undefined);
      if (r.seniority && aged.length > 1 && aged.length === cands.length) {
        const by = (a: number, b: number) => (entities[a]!.age! - entities[b]!.age!) * (r.seniority === 'younger' ? 1 : -1);
        cands = [aged.sort(by)[0]!];
      }
      const possible = cands;
      // those known to be of that gender before those of unknown gender
      if (g && cands.some((i) => entities[i]!.gender === g)) cands = cands.filter((i) => entities[i]!.gender === g);
      // "Mrs Patel" is not "Dr Anjali Patel": the same honorific, else none, before another one
      if (r.honorific && cands.length > 1) {
        const same = cands.filter((i) => honorificOf.get(i) === r.honorific);
        const none = cands.filter((i) => !honorificOf.has(i));
        cands = same.length ? same : none.length ? none : cands;
      }
      const count = (i: number) => fullCount.get(i) ?? 0;
      const top = Math.max(0, ...cands.map(count));
      const most = cands.filter((i) => count(i) === top);
      const last = lastBySurname.get(k);
      const ruledOut = cands.length === 0 && (bySurname.get(k)?.length ?? 0) > 0; // only people of the other gender
      idx = ruledOut ? undefined : most.length === 1 ? most[0] : last !== undefined && (most.includes(last) || cands.length === 0) ? last : most[0];
      // (several could be meant: nothing in the sentence tells them apart, and the choice is a guess)
      if (idx !== undefined) others = possible.filter((i) => i !== idx);
      if (idx === undefined) {
        const byFirst = byFirstName.get(k) ?? [];
        if (byFirst.length === 1) idx = byFirst[0];
      }
    }
    if (idx === undefined && (r.titleOnly || r.loneOpener && !speakerStarts.has(r.start))) continue;
    // "Lumina" after "Lumina Therapeutics": the organisation by the first word of its name
    if (idx === undefined && r.tokens.length === 1 && !r.honorific) idx = orgByFirstWord.get(key);
    if (idx === undefined) {
      const orgKey = 'org:' + key;
      idx = byKey.get(orgKey);
      if (idx === undefined) {
        idx = add(r);
        byKey.set(r.kind === 'person' ? key : orgKey, idx);
      }
    }
    const e = entities[idx]!;
    // (the latest organisation so named: "the Ministry said" after Nepal's Ministry of Industry)
    if (e.person.kind === 'organisation' && r.tokens.length > 1 && !NON_NAME_WORDS.has(bare(r.tokens[0]!))) orgByFirstWord.set(bare(r.tokens[0]!), idx);
    e.mentions++;
    if (r.theBefore) e.the = true;
    if (r.honorific || r.titleTokens.length > 0 || r.role || (r.tokens.length > 1 && firstNameGender(r.tokens[0]!))) e.personish = true;
    // "MaRS director Adam …" after "MaRS investors": a name used as a modifier is a firm, not a person
    if (r.kind === 'organisation' && e.person.kind === 'person' && !e.personish && e.person.name.split(' ').length === 1) {
      e.person.kind = 'organisation'; e.solid = false;
    }
    if (r.honorific && !e.gender) e.gender = GENDERED_HONORIFICS[r.honorific];
    if (r.honorific || speakerStarts.has(r.start)) e.solid ||= e.person.kind === 'person';
    if (r.role && !e.person.role) e.person.role = r.role;
    if (r.relation && !e.relation) e.relation = r.relation;
    if (r.age !== undefined && e.age === undefined) e.age = r.age;
    const form = r.tokens.join(' ');
    const withHonorific = r.honorific ? r.titleTokens.join(' ') + ' ' + form : undefined;
    for (const f of [form, withHonorific]) {
      if (f && f !== e.person.name && !e.person.aliases.includes(f)) e.person.aliases.push(f);
    }
    if (e.person.kind === 'person') lastBySurname.set(bare(e.person.name.split(' ').pop()!), idx);
    mentions.push({ start: r.start, end: r.end, para: r.para, entity: idx, possessive: r.possessive, ...(others.length ? { others } : {}) });
  }
  // "the Edmonton Oilers", "the Coastal GasLink injunction": nobody calls a person "the X"; nor
  // "La Palma", "El Pollo Loco" when nothing marks them as a person (a title, a first name, a role).
  for (const e of entities) {
    const article = /^(?:La|Le|Les|El|Los|Las)\s/.test(e.person.name);
    if (e.person.kind === 'person' && (e.the || article) && !e.personish) { e.person.kind = 'organisation'; e.solid = false; delete e.person.role; }
  }
  return { entities, mentions };
}

const LETTER = /\p{L}/u;

/** `word` occurs in `text` as a whole word (no letter either side). */
function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!LETTER.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + word.length] ?? ' ')) return true;
  }
  return false;
}

/** Does the quotation name this person in the third person ("Putin & I discussed …")? */
export function quoteNames(quote: string, p: Person): boolean {
  for (const form of [p.name, ...p.aliases, p.name.split(/\s+/).pop()!]) {
    const bare = form.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+/, '');
    if (bare.length > 1 && hasWord(quote, bare)) return true;
  }
  return false;
}

/** Does the quotation name this person by any form, the first name too ("Tyler talked the most")? */
export function namesItsSpeaker(quote: string, p: Person): boolean {
  const first = p.name.split(/\s+/)[0]!;
  return quoteNames(quote, p) || p.name.includes(' ') && first.length > 2 && hasWord(quote, first);
}
