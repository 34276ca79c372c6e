// What a reader costs in billed operations (issue 14), measured on the real Workers:
// every KV call the readers' Worker makes (a counting wrapper around the real binding),
// every call to the quiz's Durable Object, and what the object itself spent (its usage
// counters: KV, SQLite rows written, alarms). Readers play a ten-question quiz to the
// end; then the object's alarms run as time passes. `npm run bench` prints the figures
// (the line starting "reader-cost") with their price per million readers.
import { createExecutionContext, env, runDurableObjectAlarm, runInDurableObject, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MS, SNAPSHOT_MS, type QuizStats, type Usage } from '../../worker/stats/quiz-stats';
import { forgetQuiz } from '../../worker/storage/quizzes';
import worker from '../../worker/index';
import { readerAnswers, storeStatsQuiz, type Sent } from './stats-helpers';

afterEach(() => {
  vi.useRealTimers();
});

interface Counts {
  kvReads: number;
  kvWrites: number;
  kvOther: number;
  objectCalls: number;
}

/** The real bindings, counted. A bulk get counts as its number of keys, as KV bills it. */
function countedEnv(counts: Counts): Env {
  const kv = new Proxy(env.QUIZ_KV, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (prop === 'get' || prop === 'getWithMetadata') counts.kvReads += Array.isArray(args[0]) ? args[0].length : 1;
        else if (prop === 'put' || prop === 'delete') counts.kvWrites += 1;
        else counts.kvOther += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const stats = new Proxy(env.QUIZ_STATS, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown;
      if (prop !== 'getByName' || typeof value !== 'function') return value;
      return (name: string) => {
        const stub = (value as (n: string) => DurableObjectStub<QuizStats>).call(target, name);
        return new Proxy(stub, {
          get(s, method) {
            const fn = Reflect.get(s, method) as unknown;
            if (typeof fn !== 'function') return fn;
            return (...args: unknown[]) => {
              counts.objectCalls += 1;
              return Reflect.apply(fn as (...a: unknown[]) => unknown, s, args);
            };
          },
        });
      };
    },
  });
  return { ...env, QUIZ_KV: kv, QUIZ_STATS: stats } as Env;
}

async function request(e: Env, path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`http://quiz.test${path}`, init), e, ctx);
  await waitOnExecutionContext(ctx);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
  return res;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A reader as the widget makes one: the frame, each answer, the finish with every answer. */
async function play(e: Env, quizId: string, session: string, answers: readonly Sent[], coldIsolates: boolean): Promise<void> {
  const step = async (path: string, init?: RequestInit) => {
    if (coldIsolates) forgetQuiz(quizId); // every request in an isolate that has not seen the quiz
    await request(e, path, init);
  };
  await step(`/embed/${quizId}`);
  for (const a of answers) await step(`/api/quizzes/${quizId}/answers`, post(a));
  await step(`/api/quizzes/${quizId}/finish`, post({ session, answers: answers.map(({ question, choice }) => ({ question, choice })) }));
}

/**
 * `readers` readers play to the end, one after another (a quiet quiz: each answer reaches the object
 * on its own) or all at once (a busy one: an isolate passes its answers on together).
 */
async function measure(quizId: string, readers: number, coldIsolates: boolean, together = false) {
  await storeStatsQuiz(quizId);
  const counts: Counts = { kvReads: 0, kvWrites: 0, kvOther: 0, objectCalls: 0 };
  const e = countedEnv(counts);
  const sent = readerAnswers(readers, 11, 10, quizId).filter((a) => a.session); // all play to the end below
  const sessions = [...new Set(sent.map((a) => a.session))];
  let requests = 0;
  const plays = sessions.map((session) => {
    const answers = Array.from({ length: 10 }, (_, q) => sent.find((a) => a.session === session && a.question === `q-${q}`) ?? { session, question: `q-${q}`, choice: 'p-0' });
    requests += answers.length + 2;
    return () => play(e, quizId, session, answers, coldIsolates);
  });
  if (together) await Promise.all(plays.map((p) => p()));
  else for (const p of plays) await p();
  // Time passes: the object's alarms write down whatever is left and copy the figures to KV.
  const stub = env.QUIZ_STATS.getByName(quizId);
  vi.useFakeTimers({ now: Date.now() + IDLE_MS + SNAPSHOT_MS + 1000, toFake: ['Date'] });
  await runDurableObjectAlarm(stub);
  const usage = await runInDurableObject(stub, (instance: QuizStats) => ({ ...instance.usage }) as Usage);
  const per = (n: number) => +(n / sessions.length).toFixed(4);
  return {
    readers: sessions.length,
    workerRequests: per(requests),
    objectRequests: per(counts.objectCalls),
    kvReads: per(counts.kvReads + usage.kvReads),
    kvWrites: per(counts.kvWrites + usage.kvWrites),
    kvOther: per(counts.kvOther),
    rowsWritten: per(usage.rowsWritten + usage.alarmsSet),
  };
}

describe('what a reader costs', () => {
  it('a ten-question quiz played to the end: no KV write, at most a few KV reads, two SQLite rows', async () => {
    // Quiet quizzes, the most a reader costs: every answer is its own call to the object. (8 readers in
    // a warm isolate, where each answer waits for its call, BATCH_MS; the quiz's own writes, a KV copy and
    // its row, weigh five times more a reader there than over 40.)
    const hot = await measure('cost-hot', 8, false);
    const cold = await measure('cost-cold', 40, true);
    // A busy quiz: 40 readers at once, their answers passed on together.
    const busy = await measure('cost-busy', 40, false, true);
    console.log(`reader-cost ${JSON.stringify({ hot, cold, busy })}`);
    for (const m of [hot, cold, busy]) {
      expect(m.workerRequests).toBe(12);
      expect(m.objectRequests).toBeLessThanOrEqual(11);
      expect(m.kvWrites).toBeLessThanOrEqual(1.5);
      expect(m.kvReads + m.kvWrites + m.kvOther).toBeLessThanOrEqual(10);
      expect(m.rowsWritten).toBeLessThanOrEqual(3);
    }
    expect([hot.readers, cold.readers, busy.readers]).toEqual([8, 40, 40]);
    // Readers playing at once share the object's calls: the finish, and a share of each round of answers.
    expect(busy.objectRequests).toBeLessThanOrEqual(2);
    // In an isolate that has the quiz, a reader costs no KV read at all: the isolate reads it once, the object once a minute.
    expect(hot.kvReads * hot.readers).toBeLessThanOrEqual(2);
    // Every request in a fresh isolate: the frame's quiz read (answers go to the object, which has the quiz).
    expect(cold.kvReads).toBeLessThanOrEqual(1.2);
  }, 60_000);
});
