// Where the routes reach a quiz's statistics: its QuizStats Durable Object
// (worker/stats/quiz-stats.ts), one per quiz, named by the quiz id.
import type { StoredQuiz } from '../quiz-model';
import type { QuizRef, QuizStats } from '../stats/quiz-stats';

export function statsOf(ns: DurableObjectNamespace<QuizStats>, quiz: StoredQuiz): { stub: DurableObjectStub<QuizStats>; ref: QuizRef } {
  return { stub: ns.getByName(quiz.id), ref: { id: quiz.id, createdAt: quiz.createdAt } };
}

/** Ids of the questions readers get now, in order. */
export function selectedQuestionIds(quiz: StoredQuiz | null): string[] {
  return (quiz?.questions ?? []).filter((q) => q.selected).map((q) => q.id);
}
