import { abortAllDurableObjects } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../worker/contract';
import type { ReaderStanding } from '../../worker/stats/types';
import { answerOk, call, finish, personId, storeStatsQuiz, type Sent } from './stats-helpers';

/** A session that answers all ten questions, the first `score` of them right. */
function play(session: string, score: number, questions = 10): Sent[] {
  return Array.from({ length: questions }, (_, q) => ({ session, question: `q-${q}`, choice: personId(q < score ? q % 4 : (q + 1) % 4) }));
}

async function standing(quizId: string, session: string): Promise<ReaderStanding> {
  const res = await call(`/api/quizzes/${quizId}/standing?session=${session}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ReaderStanding;
}

async function playAll(quizId: string, plays: Sent[][]) {
  await Promise.all(plays.flat().map((a) => answerOk(quizId, a)));
}

describe('POST /api/quizzes/:id/finish and GET /api/quizzes/:id/standing', () => {
  it('ranks a finished reader against the other completed sessions, live, written down, and after a restart', async () => {
    const quizId = 'standing-rank';
    await storeStatsQuiz(quizId);
    // Others: scores 2, 5, 7, 9, and one reader who stopped halfway (not counted).
    await playAll(quizId, [play('others-a-0001', 2), play('others-b-0001', 5), play('others-c-0001', 7), play('others-d-0001', 9), play('others-e-0001', 10).slice(0, 5)]);
    const me = play('me-session-01', 7);
    await playAll(quizId, [me.slice(0, 9)]);

    // Not finished yet: no percentage.
    expect(await standing(quizId, 'me-session-01')).toMatchObject({ answered: 9, questions: 10, complete: false, betterThan: null });

    await answerOk(quizId, me[9]!);
    const expected = { session: 'me-session-01', answered: 10, questions: 10, complete: true, score: 7, others: 4, below: 2, same: 1, above: 1, betterThan: 50 };
    expect(await standing(quizId, 'me-session-01')).toEqual(expected);
    // Finishing (the widget's request at the end) answers the same standing, and writes the session down.
    expect(await finish(quizId, 'me-session-01', me)).toEqual(expected);
    expect(await standing(quizId, 'others-d-0001')).toMatchObject({ score: 9, others: 4, below: 4, above: 0, betterThan: 100 });

    // A new reader finishes: they are among the others at once.
    const late = play('late-reader-1', 1);
    await playAll(quizId, [late]);
    expect(await finish(quizId, 'late-reader-1', late)).toMatchObject({ complete: true, score: 1, others: 5, below: 0, betterThan: 0 });
    expect(await standing(quizId, 'me-session-01')).toMatchObject({ others: 5, below: 3, betterThan: 60 });

    // After a restart only the finished sessions were written down; the others' pages send theirs as they finish.
    await abortAllDurableObjects();
    expect(await standing(quizId, 'me-session-01')).toMatchObject({ complete: true, others: 1, below: 1 });
    for (const s of ['others-a-0001', 'others-b-0001', 'others-c-0001', 'others-d-0001']) await finish(quizId, s, play(s, Number({ a: 2, b: 5, c: 7, d: 9 }[s[7] as 'a'])));
    expect(await standing(quizId, 'me-session-01')).toMatchObject({ others: 5, below: 3, betterThan: 60 });
  });

  it('answers a session that never answered, and the only reader', async () => {
    const quizId = 'standing-alone';
    await storeStatsQuiz(quizId, 2);
    expect(await standing(quizId, 'nobody-here-1')).toEqual({ session: 'nobody-here-1', answered: 0, questions: 2, complete: false, score: 0, others: 0, below: 0, same: 0, above: 0, betterThan: null });
    await playAll(quizId, [play('only-reader-1', 2, 2)]);
    expect(await standing(quizId, 'only-reader-1')).toMatchObject({ complete: true, score: 2, others: 0, betterThan: null });
  });

  it('rejects a bad session and an unknown quiz', async () => {
    await storeStatsQuiz('standing-bad', 2);
    const bad = await call('/api/quizzes/standing-bad/standing?session=x');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ApiErrorBody).error.code).toBe('invalid_request');
    expect((await call('/api/quizzes/standing-bad/standing')).status).toBe(400);
    const missing = await call('/api/quizzes/no-such-quiz/standing?session=abcdefgh');
    expect(missing.status).toBe(404);
  });
});
