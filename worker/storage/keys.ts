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
