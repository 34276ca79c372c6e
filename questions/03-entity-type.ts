// Stage 3, part 3 — entity types: a speaker is a person or an organisation.
// A one-word name that nothing ties to a person (no honorific, title, role,
// relation, age or pronoun) is no speaker when the article also reads that
// word as a place ("at Davis", "in Wealdbridge") or a law ("Bill C-69"); nor,
// when not even a first name says it is a person, when the article uses it as
// a common noun in lower case ("Paper said" where the article writes "paper").
// Its mentions are dropped, so no rule can make it a speaker.

import type { Entity, Mention } from './03-entity';
import type { RawMention } from './03-mentions';
import { firstNameGender, givenName } from './03-names';
import { isRoleNoun, officeInitials, roleInitials } from './03-roles';
import { TITLES } from './data/titles';
import { NOT_A_RELATIVE_AFTER, RELATIONS } from './data/roles';
import { ORG_NOUNS, ORG_WORDS, SPORT_BODY_WORDS } from './data/organisations';

/** A named reason an entity can speak for no one; each has its own table test. */
export interface NotASpeaker {
  name: string;
  test: (word: string, e: Entity, ctx: { things: Set<string>; inLowerCase: (w: string) => boolean }) => boolean;
}

export const NOT_A_SPEAKER: NotASpeaker[] = [
  { name: 'read-as-a-place-or-law', test: (w, _e, c) => c.things.has(w) },
  { name: 'common-noun', test: (w, e, c) => !firstNameGender(e.person.name) && c.inLowerCase(w) },
];

/** A named reason an entity, whatever else its mentions say of it, speaks for no one; each has its own table test. */
export const NEVER_A_SPEAKER: { name: string; test: (e: Entity) => boolean }[] = [
  // "St George's beat Somerset", "The St George's faithful … he said": only ever "St George", a parish, a club or a saint
  { name: 'saint-or-place', test: (e) => e.saint === true && e.person.kind === 'person' },
];

/**
 * A named reason a name the mentions read as a person's is an organisation's; each has its own table
 * test. Each needs more than one word and no given name first, so "Bernie Sanders", "Rebekah Brooks"
 * and "the Sanders campaign" stay people.
 */
export interface ReadAsOrganisation {
  name: string;
  test: (e: Entity, words: string[], inLowerCase: (w: string) => boolean) => boolean;
}

/** A capitalised plural: "Independents", "Appliances", "Partners" (not "Ross", "Marcus", "Davis"). */
const PLURAL_WORD = /^\p{Lu}\p{Ll}*[^\Wsuiy]s$/u;

export const READ_AS_ORGANISATION: ReadAsOrganisation[] = [
  // "The Fenmarsh Independents won 19 seats": nobody calls a person "The X Ys"
  { name: 'the-plural-group', test: (e, ws) => e.the && PLURAL_WORD.test(ws[ws.length - 1]!) },
  // "Kitchenline Appliances is recalling …", "Solent Water said it …" where the article writes "the appliances", "the water"
  { name: 'common-noun-last', test: (_e, ws, lower) => lower(ws[ws.length - 1]!.toLowerCase()) },
  // "Athletics Kenya said in a statement", "Cricket Ireland": a sport and a country or region name its governing body
  { name: 'sport-body', test: (_e, ws) => ws.length === 2 && SPORT_BODY_WORDS.has(ws[0]!.toLowerCase()) },
];

/**
 * Nothing but its name's shape says what a many-word entity is: no honorific, person's title, role, relation, age or given
 * name (a given name opening three words or more is no person's where the article calls them "the X Ys": "the Adom Brass
 * Ambassadors", a band).
 */
function bareName(e: Entity, ws: string[], rule: string): boolean {
  return e.person.kind === 'person' && ws.length > 1 && !e.honorific && !e.titled && !e.person.role && !e.relation &&
    e.age === undefined && (!givenName(ws[0]!) && !firstNameGender(ws[0]!) || rule === 'the-plural-group' && ws.length > 2);
}

/**
 * "the Edmonton Oilers", "the Coastal GasLink injunction": nobody calls a person "the X"; nor "La Palma", "El Pollo Loco"
 * when nothing marks them as a person (a title, a first name, a role). Turned into organisations in place.
 */
export function organisationsByArticle(entities: Entity[]): void {
  for (const e of entities) {
    // (not a Vietnamese surname before two given-name words: "Le Quang Tuan")
    const parts = e.person.name.split(' ');
    const article = /^(?:La|Le|Les|El|Los|Las)\s/.test(e.person.name) && !(parts[0] === 'Le' && parts.length === 3 && !!givenName(parts[2]!));
    if (e.person.kind === 'person' && (e.the || article) && !e.personish) { e.person.kind = 'organisation'; e.solid = false; delete e.person.role; }
  }
}

/** Turn the people whose names say they are organisations into organisations (in place). */
export function organisationsByName(lowerWords: ReadonlySet<string>, entities: Entity[]): void {
  const inLowerCase = (w: string) => lowerWords.has(w);
  for (const e of entities) {
    const ws = e.person.name.split(' ');
    if (!READ_AS_ORGANISATION.some((rule) => bareName(e, ws, rule.name) && rule.test(e, ws, inLowerCase))) continue;
    e.person.kind = 'organisation'; e.solid = false; e.personish = false;
  }
}

/** Nothing ties this one-word entity to a person (a first name alone may be a word too: "Bill"). */
function unsure(e: Entity): boolean {
  return e.person.kind === 'person' && !e.person.name.includes(' ') && !e.personish && !e.relation && e.age === undefined &&
    !e.person.role && !e.pronounSeen;
}

/** A character of a word: a letter, a digit, an apostrophe or a hyphen. */
const WORD_CHAR = /^[\p{L}\p{N}'’-]$/u;

/**
 * The words an article writes in lower case, whole (letters, digits, apostrophes and hyphens; no
 * letter that lower case would change): built once per article in one pass over its characters,
 * so that asking whether a name is also a common noun ("paper", "cream") costs nothing per name,
 * however many names a long article has.
 */
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  let start = -1, upper = false;
  for (let i = 0; i <= text.length;) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // (a run of ASCII lower-case letters, most of any article, in a loop of its own)
    if (c >= 97 && c <= 122) {
      if (start < 0) { start = i; upper = false; }
      for (i++; i < text.length && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122; i++);
      continue;
    }
    let word: boolean, up = false, n = 1;
    // (ASCII and the common typographic marks without a regular expression: most of any article)
    if (c < 128) { up = c >= 65 && c <= 90; word = up || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 39 || c === 45; }
    else if (c === 0x2019) word = true;
    else if (c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 || c === 0xa0 || c === 0x2026) word = false;
    else {
      const d = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) n = 2;
      const ch = text.slice(i, i + n);
      word = WORD_CHAR.test(ch);
      up = word && ch !== ch.toLowerCase();
    }
    if (word) { if (start < 0) { start = i; upper = false; } if (up) upper = true; }
    else if (start >= 0) { if (!upper) out.add(text.slice(start, i)); start = -1; }
    i += n;
  }
  return out;
}

/** An acronym in brackets ("(DCE)"), read right after " (". */
// ("deputy commissioner of police (DCP, Noida)": the place the office is of may follow the letters)
const BRACKETED_ACRONYM = /^\((\p{Lu}{2,6})(?:,\s+\p{Lu}[\p{L} -]{1,24})?\)/u;
/** The word that ends the text before it ("… Chief Executive", "deputy traffic commissioner"). */
const WORD_BEFORE = /(\p{L}\p{Ll}+(?:-in-\p{Ll}+)?)$/u;

/**
 * The acronyms an article defines by a title or role ("The District Chief Executive (DCE)": "the DCE
 * said" names an office, not someone called "DCE"), or writes for someone's office ("the AGP"), or defines for a thing
 * ("the total allowable catch (TAC)"). Only where " (" stands
 * are the patterns tried: a pattern opening on a capital would be tried at every letter of a long article.
 */
export function roleAcronyms(text: string, entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  // ("Additional Government Pleader S. Rajasekaran … the AGP told him": the initials of someone's office, in capitals)
  for (const initials of officeInitials(text, entities)) out.add(initials.toUpperCase());
  for (let i = text.indexOf(' ('); i >= 0; i = text.indexOf(' (', i + 2)) {
    const acronym = BRACKETED_ACRONYM.exec(text.slice(i + 1, i + 36))?.[1];
    if (!acronym) continue;
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, i - 30), i))?.[1];
    const last = word?.toLowerCase();
    if (!last) continue;
    // (a lower-case office only where the letters are its words' initials: "deputy traffic commissioner (DTC)", not
    // "the energy regulator (ERB)", an organisation)
    // ("officer-in-charge (OC)": a compound's words count, so fewer words than letters may be its initials)
    const words = text.slice(Math.max(0, i - 60), i).split(/\s+/);
    const initialled = (n: number) => roleInitials(words.slice(-n).join(' ')) === acronym.toLowerCase();
    if (!(isRoleNoun(last) || TITLES.has(last))) {
      // (nor is a thing so defined anyone: "the total allowable catch (TAC)", where "the TAC would drop"; a lower-case
      // organisation keeps its name: "the national health service (NHS)"; not an office of it: "deputy commissioner of
      // police (DCP)", whose initials skip the "of")
      const office = word === last && words.slice(-acronym.length - 1, -2).some((w) => isRoleNoun(w) || TITLES.has(w)) && words.at(-2) === 'of' && initialled(acronym.length + 1);
      if (word === last && !ORG_WORDS.has(last) && !ORG_NOUNS.has(last) && initialled(acronym.length) || office) out.add(acronym);
      continue;
    }
    if (word !== last || initialled(acronym.length) || last.includes('-in-') && initialled(1)) out.add(acronym);
  }
  return out;
}

/**
 * "at his home in Oak Bluffs … The family moved to Oak Bluffs": a name of several words the article reads whole as a place
 * elsewhere (after "in", "at", "from", "near"), with nothing that says a person (honorific, title, role, relation, age, a
 * first name of the curated list), is that place.
 */
function placeElsewhere(e: Entity, things: ReadonlySet<string>): boolean {
  const ws = e.person.name.toLowerCase().split(' ');
  return e.person.kind === 'person' && ws.length > 1 && ws.every((w) => things.has(w)) && !e.honorific && !e.titled && !e.person.role &&
    !e.relation && e.age === undefined && !firstNameGender(e.person.name.split(' ')[0]!);
}

/** The mentions of entities that are people or organisations; the rest (places, common nouns, offices' acronyms) dropped. */
export function withoutNonSpeakers(lowerWords: ReadonlySet<string>, entities: Entity[], mentions: Mention[], things: Set<string>, offices: ReadonlySet<string>): Mention[] {
  const ctx = { things, inLowerCase: (w: string) => lowerWords.has(w) };
  const dropped = new Set<number>();
  entities.forEach((e, i) => {
    if (offices.has(e.person.name) || NEVER_A_SPEAKER.some((rule) => rule.test(e))) { dropped.add(i); return; }
    if (placeElsewhere(e, things)) { dropped.add(i); return; }
    if (!unsure(e)) return;
    const w = e.person.name.toLowerCase();
    if (NOT_A_SPEAKER.some((rule) => rule.test(w, e, ctx))) dropped.add(i);
  });
  return dropped.size === 0 ? mentions : mentions.filter((m) => !dropped.has(m.entity));
}

/**
 * "Tess’s bewildered boyfriend", "Jess's mother": a given name alone that owns a relative is a
 * person's, though the name is also a word or a place ("Victoria’s sister city" is neither).
 */
export function ownsRelative(r: RawMention, text: string): boolean {
  if (!r.possessive || r.tokens.length !== 1 || !givenName(r.tokens[0]!)) return false;
  const ws = /^['’]s\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?/u.exec(text.slice(r.end, r.end + 60));
  if (!ws) return false;
  // (the relative's noun first, or after one adjective: "bewildered boyfriend")
  const at = Object.hasOwn(RELATIONS, ws[1]!) ? 1 : ws[2] && Object.hasOwn(RELATIONS, ws[2]) ? 2 : 0;
  return at > 0 && !NOT_A_RELATIVE_AFTER.test(ws[at + 1] ?? '');
}

/**
 * "The Wali of Mostaganem, Abdelhamid Zerrouki, … the Wali affirmed": a one-word name only ever written after "the", which the
 * article also writes as an office "of" a place or a body, is that office (an emir's, a wali's), no one's name.
 */
export function officesWrittenAlone(text: string, entities: readonly Entity[], mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  // (read at each mention, not searched for in the whole text: a long article has many one-word names after "the")
  for (const m of mentions) {
    const e = entities[m.entity]!, name = e.person.name;
    if (e.person.kind !== 'person' || !e.the || name.includes(' ') || out.has(name) || text.slice(m.end, m.end + 4) !== ' of ') continue;
    if (/[Tt]he\s$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && !firstNameGender(name)) out.add(name);
  }
  return out;
}
