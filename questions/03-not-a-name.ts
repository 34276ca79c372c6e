// Stage 3, part 1b — when a capitalised sequence names nobody: named rules, each
// with its own table test (test/questions/entity-types.test.ts), read on a name
// sequence as 03-mentions reads it: a title in capitals, a contraction, a
// nationality, a work, a thing someone has, a place, a law, a headline …

import { eastAsianGiven, firstNameGender, givenName, isAcronym, isInitial } from './03-names';
import { NON_NAME_WORDS, PERIOD_ADJECTIVES } from './data/non-names';
import { AREA_ADJECTIVES, BASED_OR_OWNED, LEGAL_FORMS, ORG_KINDS, ORG_ON_WORDS, ORG_WORDS, PLACE_PREFIXES, PLACE_WORDS, SURNAME_PLACE_WORDS, THING_HEADS } from './data/organisations';
import { DEMONYM_FIRST_WORDS, DEMONYM_NOUNS, GROUP_NOUNS, ROLE_NOUNS } from './data/roles';
import { HONORIFICS, NAME_PARTICLES, PERSON_TITLES, PORTFOLIO_OF, PORTFOLIO_OFFICES, PORTFOLIO_WORDS, SON_OF, TITLES } from './data/titles';
import { isSpeechVerb } from './speech-verbs';
import { relationWord } from './03-scan';
import { isRoleNoun } from './03-roles';
import { hasWord } from './03-quote-names';
import { perText } from './memo';
import { isSpaceAt } from './code-points';
import { endingWords, placeAfterPreposition, placeBeforePlaceNoun } from './03-not-a-name-place';

/** A name sequence being read: its tokens, what was peeled off the front, and where it stands. */
export interface NameReading {
  text: string;
  segText: string;
  m: RegExpExecArray;
  tokens: string[];
  lowered: string[];
  offset: number;
  titleTokens: string[];
  honorific: string | undefined;
  peeledThe: boolean;
  orgName: boolean;
  /** Up to 80 characters before the sequence, and the last 24 of them. */
  before: string;
  tail: string;
  /**
   * The last word of `tail` before its spaces (and a comma), lower case (03-scan relationWord): a
   * pattern anchored at the end of `tail` is tried only when this is a word it ends with, since
   * such a pattern is otherwise tried at every position of `tail` to fail.
   */
  tailWord: string;
  /** The sequence's first token was not peeled off. */
  firstWord: boolean;
  sentenceStart: boolean;
  possessive: boolean;
  /** Index of a possessive inside the name ("Stella's Cafe"), or -1. */
  inner: number;
  titleOnly: boolean;
  /** A generational post-nominal peeled off the end ("Jr."). */
  generation?: string;
}

/** A street's word or abbreviation before its name ("on Jl. Jatibaru Raya", "Calle Mayor"), and the same words for the pre-check. */
const STREET_BEFORE = /\b(?:Jl|Jln|Jalan|Calle|Rua|Avenida|Av|Rue|ul)\.?\s+$/;
const STREET_WORDS: ReadonlySet<string> = new Set(['jl', 'jln', 'jalan', 'calle', 'rua', 'avenida', 'av', 'rue', 'ul']);

/** The last character of `s` that is no space. */
function lastNonSpace(s: string): string | undefined {
  let k = s.length;
  while (k > 0 && isSpaceAt(s, k - 1)) k--;
  return s[k - 1];
}

const WORKS = ['album', 'book', 'novel', 'memoir', 'film', 'movie', 'song', 'single', 'show', 'series', 'play', 'musical', 'podcast', 'documentary',
  'sitcom', 'thriller', 'comedy', 'drama', 'opera', 'classic', 'bestseller', 'blockbuster', 'exhibition', 'ship', 'boat', 'yacht', 'vessel', 'horse',
  'brand', 'app', 'game', 'tanker', 'freighter', 'ferry', 'icebreaker', 'trawler', 'frigate', 'destroyer', 'submarine', 'liner', 'cruiser',
  'barge', 'spacecraft', 'satellite', 'rocket', 'locomotive'];
/** Before a name: the kind of work or thing it names. */
const WORK_BEFORE = new RegExp(`\\b(?:${WORKS.join('|')})\\s+$`, 'i');
const WORK_BEFORE_WORDS = endingWords(WORKS);
/** A determiner, up to two words, the word for a kind of work, a comma; then perhaps items of a list before "and" or "or". */
const WORK_ITEM = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;
const WORK_SET_OFF = new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our|[Tt]he|[Aa]|[Aa]n|[Tt]wo|[Tt]hree|[Ff]our)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${WORKS.join('|')}|work)s?,\s+` +
  String.raw`(?:${WORK_ITEM}(?:,\s+|,?\s+(?:and|or)\s+)){0,3}$`, 'u');

/** The name closes an item of that list (a comma, "and" or "or" after it), and no given name says it is someone's. */
function workSetOff(r: NameReading): boolean {
  const after = r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 5);
  return /^(?:,|\s+(?:and|or)\s)/.test(after) && WORK_SET_OFF.test(r.before) && !r.tokens.some(knownFirst);
}
const OWNERS = ['his', 'her', 'their', 'its', 'my', 'our', 'your', 'a', 'an'];
/** Before a name: an owner's determiner or an article: "his Land Rover", "a Ford Fiesta" name things. */
const THING_BEFORE = new RegExp(`\\b(?:${OWNERS.join('|')})\\s+$`, 'i');
const THING_BEFORE_WORDS = endingWords(OWNERS);

/** "a ", "an " and up to two modifiers, no preposition among them ("a Medan-based ", "a local "; not "an interview with "). */
const KIND_ARTICLE_BEFORE = /(?:^|\s)an?\s+(?:(?!(?:with|of|for|by|in|on|at|from|to|and|or)\s)[\p{L}-]+\s+){0,2}$/u;

/** Before a name: a member's or minister's seat or portfolio ("MP for ", "Minister for "). */
const SEAT_FOR = /\b(?:MP|MPP|MLA|MSP|MS|TD|MEP|MNA|MHA|member|senator|representative|minister|secretary|spokesperson|spokesman|spokeswoman|councillor|candidate)\s+for\s+$/i;
/** "Minister of Food, Agriculture and …", "Committee on Ageing Society and …", "Minister of State for Culture, Community and …": a portfolio or remit listed, up to its last item. */
const PORTFOLIO_LIST = new RegExp(String.raw`\b(?:${PORTFOLIO_OFFICES.join('|')})\s+${PORTFOLIO_OF}\s+(?:\p{Lu}[\p{L}'’-]*,?\s+){1,6}(?:and|&)\s+$`, 'iu');
/** "MSP for Midlothian South, Tweeddale and …": a seat of several places, up to its last. */
const SEAT_LIST = /\b(?:MP|MPP|MLA|MSP|TD|MEP|MNA|MHA|member|senator|representative|councillor|candidate)\s+for\s+(?:\p{Lu}[\p{L}'’-]*,?\s+){1,6}(?:and|&)\s+$/iu;
/** After a portfolio's first items: "and" (or a comma), the rest in capitals, and the office ("… and Environmental Sustainability Minister"). */
const OFFICE_AFTER_PORTFOLIO = /^(?:,\s+\p{Lu}[\p{L}'’-]*)*,?\s+(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Minister|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman|Committee|Ministry|Department)\b/u;
/**
 * A demonym in the plural of a place the text names ("Nebraskans" and
 * "Nebraska", "Texans" and "Texas", "Torontonians" and "Toronto", "Londoners" and "London"); "Evans" and "Walters" are no
 * one's plural.
 */
function demonymPlural(t: string, text: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{2,}?)(ians|ans|ers)$/u.exec(t);
  return !!m && placeOfDemonym(m[1]!, m[2]!.slice(0, -1), text);
}

/** The same in the singular, which only "the" makes a description: "the Texan said" (Texas), "the Kenyan" (Kenya). */
export function demonymSingular(t: string, text: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{2,}?)(ian|an)$/u.exec(t);
  // (not a newspaper's or a role's word: "the Guardian said" where the article names the National Guard)
  const lower = t.toLowerCase();
  return !!m && !ORG_WORDS.has(lower) && !isRoleNoun(lower) && placeOfDemonym(m[1]!, m[2]!, text);
}

/** The text names the place of a demonym's stem and suffix ("Nebrask" + "an": Nebraska). */
function placeOfDemonym(stem: string, suffix: string, text: string): boolean {
  // (a place of five letters or more before "-ers": "Walters" is no one from "Walt")
  const places = suffix === 'er' ? (stem.length >= 5 ? [stem] : []) : suffix === 'ian' ? [stem + 'ia', stem, stem + 'o', stem + 'a'] : [stem + 'a', stem + 'as', stem + 'o', stem];
  return places.some((p) => named(text, p));
}

/**
 * Whether the article names a word, each word asked once per article: a long article asks of every "Republicans" and
 * "Americans" again, and each asking reads the whole text.
 */
const answersFor = perText((_text: string) => new Map<string, boolean>());
function named(text: string, word: string): boolean {
  const answers = answersFor(text);
  let known = answers.get(word);
  if (known === undefined) answers.set(word, known = hasWord(text, word));
  return known;
}

/** After a name: a statement it issued ("a Cricket Ireland statement"), no thing owned. */
const STATEMENT_AFTER = /^\s+(?:statement|release)\b/;

/** Small words an organisation's name may hold. */
const ORG_NAME_WORDS = new Set(['and', 'the', 'for']);
/** Function words that never stand inside a name (capitalised in a title: "The Cake That Got Me Fired"). */
const INNER_STOP = new Set(['a', 'an', 'and', 'or', 'but', 'that', 'this', 'these', 'those', 'me', 'my', 'mine', 'i', 'you', 'your', 'yours',
  'we', 'our', 'it', 'its', 'he', 'she', 'his', 'her', 'they', 'their', 'him', 'them', 'us', 'is', 'are', 'was', 'were', 'be', 'to',
  'from', 'with', 'in', 'on', 'at', 'by', 'for', 'got', 'get', 'do', 'does', 'did', 'not', 'no', 'what', 'who', 'how', 'why', 'when',
  'where', 'if', 'will', 'can', 'has', 'have', 'had', 'said', 'says', 'told', 'the', 'as', 'after', 'against', 'over']);

/** The function word at r.tokens[at] is a name's there: "Musallam Said al Mashani", "Patas do Sul", "Dermot Mac an tSaoir". */
function nameWordAt(r: NameReading, at: number): boolean {
  const t = r.lowered[at]!;
  return t === 'said' && NAME_PARTICLES.has(r.tokens[at + 1] ?? '') || t === 'do' && r.tokens[at] === 'do' || t === 'an' && /^(?:mac|nic)$/.test(r.lowered[at - 1] ?? '');
}

/** An age set off after a name: ", 52,", " (52)". */
const AGE_AFTER = /^(?:,\s*\d{1,3}[,)]|\s*\(\d{1,3}\))/;
const WHO_AFTER = /^,\s+(?:who|whose)\s/;

/** Determiners no given name is: the first word of a programme's or a work's title ("Any Questions"). */
const DETERMINERS_FIRST: ReadonlySet<string> = new Set(['any', 'every', 'all', 'some', 'this', 'these', 'those', 'our', 'your', 'their']);

/** A named reason a capitalised sequence names nobody who could speak; each has its own table test. */
export interface NotAName { name: string; test: (r: NameReading) => boolean }

export const knownFirst = (t: string) => !!firstNameGender(t);

/** Cardinal numbers and quantifiers before a plural noun. */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'hundred', 'dozen', 'dozens', 'several', 'many', 'few', 'numerous']);

/** Rules read before the name is cut at an inner possessive ("Stella's Cafe"). */
export const NOT_A_NAME_EARLY: NotAName[] = [
  // "The Cake That Got Me Fired", "Baking From My Home To Yours": a title, not a name
  // (a middle initial is no article or pronoun: "Jock A. Finlayson", "Mary I. Lopez"; nor the Arabic given name before a
  // particle: "Musallam Said al Mashani"; nor the Portuguese particle "do" in lower case: "Patas do Sul", "João do Carmo"; nor the Irish "an" after "Mac": "Dermot Mac an tSaoir")
  // (an organisation's name may hold "and", "the", "for": "Ministry of Tourism, Culture and the Arts", "Trinidad and Tobago Police Service", "Committee on Foreign Relations")
  {
    name: 'title-in-capitals', test: (r) => r.lowered.slice(1).some((t, i) => INNER_STOP.has(t) && !isInitial(r.tokens[i + 1]!) && !nameWordAt(r, i + 1)) &&
      !(r.lowered.some((t) => ORG_WORDS.has(t)) && r.lowered.every((t, i) => !INNER_STOP.has(t) || ORG_NAME_WORDS.has(t) || t === 'on' && r.tokens[i] === 'on' && ORG_ON_WORDS.has(r.lowered[i - 1] ?? ''))),
  },
  // "according to Taipei-based research firm Sagemark", "the Grand Rapids-based insurer", "the State-owned company": where
  // something is based, or who owns it, is no name
  { name: 'based', test: (r) => BASED_OR_OWNED.test(r.tokens[r.tokens.length - 1]!) },
  // "You've", "We're": a contraction opening a sentence is no name
  { name: 'contraction', test: (r) => r.tokens.some((t) => /['’](?:ve|re|ll|d|m|t)$/i.test(t)) },
  // every word a function word, title or honorific (after an honorific any capitalised word is a surname: "Mr. English")
  {
    name: 'only-common-words', test: (r) => !r.titleOnly && !r.orgName && r.lowered.every((t) =>
      (NON_NAME_WORDS.has(t) && !(r.honorific && /^\p{Lu}\p{Ll}+$/u.test(r.tokens[0]!))) || (TITLES.has(t) && !r.honorific) || HONORIFICS.has(t)),
  },
  { name: 'initial-alone', test: (r) => r.tokens.length === 1 && /\.$/.test(r.tokens[0]!) },
  // "Murphy, the head of Right to Rise USA, Tweeted on Friday": a verb of saying in the past, capitalised, is no name
  { name: 'verb-of-saying', test: (r) => r.tokens.length === 1 && /ed$/.test(r.lowered[0]!) && isSpeechVerb(r.lowered[0]!) && !givenName(r.tokens[0]!) },
  // "Stella's Cafe": a business, not a person (but "BCP’s Kgathi" after "Lesego Kgathi": a party's member by surname)
  { name: 'owned-business', test: (r) => r.inner >= 0 && r.tokens.length - r.inner - 1 < 2 && !memberOfBody(r) },
];

/** "BCP’s Kgathi": a body's acronym owns the surname of someone the article names in full, its member. */
function memberOfBody(r: NameReading): boolean {
  const owner = r.tokens[r.inner]!.replace(/['’]s$/, ''), owned = r.tokens[r.inner + 1];
  if (owned === undefined || !/^\p{Lu}{2,6}$/u.test(owner) || !/^\p{Lu}\p{Ll}+$/u.test(owned)) return false;
  return new RegExp(String.raw`\p{Lu}\p{Ll}+ ${owned}\b`, 'u').test(r.text);
}

/** Rules read on the name itself. */
export const NOT_A_NAME: NotAName[] = [
  // "INDIANA’S DEMOGRAPHICS FAVOR CRUZ, BUT …": three words or more in capitals are a headline shouted, no one's name
  { name: 'headline-in-capitals', test: (r) => r.tokens.length >= 3 && r.tokens.every((t) => t === t.toUpperCase()) },
  // "AN EXPERIENCED fell walker who had climbed …": a British paper's lead opens in capitals; a word of six capitals or
  // more after the lead's article is no acronym nor anyone
  {
    name: 'lead-in-capitals', test: (r) => r.tokens.length <= 2 && r.tokens.every((t) => /^\p{Lu}{6,}$/u.test(t)) &&
      (/^(?:A|AN|THE)[ \u00a0]/u.test(r.m[0]) || /(?:^|\n)\s*(?:A|AN|THE)\s+$/u.test(r.before)),
  },
  // "BBC Radio Four’s Any Questions", "This Week": a determiner opening the words is a title, no one's name
  // (but "All" opening an organisation's name is part of it: "the All Ceylon Coconut Mill Workers' Union", "All India Radio")
  { name: 'determiner-first', test: (r) => r.tokens.length > 1 && DETERMINERS_FIRST.has(r.lowered[0]!) && !(r.lowered[0] === 'all' && r.lowered.some((t) => ORG_WORDS.has(t))) },
  // "The mayor of San Andrés de los Robles", "Santa Cruz": a saint's name in Spanish or Portuguese is a place's, no one's title
  { name: 'saint-place', test: (r) => r.titleTokens.length === 1 && /^(?:San|Santa|Santo|São|Sao)$/.test(r.titleTokens[0]!) },
  // "(R-Ohio)", "(D-N.C.)": a party and state
  { name: 'party-and-state', test: (r) => r.tokens.length === 1 && /^[RDI]-\p{Lu}/u.test(r.tokens[0]!) },
  // "the Corkman said", "the New Zealander", "the Sri Lankan", "the Finn said": a demonym that describes someone (Finn is a
  // given name too, but nobody calls a person by it after "the")
  {
    name: 'demonym-after-the', test: (r) => r.tokens.length <= 2 && !r.honorific && (r.tailWord === 'the' && /\bthe\s+$/i.test(r.tail) || r.peeledThe) && (
      /^\p{Lu}\p{Ll}{2,}(?:man|woman|er)$/u.test(r.tokens[r.tokens.length - 1]!) && !ORG_WORDS.has(r.lowered[r.lowered.length - 1]!) && !knownFirst(r.tokens[0]!) ||
      r.tokens.length === 1 && (DEMONYM_NOUNS.has(r.lowered[0]!) || demonymSingular(r.tokens[0]!, r.text)) ||
      r.tokens.length === 2 && DEMONYM_FIRST_WORDS.has(r.lowered[0]!) && DEMONYM_NOUNS.has(r.lowered[1]!)),
  },
  // "Prominent Canadian", "Leading American": an adjective and a nationality describe someone, they name nobody
  { name: 'nationality', test: (r) => r.tokens.length === 2 && !r.honorific && NON_NAME_WORDS.has(r.lowered[1]!) && /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(r.tokens[1]!) && !givenName(r.tokens[0]!) },
  // "Born Margaret Ellen Pryce in Kington in 1940, … she read history", "was born Vera Nowicki": a name someone had at birth,
  // no one else; the sentence's subject is who is meant
  { name: 'birth-name', test: (r) => r.titleTokens[0]?.toLowerCase() === 'born' || /\b(?:[Bb]orn|née)\s+$/.test(r.tail) },
  // "An entry from Holy Week 2003 reads", "during Expo 2020": a name a year follows, after a preposition, is a time or an event
  // (not a person's, nor an owner: "the John Kerry 2004 campaign", "for Obama’s 2008 campaign")
  {
    name: 'dated-event', test: (r) => r.tokens.length <= 3 && !r.honorific && !r.possessive && !knownFirst(r.tokens[0]!) && /\b(?:from|in|during|since|until|before|after|at|for|of)\s+$/.test(r.tail) &&
      /^\s+(?:1[89]|20)\d\d\b/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 6)),
  },
  // "Kalinaw Capital Management, Inc.": a legal form alone, after its company's name and a comma
  { name: 'legal-form-alone', test: (r) => r.tokens.length === 1 && LEGAL_FORMS.has(r.lowered[0]!.replace(/\.$/, '')) },
  // "Yayasan Pesisir Hijau, a Medan-based NGO,", "a local NGO.": an acronym after "a" or "an" and its modifiers, ending its
  // phrase, is a kind of thing, no name (not after a preposition: "In an interview with CNN,")
  {
    name: 'acronym-as-kind', test: (r) => r.tokens.length === 1 && !r.honorific && isAcronym(r.tokens[0]!) && KIND_ARTICLE_BEFORE.test(r.before.slice(-32)) &&
      /^[,.;:)]/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 1)),
  },
  // "Croatian filmmaker Vesna Horvat", "Serbian actress …": a nationality before a role noun describes someone, names no one
  {
    name: 'nationality-before-role', test: (r) => r.tokens.length === 1 && !r.honorific && r.titleTokens.length === 0 && /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(r.tokens[0]!) &&
      !givenName(r.tokens[0]!) && isRoleNoun(/^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 24))?.[1] ?? ''),
  },
  // "Nebraskans had been asking", "Albertans", "Londoners": the people of a place the article names are many (a nation's,
  // "the Saudis", "Mexicans", may speak as one, as annotators read them)
  { name: 'people-of-a-place', test: (r) => r.tokens.length === 1 && !r.honorific && r.titleTokens.length === 0 && demonymPlural(r.tokens[0]!, r.text) },
  // "Commenters call Elias …", "Residents said": a group opening the sentence
  { name: 'group-opener', test: (r) => r.tokens.length === 1 && !r.honorific && r.sentenceStart && r.firstWord && GROUP_NOUNS.has(r.lowered[0]!) },
  // "Company says a fix is coming" (a deck, its article dropped): a kind of organisation opening the sentence alone, a word the
  // article writes in lower case too ("the company’s forum"), is that word, no name
  {
    name: 'kind-opener', test: (r) => r.tokens.length === 1 && !r.honorific && r.titleTokens.length === 0 && r.sentenceStart && r.firstWord &&
      ORG_KINDS.has(r.lowered[0]!) && named(r.text, r.lowered[0]!),
  },
  // "her debut album Fell Weather", "the ship Ardmore": a work or a thing named
  { name: 'work', test: (r) => !r.honorific && r.titleTokens.length === 0 && r.firstWord && WORK_BEFORE_WORDS.has(r.tailWord) && WORK_BEFORE.test(r.tail) },
  // "Her previous works, Call Waiting and Bond Money, were": works set off after the word for them, and listed (not a given name:
  // "his latest film, Jackie, opens" may be anyone's; nor "It was a great show, Smith said", a speaker)
  { name: 'work-set-off', test: (r) => !r.honorific && r.titleTokens.length === 0 && r.firstWord && (r.tail.endsWith(', ') || r.tailWord === 'and' || r.tailWord === 'or') && workSetOff(r) },
  // "his Land Rover", "a Ford Fiesta": a thing someone has (not a body whose member the description is: "A Tasmanian Farmers and
  // Graziers Association spokesman said")
  // (the pattern reads the tail's last 8 characters: its pre-check the last word of those)
  {
    name: 'thing-owned', test: (r) => !r.honorific && r.titleTokens.length === 0 && r.firstWord && THING_BEFORE_WORDS.has(relationWord(r.tail.slice(-8))) &&
      THING_BEFORE.test(r.tail.slice(-8)) && !knownFirst(r.tokens[0]!) && !(r.orgName && roleNounAfter(r)) &&
      // (not an author: "a Cricket Ireland statement said"; but "In a White House statement, President Obama …" names no one)
      !(STATEMENT_AFTER.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 16)) && !/\b(?:in|from|by|with|under|to|of|on|after|through)\s+an?\s+$/i.test(r.tail)),
  },
  // a place word or a place prefix ("Elm Street", "San Antonio"); but "Ellen Park", "“…,” Park said" are people
  // ("St Helier Harbour", "St. Louis Park": a saint's name by a place word is a place)
  { name: 'place-word', test: (r) => (r.lowered.some((t) => PLACE_WORDS.has(t)) || r.tokens.length > 1 && PLACE_PREFIXES.has(r.lowered[0]!)) && (!r.honorific || r.honorific === 'st') && !surnamePlace(r) && !r.orgName },
  // "the National Defense Authorization Act", "the Paris Agreement": a law, event or work
  { name: 'law-or-event', test: (r) => r.tokens.length > 1 && THING_HEADS.has(r.lowered[r.lowered.length - 1]!) && !r.honorific && !knownFirst(r.tokens[0]!) },
  // "Bill C-69", "Bill 21", "Proposition 8": a law by its number; "the Groundwater (Regulation and Conservation) Bill, 2025": by its year
  { name: 'numbered-law', test: (r) => r.tokens.length === 1 && THING_HEADS.has(r.lowered[0]!) && /^(?:\s+(?:[A-Z]-?)?\d|,\s+(?:1[89]|20)\d\d\b)/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 8)) },
  // "US$275 per TEU", "12,000 MW of new capacity": a unit after "per" or a quantity (not a year: "in 2016 NATO said")
  { name: 'unit-of-measure', test: (r) => r.tokens.length === 1 && !r.honorific && r.titleTokens.length === 0 && /^\p{Lu}[\p{Lu}\p{Ll}]{0,3}$/u.test(r.tokens[0]!) &&
    /\p{Lu}.*\p{Lu}/u.test(r.tokens[0]!) && /(?:\bper|\d[\d,.]*)\s+$/.test(r.tail) && !/(?:^|[^\d,.])(?:1[89]|20)\d\d\s+$/.test(r.tail) },
  // "Rs 7.9 lakh", "Sh 200", "Tk 500": a currency's short name before an amount
  { name: 'currency-before-amount', test: (r) => r.tokens.length === 1 && !r.honorific && r.titleTokens.length === 0 && /^\p{Lu}\p{Ll}{0,2}\.?$/u.test(r.tokens[0]!) &&
    /^\.?\s?\d/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 3)) },
  // "in his last five Tests", "won two Grammys", "12 Finals": a capitalised plural counted is things, no one (not after a year: "in 1998 Jones")
  {
    name: 'counted-plural', test: (r) => r.tokens.length === 1 && !r.honorific && r.titleTokens.length === 0 && /\p{Ll}s$/u.test(r.tokens[0]!) &&
      (COUNT_WORDS.has(r.tailWord) || /^\d{1,3}$/.test(r.tailWord)) && /[\p{L}\d]\s+$/u.test(r.tail),
  },
  // "Paris Terror Attacks Highlight Threat Posed": five capitalised words with no given name and no
  // organisation word are a headline or a title in title case, not a name
  // (not a name of five words joined by "bin": "Said bin Nasser al Balushi")
  { name: 'headline', test: (r) => r.tokens.length >= 5 && !r.honorific && !givenName(r.tokens[0]!) && !r.lowered.some((t) => ORG_WORDS.has(t) || SON_OF.has(t)) },
  { name: 'photo-credit', test: photoCredit },
  // "the Liberal Democrat MP for Eastbrook,", "Minister for Europe.": a constituency or a portfolio, where the phrase ends
  {
    name: 'seat-or-portfolio', test: (r) => r.tokens.length <= 3 && !r.honorific && r.titleTokens.length === 0 && r.tailWord === 'for' && SEAT_FOR.test(r.tail) &&
      /^(?:[,.;:)]|\s+(?:and|since|until)\b|$)/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 8)),
  },
  // ""I was scared," Woman C said", "Soldier F": a role noun before a letter is a court's or an inquiry's label, no one's name
  { name: 'letter-label', test: (r) => r.tokens.length === 1 && !r.honorific && r.titleTokens.length === 0 && isRoleNoun(r.lowered[0]!) &&
    /^\s\p{Lu}(?![\p{L}\p{N}.'’])/u.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 3)) },
  // "closure of Victorian baths", "an Edwardian terrace": a period's or a style's adjective before a noun (data/non-names)
  {
    name: 'period-adjective', test: (r) => r.tokens.length === 1 && !r.honorific && r.titleTokens.length === 0 && PERIOD_ADJECTIVES.has(r.tokens[0]!) &&
      /^\s+(?!(?:said|says|told|added|wrote)\b)\p{Ll}{3,}/u.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 20)),
  },
  // "chanting “Tolak relokasi!” (Reject relocation!)": a translation in brackets after a quotation names no one
  { name: 'bracketed-translation', test: (r) => r.tail.endsWith('(') && !r.honorific && r.titleTokens.length === 0 && /["”’']\s*\($/.test(r.tail) },
  // "on Jl. Jatibaru Raya", "Calle Mayor", "Rua Augusta": a street by the word or abbreviation for one before its name
  // (the end-anchored pattern only where the tail ends on such a word or an abbreviation's full stop: see NameReading.tailWord)
  { name: 'street-prefix', test: (r) => (STREET_WORDS.has(r.tailWord) || lastNonSpace(r.tail) === '.') && !r.honorific && r.titleTokens.length === 0 && STREET_BEFORE.test(r.tail) },
  // "Association des paysagistes de l’Est": a word after the French article "l’" is part of a longer name, no one's
  { name: 'after-french-article', test: (r) => (r.tail.endsWith('’') || r.tail.endsWith("'")) && !r.honorific && r.titleTokens.length === 0 && /(?:^|[\s(])[lL]['’]$/.test(r.tail) },
  // "the Minister of State for Agriculture told the House": a portfolio after its office, however the sentence goes on
  {
    name: 'portfolio-after-office', test: (r) => r.tokens.length <= 3 && !r.honorific && r.titleTokens.length === 0 && r.lowered.every((t) => PORTFOLIO_WORDS.has(t)) &&
      /\b(?:minister|secretary|ministry|department|commissioner)\s+(?:of\s+state\s+)?(?:for|of)\s+(?:the\s+)?$/i.test(r.tail),
  },
  // "Bergþóra Hauksdóttir, Minister of Food, Agriculture and Fisheries,", "MSP for Midlothian South, Tweeddale and Lauderdale,":
  // the last item of a portfolio or a seat, not someone
  // (the name's first word no given name: "Secretary of State John Kerry and Defense Secretary Ash Carter" are two people)
  {
    name: 'portfolio-list', test: (r) => r.tokens.length <= 3 && !r.honorific && r.titleTokens.length === 0 &&
      (r.tailWord === 'and' || r.tail.endsWith('& ')) && !givenName(r.tokens[0]!) && (PORTFOLIO_LIST.test(r.before) || SEAT_LIST.test(r.before)),
  },
  // "said Natural Resources and Environmental Sustainability Minister Datuk Seri Nizam Hamzah": a portfolio's first items
  // before "and" and the office ("Trump and Defense Secretary Ash Carter" are two people: "Trump" is no portfolio's word)
  {
    name: 'portfolio-before-office', test: (r) => r.tokens.length <= 3 && !r.honorific && r.titleTokens.length === 0 &&
      r.lowered.every((t) => PORTFOLIO_WORDS.has(t)) && OFFICE_AFTER_PORTFOLIO.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 80)),
  },
  // "Videos posted by fans …": a thing something was done to, opening the sentence, is no name
  {
    name: 'passive-after', test: (r) => r.tokens.length === 1 && (r.sentenceStart || /^\s*$/.test(r.before)) && r.firstWord && !r.honorific && !givenName(r.tokens[0]!) &&
      // (not "Husted continued by saying", "Smith responded by calling": something a person did)
      /^\s+\p{Ll}+ed\s+by\s+(?!\p{Ll}+ing\b)/u.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 32)),
  },
  { name: 'place-after-preposition', test: placeAfterPreposition },
  { name: 'place-before-place-noun', test: placeBeforePlaceNoun },
  // ("said western Queensland communities", "rural Nebraska", "upstate New York": a region of a place, with no preposition before)
  { name: 'place-after-area-word', test: (r) => !r.honorific && r.titleTokens.length === 0 && AREA_ADJECTIVES.has(r.tailWord) && new RegExp(`(?:^|\\s)${r.tailWord}\\s+$`).test(r.tail) },
  // ("Speaking at the ceremony, Head of the Land Rehabilitation Division of the Ministry B.Oyunchimeg noted": an office, whose holder is named after it)
  {
    name: 'office-of', test: (r) => r.tokens.length === 1 && !r.honorific && (ROLE_NOUNS.has(r.lowered[0]!) || TITLES.has(r.lowered[0]!)) &&
      (r.sentenceStart || /,\s*$/.test(r.tail)) && /^\s+of\s/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 5)),
  },
  // "Kentucky Republican", "the Liberal MP": a descriptor (not a name given an age: "Leong Ka Man, 52,", a Cantonese name; nor a given
  // name and a surname a relative clause says is someone's: "said Wanda Pope, whose family …")
  {
    name: 'descriptor', test: (r) => (ROLE_NOUNS.has(r.lowered[r.lowered.length - 1]!) || TITLES.has(r.lowered[r.lowered.length - 1]!) && r.tokens.length <= 3 && !r.orgName) &&
      !r.honorific && r.tokens.length > 1 && !knownFirst(r.tokens[0]!) && !AGE_AFTER.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 6)) &&
      !(r.tokens.length === 2 && !!givenName(r.tokens[0]!) && WHO_AFTER.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 10))),
  },
];

/** A first name before a surname that is also a place word ("Ellen Park"), or such a surname alone before a verb of saying ("“…,” Park said"). */
function surnamePlace(r: NameReading): boolean {
  // ("Councilmember Lena Park": after a person's title or an honorific, any given name will do)
  const first = knownFirst(r.tokens[0]!) || (!!r.honorific || r.titleTokens.some((t) => PERSON_TITLES.has(t.toLowerCase().replace(/\.$/, '')))) && !!givenName(r.tokens[0]!);
  // ("Park Eun-jung", "Park Ji-sung": a Korean surname before a hyphenated given name)
  return r.tokens.length === 2 && first && SURNAME_PLACE_WORDS.has(r.lowered[1]!) ||
    r.tokens.length === 2 && SURNAME_PLACE_WORDS.has(r.lowered[0]!) && eastAsianGiven(r.tokens[1]!) ||
    r.tokens.length === 1 && SURNAME_PLACE_WORDS.has(r.lowered[0]!) && /^\s+(?:said|says|told|added|asked|wrote|explained|recalled)\b/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 12));
}

/** "(Lauren Pelley / CBC News)", "( J.P. MOCZULSKI )": a photo or video credit, not part of the story. */
function photoCredit(r: NameReading): boolean {
  const paren = r.before.lastIndexOf('(');
  if (paren < 0 || r.before.includes(')', paren)) return false;
  const rest = r.segText.slice(r.m.index, r.m.index + r.m[0].length + 60);
  const close = rest.indexOf(')');
  if (close >= 0 && (r.before.slice(paren) + rest.slice(0, close)).includes('/')) return true;
  return close >= 0 && /^\p{Lu}{3,}$/u.test(r.tokens[r.tokens.length - 1]!) && r.tokens.length > 1;
}

/** A role noun right after the name: "… Association spokesman", "… Union official". */
function roleNounAfter(r: NameReading): boolean {
  const end = r.m.index + r.m[0].length;
  return isRoleNoun(/^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(r.segText.slice(end, end + 30))?.[1] ?? '');
}
