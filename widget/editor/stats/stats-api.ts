// The stats panel's requests (bearer token; nothing from the Worker is bundled).
import type { ApiErrorBody } from '../../../worker/contract';
import type { QuizStats } from '../../../worker/stats/types';

export class StatsError extends Error {}

async function get(url: string, token: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new StatsError('Could not reach the server. Check your connection and try again.');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as Partial<ApiErrorBody> | null;
    throw new StatsError(body?.error?.message ?? `The server answered HTTP ${res.status}.`);
  }
  return res;
}

const base = (quizId: string) => `/api/editor/quizzes/${encodeURIComponent(quizId)}`;

export async function fetchStats(quizId: string, token: string): Promise<QuizStats> {
  return (await (await get(`${base(quizId)}/stats`, token)).json()) as QuizStats;
}

/** Downloads the per-question CSV (fetched with the token, so no plain link). */
export async function downloadCsv(quizId: string, token: string): Promise<void> {
  const blob = await (await get(`${base(quizId)}/stats.csv`, token)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${quizId}-questions.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
