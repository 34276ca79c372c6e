// Stage 3, part 3 — entity types: a speaker is a person or an organisation.
// A one-word name that nothing ties to a person (no honorific, title, role,
// relation, age or pronoun) is no speaker when the article also reads that
// word as a place ("at Davis", "in Wealdbridge") or a law ("Bill C-69"); nor,
// when not even a first name says it is a person, when the article uses it as
// a common noun in lower case ("Paper said" where the article writes "paper").
// Its mentions are dropped, so no rule can make it a speaker.

import type { Entity, Mention } from './03-entity';
import { firstNameGender } from './03-names';

/** A named reason an entity can speak for no one; each has its own table test. */
export interface NotASpeaker {
  name: string;
  test: (word: string, e: Entity, ctx: { things: Set<string>; inLowerCase: (w: string) => boolean }) => boolean;
}

export const NOT_A_SPEAKER: NotASpeaker[] = [
  { name: 'read-as-a-place-or-law', test: (w, _e, c) => c.things.has(w) },
  { name: 'common-noun', test: (w, e, c) => !firstNameGender(e.person.name) && c.inLowerCase(w) },
];

/** How many one-word names per article are looked up in lower case (each a search of the text). */
const COMMON_NOUN_CHECKS = 24;

/** Nothing ties this one-word entity to a person (a first name alone may be a word too: "Bill"). */
function unsure(e: Entity): boolean {
  return e.person.kind === 'person' && !e.person.name.includes(' ') && !e.personish && !e.relation && e.age === undefined &&
    !e.person.role && !e.pronounSeen;
}

/** Does `word` (lower case) stand in the text as a whole word? One native search per occurrence. */
function hasLowerWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!LETTER.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + word.length] ?? ' ')) return true;
  }
  return false;
}
const LETTER = /[\p{L}\p{N}'’-]/u;

/** The mentions of entities that are people or organisations; the rest (places, common nouns) dropped. */
export function withoutNonSpeakers(text: string, entities: Entity[], mentions: Mention[], things: Set<string>): Mention[] {
  // (at most COMMON_NOUN_CHECKS searches of the text: linear in the article however many names it has)
  let checks = 0;
  const ctx = { things, inLowerCase: (w: string) => checks++ < COMMON_NOUN_CHECKS && hasLowerWord(text, w) };
  const dropped = new Set<number>();
  entities.forEach((e, i) => {
    if (!unsure(e)) return;
    const w = e.person.name.toLowerCase();
    if (NOT_A_SPEAKER.some((rule) => rule.test(w, e, ctx))) dropped.add(i);
  });
  return dropped.size === 0 ? mentions : mentions.filter((m) => !dropped.has(m.entity));
}
