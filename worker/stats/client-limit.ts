// The answers' per-client limit, kept by each quiz's QuizStats object
// (docs/scores-design.md). The object already sees every answer to its quiz, one at
// a time, so it counts them per client exactly, in memory, at no extra hop per
// answer (a Rate Limiting binding costs a call per answer and counts per Cloudflare
// location, approximately). A client is the keyed hash of its address that the
// readers' Worker passes (worker/rate-limit.ts): no address reaches the object.
// Counts are never written down: an object that restarts starts them afresh.

interface Window {
  start: number;
  count: number;
}

export class ClientWindows {
  private readonly windows = new Map<string, Window>();
  private sweptAt = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /**
   * Counts one request of `client` in its window (which opens with its first request)
   * and returns 0; past the limit, counts nothing and returns the milliseconds until
   * the window closes.
   */
  take(client: string, now: number): number {
    this.sweep(now);
    let w = this.windows.get(client);
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
