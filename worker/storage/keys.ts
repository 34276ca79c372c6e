// The KV key layout, in one place. Every key the Workers read or write is built
// here; ARCHITECTURE.md ("KV layout") documents the same table.

/** The whole quiz (draft and publication state): `quiz:{quizId}`. */
export const quizKey = (quizId: string) => `quiz:${quizId}`;

/** Prefix listing every quiz. */
export const quizPrefix = 'quiz:';

/**
 * A copy of a quiz's durable statistics: `stats:{quizId}` (JSON `{ quizId, savedAt, tallies }`).
 * Written only by the quiz's QuizStats Durable Object, at most every five minutes
 * while readers play; the object itself holds the exact live figures.
 */
export const statsKey = (quizId: string) => `stats:${quizId}`;
