// The editors' API client: every call carries the bearer token. Types come from
// the Worker's editor contract (type-only: nothing from the Worker is bundled).
import type { ApiErrorBody } from '../../worker/contract';
import type { CreateQuizRequest, EditorQuiz, EditorQuizList, PreviewLink, QuizEdit } from '../../worker/editor-contract';

export class EditorApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EditorApiError';
  }
}

export interface EditorApi {
  list(): Promise<EditorQuizList>;
  create(body: CreateQuizRequest): Promise<EditorQuiz>;
  get(id: string): Promise<EditorQuiz>;
  save(id: string, edit: QuizEdit): Promise<EditorQuiz>;
  publish(id: string): Promise<EditorQuiz>;
  unpublish(id: string): Promise<EditorQuiz>;
  remove(id: string): Promise<void>;
  /** A short-lived link to the quiz's real frame as saved (readers' Worker, worker/routes/preview.ts). */
  preview(id: string): Promise<PreviewLink>;
}

export function createEditorApi(token: () => string | null, base = ''): EditorApi {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${token() ?? ''}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(`${base}/api/editor/quizzes${path}`, {
        method,
        headers,
        credentials: 'omit',
        cache: 'no-store',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new EditorApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
    }
    if (res.status === 204) return undefined as T;
    const data = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) {
      const error = (data as Partial<ApiErrorBody> | null)?.error;
      throw new EditorApiError(res.status, error?.code ?? `http_${res.status}`, error?.message ?? `The server answered HTTP ${res.status}.`);
    }
    return data as T;
  }
  const one = (id: string) => `/${encodeURIComponent(id)}`;
  return {
    list: () => call('GET', ''),
    create: (body) => call('POST', '', body),
    get: (id) => call('GET', one(id)),
    save: (id, edit) => call('PUT', one(id), edit),
    publish: (id) => call('POST', one(id) + '/publish'),
    unpublish: (id) => call('POST', one(id) + '/unpublish'),
    remove: (id) => call('DELETE', one(id)),
    preview: (id) => call('POST', one(id) + '/preview'),
  };
}
