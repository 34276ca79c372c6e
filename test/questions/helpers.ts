import { extract } from '../../questions/index';
import type { ArticleInput } from '../../questions/types';

/** [quotation text, speaker name or null] for every direct and partial quotation. */
export function pairs(input: string | ArticleInput): [string, string | null][] {
  const ex = extract(typeof input === 'string' ? { text: input } : input);
  return ex.quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}
