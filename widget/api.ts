// The quiz API client (same origin as the frame). Types come from the Worker's
// contract; nothing from the Worker is bundled. The frame never fetches the quiz
// itself: the server embeds it in the page.
import type { AnswerRequest, AnswerResult, ApiErrorBody, FinishRequest, ReaderStanding } from '../worker/contract';

const FALLBACK = 'Something went wrong. Please try again.';

/** POST /api/quizzes/:id/answers (a preview's: /api/preview/:id/answers?t=…). Rejects with an Error whose message is fit for readers (and, for an error response, its `status`). */
export async function postAnswer(url: string, body: AnswerRequest): Promise<AnswerResult> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
    });
  } catch {
    throw new Error('Could not reach the quiz server. Check your connection and try again.');
  }
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as Partial<ApiErrorBody> | null;
    // (the status tells a refusal, which counted nothing, from a failure, which may have)
    throw Object.assign(new Error(err?.error?.message ?? FALLBACK), { status: res.status });
  }
  return (await res.json()) as AnswerResult;
}

/** POST /api/quizzes/:id/finish: the play's answers, and the reader's standing back. Rejects on any failure (the caller shows nothing then). */
export async function postFinish(url: string, body: FinishRequest): Promise<ReaderStanding> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
  });
  if (!res.ok) throw new Error(String(res.status));
  return (await res.json()) as ReaderStanding;
}

/**
 * The same, as the page goes away: the browser sends it after the page is gone. As
 * text/plain, which needs no CORS preflight from a sandboxed (opaque-origin) frame.
 */
export function beaconFinish(url: string, body: FinishRequest): void {
  navigator.sendBeacon(url, new Blob([JSON.stringify(body)], { type: 'text/plain' }));
}
