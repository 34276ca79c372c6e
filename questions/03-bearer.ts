// Stage 3 — what the words around a name say of its bearer: an age ("Mrs Reid, 58,") and which of
// two by age ("the younger Mr Goh"). Read by 03-mentions for each name sequence.

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
