// The quiz API client (same origin as the frame). Types come from the Worker's
// contract; nothing from the Worker is bundled.
import type { AnswerRequest, AnswerResult, ApiErrorBody, PublicQuiz } from '../worker/contract';

export class QuizApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'QuizApiError';
  }
}

export interface QuizApi {
  getQuiz(id: string): Promise<PublicQuiz>;
  answer(quizId: string, body: AnswerRequest): Promise<AnswerResult>;
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, credentials: 'omit' });
  } catch {
    throw new QuizApiError(0, 'network', 'Could not reach the quiz server. Check your connection and try again.');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as Partial<ApiErrorBody> | null;
    throw new QuizApiError(
      res.status,
      body?.error?.code ?? 'http_' + res.status,
      body?.error?.message ?? 'Something went wrong. Please try again.',
    );
  }
  return (await res.json()) as T;
}

export function createQuizApi(base = ''): QuizApi {
  const quizUrl = (id: string): string => `${base}/api/quizzes/${encodeURIComponent(id)}`;
  return {
    getQuiz: (id) => request<PublicQuiz>(quizUrl(id)),
    answer: (quizId, body) =>
      request<AnswerResult>(quizUrl(quizId) + '/answers', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
}
