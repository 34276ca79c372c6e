// Stage 6, part 1 — who may stand as a choice. A question offers people (or, for an
// organisation's quotation, organisations that spoke) the reader met in the article, each named
// by the fullest name the article gives and a short role. A capitalised name is a person only
// with evidence (an honorific, a title only people hold, a role, a relation, an age, a first name
// of the given-name data set before a surname, or a verb of saying whose subject it is), and
// never when the article reads it as a team, a work or a group ("the Maple Leafs", "Youth
// Councils"). Each rule is a named unit with its own table test (test/questions/speakers.test.ts).

import type { Entity, People } from './03-entity';
import { lowerCaseWords } from './03-entity-type';
import { bare, givenName } from './03-names';
import { isRoleNoun } from './03-roles';
import { ROLE_CLASSES } from './data/role-classes';
import { ORG_WORDS } from './data/organisations';
import { GROUP_NOUNS } from './data/roles';
import { HONORIFICS, PERSON_TITLES } from './data/titles';
import type { Person } from './types';

export { lowerCaseWords };

/** What the article shows of an entity, as the choice rules read it. */
export interface SpeakerView {
  entity: Entity;
  /** Every mention of it is in a headline written in title case ("Obama Recognizes Major Islamic Holiday."). */
  headlineOnly: boolean;
  /** The subject of a verb of saying by name somewhere in the article ("Mensah said", "said Priya Nair"). */
  spoke: boolean;
  /** Every word the article writes in lower case (built once per article: each look-up is then constant time). */
  lowerWords: ReadonlySet<string>;
}

/** A named rule: evidence that an entity is a person, or a reason it is none. */
export interface SpeakerRule { name: string; test: (v: SpeakerView) => boolean }

const tokens = (v: SpeakerView) => v.entity.person.name.split(/\s+/);
/** An organisation word of the name ("Union", "Council"); a short one only in capitals ("UN", not Kim Jong "Un"). */
const orgWord = (t: string) => ORG_WORDS.has(t.toLowerCase()) && (t.length > 3 || /^\p{Lu}+$/u.test(t));
/** An honorific, a person's title, a relation or an age: the article itself calls them a person. */
const called = (v: SpeakerView) => !!v.entity.honorific || !!v.entity.titled || !!v.entity.relation || v.entity.age !== undefined;

/** Reasons a name the people stage kept is nobody to offer as a choice, whatever else it has. */
export const NOT_A_CHOICE: SpeakerRule[] = [
  // a headline in title case capitalises every word: what it alone names is no one the article introduces
  { name: 'headline-only', test: (v) => v.headlineOnly },
  // "the Maple Leafs", "The Long Thaw": nobody calls a person "the X" unless a title or a role goes with it
  { name: 'the-name', test: (v) => !!v.entity.theFull && !called(v) && !v.entity.person.role },
  // "Youth Councils", "Investigations": a plural common noun ends no one's name (but "Mark Banks" is a person)
  { name: 'plural-noun', test: (v) => !called(v) && !(tokens(v).length > 1 && givenName(tokens(v)[0]!)) && pluralNoun(tokens(v).at(-1)!, v.lowerWords) },
  // "Students Union", "Body Shop": an organisation word after a word that is no given name ends an organisation's name
  {
    name: 'organisation-word', test: (v) => !v.entity.honorific && tokens(v).length > 1 && !givenName(tokens(v)[0]!) &&
      tokens(v).slice(1).some(orgWord),
  },
  // "Graydon Green Cream", "Barberclub Face": a last word the article also writes as a common noun, with
  // nothing else that says a person (no title, role, relation or age, never the subject of a verb of saying)
  { name: 'common-noun-surname', test: (v) => tokens(v).length > 1 && !called(v) && !v.entity.person.role && !v.spoke && inLowerCase(v.lowerWords, tokens(v).at(-1)!) },
];

/** Does the word stand in the article in lower case, as a common noun ("cream", "face")? */
const inLowerCase = (words: ReadonlySet<string>, word: string) => word.toLowerCase() !== word && words.has(word.toLowerCase());

/** Evidence that a name is a person's: any one suffices, once no NOT_A_CHOICE rule applies. */
export const PERSON_EVIDENCE: SpeakerRule[] = [
  { name: 'honorific-or-title', test: (v) => !!v.entity.honorific || !!v.entity.titled },
  { name: 'relation-or-age', test: (v) => !!v.entity.relation || v.entity.age !== undefined },
  { name: 'role', test: (v) => !!v.entity.person.role && hasRoleWord(v.entity.person.role) },
  // ("Chukwuemeka Okonkwo", "Priya Nair": a given name of the data set before a surname)
  { name: 'given-name', test: (v) => tokens(v).length > 1 && !!givenName(tokens(v)[0]!) },
  // ("Na'moks said", "Mensah said": someone a quotation is attributed to by name; alone, with a he or she after them.
  // Reported speech alone ("X said later that …") needs the he or she too: a subject found past a clause may be a
  // show's name, "who appeared on BBC's Kitchen Kings, admitted")
  { name: 'speaks', test: (v) => v.spoke && (tokens(v).length > 1 || !!v.entity.pronounSeen) || !!v.entity.spoke && !!v.entity.pronounSeen },
];

const roleWords = (role: string) => role.toLowerCase().replace(/['’]s\b/g, '').split(/[\s-]+/);
const isRoleWord = (w: string) => isRoleNoun(w) || PERSON_TITLES.has(w);
/** A role word as the role writes it: a capitalised one past the first word is a person's title ("Fire Chief"), or part of a name ("Men Expert"). */
const roleWordAt = (w: string, i: number) => i === 0 || /^\p{Ll}/u.test(w) ? isRoleWord(w.toLowerCase().replace(/['’]s$/, '')) : PERSON_TITLES.has(w.toLowerCase());
/** A role with a role word in it: "Opposition agriculture critic", "Fire Chief"; not "Rural Economic Development". */
export const hasRoleWord = (role: string) => role.split(/[\s-]+/).some(roleWordAt);

/** "Councils", "Americans", "Leafs": a plural whose singular is an organisation or group word, or that the article writes in lower case. */
export function pluralNoun(word: string, lowerWords: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(word) || /(?:ss|us|is)$/.test(w)) return false;
  const one = w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.slice(0, -1);
  return ORG_WORDS.has(one) || GROUP_NOUNS.has(w) || lowerWords.has(w);
}

/** An organisation by its name: an organisation word in a name of several ("Heart and Stroke Foundation", "Union of Teachers"), an acronym ("RCMP"), or "the X". */
const organisationByName = (v: SpeakerView) => tokens(v).length > 1 && tokens(v).some(orgWord) ||
  /^\p{Lu}{2,}$/u.test(v.entity.person.name) || v.entity.the && !givenName(tokens(v)[0]!);

/** Why an entity may stand as a choice ('org-spoke' for an organisation that spoke), or null. */
export function choiceEvidence(v: SpeakerView, spokeInQuote: boolean): string | null {
  if (v.entity.person.kind === 'organisation') return spokeInQuote && organisationByName(v) ? 'org-spoke' : null;
  if (NOT_A_CHOICE.some((r) => r.test(v))) return null;
  return PERSON_EVIDENCE.find((r) => r.test(v))?.name ?? null;
}

/**
 * "Lady Ashcombe", "Mrs Holroyd": someone the article names by a surname alone is shown with the honorific it gives them
 * (in an obituary of Sir Neville Ashcombe, "Ashcombe" as his wife's name reads as his).
 */
export function withHonorific(p: Person): void {
  if (p.kind !== 'person' || p.name.includes(' ')) return;
  // (not "M. Dupont": a letter reads as an initial)
  const titled = p.aliases.find((a) => { const w = a.split(' '), h = bare(w[0]!); return w.length === 2 && w[1] === p.name && h.length > 1 && HONORIFICS.has(h); });
  if (titled === undefined) return;
  p.aliases = [p.name, ...p.aliases.filter((a) => a !== titled)];
  p.name = titled;
}

/** A short role to show: at most five words, with a role word, capitalised; otherwise none. */
export function shortRole(role: string | undefined): string | undefined {
  if (!role) return undefined;
  let words = role.trim().split(/\s+/);
  // ("a public health specialist at Wits University": a long role keeps what comes before its preposition)
  if (words.length > 5) { const at = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|with|in|from|on)$/i.test(w)); if (at > 0) words = words.slice(0, at); }
  // ("a chartered financial planner based in Leeds": the participle goes with the place cut off)
  while (words.length > 1 && /^(?:based|living|working|located|born|raised|who)$/i.test(words[words.length - 1]!)) words = words.slice(0, -1);
  // ("Group backing former Arkansas Governor", "Likely including former President": the phrase ran over a clause whose
  // participle governs the person's office; "Longtime Republican donor involved", "Delegate serving": a participle after it)
  const clause = words.findIndex((w, i) => i < words.length - 1 && /^\p{Ll}+ing$/u.test(w) && /^(?:former|incumbent|then|ex-\S+|longtime|current|outgoing|sitting)$/i.test(words[i + 1]!));
  if (clause >= 0) words = words.slice(clause + 1);
  if (words.length > 1 && /^\p{Ll}{3,}(?:ed|ing)$/u.test(words[words.length - 1]!) && hasRoleWord(words[words.length - 2]!)) words = words.slice(0, -1);
  // (a clause's object pronoun or verb opens no role: "Him grabbing reporter")
  if (/^(?:[Hh]im|[Tt]hem|[Bb]e|[Bb]een|[Bb]eing)$/.test(words[0]!)) return undefined;
  role = words.join(' ');
  // ("the elder Moura": which of two relatives, not what he does)
  if (words.length > 5 || !hasRoleWord(role) || /^(?:elder|younger|older|senior|junior)$/i.test(role)) return undefined;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

const CLASS_OF = new Map<string, string>();
for (const [cls, ws] of Object.entries(ROLE_CLASSES)) for (const w of ws) if (!CLASS_OF.has(w)) CLASS_OF.set(w, cls);

/** The class of a role ("Opposition agriculture critic" → politics), by its last word that has one. */
export function roleClass(role: string | undefined): string | undefined {
  if (!role) return undefined;
  const ws = roleWords(role.split(/\s+(?:of|at|for|with|in|from|to)\s+/i)[0]!);
  for (let i = ws.length - 1; i >= 0; i--) { const c = CLASS_OF.get(ws[i]!); if (c) return c; }
  return undefined;
}

/** Where a first line in title case ends (most of its longer words capitalised), or 0 when the article opens otherwise. */
export function titleCaseHeadline(text: string): number {
  const end = text.search(/\n|$/);
  const words = text.slice(0, end).match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length ? end : 0;
}

/** A person as a choice can show them: the public person, its short role, its class, and why it may be offered. */
export interface Speaker {
  person: Person;
  /** How the article relates them to someone ("daughter" in "Her daughter, Linh,"). */
  relation: string | undefined;
  role: string | undefined;
  roleClass: string | undefined;
  /** The named rule that lets it be a choice, or null when it may not be one. */
  evidence: string | null;
}

/** Every entity the extraction shows, as a possible choice. `spokeByName`: entity indices named as subjects of a verb of saying; `quoted`: person ids that speak a quotation. */
export function speakersOf({ entities, mentions, lowerWords }: People, shown: Person[], text: string, spokeByName: Set<number>, quoted: Set<string>): Map<string, Speaker> {
  const headline = titleCaseHeadline(text);
  const outside = new Set(mentions.filter((m) => m.start >= headline).map((m) => m.entity));
  const byPerson = new Map<Person, number>();
  entities.forEach((e, i) => { if (!byPerson.has(e.person)) byPerson.set(e.person, i); });
  const out = new Map<string, Speaker>();
  for (const p of shown) {
    const i = byPerson.get(p);
    if (i === undefined) continue;
    const entity = entities[i]!;
    const role = shortRole(p.role);
    out.set(p.id, { person: p, relation: entity.relation, role, roleClass: roleClass(role), evidence: choiceEvidence({ entity, spoke: spokeByName.has(i), lowerWords, headlineOnly: !outside.has(i) }, quoted.has(p.id)) });
  }
  return out;
}
