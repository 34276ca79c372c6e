import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../errors';
import { buildQuizStats, questionsCsv } from '../stats/view';
import type { QuizStats } from '../stats/types';
import { loadQuiz } from '../storage/quizzes';
import { readLiveStats, selectedQuestionIds } from '../storage/stats';
import { validate } from '../validation';

const quizParams = z.object({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"') });

async function quizStats(kv: KVNamespace, id: string): Promise<QuizStats> {
  const quiz = await loadQuiz(kv, id);
  if (!quiz) throw new ApiError(404, 'quiz_not_found', `No quiz "${id}".`);
  const live = await readLiveStats(kv, id, selectedQuestionIds(quiz));
  return buildQuizStats({ quizId: id, quiz, all: live.all, days: live.days, foldedAt: live.summary.foldedAt, pending: live.pending, now: new Date() });
}

/**
 * Editors' statistics, mounted at /api/editor/quizzes (behind requireEditor).
 * Exact as of the request: the fold's summary plus every pending answer, read-only.
 */
export const editorStats = new Hono<{ Bindings: Env }>()
  .get('/:id/stats.csv', validate('param', quizParams), async (c) => {
    const { id } = c.req.valid('param');
    const csv = questionsCsv(await quizStats(c.env.QUIZ_KV, id));
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${id}-questions.csv"`,
      'cache-control': 'no-store',
    });
  })
  .get('/:id/stats', validate('param', quizParams), async (c) => {
    const { id } = c.req.valid('param');
    c.header('cache-control', 'no-store');
    return c.json(await quizStats(c.env.QUIZ_KV, id));
  });
