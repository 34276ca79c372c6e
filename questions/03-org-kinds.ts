// Stage 3 — an organisation by what the article says of it: the kind of organisation right before
// its name ("the nonprofit Patient Privacy Watch") or in its appositive ("MedPoint, the regional
// pharmacy chain with …,"), a plural verb after it ("Nightjar have …"), a role it modifies ("Oilers head coach …"); and a body's name written
// against its head's title and name ("… Director-General Lai Ying-ying"). A name with a given name
// in it stays a person's.

import { bare, givenName } from './03-names';
import { knownFirst, type NameReading as Reading } from './03-not-a-name';
import { lowerWordBeforeSpaces, spacesThenLower } from './03-scan';
import { isSpeechVerb } from './speech-verbs';
import { isRoleNoun } from './03-roles';
import { ORG_KINDS, ORG_WORDS } from './data/organisations';
import { PERSON_TITLES, TITLES } from './data/titles';

/** No word of the name is a given name (of the data set or the common lists): nothing says it is a person's. */
const noGivenName = (tokens: readonly string[]) => !tokens.some((t) => givenName(t) || knownFirst(t));

/**
 * "the nonprofit Patient Privacy Watch", "the company Entregaí": after a word for a kind of
 * organisation, a name with no given name in it is that organisation's, whole ("Patient" is no title
 * here); "the company CEO John Smith" is a person.
 */
export function namedAsOrgKind(segText: string, at: number, tokens: string[]): boolean {
  return tokens.length > 1 && ORG_KINDS.has(lowerWordBeforeSpaces(segText.slice(Math.max(0, at - 20), at)) ?? '') &&
    noGivenName(tokens);
}

/**
 * The noun a described organisation's appositive ends on: "MedPoint, the regional pharmacy chain with …",
 * "Himali Heights, a Kathmandu-based company that …", "Great Lakes Mutual, the Grand Rapids-based insurer
 * that …" (not "a former airline pilot").
 */
const KIND_APPOSITIVE = /^,\s+(?:the|a|an)\s+(?:(?:[\p{Ll}-]+(?:['’]s)?|(?:\p{Lu}\p{L}*\s+){0,2}\p{Lu}[\p{L}]*-based)\s+){0,4}?([\p{Ll}-]+)(?=[,.;]|\s+(?:with|that|which|whose|based|in|of|from|behind|for|and|said|says)\b)/u;

/**
 * The appositive after a name (the sequence `m` in `segText`) with no given name in it says what kind of
 * organisation it is ("Pro Natura, the country’s largest nature conservation group,"), or opens with
 * "which" ("Getlink, which operates the Channel Tunnel,"): a thing, not a person.
 */
export function kindInAppositive(r: Pick<Reading, 'segText' | 'm' | 'tokens'>): boolean {
  // (most names have no comma after them: nothing to read)
  if (r.segText.charCodeAt(r.m.index + r.m[0].length) !== 44) return false;
  const after = r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 90);
  const kind = KIND_APPOSITIVE.exec(after)?.[1];
  // (the appositive is evidence enough against a given name of the data set only: "Great Lakes Mutual, the … insurer")
  return (kind !== undefined && ORG_KINDS.has(kind) || /^,\s+which\s+\p{Ll}+s\b/u.test(after)) && !r.tokens.some(knownFirst);
}

/**
 * "Department of Resource Circulation Director-General Lai Ying-ying", "Department of Health and Human
 * Services Secretary Alex Azar": an organisation's name, the title of the person who heads it and that
 * person's name. The sequence names the person; the organisation's words are their role.
 * (Not "Office of the Attorney General": a title only a person holds, then a name.)
 */
export function headedBy(tokens: readonly string[]): boolean {
  // (not an item of a list in the body's name: "Committee on Civil Liberties, Justice and Home Affairs")
  const t = tokens.findIndex((w, i) => i > 1 && PERSON_TITLES.has(bare(w).split('-')[0]!) && !ORG_WORDS.has(bare(w)) && !tokens[i - 1]!.endsWith(','));
  const rest = tokens.slice(t + 1);
  return t > 1 && rest.length >= 1 && rest.length <= 3 && !rest.some((w) => ORG_WORDS.has(bare(w)) || TITLES.has(bare(w)));
}

/**
 * "Nightjar have moved AWPer vortex to the bench", "The Waikato Kōtuku are champions": a name with a plural verb after it
 * (as British papers write teams and firms) is a group, unless it is one of several named ("Smith and Jones are") or a plural
 * itself ("Republicans have", a group of people, no speaker).
 */
export function pluralVerbAfter(r: Pick<Reading, 'segText' | 'm' | 'tokens'>): boolean {
  const at = r.m.index, end = at + r.m[0].length;
  const verb = r.segText.charCodeAt(end + 1); // (the first letter of the next word: h, a or w, or nothing to read)
  return r.tokens.length - (r.tokens[0] === 'The' ? 1 : 0) <= 2 && (verb === 104 || verb === 97 || verb === 119) && /^\s+(?:have|are|were)\s+\p{Ll}/u.test(r.segText.slice(end, end + 16)) &&
    !/(?:\band|&|,)\s*$/.test(r.segText.slice(Math.max(0, at - 6), at)) && !/(?:s|['’]s)$/.test(r.m[0]) &&
    noGivenName(r.tokens);
}

/** An office of a body before the name, to the body's last word: "Chairman of the Zhitikara district farmers' association ". */
const OFFICE_OF_BODY = /\b(\p{L}+)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,6}$/u;

/**
 * "Chairman of the Zhitikara district farmers' association Pavel Kravchenko": where the kind of organisation before a
 * given name and a surname ends an office's body (as Kazakh and Russian outlets write it), the name is the office holder's.
 */
export function holderAfterOfficeOfBody(r: Pick<Reading, 'tokens' | 'before'>): boolean {
  if (r.tokens.length < 2 || !givenName(r.tokens[0]!)) return false;
  const office = OFFICE_OF_BODY.exec(r.before)?.[1]?.toLowerCase();
  return !!office && (TITLES.has(office) || isRoleNoun(office));
}

/** A determiner or an owner before the kind word, two words back at most: "the carrier ", "the city's bus operator ". */
const DETERMINED_KIND = /(?:^|[\s(])(?:the|a|an|its|their|our|this|that|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "the carrier Jetstar", "the insurer Great Lakes Mutual": a name after a word for a kind of organisation is that
 * organisation's, unless an office of a body ends there, or the kind word stands bare before a given name and a
 * surname, as a person's description does ("Local carrier Colin Faulkner", "Trucking operator Sione Vea", written as
 * "Local farmer …"); "the retailer John Lewis" keeps its determiner and stays a firm.
 */
export function namedAfterOrgKind(r: Pick<Reading, 'tokens' | 'before' | 'tail' | 'tailWord'>): boolean {
  if (!ORG_KINDS.has(r.tailWord) || /,\s*$/.test(r.tail) || holderAfterOfficeOfBody(r)) return false;
  return !(r.tokens.length >= 2 && knownFirst(r.tokens[0]!) && !DETERMINED_KIND.test(r.before));
}

/** The words that end the determiners before a described name (modifiesRoleAfter's pattern's pre-check, NameReading.tailWord). */
const DESCRIBING_WORDS = new Set(['the', 'a', 'an', 'former', 'then']);

/** "Oilers head coach Ken Hitchcock", "MaRS director Adam …": a name that modifies a role is a team, firm or place. */
export function modifiesRoleAfter(r: Reading): boolean {
  if (r.honorific || r.possessive || !spacesThenLower(r.segText, r.m.index + r.m[0].length)) return false;
  const after = r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 60);
  // ("the former New Mexico governor is a triathlete", "The Reform UK candidate, Gareth Pryce,": after a
  // determiner, a name before a role noun modifies it)
  const next = /^\s+([\p{Ll}-]+)/u.exec(after)?.[1];
  if (next && (r.peeledThe || DESCRIBING_WORDS.has(r.tailWord) && /\b(?:the|a|an|former|then)\s+$/i.test(r.tail)) && r.titleTokens.every((t) => /^the$/i.test(t)) && isRoleNoun(next) && !givenName(r.tokens[0]!)) return true;
  const ws = /^\s+((?:[\p{Ll}-]+\s+){1,3})\p{Lu}/u.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
  // (not a verb between: "Pettigrew questioned referee Jamie Nuttall")
  return ws.length > 0 && (isRoleNoun(ws[ws.length - 1]!) || TITLES.has(ws[ws.length - 1]!)) &&
    ws.every((w) => !/^(?:and|or|but|said|says|told|of|to|in|on|at|by|for|from|with|as|the|a|an|his|her|their|its|our|my|is|was|are|were|who|and|then|also)$/.test(w) &&
      !(/ed$/.test(w) && !ADJECTIVES_IN_ED.test(w)) && !isSpeechVerb(w));
}

/** Words in -ed that describe a role rather than say what someone did: "retired", "elected". */
const ADJECTIVES_IN_ED = /^(?:retired|elected|appointed|qualified|registered|licensed|certified|respected|seasoned|experienced|unnamed|acclaimed|celebrated|talented)$/;
