import { abortAllDurableObjects, env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../worker/contract';
import {
  answer,
  answerOk,
  expectedFigures,
  figuresOf,
  finish,
  finishAll,
  getStats,
  readerAnswers,
  rng,
  statsStub,
  storeStatsQuiz,
  today,
  TOKEN,
  writtenSessions,
  type Sent,
} from './stats-helpers';

// Both ways an answer is counted: checked by an isolate that has the quiz and passed on in a batch,
// or, in an isolate that has not loaded it, checked and counted by the quiz's object itself.
describe.each([
  ['checked by the isolate', false],
  ['checked by the object (a cold isolate)', true],
])('stats: every answer counted once, at any concurrency, %s', (_, cold) => {
  const suffix = cold ? '-cold' : '';
  it('counts ≥ 500 answers from ≥ 50 sessions, each sent twice at once, exactly — live, written down, and across a restart', async () => {
    const quizId = `stats-concurrent${suffix}`;
    await storeStatsQuiz(quizId, 10, { cold });
    const sent = readerAnswers(70, 1);
    expect(sent.length).toBeGreaterThanOrEqual(500);
    expect(new Set(sent.map((a) => a.session)).size).toBeGreaterThanOrEqual(50);

    // Every answer twice, all at once, in shuffled order.
    const random = rng(42);
    const requests = [...sent, ...sent].map((a) => [random(), a] as const).sort((x, y) => x[0] - y[0]).map(([, a]) => a);
    const responses = await Promise.all(requests.map((a) => answer(quizId, a, cold)));
    expect(responses.map((r) => r.status).every((s) => s === 200)).toBe(true);
    const expected = expectedFigures(sent);

    // Exact at once, from memory: nothing written yet.
    const live = await getStats(quizId);
    expect(figuresOf(live)).toEqual(expected);
    expect(live.pending).toBe(sent.length);
    expect(live.savedAt).toBeNull();
    expect(await writtenSessions(quizId)).toBe(0);

    // Half the readers finish (their pages send their answers again): written down, counted once.
    const sessions = [...new Set(sent.map((a) => a.session))];
    const half = sessions.slice(0, 35);
    await finishAll(quizId, sent.filter((a) => half.includes(a.session)));
    const written = await getStats(quizId);
    expect(figuresOf(written)).toEqual(expected);
    expect(written.pending).toBe(sent.filter((a) => !half.includes(a.session)).length);
    expect(written.savedAt).not.toBeNull();
    expect(await writtenSessions(quizId)).toBe(35);

    // Per day: everything happened today (UTC).
    expect(written.days.map((d) => d.day)).toEqual([today()]);
    const day = written.days[0]!;
    expect({ starts: day.starts, completions: day.completions, answers: day.answers, correct: day.correct, scores: day.scores }).toEqual({
      starts: expected.starts,
      completions: expected.completions,
      answers: expected.answers,
      correct: expected.correct,
      scores: expected.scores,
    });

    // Late duplicates (with other choices) get the first result and count nothing.
    const late = sent.filter((_, i) => i % 7 === 0);
    const firstResults = await Promise.all(late.map((a) => answerOk(quizId, a, cold)));
    const lateResults = await Promise.all(late.map((a) => answerOk(quizId, { ...a, choice: a.choice === 'p-0' ? 'p-1' : 'p-0' }, cold)));
    expect(lateResults).toEqual(firstResults);
    expect(figuresOf(await getStats(quizId))).toEqual(expected);

    // The object restarts: what was only in memory is gone, what was written down is not.
    await abortAllDurableObjects();
    const afterRestart = await getStats(quizId);
    expect(afterRestart.pending).toBe(0);
    expect(figuresOf(afterRestart)).toEqual(expectedFigures(sent.filter((a) => half.includes(a.session))));
    // The other readers' pages send their answers as they finish or go away: exact again, nothing twice.
    await finishAll(quizId, sent);
    expect(figuresOf(await getStats(quizId))).toEqual(expected);
    expect(await writtenSessions(quizId)).toBe(sessions.length);

    // Sessions that go on after being written down: the incomplete ones answer the rest; more readers arrive.
    const rest: Sent[] = [];
    const bySession = new Map<string, Set<string>>();
    for (const a of sent) bySession.set(a.session, (bySession.get(a.session) ?? new Set()).add(a.question));
    for (const [session, questions] of bySession) {
      for (let q = 0; q < 10; q++) if (!questions.has(`q-${q}`)) rest.push({ session, question: `q-${q}`, choice: `p-${q % 4}` });
    }
    expect(rest.length).toBeGreaterThan(0);
    const newcomers = readerAnswers(20, 2);
    const more = [...rest, ...newcomers];
    await Promise.all([...more, ...more].map((a) => answerOk(quizId, a, cold)));
    const all = expectedFigures([...sent, ...more]);
    // Every first-wave session is complete now.
    expect(all.completions - expectedFigures(newcomers).completions).toBe(expected.starts);
    expect(figuresOf(await getStats(quizId))).toEqual(all);
    await finishAll(quizId, [...sent, ...more]);
    await abortAllDurableObjects();
    expect(figuresOf(await getStats(quizId))).toEqual(all);
  }, 60_000);

  it('counts the first of two different answers to one question, also when both are sent at the same moment', async () => {
    const quizId = `stats-first${suffix}`;
    await storeStatsQuiz(quizId, 2, { cold });
    const first = await answerOk(quizId, { session: 'session-first-1', question: 'q-0', choice: 'p-2' }, cold);
    const second = await answerOk(quizId, { session: 'session-first-1', question: 'q-0', choice: 'p-0' }, cold);
    expect(first.correct).toBe(false);
    expect(second).toEqual(first);
    const stats = await getStats(quizId);
    expect(stats.questions[0]).toMatchObject({ id: 'q-0', answers: 1, correct: 0, choices: { 'p-0': 0, 'p-1': 0, 'p-2': 1, 'p-3': 0 } });
    expect(stats.questions[0]!.topWrong).toEqual({ id: 'p-2', label: 'Mary Somerville', count: 1 });

    // Right and wrong at once, for 50 readers at once, half of them sending the right one first:
    // one verdict for each reader's two copies, and it is the one counted.
    const races = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const session = `session-race-${String(i).padStart(3, '0')}`;
        const [firstSent, secondSent] = i % 2 ? ['p-1', 'p-3'] : ['p-3', 'p-1'];
        return Promise.all([answerOk(quizId, { session, question: 'q-1', choice: firstSent }, cold), answerOk(quizId, { session, question: 'q-1', choice: secondSent }, cold)]);
      }),
    );
    for (const [a, b] of races) expect(b).toEqual(a);
    const raced = (await getStats(quizId)).questions[1]!;
    expect(raced.answers).toBe(50);
    expect(raced.correct).toBe(races.filter(([a]) => a.correct).length);
  });
});

describe('stats: copies of an answer by both ways', () => {
  it('counts one answer per session and question when isolates pass on different copies', async () => {
    const quiz = await storeStatsQuiz('stats-isolates', 2);
    const quizId = quiz.id;
    const day = today();
    // Two isolates each answered one copy (each gave its own verdict); the object counts the first it receives.
    await statsStub(quizId).countAnswers(quiz, [{ session: 'session-iso-1', client: null, at: Date.now(), question: 'q-0', choice: 'p-2', ok: 0, day }]);
    await statsStub(quizId).countAnswers(quiz, [
      { session: 'session-iso-1', client: null, at: Date.now(), question: 'q-0', choice: 'p-0', ok: 1, day },
      { session: 'session-iso-2', client: null, at: Date.now(), question: 'q-0', choice: 'p-0', ok: 1, day },
    ]);
    expect((await getStats(quizId)).questions[0]).toMatchObject({ answers: 2, correct: 1, choices: { 'p-0': 1, 'p-2': 1 } });
  });

  it('counts a copy once, with one verdict, when the object checked the first and an isolate the second', async () => {
    const quizId = 'stats-both-ways';
    await storeStatsQuiz(quizId, 2, { cold: true });
    const a = { session: 'session-both-1', question: 'q-1', choice: 'p-1' };
    const first = await answerOk(quizId, a, true);
    await storeStatsQuiz(quizId, 2);
    const again = await answerOk(quizId, a);
    expect(again).toEqual(first);
    expect((await getStats(quizId)).questions[1]).toMatchObject({ answers: 1, correct: 1 });
  });
});

describe('stats: per day, and a quiz that changes', () => {
  it('puts answers, starts and completions on their UTC day', async () => {
    const quizId = 'stats-days';
    const quiz = await storeStatsQuiz(quizId, 2);
    const put = (session: string, q: number, choice: string, day: string) =>
      statsStub(quizId).countAnswers(quiz, [{ session, client: null, at: Date.now(), question: `q-${q}`, choice, ok: choice === `p-${q % 4}` ? 1 : 0, day }]);
    await put('session-day-a', 0, 'p-0', '2026-11-02'); // starts 11-02
    await put('session-day-a', 1, 'p-1', '2026-11-04'); // completes 11-04 with 2
    await put('session-day-b', 0, 'p-3', '2026-11-04'); // starts 11-04, never completes
    const check = async () => {
      const stats = await getStats(quizId);
      const days = Object.fromEntries(stats.days.map((d) => [d.day, d]));
      expect(stats.days[0]!.day).toBe('2026-11-02');
      expect(days['2026-11-03']).toMatchObject({ starts: 0, completions: 0, answers: 0 });
      expect(days['2026-11-02']).toMatchObject({ starts: 1, completions: 0, answers: 1, correct: 1, scores: {} });
      expect(days['2026-11-04']).toMatchObject({ starts: 1, completions: 1, answers: 2, correct: 1, scores: { 2: 1 }, averageScore: 2 });
      expect(days['2026-11-04']!.questions['q-0']).toEqual({ answers: 1, correct: 0, choices: { 'p-3': 1 } });
      expect(stats.days[stats.days.length - 1]!.day).toBe(today());
    };
    await check();
    // Written down and read back after a restart: the same days.
    await statsStub(quizId).finish(quizId, 'session-day-a', []);
    await statsStub(quizId).finish(quizId, 'session-day-b', []);
    await abortAllDurableObjects();
    await check();
  });

  it('keeps figures of deselected and removed questions; completion follows the questions readers get now', async () => {
    const { saveQuiz } = await import('../../worker/storage/quizzes');
    const quizId = 'stats-change';
    const quiz = await storeStatsQuiz(quizId, 3);
    await answerOk(quizId, { session: 'session-chg-1', question: 'q-0', choice: 'p-0' });
    await answerOk(quizId, { session: 'session-chg-1', question: 'q-1', choice: 'p-1' });
    await answerOk(quizId, { session: 'session-chg-2', question: 'q-2', choice: 'p-0' });
    // The editor deselects q-2 and deletes q-1, adds nothing: session 1 now lacks only... nothing it can answer.
    quiz.questions = quiz.questions.filter((q) => q.id !== 'q-1').map((q) => (q.id === 'q-2' ? { ...q, selected: false } : q));
    await saveQuiz(env.QUIZ_KV, quiz);
    // As the readers' Worker does when it passes an editor's change on.
    await statsStub(quizId).quizChanged();
    const stats = await getStats(quizId);
    expect(stats.maxScore).toBe(1);
    expect(stats.questions.map((q) => [q.id, q.position, q.selected, q.removed, q.answers])).toEqual([
      ['q-0', 1, true, false, 1],
      ['q-2', null, false, false, 1],
      ['q-1', null, false, true, 1],
    ]);
    expect(stats.answers).toBe(3);
    // A new reader answering the one selected question completes with score 1.
    await answerOk(quizId, { session: 'session-chg-3', question: 'q-0', choice: 'p-0' });
    const after = await getStats(quizId);
    expect({ starts: after.starts, completions: after.completions, scores: after.scores }).toEqual({ starts: 3, completions: 1, scores: { 1: 1 } });
  });
});

describe('GET /api/editor/quizzes/:id/stats and stats.csv', () => {
  it('needs the editor token', async () => {
    const res = await SELF.fetch('http://quiz.test/api/editor/quizzes/demo/stats');
    expect(res.status).toBe(401);
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('unauthorized');
    expect((await SELF.fetch('http://quiz.test/api/editor/quizzes/demo/stats.csv')).status).toBe(401);
  });

  it('404s an unknown quiz', async () => {
    const res = await SELF.fetch('http://quiz.test/api/editor/quizzes/no-such-quiz/stats', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('quiz_not_found');
  });

  it('serves zeros for a quiz nobody answered', async () => {
    await storeStatsQuiz('stats-empty', 3);
    const stats = await getStats('stats-empty');
    expect(stats).toMatchObject({ starts: 0, completions: 0, completionRate: null, averageScore: null, answers: 0, maxScore: 3, scores: {}, days: [] });
    expect(stats.questions.map((q) => q.percentCorrect)).toEqual([null, null, null]);
  });

  it('exports the per-question figures as CSV, with names and formula-safe cells', async () => {
    const quizId = 'stats-csv';
    const { saveQuiz } = await import('../../worker/storage/quizzes');
    const quiz = await storeStatsQuiz(quizId, 2);
    quiz.questions[1]!.quote = '=HYPERLINK("x") said "hi"';
    await saveQuiz(env.QUIZ_KV, quiz);
    await answerOk(quizId, { session: 'session-csv-1', question: 'q-0', choice: 'p-0' });
    await answerOk(quizId, { session: 'session-csv-2', question: 'q-0', choice: 'p-3' });
    await answerOk(quizId, { session: 'session-csv-1', question: 'q-1', choice: 'p-2' });
    const res = await SELF.fetch(`http://quiz.test/api/editor/quizzes/${quizId}/stats.csv`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain(`${quizId}-questions.csv`);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'position,question_id,quote,right_answer,answers,correct,percent_correct,most_picked_wrong,most_picked_wrong_count,picks',
      '1,"q-0","Quotation number 0.","Ada Lovelace",2,1,50,"Alan Turing",1,"Ada Lovelace: 1; Charles Babbage: 0; Mary Somerville: 0; Alan Turing: 1"',
      `2,"q-1","'=HYPERLINK(""x"") said ""hi""","Charles Babbage",1,0,0,"Mary Somerville",1,"Ada Lovelace: 0; Charles Babbage: 0; Mary Somerville: 1; Alan Turing: 0"`,
    ]);
  });
});
