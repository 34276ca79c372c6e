// Stage 3 — an organisation's acronym the article gives in brackets right after its name: "the Jamaica Stock Exchange
// (JSE)", "Island Grain and Feeds Limited (IGF)", "the Transportation Safety Board of Canada (TSB)". The acronym names
// the same organisation from then on, as the article says, so a quotation of "the JSE" is the exchange's.

import { isAcronym } from './03-names';
import type { RawMention } from './03-mentions';
import type { Person } from './types';

/** Words an acronym leaves out: "of", "and", a legal form. */
const LEFT_OUT = /^(?:of|and|for|the|de|du|des|la|le|el|y|et|und|limited|ltd|inc|plc|llc|co|corp)$/i;

/** The initials of a name's words that an acronym keeps: "Island Grain and Feeds Limited" → "IGF". */
const initialsOf = (name: string): string => name.split(/[\s-]+/).filter((w) => w && !LEFT_OUT.test(w)).map((w) => w[0]!.toUpperCase()).join('');

/**
 * Is the one-word mention `r` an acronym in brackets right after the name of `prev` that ended at `prevEnd`, standing for it?
 * Its letters are the name's initials, or their beginning ("TSB" for "Transportation Safety Board of Canada"), or, for an
 * organisation, start as the name does ("Kuomintang (KMT)").
 */
export function bracketedAcronym(text: string, r: Pick<RawMention, 'tokens' | 'start' | 'end' | 'kind'>, prevEnd: number, prev: Person): boolean {
  const word = r.tokens[0]!;
  if (r.tokens.length !== 1 || !isAcronym(word) || word.length > 8) return false;
  if (!/^\s*\(\s*$/.test(text.slice(prevEnd, r.start)) || !/^\s*\)/.test(text.slice(r.end, r.end + 3))) return false;
  const initials = initialsOf(prev.name);
  return initials.startsWith(word) || (prev.kind === 'organisation' || r.kind === 'organisation') && initials[0] === word[0];
}
