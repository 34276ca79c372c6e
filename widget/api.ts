// The quiz API client (same origin as the frame). Types come from the Worker's
// contract; nothing from the Worker is bundled. The frame never fetches the quiz
// itself: the server embeds it in the page.
import type { AnswerRequest, AnswerResult, ApiErrorBody, ReaderStanding } from '../worker/contract';

const FALLBACK = 'Something went wrong. Please try again.';

/** POST /api/quizzes/:id/answers. Rejects with an Error whose message is fit for readers. */
export async function postAnswer(quizId: string, body: AnswerRequest): Promise<AnswerResult> {
  let res: Response;
  try {
    res = await fetch(`/api/quizzes/${encodeURIComponent(quizId)}/answers`, {
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
    throw new Error(err?.error?.message ?? FALLBACK);
  }
  return (await res.json()) as AnswerResult;
}

/** GET /api/quizzes/:id/standing. Rejects on any failure (the caller shows nothing then). */
export async function getStanding(quizId: string, session: string): Promise<ReaderStanding> {
  const res = await fetch(`/api/quizzes/${encodeURIComponent(quizId)}/standing?session=${encodeURIComponent(session)}`, { credentials: 'omit' });
  if (!res.ok) throw new Error(String(res.status));
  return (await res.json()) as ReaderStanding;
}
