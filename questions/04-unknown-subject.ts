// Stage 4, part 4b — a speaker the article has not introduced: "Kadri, who had a goal and an assist,
// agreed. "…," he said." The sentence before the quotation has a subject by a capitalised name no
// person or organisation of the article bears (a surname first seen here, or a name the people stage
// could not read); "he" is then most likely that newcomer, whom the discourse cannot offer. The
// pronoun's speaker is left open (capped below publishing) instead of given to whoever spoke last.

import { NON_NAME_WORDS } from './data/non-names';
import { isSpeechVerb } from './speech-verbs';

/** Words that open sentences and are no one's name. */
const NOT_A_SUBJECT = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'then', 'but', 'and', 'so', 'asked', 'later', 'still', 'now', 'both', 'others', 'some', 'many', 'most']);

/** A sentence opening with a capitalised word, then ", who" or a verb (kept if one of saying: "agreed", "said"). */
const SUBJECT_THEN_VERB = /(?:^|[.!?]["”’']?\s+)(\p{Lu}[\p{L}'’-]+)(?:,\s+who\b|\s+(\p{Ll}+)\b)/gu;

/**
 * The capitalised subject of a sentence in `before` (the paragraph up to the quotation) that `known`
 * does not recognise, or null. `known(word)`: some entity of the article bears that word in its name.
 */
export function unknownSubjectBefore(before: string, known: (word: string) => boolean): string | null {
  let found: string | null = null;
  for (const m of before.matchAll(SUBJECT_THEN_VERB)) {
    const word = m[1]!;
    if (m[2] !== undefined && !isSpeechVerb(m[2])) continue;
    found = NOT_A_SUBJECT.has(word.toLowerCase()) || NON_NAME_WORDS.has(word.toLowerCase()) || known(word) ? null : word;
  }
  return found;
}
