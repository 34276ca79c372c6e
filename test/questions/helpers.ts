import { expect, it } from 'vitest';
import { extract } from '../../questions/index';
import type { ArticleInput } from '../../questions/types';

/** [quotation text, speaker name or null] for every direct and partial quotation. */
export function pairs(input: string | ArticleInput): [string, string | null][] {
  const ex = extract(typeof input === 'string' ? { text: input } : input);
  return ex.quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}

/** The speaker of every quotation, in order (null where none is named). */
export const speakersOf = (input: string | ArticleInput) => pairs(input).map(([, s]) => s);

/** A table row: [what the case shows, article text, the speaker of each quotation]. */
export type SpeakerCase = [string, string, (string | null)[]];

/** One test per row: the speakers found are the ones the row expects. */
export function itFindsSpeakers(cases: SpeakerCase[]): void {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(speakersOf(input)).toEqual(expected);
  });
}
