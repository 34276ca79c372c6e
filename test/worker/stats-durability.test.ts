// The quiz's statistics object (worker/stats/quiz-stats.ts) against crashes, restarts,
// idle readers and the KV copy, on the real Durable Object and its SQLite storage.
import { abortAllDurableObjects, env, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MS, QUIET_MS, SNAPSHOT_MS, type QuizStats } from '../../worker/stats/quiz-stats';
import { readRecord, writeSessions, type StatsRecord } from '../../worker/stats/session-log';
import { statsKey } from '../../worker/storage/keys';
import { answerOk, expectedFigures, figuresOf, finish, getStats, readerAnswers, statsStub, storeStatsQuiz, writtenSessions } from './stats-helpers';

afterEach(() => {
  vi.useRealTimers();
});

describe('a session is written down once, and what was written survives', () => {
  it('answers live in memory until the reader finishes; a restart before that loses them until the page sends them again, once', async () => {
    const quizId = 'dur-restart';
    await storeStatsQuiz(quizId, 4);
    const sent = readerAnswers(6, 7, 4, 'dur');
    await Promise.all(sent.map((a) => answerOk(quizId, a)));
    const expected = expectedFigures(sent, 4);
    expect(figuresOf(await getStats(quizId))).toEqual(expected);
    expect(await writtenSessions(quizId)).toBe(0);

    await abortAllDurableObjects();
    expect((await getStats(quizId)).answers).toBe(0);
    // Every page sends its answers (finish, or the beacon as it goes away), some twice.
    const sessions = [...new Set(sent.map((a) => a.session))];
    for (const s of [...sessions, ...sessions.slice(0, 3)]) await finish(quizId, s, sent);
    expect(figuresOf(await getStats(quizId))).toEqual(expected);
    expect(await writtenSessions(quizId)).toBe(sessions.length);
    await abortAllDurableObjects();
    expect(figuresOf(await getStats(quizId))).toEqual(expected);
  });

  it('a crash in the middle of writing sessions down leaves storage as it was; the next write counts them once', async () => {
    const quizId = 'dur-crash';
    const quiz = await storeStatsQuiz(quizId, 2);
    // Something written before, so there is a record to keep.
    await statsStub(quizId).countAnswers(quiz, [{ session: 'dur-before-01', client: null, at: Date.now(), question: 'q-0', choice: 'p-0', ok: 1, day: '2026-12-01' }]);
    await statsStub(quizId).finish(quizId, 'dur-before-01', []);
    const sessions = ['dur-crash-001', 'dur-crash-002', 'dur-crash-003'].map((id) => ({
      id,
      state: { answers: { 'q-0': ['p-1', 0, '2026-12-02'] as ['p-1', 0, string] }, score: null },
      events: [{ kind: 'start' as const, day: '2026-12-02' }, { kind: 'answer' as const, record: { question: 'q-0', choice: 'p-1', ok: 0 as const, day: '2026-12-02' } }],
    }));
    await runInDurableObject(statsStub(quizId), (_: QuizStats, state: DurableObjectState) => {
      const before = readRecord(state.storage.sql)!;
      expect(() =>
        writeSessions(state.storage, before, sessions, new Date(), (n) => {
          if (n === 2) throw new Error('the isolate died here');
        }),
      ).toThrow('the isolate died here');
      expect(readRecord(state.storage.sql)).toEqual(before);
      expect(state.storage.sql.exec<{ n: number }>('SELECT count(*) AS n FROM sessions').one().n).toBe(1);
      const after: StatsRecord = writeSessions(state.storage, before, sessions, new Date()).record;
      expect(after.tallies.all).toMatchObject({ starts: 4, answers: 4, correct: 1 });
      expect(readRecord(state.storage.sql)).toEqual(after);
    });
  });
});

describe('idle readers, the KV copy, and no work when nobody plays', () => {
  it('schedules nothing for a quiz nobody plays', async () => {
    const quiz = await storeStatsQuiz('dur-quiet', 2);
    await statsStub('dur-quiet').stats({ id: quiz.id, createdAt: quiz.createdAt });
    expect(await runInDurableObject(statsStub('dur-quiet'), (_: QuizStats, state: DurableObjectState) => state.storage.getAlarm())).toBeNull();
  });

  it('writes sessions down when the object goes quiet, before the runtime takes it out of memory', async () => {
    const quizId = 'dur-quiet-write';
    await storeStatsQuiz(quizId, 3);
    const start = Date.now();
    await answerOk(quizId, { session: 'dur-quiet-001', question: 'q-0', choice: 'p-0' });
    expect(await runInDurableObject(statsStub(quizId), (_: QuizStats, state: DurableObjectState) => state.storage.getAlarm())).not.toBeNull();
    vi.useFakeTimers({ now: start + QUIET_MS / 2, toFake: ['Date'] });
    expect(await runDurableObjectAlarm(statsStub(quizId))).toBe(true);
    expect(await writtenSessions(quizId)).toBe(0);
    vi.useFakeTimers({ now: start + QUIET_MS + 1000, toFake: ['Date'] });
    expect(await runDurableObjectAlarm(statsStub(quizId))).toBe(true);
    expect(await writtenSessions(quizId)).toBe(1);
    expect((await getStats(quizId)).pending).toBe(0);
  });

  it('on a busy object, writes a reader down after two idle minutes, not before (their finish usually comes first)', async () => {
    const quizId = 'dur-busy';
    await storeStatsQuiz(quizId, 3);
    const start = Date.now();
    const at = (ms: number) => vi.useFakeTimers({ now: start + ms, toFake: ['Date'] });
    await answerOk(quizId, { session: 'dur-busy-0001', question: 'q-0', choice: 'p-0' });
    at(6_000);
    await answerOk(quizId, { session: 'dur-busy-0002', question: 'q-0', choice: 'p-1' });
    at(9_000);
    await runDurableObjectAlarm(statsStub(quizId));
    expect(await writtenSessions(quizId)).toBe(0);
    // Other readers keep the object busy…
    at(IDLE_MS - 2_000);
    await answerOk(quizId, { session: 'dur-busy-0002', question: 'q-1', choice: 'p-1' });
    at(IDLE_MS + 1_000);
    await runDurableObjectAlarm(statsStub(quizId));
    // …so only the reader silent for two minutes is written down.
    expect(await writtenSessions(quizId)).toBe(1);
    expect((await getStats(quizId)).pending).toBe(2);
  });

  it('copies the figures to KV at most every five minutes, and leaves no alarm when all is written and copied', async () => {
    const quizId = 'dur-copy';
    await storeStatsQuiz(quizId, 3);
    const start = Date.now();
    await answerOk(quizId, { session: 'dur-copy-001', question: 'q-0', choice: 'p-0' });
    vi.useFakeTimers({ now: start + QUIET_MS + 1000, toFake: ['Date'] });
    await runDurableObjectAlarm(statsStub(quizId));
    const copy = (await env.QUIZ_KV.get<{ tallies: { all: { answers: number } } }>(statsKey(quizId), 'json'))!;
    expect(copy.tallies.all.answers).toBe(1);

    // More answers, written down at once by a finish; the copy waits its five minutes.
    await answerOk(quizId, { session: 'dur-copy-002', question: 'q-0', choice: 'p-1' });
    await finish(quizId, 'dur-copy-002', [{ session: 'dur-copy-002', question: 'q-0', choice: 'p-1' }]);
    await runDurableObjectAlarm(statsStub(quizId));
    expect((await env.QUIZ_KV.get<typeof copy>(statsKey(quizId), 'json'))!.tallies.all.answers).toBe(1);
    vi.useFakeTimers({ now: start + QUIET_MS + 1000 + SNAPSHOT_MS, toFake: ['Date'] });
    await runDurableObjectAlarm(statsStub(quizId));
    expect((await env.QUIZ_KV.get<typeof copy>(statsKey(quizId), 'json'))!.tallies.all.answers).toBe(2);
    expect(await runInDurableObject(statsStub(quizId), (_: QuizStats, state: DurableObjectState) => state.storage.getAlarm())).toBeNull();
  });

  it('starts counting over when a quiz id is reused by a new quiz (a different createdAt)', async () => {
    const quiz = await storeStatsQuiz('dur-reused', 2);
    await answerOk('dur-reused', { session: 'dur-reuse-01', question: 'q-0', choice: 'p-0' });
    await finish('dur-reused', 'dur-reuse-01', [{ session: 'dur-reuse-01', question: 'q-0', choice: 'p-0' }]);
    expect((await getStats('dur-reused')).answers).toBe(1);
    const { saveQuiz } = await import('../../worker/storage/quizzes');
    await saveQuiz(env.QUIZ_KV, { ...quiz, createdAt: '2026-12-05T00:00:00.000Z' });
    expect((await getStats('dur-reused')).answers).toBe(0);
    expect(await writtenSessions('dur-reused')).toBe(0);
  });
});
