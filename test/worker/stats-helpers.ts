// Shared by the stats tests: a ten-question quiz, a deterministic reader model,
// and the figures that model must produce, computed independently of worker/stats.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import type { AnswerResult, ReaderStanding } from '../../worker/contract';
import type { StoredQuiz } from '../../worker/quiz-model';
import { allPassedOn } from '../../worker/stats/answer-relay';
import type { QuizStats } from '../../worker/stats/types';
import { forgetQuiz, saveQuiz } from '../../worker/storage/quizzes';
import worker from '../../worker/index';

export const TOKEN = 'test-editor-token';
export const PEOPLE = ['Ada Lovelace', 'Charles Babbage', 'Mary Somerville', 'Alan Turing'];
export const personId = (i: number) => `p-${i}`;

/** Ten selected questions (q-0 … q-9; q-i's answer is person i mod 4) and one hidden. */
export function statsQuiz(id: string, questions = 10): StoredQuiz {
  const choices = PEOPLE.map((label, i) => ({ id: personId(i), label }));
  const at = '2026-11-01T00:00:00.000Z';
  return {
    id,
    title: `Stats ${id}`,
    status: 'published',
    createdAt: at,
    updatedAt: at,
    articleText: 'text',
    people: [],
    questions: [
      ...Array.from({ length: questions }, (_, i) => ({
        id: `q-${i}`,
        quote: `Quotation number ${i}.`,
        speakerId: personId(i % 4),
        speaker: PEOPLE[i % 4]!,
        confidence: 0.9,
        explanation: `Explained ${i}.`,
        choices,
        answer: personId(i % 4),
        selected: true,
      })),
      { id: 'q-hidden', quote: 'Hidden.', speakerId: 'p-0', speaker: 'Ada Lovelace', confidence: 0.4, explanation: 'Hidden.', choices, answer: 'p-0', selected: false },
    ],
  };
}

/**
 * Stores the quiz and, unless `cold`, opens it as a reader's page does first (GET /api/quizzes/:id), so
 * this isolate has it and checks answers itself (worker/stats/answer-relay.ts); a cold isolate leaves
 * them to the quiz's object.
 */
export async function storeStatsQuiz(id: string, questions = 10, { cold = false } = {}): Promise<StoredQuiz> {
  const quiz = statsQuiz(id, questions);
  await saveQuiz(env.QUIZ_KV, quiz);
  if (!cold) {
    const res = await call(`/api/quizzes/${id}`);
    if (res.status !== 200) throw new Error(`GET quiz ${id}: ${res.status}`);
  }
  return quiz;
}

/** A small deterministic PRNG (mulberry32), so every run sends the same answers. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Sent {
  session: string;
  question: string;
  choice: string;
}

/**
 * `sessions` readers; most answer every question, some stop early; each picks
 * the right person with a reader-specific skill, else a wrong one.
 */
export function readerAnswers(sessions: number, seed: number, questions = 10, prefix = 'reader'): Sent[] {
  const random = rng(seed);
  const out: Sent[] = [];
  for (let s = 0; s < sessions; s++) {
    const session = `${prefix}-${seed}-${String(s).padStart(4, '0')}`;
    const skill = random();
    const answered = random() < 0.75 ? questions : 1 + Math.floor(random() * (questions - 1));
    for (let q = 0; q < answered; q++) {
      const right = q % 4;
      const choice = random() < skill ? right : (right + 1 + Math.floor(random() * 3)) % 4;
      out.push({ session, question: `q-${q}`, choice: personId(choice) });
    }
  }
  return out;
}

export interface Expected {
  starts: number;
  completions: number;
  answers: number;
  correct: number;
  questions: Record<string, { answers: number; correct: number; choices: Record<string, number> }>;
  scores: Record<string, number>;
}

/** What `sent` (first answer per (session, question) counting) must produce for a quiz with `questions` selected questions. */
export function expectedFigures(sent: readonly Sent[], questions = 10): Expected {
  const firsts = new Map<string, Map<string, string>>();
  for (const a of sent) {
    const m = firsts.get(a.session) ?? new Map<string, string>();
    if (!m.has(a.question)) m.set(a.question, a.choice);
    firsts.set(a.session, m);
  }
  const e: Expected = { starts: 0, completions: 0, answers: 0, correct: 0, questions: {}, scores: {} };
  for (let q = 0; q < questions; q++) e.questions[`q-${q}`] = { answers: 0, correct: 0, choices: Object.fromEntries(PEOPLE.map((_, i) => [personId(i), 0])) };
  for (const m of firsts.values()) {
    e.starts += 1;
    let score = 0;
    for (const [question, choice] of m) {
      const q = e.questions[question]!;
      const ok = choice === personId(Number(question.slice(2)) % 4) ? 1 : 0;
      q.answers += 1;
      q.correct += ok;
      q.choices[choice] = (q.choices[choice] ?? 0) + 1;
      e.answers += 1;
      e.correct += ok;
      score += ok;
    }
    if (m.size === questions) {
      e.completions += 1;
      e.scores[score] = (e.scores[score] ?? 0) + 1;
    }
  }
  return e;
}

/**
 * A request through the whole Worker (Hono app, real KV binding), called in this
 * isolate: SELF.fetch slows down with every request made through it, which a
 * thousand concurrent answers would turn into minutes.
 */
export async function call(url: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`http://quiz.test${url}`, init), env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/**
 * An answer, as a reader's page sends it. Its response does not wait for the answer to reach the
 * quiz's object (the Worker passes answers on in batches): `getStats` does. `cold`: sent to an
 * isolate that does not have the quiz, so the quiz's object checks and counts it.
 */
export async function answer(quizId: string, a: Sent, cold = false): Promise<Response> {
  if (cold) forgetQuiz(quizId);
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) };
  return worker.fetch(new Request(`http://quiz.test/api/quizzes/${quizId}/answers`, init), env, createExecutionContext());
}

/** An answer's verdict, once the answer has reached the quiz's object. */
export async function answerOk(quizId: string, a: Sent, cold = false): Promise<AnswerResult> {
  const res = await answer(quizId, a, cold);
  if (res.status !== 200) throw new Error(`answer ${JSON.stringify(a)}: ${res.status} ${await res.text()}`);
  const result = (await res.json()) as AnswerResult;
  await allPassedOn();
  return result;
}

/** The reader's page at the end (or as it goes away): every answer it was shown, again. */
export async function finish(quizId: string, session: string, answers: readonly Sent[], contentType = 'application/json'): Promise<ReaderStanding> {
  const body = JSON.stringify({ session, answers: answers.filter((a) => a.session === session).map(({ question, choice }) => ({ question, choice })) });
  const res = await call(`/api/quizzes/${quizId}/finish`, { method: 'POST', headers: { 'content-type': contentType }, body });
  if (res.status !== 200) throw new Error(`finish ${session}: ${res.status} ${await res.text()}`);
  return (await res.json()) as ReaderStanding;
}

/** Every session of `sent` finishes (sends its answers), all at once. */
export async function finishAll(quizId: string, sent: readonly Sent[]): Promise<void> {
  const sessions = [...new Set(sent.map((a) => a.session))];
  await Promise.all(sessions.map((s) => finish(quizId, s, sent)));
}

/** The editors' figures, once every answer sent so far has reached the quiz's object. */
export async function getStats(quizId: string): Promise<QuizStats> {
  await allPassedOn();
  const res = await call(`/api/editor/quizzes/${quizId}/stats`, { headers: { authorization: `Bearer ${TOKEN}` } });
  if (res.status !== 200) throw new Error(`stats ${quizId}: ${res.status} ${await res.text()}`);
  return (await res.json()) as QuizStats;
}

/** The figures of a stats response in the shape of `Expected` (selected questions only). */
export function figuresOf(stats: QuizStats): Expected {
  return {
    starts: stats.starts,
    completions: stats.completions,
    answers: stats.answers,
    correct: stats.correct,
    questions: Object.fromEntries(stats.questions.filter((q) => q.selected).map((q) => [q.id, { answers: q.answers, correct: q.correct, choices: q.choices }])),
    scores: stats.scores,
  };
}

/** The quiz's statistics object, for tests that restart it or run its alarm. */
export const statsStub = (quizId: string) => env.QUIZ_STATS.getByName(quizId);

/** Rows in the object's sessions table: the sessions written down. */
export async function writtenSessions(quizId: string): Promise<number> {
  await allPassedOn();
  const { runInDurableObject } = await import('cloudflare:test');
  return runInDurableObject(statsStub(quizId), (_: unknown, state: DurableObjectState) => state.storage.sql.exec<{ n: number }>('SELECT count(*) AS n FROM sessions').one().n);
}

export const today = () => new Date().toISOString().slice(0, 10);
