// Stage 6, part 2 — fair questions. A quotation can tell who said it without naming anyone:
// "As mayor, I …" with one choice labelled Mayor, "My crews are doing everything they can" with
// one fire chief, "Mum would have loved this" with one child of the deceased among the choices.
// Each rule reads what the quotation tells of its speaker and says which people share it; a
// question is fair when none of these traits picks out the answer alone among its choices.

import type { Speaker } from './06-speakers';
import { RELATION_CUES, ROLE_CUES } from './data/role-classes';

/** What a quotation tells of its speaker, and the people who share it. */
export interface Trait {
  rule: string;
  /** Does this person share what the quotation tells of its speaker? */
  has: (s: Speaker) => boolean;
}

export interface FairnessRule { name: string; traits: (quote: string, answer: Speaker) => Trait[] }

/** The words of each role read so far (every question reads its choices' roles again): never to be changed by a caller. */
const roleWords = new Map<string, readonly string[]>();

const words = (role: string | undefined): readonly string[] => {
  const key = role ?? '';
  let ws = roleWords.get(key);
  if (ws === undefined) {
    ws = key.toLowerCase().replace(/['’]s\b/g, '').split(/[\s,-]+/).filter((w) => w.length > 2);
    if (roleWords.size > 5_000) roleWords.clear();
    roleWords.set(key, ws);
  }
  return ws;
};
const ROLE_FILLERS = new Set(['the', 'and', 'for', 'former', 'senior', 'deputy', 'acting', 'interim', 'assistant', 'new', 'national', 'local', 'general']);

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** Where a word stands whole in a text (no letter either side), by native search: start offsets. */
function* wholeWord(text: string, w: string): Generator<number> {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) if (!isLetter(text[i - 1]) && !isLetter(text[i + w.length])) yield i;
}

/** The word stands in the quotation as a common noun: in lower case or after "as"/"a", and not as a title before a name ("President Putin and I"). */
export function saysRoleWord(quote: string, w: string): boolean {
  // (found in lower case, a plural too; the case of what follows is read in the quotation itself)
  const lower = quote.toLowerCase();
  for (const form of [w.toLowerCase(), w.toLowerCase() + 's']) {
    for (const at of wholeWord(lower, form)) {
      if (/^\s+(?!I\b)\p{Lu}/u.test(quote.slice(at + form.length, at + form.length + 3))) continue; // a title before a name: "President Putin"
      if (/^\p{Ll}/u.test(quote[at]!) || /\b(?:as|a|an)\s+$/i.test(quote.slice(Math.max(0, at - 4), at))) return true;
    }
  }
  return false;
}

export const FAIRNESS_RULES: FairnessRule[] = [
  // "As mayor, I have to think about the next 20 years" and the answer labelled "Mayor"
  {
    name: 'role-named', traits: (quote, answer) => words(answer.role).filter((w) => !ROLE_FILLERS.has(w) && saysRoleWord(quote, w))
      .map((w) => ({ rule: 'role-named', has: (s: Speaker) => words(s.role).includes(w) })),
  },
  // "My crews are doing everything they can" and the answer labelled "Fire Chief"
  {
    // (the answer's role, a few words, before the cue searched through the whole quotation)
    name: 'role-cue', traits: (quote, answer) => ROLE_CUES.filter((c) => c.roles.test(answer.role ?? '') && c.cue.test(quote))
      .map((c) => ({ rule: 'role-cue', has: (s: Speaker) => c.roles.test(s.role ?? '') })),
  },
  // "Mum would want people swimming" and one child of the deceased among the choices
  {
    name: 'relation', traits: (quote, answer) => RELATION_CUES.filter((c) => c.relations.includes(answer.relation ?? '') && c.cue.test(quote))
      .map((c) => ({ rule: 'relation', has: (s: Speaker) => c.relations.includes(s.relation ?? '') })),
  },
  // "Nobody at Desjardins expected this" and the answer labelled "Analyst at Desjardins Securities"
  {
    name: 'organisation-named', traits: (quote, answer) => words(answer.role).filter((w) => /^\p{Lu}/u.test(roleWordAsWritten(answer.role!, w)) &&
      !wholeWord(quote.toLowerCase(), w).next().done)
      .map((w) => ({ rule: 'organisation-named', has: (s: Speaker) => words(s.role).includes(w) })),
  },
];

/** The word as the role writes it (the first letter's case tells a name from a common noun). */
function roleWordAsWritten(role: string, w: string): string {
  const at = wholeWord(role.toLowerCase(), w).next().value ?? -1;
  // (a role's first word is capitalised for display: "Mayor" is no name)
  return at <= 0 ? w : role.slice(at, at + w.length);
}

/** Everything the quotation tells of its speaker. */
export function traitsOf(quote: string, answer: Speaker): Trait[] {
  return FAIRNESS_RULES.flatMap((r) => r.traits(quote, answer));
}

/** The traits that pick out the answer alone among these choices: give-aways. */
export function giveAways(traits: Trait[], choices: Speaker[]): Trait[] {
  return traits.filter((t) => choices.filter((c) => t.has(c)).length < 2);
}
