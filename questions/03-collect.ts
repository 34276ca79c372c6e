// Stage 3, part 1d — every name sequence outside the quotations, read (03-mentions) after the joins and cuts of 03-joins,
// and a pass over what was read: a capitalised word before the surname of someone named in full is no first name.

import type { Doc } from './01-normalise';
import type { Quotation } from './02-quotations';
import { frameSegments, readMention, type RawMention } from './03-mentions';
import { nicknamesToNames, noteNicknames, orgThenPerson, ownerApart, withOrgOf } from './03-joins';
import { NAME_SEQUENCE, nextNameSequence } from './03-scan';
import { bare, givenName, isAcronym, knownGivenName, nameKey } from './03-names';
import { isRoleNoun, tidyRole } from './03-roles';

/** The first of two words is a word, not a given name: lower case elsewhere in the article, an adverb, or a role noun ("See Sexton", "Interestingly Blocher", "Donor Adelson"). */
function wordNotName(t: string, lowerWords: ReadonlySet<string>): boolean {
  if (knownGivenName(t)) return false;
  const b = bare(t);
  return lowerWords.has(b) || /^\p{Lu}\p{Ll}+ly$/u.test(t) || isRoleNoun(b.split('-').pop()!);
}

/**
 * "(See Sexton’s full timeline …)", "Interestingly Blocher stated", "Donor Adelson", "DC Danjuma" (a rank's
 * acronym; not "UC Davis"): a capitalised word before the surname of someone the article names in full (a given
 * name and a surname) is no first name of a second person: the mention is the surname alone (a role noun stays its title).
 */
export function surnameAfterWord(raws: RawMention[], lowerWords: ReadonlySet<string>): void {
  const surnames = new Set<string>();
  for (const r of raws) if (r.kind === 'person' && r.tokens.length > 1 && givenName(r.tokens[0]!)) surnames.add(bare(r.tokens[r.tokens.length - 1]!));
  for (const r of raws) {
    const rank = isAcronym(r.tokens[0]!);
    if (r.kind !== 'person' && !rank || r.tokens.length !== 2 || r.honorific || !surnames.has(bare(r.tokens[1]!)) || !rank && !wordNotName(r.tokens[0]!, lowerWords)) continue;
    r.kind = 'person';
    if (isRoleNoun(bare(r.tokens[0]!).split('-').pop()!)) { r.titleTokens = [...r.titleTokens, r.tokens[0]!]; r.role ??= tidyRole(r.tokens[0]!); }
    r.start = r.end - r.tokens[1]!.length;
    r.tokens = [r.tokens[1]!];
  }
}

/** One capitalised word in brackets between a given name and a surname: " (Jack)" of "Joaquim (Jack) Medeiros". */
const BRACKETED_IN_NAME = /(?<=\p{Lu}\p{Ll}+) \(\p{Lu}\p{Ll}+\)(?= \p{Lu}\p{Ll})/gu;

/** Every name sequence outside the quotations, read (03-mentions); words read as places are noted in `places`. */
export function collect(doc: Doc, quotes: Quotation[], places: Set<string>): RawMention[] {
  const { text } = doc;
  const raws: RawMention[] = [];
  const owned = new Set<string>(), nicknamed = new Map<string, string[]>();
  for (const seg of frameSegments(doc, quotes)) {
    let segText = text.slice(seg.start, seg.end);
    // ("Joaquim (Jack) Medeiros", "Conceição (Furtado) Medeiros": a word in brackets inside a name is a nickname or a maiden
    // name, blanked as a quoted nickname is)
    const nicknames = [...seg.nicknames];
    // (the pattern only where a bracket opens after a space: most segments have none)
    if (segText.includes(' (')) for (const m of segText.matchAll(BRACKETED_IN_NAME)) nicknames.push([seg.start + m.index + 1, seg.start + m.index + m[0].length]);
    for (const [a, b] of nicknames) segText = segText.slice(0, a - seg.start) + ' '.repeat(b - a) + segText.slice(b - seg.start);
    const first = raws.length;
    NAME_SEQUENCE.lastIndex = 0;
    for (let m = nextNameSequence(segText); m; m = nextNameSequence(segText)) {
      m = withOrgOf(m, segText);
      const parts = ownerApart(m).flatMap(orgThenPerson);
      for (const [i, part] of parts.entries()) {
        const r = readMention(text, seg, part, segText, places);
        if (!r) continue;
        // ("Jordan Pike’s Salt Year": what a person owns is never a person, nor later; but "Al Jazeera’s Catarina Nhantumbo" is)
        const key = nameKey(r.tokens);
        if (i > 0 && r.kind === 'person' && !(r.tokens.length >= 2 && givenName(r.tokens[0]!) && !/^(?:The|A|An)\s/.test(part[0]))) owned.add(key);
        if (!owned.has(key)) raws.push(r);
      }
    }
    if (nicknames.length > 0) noteNicknames(text, nicknames, raws.slice(first), nicknamed);
  }
  nicknamesToNames(raws, nicknamed);
  return raws;
}
