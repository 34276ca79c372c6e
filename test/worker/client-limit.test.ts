// The answers' per-client limit as each isolate of the readers' Worker keeps it (worker/stats/client-limit.ts):
// exact, per client, forgotten when its window closes. Through the API: test/worker/rate-limit.test.ts.
import { describe, expect, it } from 'vitest';
import { ClientWindows } from '../../worker/stats/client-limit';

describe('ClientWindows', () => {
  it('allows `limit` requests in a window, then refuses with the time left, per client', () => {
    const limits = new ClientWindows(3, 60_000);
    const t = 1_000_000;
    expect([0, 1, 2].map((i) => limits.take('a', t + i * 1000))).toEqual([0, 0, 0]);
    expect(limits.take('a', t + 10_000)).toBe(50_000);
    expect(limits.take('a', t + 59_999)).toBe(1);
    // Refusals count nothing: the window still closes a minute after its first request.
    expect(limits.take('b', t + 10_000)).toBe(0);
    expect(limits.take('a', t + 60_000)).toBe(0);
    expect(limits.take('a', t + 60_001)).toBe(0);
    expect(limits.take('a', t + 60_002)).toBe(0);
    expect(limits.take('a', t + 60_003)).toBe(59_997);
  });

  it('forgets clients whose window has closed, so memory holds only the last minute’s', () => {
    const limits = new ClientWindows(120, 60_000);
    const t = 5_000_000;
    for (let i = 0; i < 1000; i++) limits.take(`client-${i}`, t + i);
    expect(limits.size).toBe(1000);
    limits.take('late', t + 61_000);
    expect(limits.size).toBe(1);
  });
});
