import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { recordAnswer, toAnswerRecord } from '../../worker/storage/answers';
import { foldQuiz } from '../../worker/storage/stats';
import { storeStatsQuiz } from './stats-helpers';

const result = (correct: boolean) => ({ correct, answer: 'p-0', explanation: 'Explained 0.' });
const input = (quizId: string, choice: string) => ({ quizId, session: 'session-answers-1', questionId: 'q-0', choice, result: result(choice === 'p-0') });

describe('recordAnswer', () => {
  it('stores one key per (session, question) with the metadata the fold reads, and no reader data', async () => {
    await recordAnswer(env.QUIZ_KV, input('ans-meta', 'p-2'), new Date('2026-11-03T23:59:59Z'));
    const listed = await env.QUIZ_KV.list({ prefix: 'answer:ans-meta:' });
    expect(listed.keys.map((k) => [k.name, k.metadata])).toEqual([['answer:ans-meta:session-answers-1:q-0', { c: 'p-2', ok: 0, d: '2026-11-03' }]]);
    expect(toAnswerRecord(listed.keys[0]!.name, listed.keys[0]!.metadata)).toMatchObject({ quizId: 'ans-meta', session: 'session-answers-1', question: 'q-0', choice: 'p-2', ok: 0, day: '2026-11-03' });
  });

  it('answers a repeat after the fold deleted the record with the first result, from the marker, and writes nothing', async () => {
    await storeStatsQuiz('ans-folded', 2);
    expect((await recordAnswer(env.QUIZ_KV, input('ans-folded', 'p-3'))).correct).toBe(false);
    await foldQuiz(env.QUIZ_KV, 'ans-folded');
    expect((await env.QUIZ_KV.list({ prefix: 'answer:ans-folded:' })).keys).toHaveLength(0);
    expect(await recordAnswer(env.QUIZ_KV, input('ans-folded', 'p-0'))).toEqual(result(false));
    expect((await env.QUIZ_KV.list({ prefix: 'answer:ans-folded:' })).keys).toHaveLength(0);
  });

  it('keeps the write that landed when KV refuses a racing duplicate (one write per second per key)', async () => {
    let puts = 0;
    const kv = new Proxy(env.QUIZ_KV, {
      get(target, prop) {
        if (prop === 'put')
          return async (...args: Parameters<KVNamespace['put']>) => {
            puts += 1;
            if (puts === 1) {
              // The racing duplicate's write lands; ours is refused.
              await target.put(args[0], JSON.stringify(result(true)), { metadata: { c: 'p-0', ok: 1, d: '2026-11-03' } });
              throw new Error('KV PUT failed: 429 Too Many Requests');
            }
            return target.put(...args);
          };
        const v = Reflect.get(target, prop) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    expect(await recordAnswer(kv, input('ans-race', 'p-1'))).toEqual(result(true));
    expect(puts).toBe(1);
  });
});
