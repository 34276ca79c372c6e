// The readers' API, mounted at /api/quizzes: a published quiz without its answers,
// answering it, and finishing it (the reader's standing). Every answer is counted
// by the quiz's Durable Object (worker/stats/quiz-stats.ts); no KV write here.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AnswerResult, FinishRequest } from '../contract';
import { ApiError } from '../errors';
import { shortenQuotationIn } from '../explanation';
import { findReaderQuestion, type StoredQuiz } from '../quiz-model';
import { answerBody, finishBody, jsonBody, quizParam, sessionQuery } from '../reader-validation';
import { loadPublicQuiz, loadPublishedQuiz } from '../storage/quizzes';
import { selectedQuestionIds, statsOf } from '../storage/stats';
import type { AnswerRecord } from '../stats/tally';

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

async function publishedQuiz(env: Env, id: string): Promise<StoredQuiz> {
  const quiz = await loadPublishedQuiz(env.QUIZ_KV, id);
  if (!quiz) throw new ApiError(404, 'quiz_not_found', `No published quiz "${id}".`);
  return quiz;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The (question, choice) pairs of a finish that the quiz still asks, as records; others are skipped (the quiz was edited). */
function finishRecords(quiz: StoredQuiz, answers: FinishRequest['answers']): AnswerRecord[] {
  const day = today();
  const out: AnswerRecord[] = [];
  for (const { question, choice } of answers) {
    const asked = findReaderQuestion(quiz, question);
    if (asked?.choices.some((c) => c.id === choice)) out.push({ question, choice, ok: choice === asked.answer ? 1 : 0, day });
  }
  return out;
}

export const quizzes = new Hono<{ Bindings: Env }>()
  .get('/:id', quizParam, async (c) => {
    const { id } = c.req.valid('param');
    const quiz = await loadPublicQuiz(c.env.QUIZ_KV, id);
    if (!quiz) throw new ApiError(404, 'quiz_not_found', `No published quiz "${id}".`);
    return c.json(quiz);
  })
  .post('/:id/answers', limit(MAX_ANSWER_BYTES), quizParam, jsonBody(answerBody), async (c) => {
    const { id } = c.req.valid('param');
    const { session, question, choice } = c.req.valid('json');
    const quiz = await publishedQuiz(c.env, id);
    const asked = findReaderQuestion(quiz, question);
    if (!asked) throw new ApiError(404, 'question_not_found', `Quiz "${id}" has no question "${question}".`);
    if (!asked.choices.some((ch) => ch.id === choice)) {
      throw new ApiError(400, 'invalid_choice', `Question "${question}" has no choice "${choice}".`);
    }
    const { stub, ref } = statsOf(c.env.QUIZ_STATS, quiz);
    // The first answer of this session to this question counts, and is the one answered, whatever races it.
    const first = await stub.answer(ref, session, { question, choice, ok: choice === asked.answer ? 1 : 0, day: today() }, selectedQuestionIds(quiz));
    const result: AnswerResult = { correct: first.ok === 1, answer: asked.answer, explanation: shortenQuotationIn(asked.explanation, asked.quote) };
    return c.json(result);
  })
  // Every answer the reader saw the result of, at the end and when their page goes away; the standing back.
  .post('/:id/finish', limit(MAX_FINISH_BYTES), quizParam, jsonBody(finishBody), async (c) => {
    const { id } = c.req.valid('param');
    const { session, answers } = c.req.valid('json');
    const quiz = await publishedQuiz(c.env, id);
    const { stub, ref } = statsOf(c.env.QUIZ_STATS, quiz);
    c.header('cache-control', 'no-store');
    return c.json(await stub.finish(ref, session, finishRecords(quiz, answers), selectedQuestionIds(quiz)));
  })
  // A reader's standing: "you did better than N% of readers" (their own session excluded). Counts nothing.
  .get('/:id/standing', quizParam, sessionQuery, async (c) => {
    const { id } = c.req.valid('param');
    const quiz = await publishedQuiz(c.env, id);
    const { stub, ref } = statsOf(c.env.QUIZ_STATS, quiz);
    c.header('cache-control', 'no-store');
    return c.json(await stub.standing(ref, c.req.valid('query').session, selectedQuestionIds(quiz)));
  });
