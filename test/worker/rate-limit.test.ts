// Per-client limits on the readers' API (issues 15 and 14): one client cannot flood the
// statistics. 120 answers a minute per address and quiz, refused by the isolate and capped
// by the quiz's QuizStats object; 30 finishes a minute per address, by the real Workers Rate
// Limiting binding (miniflare's, as `wrangler dev` runs it).
import { SELF } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiErrorBody } from '../../worker/contract';
import { clientOf } from '../../worker/rate-limit';
import { getStats, storeStatsQuiz } from './stats-helpers';

function answerFrom(address: string, quizId: string, session: string, question: string): Promise<Response> {
  return SELF.fetch(`http://quiz.test/api/quizzes/${quizId}/answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': address },
    body: JSON.stringify({ session, question, choice: 'p-0' }),
  });
}

/** The finishes' binding counts per clock minute: start a test well inside one, so its count is not cut in two. */
async function freshMinute(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 55_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
}

describe('rate limits on the readers’ API', () => {
  beforeEach(freshMinute);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers a client past 120 answers a minute with 429 and Retry-After, counts nothing more, and leaves others alone', async () => {
    const quizId = 'limited-quiz';
    await storeStatsQuiz(quizId, 10);
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await answerFrom('203.0.113.50', quizId, `flood-${String(i).padStart(4, '0')}`, `q-${i % 10}`)).status);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    const refused = await answerFrom('203.0.113.50', quizId, 'flood-late-1', 'q-0');
    expect(refused.status).toBe(429);
    // The seconds until the client's minute, which opened with its first answer, is over.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as ApiErrorBody).error.code).toBe('rate_limited');
    expect((await getStats(quizId)).answers).toBe(120);
    // Another address is another client.
    expect((await answerFrom('203.0.113.51', quizId, 'other-reader-1', 'q-0')).status).toBe(200);
  });

  it('forgets a client once its minute is over, and counts each quiz on its own', async () => {
    const quizId = 'limited-window';
    await storeStatsQuiz(quizId, 10);
    await storeStatsQuiz('limited-other', 10);
    for (let i = 0; i < 120; i++) expect((await answerFrom('203.0.113.60', quizId, `window-${String(i).padStart(4, '0')}`, `q-${i % 10}`)).status).toBe(200);
    const refused = await answerFrom('203.0.113.60', quizId, 'window-late-1', 'q-0');
    expect(refused.status).toBe(429);
    // Another quiz is counted on its own: the client is not over its limit there.
    expect((await answerFrom('203.0.113.60', 'limited-other', 'window-other-1', 'q-0')).status).toBe(200);
    // Half a minute on, still refused; once the minute is over, answered and counted again.
    vi.useFakeTimers({ now: Date.now() + 30_000, toFake: ['Date'] });
    expect((await answerFrom('203.0.113.60', quizId, 'window-late-2', 'q-0')).status).toBe(429);
    vi.useFakeTimers({ now: Date.now() + 30_000, toFake: ['Date'] });
    expect((await answerFrom('203.0.113.60', quizId, 'window-late-3', 'q-0')).status).toBe(200);
    // (the minute is over for the quiz's object too, which caps what it counts per client)
    expect((await getStats(quizId)).answers).toBe(121);
    vi.useRealTimers();
  });

  it('counts an IPv6 address by its /64', async () => {
    await storeStatsQuiz('limited-v6', 10);
    for (let i = 0; i < 120; i++) expect((await answerFrom(`2001:db8:1:2::${(i % 200).toString(16)}`, 'limited-v6', `v6-${String(i).padStart(5, '0')}`, 'q-0')).status).toBe(200);
    expect((await answerFrom('2001:db8:1:2:ffff::1', 'limited-v6', 'v6-late-0001', 'q-0')).status).toBe(429);
    expect((await answerFrom('2001:db8:1:3::1', 'limited-v6', 'v6-other-001', 'q-0')).status).toBe(200);
  });

  it('limits finishes to 30 a minute per address', async () => {
    await storeStatsQuiz('limited-finish', 2);
    const finish = (i: number) =>
      SELF.fetch('http://quiz.test/api/quizzes/limited-finish/finish', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'cf-connecting-ip': '198.51.100.77' },
        body: JSON.stringify({ session: `finisher-${String(i).padStart(4, '0')}`, answers: [{ question: 'q-0', choice: 'p-0' }] }),
      });
    for (let i = 0; i < 30; i++) expect((await finish(i)).status).toBe(200);
    expect((await finish(30)).status).toBe(429);
    expect((await getStats('limited-finish')).starts).toBe(30);
  });

  it('does not limit the machine itself (loopback: `npm start` and its browser tests)', async () => {
    await storeStatsQuiz('limited-local', 10);
    for (let i = 0; i < 125; i++) expect((await answerFrom('127.0.0.1', 'limited-local', `local-${String(i).padStart(4, '0')}`, 'q-0')).status).toBe(200);
  });

  const clients: [address: string, client: string][] = [
    ['203.0.113.5', '203.0.113.5'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
  ];
  for (const [address, client] of clients) it(`counts ${address} as ${client}`, () => expect(clientOf(address)).toBe(client));
});
