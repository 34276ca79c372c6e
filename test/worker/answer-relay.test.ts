// How an isolate passes its answers on to the quiz's object (worker/stats/answer-relay.ts), on the
// real binding: gathered per quiz for BATCH_MS, at most MAX_BATCH a call, a copy answered with the
// first verdict and never passed on, and a failed call neither thrown at the reader nor retried.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allPassedOn, MAX_BATCH, relayAnswer } from '../../worker/stats/answer-relay';
import type { CountedAnswer } from '../../worker/stats/tally';
import { cachedPublishedQuiz, saveQuiz } from '../../worker/storage/quizzes';
import { answerOk, getStats, storeStatsQuiz, today } from './stats-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The real QUIZ_STATS binding, with every countAnswers call's batch size noted (or made to fail). */
function watchedEnv(batches: number[], fail = false): Pick<Env, 'QUIZ_STATS'> {
  return {
    QUIZ_STATS: {
      getByName: (name: string) => {
        const stub = env.QUIZ_STATS.getByName(name);
        return {
          countAnswers: (quizId: string, answers: CountedAnswer[]) => {
            batches.push(answers.length);
            if (fail) return Promise.reject(new Error('object unavailable'));
            return stub.countAnswers(quizId, answers);
          },
        };
      },
    } as unknown as Env['QUIZ_STATS'],
  };
}

const answerOf = (session: string, q: number, choice = 'p-0'): CountedAnswer => ({ session, question: `q-${q}`, choice, ok: choice === `p-${q % 4}` ? 1 : 0, day: today() });

describe('answer relay', () => {
  it('passes an isolate’s answers on together, at most MAX_BATCH a call, each counted once', async () => {
    const quizId = 'relay-batches';
    await storeStatsQuiz(quizId, 10);
    const batches: number[] = [];
    const e = watchedEnv(batches);
    const ctxs = Array.from({ length: 4 }, () => createExecutionContext());
    const sent = Array.from({ length: MAX_BATCH * 2 + 10 }, (_, i) => answerOf(`relay-${String(i).padStart(4, '0')}`, i % 10));
    sent.forEach((a, i) => relayAnswer(e, ctxs[i % ctxs.length]!, quizId, a));
    await Promise.all(ctxs.map(waitOnExecutionContext));
    await allPassedOn();
    expect(batches).toEqual([MAX_BATCH, MAX_BATCH, 10]);
    expect((await getStats(quizId)).answers).toBe(sent.length);
  });

  it('answers a copy with the first verdict and does not pass it on', async () => {
    const quizId = 'relay-copies';
    await storeStatsQuiz(quizId, 10);
    const batches: number[] = [];
    const e = watchedEnv(batches);
    const ctx = createExecutionContext();
    const first = relayAnswer(e, ctx, quizId, answerOf('relay-copy-1', 1, 'p-2'));
    const copy = relayAnswer(e, ctx, quizId, answerOf('relay-copy-1', 1, 'p-1'));
    expect(first).toMatchObject({ choice: 'p-2', ok: 0 });
    expect(copy).toEqual(first);
    await waitOnExecutionContext(ctx);
    expect(batches).toEqual([1]);
    expect((await getStats(quizId)).questions[1]).toMatchObject({ answers: 1, correct: 0 });
  });

  it('logs a failed call without the readers’ answers in it, and leaves them to the finish', async () => {
    const quizId = 'relay-fails';
    await storeStatsQuiz(quizId, 10);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const batches: number[] = [];
    const ctx = createExecutionContext();
    relayAnswer(watchedEnv(batches, true), ctx, quizId, answerOf('relay-fail-secret-session', 0));
    await waitOnExecutionContext(ctx);
    expect(batches).toEqual([1]);
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]![0])).toContain('relay-fails');
    expect(String(logged.mock.calls[0]![0])).not.toContain('relay-fail-secret-session');
    expect((await getStats(quizId)).answers).toBe(0);
  });

  it('an isolate without the quiz leaves its first answer to the object, and reads the quiz from its second', async () => {
    const quizId = 'relay-cold';
    await storeStatsQuiz(quizId, 10, { cold: true });
    expect(cachedPublishedQuiz(quizId)).toBeUndefined();
    expect(await answerOk(quizId, { session: 'relay-cold-1', question: 'q-0', choice: 'p-0' })).toMatchObject({ correct: true });
    expect(cachedPublishedQuiz(quizId)).toBeUndefined();
    expect(await answerOk(quizId, { session: 'relay-cold-1', question: 'q-1', choice: 'p-0' })).toMatchObject({ correct: false });
    await vi.waitFor(() => expect(cachedPublishedQuiz(quizId)?.id).toBe(quizId));
    // Now checked here and passed on; all three counted once.
    expect(await answerOk(quizId, { session: 'relay-cold-1', question: 'q-2', choice: 'p-2' })).toMatchObject({ correct: true });
    expect((await getStats(quizId)).answers).toBe(3);
  });

  it('counts none of the answers still on their way when the quiz is unpublished', async () => {
    const quizId = 'relay-unpublished';
    const quiz = await storeStatsQuiz(quizId, 10);
    const batches: number[] = [];
    const ctx = createExecutionContext();
    relayAnswer(watchedEnv(batches), ctx, quizId, answerOf('relay-unpub-1', 0));
    await saveQuiz(env.QUIZ_KV, { ...quiz, status: 'draft' });
    await env.QUIZ_STATS.getByName(quizId).quizChanged();
    await waitOnExecutionContext(ctx);
    expect(batches).toEqual([1]);
    expect((await getStats(quizId)).answers).toBe(0);
  });
});
