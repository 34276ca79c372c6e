// Stage 3 — the people stage's output: entities (a person or an organisation,
// with every form of its name merged and the evidence of what it is) and their
// mentions outside the quotations.

import type { Gender } from './03-names';
import type { Person } from './types';

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
  /** A he/she/his/her right after a mention of them ("Dr Ashby said he planned …"). */
  pronounSeen?: boolean;
  /** Named as the subject of a verb of saying, in a quotation's sentence or in reported speech (set by stage 4). */
  spoke?: boolean;
  /** Some mention of its whole name reads "the X" ("the Maple Leafs"; not "the Okonjo family", a surname before a noun). */
  theFull?: boolean;
  /** Some mention carries an honorific ("Mr", "Ms", "Dr"; not "St"): a person, for a quiz's choices. */
  honorific?: boolean;
  /** Some mention carries a title only people hold ("Coun.", "Justice", "Mayor"): a person, for a quiz's choices. */
  titled?: boolean;
  /** The gender most people with this first name have (data/given-names.ts): evidence, not a rule. */
  genderHint?: 'm' | 'f';
  /** Every mention carries "St" ("St George's", "St Kilda"): a saint's name, a place or a team, no one speaking. */
  saint?: boolean;
  /** "Jr.", "III": shown after the name in a quiz, and never merged with a father of the same name. */
  generation?: string;
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
  /** Every word the article writes in lower case (03-entity-type's lowerCaseWords), for the common-noun rules of stages 3 and 6. */
  lowerWords: ReadonlySet<string>;
}

