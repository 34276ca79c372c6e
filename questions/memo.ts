// A function of one string whose answers are kept: names and roles recur through an article, and
// across the articles an isolate builds, so each is worked out once. Forgotten all at once past
// `max` keys, which bounds the memory a long-lived isolate gives them.

/**
 * A function of an article's text whose answer is kept for the last text it was asked of: two stages ask of the same
 * article, and an article is read at a time (the pipeline is synchronous), so one slot is all it needs.
 */
export function perText<T>(fn: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | null = null;
  return (text) => {
    if (last?.text !== text) last = { text, value: fn(text) };
    return last.value;
  };
}

export function memoised<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    const known = kept.get(key);
    if (known !== undefined || kept.has(key)) return known as T;
    if (kept.size > max) kept.clear();
    const value = fn(key);
    kept.set(key, value);
    return value;
  };
}
