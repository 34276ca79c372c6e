// Stage 3 — a title word that is a given name too ("Dean", "Earl", "Prince"): where it stands before a surname
// alone, what comes before it tells which it is. After a role noun or a rank the name carries, it is the given name:
// "Unite regional officer Dean Mulholland", "PC Dean Atkinson", "Dr Earl Hughes". Not after a word that makes an
// office of it: "Associate Dean Hale", "Crown Prince Frederik", "Sergeant Major Cole" (a rank is no given name).
// After it, a person's age: "Dean Brady (31), with an address at …", "Earl Hughes, 45, of …" (an office has no age).

import { bare } from './03-names';
import { isRoleNoun } from './03-roles';
import { lowerWordBeforeSpaces } from './03-scan';
import { GIVEN_NAME_TITLES, HONORIFICS, RANK_TITLES } from './data/titles';
import type { NameReading } from './03-not-a-name';

/** The name's tokens[i] is a given name, no title: a title word that is a given name too, before the surname alone. */
export function givenNotTitle(r: NameReading, i: number): boolean {
  const b = bare(r.tokens[i]!);
  if (i !== r.tokens.length - 2 || !GIVEN_NAME_TITLES.has(b) || !/^\p{Lu}\p{Ll}+$/u.test(r.tokens[i]!)) return false;
  return i === 0 && (afterRoleNoun(r) || ageAfter(r)) || afterRank(i > 0 ? r.tokens[i - 1]! : r.titleTokens.at(-1)) && !RANK_TITLES.has(b);
}

/** "Dean Brady (31)", "Earl Hughes, 45,": the person's age right after the name. */
const ageAfter = (r: NameReading) => /^(?:\s\(\d{1,3}\)|,\s\d{1,3},)/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 6));

/** "Unite regional officer Dean Mulholland": a role noun in lower case right before the name. */
const afterRoleNoun = (r: NameReading) => isRoleNoun(lowerWordBeforeSpaces(r.segText.slice(Math.max(0, r.m.index - 30), r.m.index)) ?? '');

/** A rank or an honorific the name carries ("PC", "Det", "Professor", "Mr"): how a person is addressed, no office's first word. */
const afterRank = (t: string | undefined) => t !== undefined && (HONORIFICS.has(bare(t)) || RANK_TITLES.has(bare(t)));
