// The readers' API, mounted at /api/quizzes: a published quiz without its answers,
// answering it, and finishing it (the reader's standing). An answer is checked here when
// the isolate has the quiz, and counted by the quiz's Durable Object
// (worker/stats/quiz-stats.ts), which gets this isolate's answers in batches
// (worker/stats/answer-relay.ts); else the object checks and counts it. Finishes and
// standings are the object's. No KV operation here but GET's quiz read (cached in the isolate).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { answerResult, checkAnswer } from '../answer-check';
import { ApiError } from '../errors';
import { clientKey, finishLimit } from '../rate-limit';
import { answerBody, finishBody, jsonBody, quizParam, sessionQuery } from '../reader-validation';
import { relayAnswer } from '../stats/answer-relay';
import { ANSWER_LIMIT, ANSWER_LIMIT_MS, ClientWindows } from '../stats/client-limit';
import { notPublished, tooManyAnswers, type Refusal } from '../stats/quiz-stats';
import { today } from '../stats/tally';
import { answeredWithoutQuiz, cachedPublishedQuiz, loadPublicQuizJson } from '../storage/quizzes';

/** An answer is three short ids: anything near this size is not an answer. */
const MAX_ANSWER_BYTES = 2048;
/** A finish carries up to MAX_FINISH_ANSWERS (question, choice) pairs. */
const MAX_FINISH_BYTES = 16 * 1024;

/**
 * Each client's answers to a quiz, counted in this isolate before anything is read, so most floods
 * are refused at no call; a client whose requests reach several isolates has the limit in each, and
 * the quiz's object, which counts every answer, caps what it counts per client exactly.
 */
const answerLimits = new ClientWindows(ANSWER_LIMIT, ANSWER_LIMIT_MS);

const limit = (max: number) =>
  bodyLimit({
    maxSize: max,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `This body is at most ${max} bytes.`);
    },
  });

/** A refusal as the API's error (with Retry-After when it says how long to wait). */
function refuse(c: Context, { refused }: Refusal): never {
  if (refused.retryAfter !== undefined) c.header('Retry-After', String(refused.retryAfter));
  throw new ApiError(refused.status, refused.code, refused.message);
}

/** The object's answer, or its refusal as the API's error. */
function accepted<T extends object>(c: Context, outcome: T | Refusal): T {
  return 'refused' in outcome ? refuse(c, outcome) : outcome;
}

export const quizzes = new Hono<{ Bindings: Env }>()
  .get('/:id', quizParam, async (c) => {
    const { id } = c.req.valid('param');
    const json = await loadPublicQuizJson(c.env.QUIZ_KV, id);
    if (!json) refuse(c, notPublished(id));
    return c.body(json, 200, { 'content-type': 'application/json' });
  })
  .post('/:id/answers', limit(MAX_ANSWER_BYTES), quizParam, jsonBody(answerBody), async (c) => {
    const { id } = c.req.valid('param');
    const { session, question, choice: picked } = c.req.valid('json');
    const client = await clientKey(c.req.header('cf-connecting-ip'), c.env);
    const at = Date.now();
    const wait = client === null ? 0 : answerLimits.take(`${id}|${client}`, at);
    if (wait > 0) refuse(c, tooManyAnswers(wait));
    const quiz = cachedPublishedQuiz(id);
    // An isolate without the quiz (its frame and GET load it; it is kept for seconds) asks the quiz's
    // object, which has it in memory, to check and count the answer at once: no KV read per answer.
    if (quiz === undefined) {
      answeredWithoutQuiz(c.env.QUIZ_KV, id, c.executionCtx);
      return c.json(accepted(c, await c.env.QUIZ_STATS.getByName(id).answer(id, session, question, picked, client)));
    }
    if (!quiz) refuse(c, notPublished(id));
    const verdict = checkAnswer(quiz, question, picked);
    if (!('ok' in verdict)) throw new ApiError(verdict.status, verdict.code, verdict.message);
    // The first answer this isolate gave the session for this question is the one answered again.
    const first = relayAnswer(c.env, c.executionCtx, quiz, { session, client, at, question, choice: verdict.choice, ok: verdict.ok, day: today() });
    return c.json(answerResult(verdict.asked, first.ok));
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
