// The KV key layout, in one place. Every key the Worker reads or writes is built
// here; ARCHITECTURE.md ("KV layout") documents the same table.

/** The whole quiz (draft and publication state): `quiz:{quizId}`. */
export const quizKey = (quizId: string) => `quiz:${quizId}`;

/** Prefix listing every quiz. */
export const quizPrefix = 'quiz:';

/**
 * One reader's first answer to one question: `answer:{quizId}:{session}:{questionId}`.
 * One key per (session, question) means no two readers ever write the same key.
 */
export const answerKey = (quizId: string, session: string, questionId: string) =>
  `answer:${quizId}:${session}:${questionId}`;

/** Prefix of every pending answer record (the fold's work list). */
export const answerPrefixAll = 'answer:';

/** Prefix of one quiz's pending answer records: `answer:{quizId}:`. */
export const answerPrefix = (quizId: string) => `answer:${quizId}:`;

/**
 * A quiz's folded statistics: `stats:{quizId}` (JSON `Summary`, worker/stats/tally.ts).
 * Written only by the Cron fold, so it has a single writer.
 */
export const statsKey = (quizId: string) => `stats:${quizId}`;

/**
 * The last fold whose markers and deletes all completed: `stats-settled:{quizId}`
 * (a number). Separate from `stats:` so no key is written twice in one second.
 */
export const statsSettledKey = (quizId: string) => `stats-settled:${quizId}`;

/**
 * What the fold has counted of one session: `folded:{quizId}:{session}` (JSON
 * `SessionMarker`, expires after STATS_MARKER_TTL_S). Written only by the fold.
 */
export const foldedKey = (quizId: string, session: string) => `folded:${quizId}:${session}`;

/** Parses an answer key back into its parts (ids never contain ':'). */
export function parseAnswerKey(key: string): { quizId: string; session: string; questionId: string } | null {
  const parts = key.split(':');
  if (parts.length !== 4 || parts[0] !== 'answer') return null;
  const [, quizId, session, questionId] = parts as [string, string, string, string];
  return quizId && session && questionId ? { quizId, session, questionId } : null;
}

/**
 * When the fold last started writing for a quiz: `stats-lease:{quizId}` (a number, ms).
 * Read and written only by the fold, which waits until every cached copy of what the
 * previous run wrote has expired before it reads again (docs/scores-design.md).
 */
export const statsLeaseKey = (quizId: string) => `stats-lease:${quizId}`;
