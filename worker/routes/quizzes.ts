// The readers' API, mounted at /api/quizzes: a published quiz without its answers,
// answering it, and finishing it (the reader's standing). Each quiz's Durable Object
// (worker/stats/quiz-stats.ts) checks and counts its answers: no KV operation here
// but the quiz read that GET makes (cached in the isolate).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors';
import { clientKey, finishLimit } from '../rate-limit';
import { answerBody, finishBody, jsonBody, quizParam, sessionQuery } from '../reader-validation';
import { loadPublicQuizJson } from '../storage/quizzes';
import type { Refusal } from '../stats/quiz-stats';

/** An answer is three short ids: anything near this size is not an answer. */
const MAX_ANSWER_BYTES = 2048;
/** A finish carries up to MAX_FINISH_ANSWERS (question, choice) pairs. */
const MAX_FINISH_BYTES = 16 * 1024;

const limit = (max: number) =>
  bodyLimit({
    maxSize: max,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `This body is at most ${max} bytes.`);
    },
  });

/** The object's answer, or its refusal as the API's error. */
function accepted<T extends object>(c: Context, outcome: T | Refusal): T {
  if (!('refused' in outcome)) return outcome;
  const { status, code, message, retryAfter } = outcome.refused;
  if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
  throw new ApiError(status, code, message);
}

export const quizzes = new Hono<{ Bindings: Env }>()
  .get('/:id', quizParam, async (c) => {
    const { id } = c.req.valid('param');
    const json = await loadPublicQuizJson(c.env.QUIZ_KV, id);
    if (!json) throw new ApiError(404, 'quiz_not_found', `No published quiz "${id}".`);
    return c.body(json, 200, { 'content-type': 'application/json' });
  })
  .post('/:id/answers', limit(MAX_ANSWER_BYTES), quizParam, jsonBody(answerBody), async (c) => {
    const { id } = c.req.valid('param');
    const { session, question, choice } = c.req.valid('json');
    // The first answer of this session to this question counts, and is the one answered, whatever races it.
    // The quiz's object also limits the client's answers: it sees them all, so no other limiter is called.
    const client = await clientKey(c.req.header('cf-connecting-ip'), c.env);
    return c.json(accepted(c, await c.env.QUIZ_STATS.getByName(id).answer(id, session, question, choice, client)));
  })
  // Every answer the reader saw the result of, at the end and when their page goes away; the standing back.
  .post('/:id/finish', finishLimit, limit(MAX_FINISH_BYTES), quizParam, jsonBody(finishBody), async (c) => {
    const { id } = c.req.valid('param');
    const { session, answers } = c.req.valid('json');
    c.header('cache-control', 'no-store');
    return c.json(accepted(c, await c.env.QUIZ_STATS.getByName(id).finish(id, session, answers)));
  })
  // A reader's standing: "you did better than N% of readers" (their own session excluded). Counts nothing.
  .get('/:id/standing', quizParam, sessionQuery, async (c) => {
    const { id } = c.req.valid('param');
    c.header('cache-control', 'no-store');
    return c.json(accepted(c, await c.env.QUIZ_STATS.getByName(id).standing(id, c.req.valid('query').session)));
  });
