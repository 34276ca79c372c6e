// How an isolate passes its answers on to the quiz's object (worker/stats/answer-relay.ts), on the
// real binding: gathered per quiz for BATCH_MS, at most MAX_BATCH a call; a copy answered with the
// first verdict and never passed on; a retryable failure tried again, any other left to the finish;
// a batch whose timer never ran passed on by the next answer; and, at the object, only answers to
// the quiz the isolate had (not one deleted and made again under its id), capped per client.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allPassedOn, MAX_BATCH, relayAnswer } from '../../worker/stats/answer-relay';
import { RELAYED_CAP, type QuizRef } from '../../worker/stats/quiz-stats';
import type { CountedAnswer } from '../../worker/stats/tally';
import { cachedPublishedQuiz, saveQuiz } from '../../worker/storage/quizzes';
import { answerOk, call, finish, getStats, statsStub, storeStatsQuiz, TOKEN, today } from './stats-helpers';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The real QUIZ_STATS binding, with every countAnswers call's batch size noted; `failures` calls fail first, with `error`. */
function watchedEnv(batches: number[], failures = 0, error: () => Error = () => new Error('object unavailable')): Pick<Env, 'QUIZ_STATS'> {
  let failed = 0;
  return {
    QUIZ_STATS: {
      getByName: (name: string) => {
        const stub = env.QUIZ_STATS.getByName(name);
        return {
          countAnswers: (ref: QuizRef, answers: CountedAnswer[]) => {
            batches.push(answers.length);
            if (failed++ < failures) return Promise.reject(error());
            return stub.countAnswers(ref, answers);
          },
        };
      },
    } as unknown as Env['QUIZ_STATS'],
  };
}

const answerOf = (session: string, q: number, choice = 'p-0', client: string | null = null): CountedAnswer => ({
  session,
  client,
  at: Date.now(),
  question: `q-${q}`,
  choice,
  ok: choice === `p-${q % 4}` ? 1 : 0,
  day: today(),
});

describe('answer relay', () => {
  it('passes an isolate’s answers on together, at most MAX_BATCH a call, each counted once', async () => {
    const quiz = await storeStatsQuiz('relay-batches', 10);
    const batches: number[] = [];
    const e = watchedEnv(batches);
    const ctxs = Array.from({ length: 4 }, () => createExecutionContext());
    const sent = Array.from({ length: MAX_BATCH * 2 + 10 }, (_, i) => answerOf(`relay-${String(i).padStart(4, '0')}`, i % 10));
    sent.forEach((a, i) => relayAnswer(e, ctxs[i % ctxs.length]!, quiz, a));
    await Promise.all(ctxs.map(waitOnExecutionContext));
    await allPassedOn();
    expect(batches).toEqual([MAX_BATCH, MAX_BATCH, 10]);
    expect((await getStats(quiz.id)).answers).toBe(sent.length);
  });

  it('answers a copy with the first verdict and does not pass it on', async () => {
    const quiz = await storeStatsQuiz('relay-copies', 10);
    const batches: number[] = [];
    const e = watchedEnv(batches);
    const ctx = createExecutionContext();
    const first = relayAnswer(e, ctx, quiz, answerOf('relay-copy-1', 1, 'p-2'));
    const copy = relayAnswer(e, ctx, quiz, answerOf('relay-copy-1', 1, 'p-1'));
    expect(first).toEqual({ choice: 'p-2', ok: 0 });
    expect(copy).toEqual(first);
    await waitOnExecutionContext(ctx);
    expect(batches).toEqual([1]);
    expect((await getStats(quiz.id)).questions[1]).toMatchObject({ answers: 1, correct: 0 });
  });

  it('tries a call again after a retryable error, and counts the batch once', async () => {
    const quiz = await storeStatsQuiz('relay-retry', 10);
    const batches: number[] = [];
    const retryable = () => Object.assign(new Error('Network connection lost.'), { retryable: true });
    const ctx = createExecutionContext();
    relayAnswer(watchedEnv(batches, 1, retryable), ctx, quiz, answerOf('relay-retry-1', 0));
    relayAnswer(watchedEnv(batches, 1, retryable), ctx, quiz, answerOf('relay-retry-2', 0));
    await waitOnExecutionContext(ctx);
    expect(batches).toEqual([2, 2]);
    expect((await getStats(quiz.id)).answers).toBe(2);
  });

  it('logs a call that fails for good, without the readers’ sessions, and the finish brings the answers back', async () => {
    const quiz = await storeStatsQuiz('relay-fails', 10);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const batches: number[] = [];
    const ctx = createExecutionContext();
    const lost = answerOf('relay-fail-secret-session', 0);
    relayAnswer(watchedEnv(batches, 1), ctx, quiz, lost);
    await waitOnExecutionContext(ctx);
    expect(batches).toEqual([1]);
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]![0])).toContain('relay-fails');
    expect(String(logged.mock.calls[0]![0])).not.toContain(lost.session);
    expect((await getStats(quiz.id)).answers).toBe(0);
    await finish(quiz.id, lost.session, [lost]);
    expect((await getStats(quiz.id)).answers).toBe(1);
  });

  it('passes on, with the next answer, a batch whose timer never ran', async () => {
    const quiz = await storeStatsQuiz('relay-stale', 10);
    const batches: number[] = [];
    const e = watchedEnv(batches);
    // The first answer's request context ends without running anything it left: its batch stays open.
    relayAnswer(e, { waitUntil: () => {} }, quiz, answerOf('relay-stale-1', 0));
    vi.useFakeTimers({ now: Date.now() + 60_000, toFake: ['Date'] });
    const ctx = createExecutionContext();
    relayAnswer(e, ctx, quiz, answerOf('relay-stale-2', 0));
    expect(batches).toEqual([1]);
    await waitOnExecutionContext(ctx);
    await allPassedOn();
    vi.useRealTimers();
    // The stale batch went at once, the new one after BATCH_MS; the first batch's own timer, if it runs, sends nothing again.
    expect(batches.slice(0, 2)).toEqual([1, 1]);
    expect((await getStats(quiz.id)).answers).toBe(2);
  });

  it('passes on a full batch whose timer never ran too', async () => {
    const quiz = await storeStatsQuiz('relay-stale-full', 10);
    const batches: number[] = [];
    const e = watchedEnv(batches);
    const lost = { waitUntil: () => {} };
    for (let i = 0; i < MAX_BATCH; i++) relayAnswer(e, lost, quiz, answerOf(`relay-full-${String(i).padStart(4, '0')}`, i % 10));
    vi.useFakeTimers({ now: Date.now() + 60_000, toFake: ['Date'] });
    const ctx = createExecutionContext();
    relayAnswer(e, ctx, quiz, answerOf('relay-full-late', 0));
    // (passed on at once, not when a timer would have: no timer of its request's was left to run)
    expect(batches).toEqual([MAX_BATCH]);
    await waitOnExecutionContext(ctx);
    await allPassedOn();
    vi.useRealTimers();
    expect(batches.slice(0, 2)).toEqual([MAX_BATCH, 1]);
    expect((await getStats(quiz.id)).answers).toBe(MAX_BATCH + 1);
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
});

describe('what the object counts of a relayed batch', () => {
  it('counts the answers readers were shown while the quiz was being unpublished', async () => {
    const quiz = await storeStatsQuiz('relay-unpublished', 10);
    const ctx = createExecutionContext();
    relayAnswer(watchedEnv([]), ctx, quiz, answerOf('relay-unpub-1', 0));
    await saveQuiz(env.QUIZ_KV, { ...quiz, status: 'draft' });
    await statsStub(quiz.id).quizChanged();
    await waitOnExecutionContext(ctx);
    expect((await getStats(quiz.id)).answers).toBe(1);
  });

  it('counts nothing for another quiz made under the same id', async () => {
    const old = await storeStatsQuiz('relay-reused', 10);
    const ctx = createExecutionContext();
    // This isolate still has the deleted quiz; the new one under its id has other answers.
    expect((await call(`/api/editor/quizzes/${old.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(204);
    // (the isolate that passed the deletion on has forgotten the quiz at once)
    expect(cachedPublishedQuiz(old.id)).toBeUndefined();
    const made = { ...(await storeStatsQuiz('relay-reused', 2)), createdAt: '2026-12-01T00:00:00.000Z' };
    await saveQuiz(env.QUIZ_KV, made);
    await statsStub(made.id).quizChanged();
    relayAnswer(watchedEnv([]), ctx, old, answerOf('relay-reused-1', 0));
    relayAnswer(watchedEnv([]), ctx, made, answerOf('relay-reused-2', 1, 'p-1'));
    await waitOnExecutionContext(ctx);
    const stats = await getStats(made.id);
    expect([stats.answers, stats.correct]).toEqual([1, 1]);
  });

  it('counts an answer checked against a version the object has not read yet, as the reader was told', async () => {
    const quiz = await storeStatsQuiz('relay-newer', 2);
    // An edit replaced q-1's choice p-3 with p-7, the new answer: an isolate read it, the object not yet.
    const edited = structuredClone(quiz);
    edited.questions[1]!.choices[3] = { id: 'p-7', label: 'Grace Hopper' };
    edited.questions[1]!.answer = 'p-7';
    const ctx = createExecutionContext();
    relayAnswer(watchedEnv([]), ctx, edited, { ...answerOf('relay-newer-1', 1, 'p-7'), ok: 1 });
    await waitOnExecutionContext(ctx);
    expect((await getStats(quiz.id)).questions[1]).toMatchObject({ answers: 1, correct: 1 });
  });

  it('does not charge a client\'s cap for copies of answers already counted', async () => {
    const quiz = await storeStatsQuiz('relay-cap-copies', 10);
    const minute = Math.floor(Date.now() / 60_000) * 60_000 + 1_000;
    const from = (i: number) => ({ ...answerOf(`relay-capc-${String(i).padStart(4, '0')}`, i % 10, 'p-0', 'one-client-hash'), at: minute + i });
    const first = Array.from({ length: 130 }, (_, i) => from(i));
    await statsStub(quiz.id).countAnswers(quiz, first);
    // The same batch again (a retried call), then the rest of the client's minute.
    await statsStub(quiz.id).countAnswers(quiz, first);
    await statsStub(quiz.id).countAnswers(quiz, Array.from({ length: RELAYED_CAP - 130 }, (_, i) => from(130 + i)));
    expect((await getStats(quiz.id)).answers).toBe(RELAYED_CAP);
  });

  it('counts nothing for a deleted quiz, even if a KV read still returns it', async () => {
    const quiz = await storeStatsQuiz('relay-deleted', 10);
    await statsStub(quiz.id).purge(quiz.id, quiz.createdAt);
    // (as a KV read elsewhere may, for a while after the deletion)
    await saveQuiz(env.QUIZ_KV, quiz);
    const ctx = createExecutionContext();
    relayAnswer(watchedEnv([]), ctx, quiz, answerOf('relay-deleted-1', 0));
    await waitOnExecutionContext(ctx);
    expect((await getStats(quiz.id)).answers).toBe(0);
  });

  it('remembers the deleted quiz by what it counted when the route could not read the quiz', async () => {
    const quiz = await storeStatsQuiz('relay-deleted-unread', 10);
    await answerOk(quiz.id, { session: 'relay-unread-0', question: 'q-0', choice: 'p-0' });
    await statsStub(quiz.id).purge(quiz.id, null);
    await saveQuiz(env.QUIZ_KV, quiz);
    const ctx = createExecutionContext();
    relayAnswer(watchedEnv([]), ctx, quiz, answerOf('relay-unread-1', 0));
    await waitOnExecutionContext(ctx);
    expect((await getStats(quiz.id)).answers).toBe(0);
  });

  it(`counts at most ${RELAYED_CAP} answers a clock minute from one client, whichever isolates sent them`, async () => {
    const quiz = await storeStatsQuiz('relay-client-cap', 10);
    const ctxs = [createExecutionContext(), createExecutionContext()];
    const minute = Math.floor(Date.now() / 60_000) * 60_000 + 1_000;
    const from = (i: number, client: string) => ({ ...answerOf(`relay-cap-${client}-${String(i).padStart(4, '0')}`, i % 10, 'p-0', client), at: minute + i });
    for (let i = 0; i < RELAYED_CAP + 10; i++) relayAnswer(watchedEnv([]), ctxs[i % 2]!, quiz, from(i, 'one-client-hash'));
    relayAnswer(watchedEnv([]), ctxs[0]!, quiz, from(0, 'another-client-hash'));
    await Promise.all(ctxs.map(waitOnExecutionContext));
    expect((await getStats(quiz.id)).answers).toBe(RELAYED_CAP + 1);
  });
});
