// The fold is the single writer of summaries and markers; these tests stop it
// halfway, as a crash or a timeout would, and check the next run finishes the job
// without counting anything twice.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { CRON_SPACING, foldAll, FoldOutOfTime, foldQuiz, OpBudget, readLiveStats, type FoldSpacing, type FoldStep } from '../../worker/storage/stats';
import type { Summary } from '../../worker/stats/tally';
import { answerOk, expectedFigures, figuresOf, getStats, keysWithPrefix, readerAnswers, storeStatsQuiz } from './stats-helpers';

class Crash extends Error {}

/** A fold that dies right after the `count`-th occurrence of `at`. */
const crashAt = (at: FoldStep, count = 1) => (step: FoldStep, n: number) => {
  if (step === at && (at === 'committed' || at === 'settled' || at === 'recovered' || n === count)) throw new Crash(`stopped after ${step} ${n}`);
};

async function seed(quizId: string, sessions: number, seedNo: number) {
  await storeStatsQuiz(quizId);
  const sent = readerAnswers(sessions, seedNo, 10, quizId);
  await Promise.all(sent.map((a) => answerOk(quizId, a)));
  return sent;
}

const interruptions: Array<[string, FoldStep, number]> = [
  ['right after the summary commit, before any marker', 'committed', 0],
  ['after writing some markers', 'marker-written', 3],
  ['after all markers, having deleted part of the records', 'deleted', 17],
  ['after every delete, before recording that the fold settled', 'deleted', -1],
];

describe('an interrupted fold', () => {
  it.each(interruptions)('stopped %s is completed by the next fold without double counting', async (_name, at, count) => {
    const quizId = `fold-${at}-${count < 0 ? 'all' : count}`;
    const sent = await seed(quizId, 12, 3);
    const expected = expectedFigures(sent);
    const total = sent.length;

    await expect(foldQuiz(env.QUIZ_KV, quizId, { onStep: crashAt(at, count < 0 ? total : count) })).rejects.toBeInstanceOf(Crash);
    // Between the crash and the next run, readers still see exact figures.
    expect(figuresOf(await getStats(quizId))).toEqual(expected);
    const summary = (await env.QUIZ_KV.get<Summary>(`stats:${quizId}`, 'json'))!;
    expect(summary.seq).toBe(1);
    expect(summary.batch!.records).toHaveLength(total);

    // New answers arrive meanwhile (late duplicates and new readers).
    const later = readerAnswers(5, 4, 10, `${quizId}-later`);
    await Promise.all([...later, ...sent.slice(0, 9)].map((a) => answerOk(quizId, a)));
    const all = expectedFigures([...sent, ...later]);
    expect(figuresOf(await getStats(quizId))).toEqual(all);

    const report = await foldQuiz(env.QUIZ_KV, quizId);
    expect(report.recovered).toBe(total);
    expect(report.counted).toBe(later.length);
    expect(figuresOf(await getStats(quizId))).toEqual(all);
    expect(await keysWithPrefix(`answer:${quizId}:`)).toEqual([]);
    expect(await env.QUIZ_KV.get(`stats-settled:${quizId}`, 'json')).toBe(2);

    // Markers are complete: every session's every answer, completion and score.
    const sessions = new Set(sent.map((a) => a.session));
    for (const session of sessions) {
      const marker = (await env.QUIZ_KV.get<{ a: Record<string, number>; done?: number }>(`folded:${quizId}:${session}`, 'json'))!;
      const answered = sent.filter((a) => a.session === session);
      expect(Object.keys(marker.a).sort()).toEqual(answered.map((a) => a.question).sort());
      expect(marker.done !== undefined).toBe(answered.length === 10);
    }
    // And further runs change nothing.
    const idle = await foldQuiz(env.QUIZ_KV, quizId);
    expect(idle).toMatchObject({ recovered: 0, counted: 0, deleted: 0 });
    expect(figuresOf(await getStats(quizId))).toEqual(all);
  });

  it('that crashed twice in a row, and then ran out of budget, still ends exact', async () => {
    const quizId = 'fold-twice';
    const sent = await seed(quizId, 15, 5);
    const expected = expectedFigures(sent);
    await expect(foldQuiz(env.QUIZ_KV, quizId, { onStep: crashAt('deleted', 5) })).rejects.toBeInstanceOf(Crash);
    await expect(foldQuiz(env.QUIZ_KV, quizId, { onStep: crashAt('deleted', 2) })).rejects.toBeInstanceOf(Crash);
    expect(figuresOf(await getStats(quizId))).toEqual(expected);
    for (let run = 0; run < 20; run++) {
      const r = await foldQuiz(env.QUIZ_KV, quizId, { budget: new OpBudget(60) });
      expect(figuresOf(await getStats(quizId))).toEqual(expected);
      if (!r.more && r.recovered === 0) break;
    }
    expect(await keysWithPrefix(`answer:${quizId}:`)).toEqual([]);
    const live = await readLiveStats(env.QUIZ_KV, quizId, []);
    expect(live.pending).toBe(0);
  });

  it('never exceeds its KV operation budget', async () => {
    const quizId = 'fold-budget';
    const sent = await seed(quizId, 30, 6);
    let ops = 0;
    const kv = new Proxy(env.QUIZ_KV, {
      get(target, prop) {
        const v = Reflect.get(target, prop) as unknown;
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          ops += 1;
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const r = await foldQuiz(kv, quizId, { budget: new OpBudget(100) });
    expect(ops).toBeLessThanOrEqual(100);
    expect(r.more).toBe(true);
    expect(figuresOf(await getStats(quizId))).toEqual(expectedFigures(sent));
  });

  it('runs from the Cron across every quiz with pending answers', async () => {
    const a = await seed('cron-a', 6, 7);
    const b = await seed('cron-b', 6, 8);
    const reports = await foldAll(env.QUIZ_KV);
    const mine = reports.filter((r) => r.quizId.startsWith('cron-'));
    expect(mine.map((r) => [r.quizId, r.counted])).toEqual([
      ['cron-a', a.length],
      ['cron-b', b.length],
    ]);
    expect(figuresOf(await getStats('cron-a'))).toEqual(expectedFigures(a));
    expect(figuresOf(await getStats('cron-b'))).toEqual(expectedFigures(b));
    expect(await keysWithPrefix('answer:cron-')).toEqual([]);
  });
});

describe('fold spacing (no run reads what another request may have cached before the previous run wrote)', () => {
  function fakeClock(start = 1_000_000) {
    const clock = { t: start, slept: [] as number[] };
    const spacing: FoldSpacing = { ...CRON_SPACING, now: () => clock.t, sleep: async (ms) => void (clock.slept.push(ms), (clock.t += ms)) };
    return { clock, spacing };
  }

  it('waits until the previous run’s writes are older than any cache, or skips when that is too far off', async () => {
    const quizId = 'fold-spacing';
    const sent = await seed(quizId, 4, 9);
    const { clock, spacing } = fakeClock();
    expect((await foldQuiz(env.QUIZ_KV, quizId, { spacing })).counted).toBe(sent.length);
    expect(clock.slept).toEqual([]);
    const gap = spacing.maxRunMs + spacing.cacheMs; // 77 s after the previous start

    const more = readerAnswers(2, 10, 10, `${quizId}-b`);
    await Promise.all(more.map((a) => answerOk(quizId, a)));
    clock.t += 20_000; // the next minute's Cron would need to wait 57 s: too long, skip
    expect(await foldQuiz(env.QUIZ_KV, quizId, { spacing })).toMatchObject({ counted: 0, skipped: expect.stringContaining('too recent') });
    clock.t += 40_000; // 60 s after: wait the remaining 17 s, then fold
    const r = await foldQuiz(env.QUIZ_KV, quizId, { spacing });
    expect(clock.slept).toEqual([gap - 60_000]);
    expect(r.counted).toBe(more.length);
    expect(figuresOf(await getStats(quizId))).toEqual(expectedFigures([...sent, ...more]));
  });

  it('stops writing at its time limit, and the next run completes the job exactly', async () => {
    const quizId = 'fold-deadline';
    const sent = await seed(quizId, 10, 11);
    const { clock, spacing } = fakeClock();
    // Every clock reading takes 200 ms: the 15 s limit falls in the middle of the deletes.
    const slow: FoldSpacing = { ...spacing, now: () => (clock.t += 200) };
    await expect(foldQuiz(env.QUIZ_KV, quizId, { spacing: slow })).rejects.toBeInstanceOf(FoldOutOfTime);
    const left = await keysWithPrefix(`answer:${quizId}:`);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(sent.length);
    expect(figuresOf(await getStats(quizId))).toEqual(expectedFigures(sent));
    clock.t += 120_000;
    const r = await foldQuiz(env.QUIZ_KV, quizId, { spacing });
    expect(r.recovered).toBe(sent.length);
    expect(await keysWithPrefix(`answer:${quizId}:`)).toEqual([]);
    expect(figuresOf(await getStats(quizId))).toEqual(expectedFigures(sent));
  });
});
