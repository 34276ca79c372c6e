// The answers' per-client limit (docs/scores-design.md), counted in memory at no call per
// answer (a Rate Limiting binding costs one, and is simulated under `wrangler dev` by a
// further Durable Object call): by each isolate of the readers' Worker, which refuses a
// client past it before anything is read (worker/routes/quizzes.ts), and by each quiz's
// QuizStats object, which sees every answer to its quiz and counts none past it, whichever
// isolate sent them. A client is the keyed hash of its address (worker/rate-limit.ts); no
// address is kept. Counts are never written down: a new isolate or object starts afresh.

/** Answers one client may send a quiz a minute: a reader answers a few; the margin is for readers sharing one address. */
export const ANSWER_LIMIT = 120;
/** The window ANSWER_LIMIT counts in, opened by the client's first answer. */
export const ANSWER_LIMIT_MS = 60_000;

interface Window {
  start: number;
  count: number;
}

export class ClientWindows {
  private readonly windows = new Map<string, Window>();
  private sweptAt = 0;

  /** `maxClients`: clients counted at once; past it the oldest window is dropped (memory stays bounded under a flood). */
  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly maxClients = 50_000,
  ) {}

  /**
   * Counts one request of `client` in its window (which opens with its first request)
   * and returns 0; past the limit, counts nothing and returns the milliseconds until
   * the window closes.
   */
  take(client: string, now: number): number {
    this.sweep(now);
    let w = this.windows.get(client);
    if (!w && this.windows.size >= this.maxClients) this.windows.delete(this.windows.keys().next().value!);
    if (!w || now - w.start >= this.windowMs) this.windows.set(client, (w = { start: now, count: 0 }));
    if (w.count >= this.limit) return w.start + this.windowMs - now;
    w.count += 1;
    return 0;
  }

  /** Clients being counted now (the test's view of what memory holds). */
  get size(): number {
    return this.windows.size;
  }

  /** Once a window, forget the clients whose window has closed: memory holds only the last minute's. */
  private sweep(now: number): void {
    if (now - this.sweptAt < this.windowMs) return;
    this.sweptAt = now;
    for (const [client, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(client);
  }
}
