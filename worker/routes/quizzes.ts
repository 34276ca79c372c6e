import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { ApiError } from '../errors';
import { findReaderQuestion } from '../quiz-model';
import { recordAnswer } from '../storage/answers';
import { loadPublicQuiz, loadPublishedQuiz } from '../storage/quizzes';
import { readStanding } from '../storage/stats';
import type { ReaderStanding } from '../stats/types';
import { validate } from '../validation';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"');
const quizParams = z.object({ id });
const session = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be 8–64 letters, digits, "-" or "_"');
const answerBody = z.object({
  session,
  question: id,
  choice: id,
});

/** An answer is three short ids: anything near this size is not an answer. */
const MAX_ANSWER_BYTES = 2048;

const notFound = (quizId: string) => new ApiError(404, 'quiz_not_found', `No published quiz "${quizId}".`);

/** The readers' API: a published quiz without its answers, and answering it. */
export const quizzes = new Hono<{ Bindings: Env }>()
  .get('/:id', validate('param', quizParams), async (c) => {
    const { id } = c.req.valid('param');
    const quiz = await loadPublicQuiz(c.env.QUIZ_KV, id);
    if (!quiz) throw notFound(id);
    return c.json(quiz);
  })
  .post(
    '/:id/answers',
    bodyLimit({ maxSize: MAX_ANSWER_BYTES, onError: () => { throw new ApiError(413, 'payload_too_large', `An answer body is at most ${MAX_ANSWER_BYTES} bytes.`); } }),
    validate('param', quizParams),
    validate('json', answerBody),
    async (c) => {
      const { id } = c.req.valid('param');
      const { session, question, choice } = c.req.valid('json');
      const quiz = await loadPublishedQuiz(c.env.QUIZ_KV, id);
      if (!quiz) throw notFound(id);
      const asked = findReaderQuestion(quiz, question);
      if (!asked) throw new ApiError(404, 'question_not_found', `Quiz "${id}" has no question "${question}".`);
      if (!asked.choices.some((ch) => ch.id === choice)) {
        throw new ApiError(400, 'invalid_choice', `Question "${question}" has no choice "${choice}".`);
      }
      const result = { correct: choice === asked.answer, answer: asked.answer, explanation: asked.explanation };
      return c.json(await recordAnswer(c.env.QUIZ_KV, { quizId: id, session, questionId: question, choice, result }));
    },
  )
  // A reader's standing at the end: "you did better than N% of readers" (their own session excluded).
  .get('/:id/standing', validate('param', quizParams), validate('query', z.object({ session })), async (c) => {
    const { id } = c.req.valid('param');
    const quiz = await loadPublishedQuiz(c.env.QUIZ_KV, id);
    if (!quiz) throw notFound(id);
    const standing: ReaderStanding = await readStanding(c.env.QUIZ_KV, id, quiz, c.req.valid('query').session);
    c.header('cache-control', 'no-store');
    return c.json(standing);
  });
