// The most a quiz is built from: news articles have tens of quotations and people,
// never thousands. Past these the pipeline stops with ArticleTooComplex (the editors'
// API answers 422) instead of spending its time on what is not an article; with
// the input's size (200 KB of text) this bounds the work of any request.

export const MAX_QUOTATIONS = 1_000;
export const MAX_PEOPLE = 1_000;

export class ArticleTooComplex extends Error {
  constructor(
    readonly what: 'quotations' | 'people',
    readonly count: number,
    readonly limit: number,
  ) {
    super(`more than ${limit} ${what} (${count})`);
  }
}

/** Throws ArticleTooComplex when `count` is past `limit`. */
export function withinLimit(what: ArticleTooComplex['what'], count: number, limit: number): void {
  if (count > limit) throw new ArticleTooComplex(what, count, limit);
}

/** How far back a look-back of the discourse goes, in mentions: bounded, so one huge paragraph stays linear. */
export const FOCUS_LOOKBACK = 400;
