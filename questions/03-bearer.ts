// Stage 3 — what the words around a name say of its bearer: an age ("Mrs Reid, 58,"), which of
// two by age ("the younger Mr Goh") and how they are related to someone ("his wife, Meena Patel").
// Read by 03-mentions for each name sequence.

import { RELATIONS } from './data/roles';
import { relationWord } from './03-scan';

/**
 * The words a tail ends with when the seniority patterns match it (relationWord reads '' before
 * "Mr. ": no word stands right before the spaces).
 */
export const SENIORITY_WORDS = new Set(['younger', 'junior', 'elder', 'older', 'senior', 'mr', 'mrs', 'ms', 'miss', 'dr', '']);

/** "the younger Mr Goh", "the elder Mr. Bush": which of two by age. */
export function seniorityOf(tail: string): 'younger' | 'older' | undefined {
  return /\b(?:younger|junior)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/i.test(tail) ? 'younger' : /\b(?:elder|older|senior)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/i.test(tail) ? 'older' : undefined;
}

/** The age given with a name: "58-year-old Morag Reid", "Mrs Reid, 58," or "Reid (58)". */
export function ageOf(before: string, after: string): number | undefined {
  const a = /\b(\d{1,3})-year-old\s+$/.exec(before)?.[1] ?? /^(?:,\s+|\s+\()(\d{1,3})(?:[,)]|\.(?!\d))/.exec(after)?.[1];
  return a === undefined ? undefined : Number(a);
}

/** "his wife, Meena Patel": a relation word right before the name. */
const RELATION_BEFORE = new RegExp(`\\b(${Object.keys(RELATIONS).join('|')})\\b,?\\s+$`, 'i');
/** "Her father, the calligrapher Lin Chao-ming": the relation set off before what the relative is. */
const RELATION_SET_OFF = new RegExp(`\\b(${Object.keys(RELATIONS).join('|')}),\\s+the\\s+(?:[a-z'’-]+\\s+){1,3}$`);
/** RELATION_BEFORE's words, for its pre-check: a Set looks a word up faster than an object's own keys. */
const RELATION_WORDS = new Set(Object.keys(RELATIONS));

/** How the words before a name relate its bearer to someone (RELATIONS gives the relation's gender), or undefined. */
export function relationBefore(before: string): string | undefined {
  const tail = before.slice(-16);
  if (RELATION_WORDS.has(relationWord(tail))) return RELATION_BEFORE.exec(tail)?.[1]?.toLowerCase();
  const wide = before.slice(-48);
  return wide.includes(', the ') ? RELATION_SET_OFF.exec(wide)?.[1] : undefined;
}
