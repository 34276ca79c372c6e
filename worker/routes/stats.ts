// Editors' statistics, mounted at /api/editor/quizzes in the readers' Worker (behind
// requireEditor): the quiz's Durable Object counts its readers, so its figures are
// read here, exact as of the request, with nothing written; and deleted here with the quiz.
import { Hono } from 'hono';
import { ApiError } from '../errors';
import { quizParam } from '../reader-validation';
import type { QuizStats } from '../stats/types';
import { buildQuizStats, questionsCsv } from '../stats/view';
import { forgetQuiz, loadQuiz } from '../storage/quizzes';

async function quizStats(env: Env, id: string): Promise<QuizStats> {
  const quiz = await loadQuiz(env.QUIZ_KV, id);
  if (!quiz) throw new ApiError(404, 'quiz_not_found', `No quiz "${id}".`);
  const live = await env.QUIZ_STATS.getByName(id).stats({ id, createdAt: quiz.createdAt });
  return buildQuizStats({ quizId: id, quiz, all: live.tallies.all, days: live.tallies.days, savedAt: live.savedAt, pending: live.pending, now: new Date() });
}

export const editorStats = new Hono<{ Bindings: Env }>()
  // Deleting is the editor Worker's; once it has deleted the quiz, its statistics go too.
  .delete('/:id', quizParam, async (c) => {
    const { id } = c.req.valid('param');
    // (which quiz this was: answers to it still on their way must not count for one made later under its id)
    const createdAt = (await loadQuiz(c.env.QUIZ_KV, id))?.createdAt ?? null;
    const res = await c.env.EDITOR.fetch(c.req.raw);
    if (res.status === 204) {
      forgetQuiz(id);
      await c.env.QUIZ_STATS.getByName(id).purge(id, createdAt);
    }
    return res;
  })
  .get('/:id/stats.csv', quizParam, async (c) => {
    const { id } = c.req.valid('param');
    const csv = questionsCsv(await quizStats(c.env, id));
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${id}-questions.csv"`,
      'cache-control': 'no-store',
    });
  })
  .get('/:id/stats', quizParam, async (c) => {
    const { id } = c.req.valid('param');
    c.header('cache-control', 'no-store');
    return c.json(await quizStats(c.env, id));
  });
