// The dashboard's state as a signal model: the token, where the editor is (a
// hash route, so the page itself stays one data-free shell), the quiz list, the
// quiz under review, and what is in progress. Network through the injected API.
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { CreateQuizRequest, EditorQuizSummary } from '../../worker/editor-contract';
import { EditorApiError, type EditorApi } from './api';
import { createDraftModel, type DraftModel } from './draft-model';
import type { TokenStore } from './token-store';

export type Route = { name: 'list' } | { name: 'new' } | { name: 'quiz'; id: string };

export function parseRoute(hash: string): Route {
  const m = /^#\/quiz\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  if (m?.[1]) return { name: 'quiz', id: m[1] };
  return hash === '#/new' ? { name: 'new' } : { name: 'list' };
}

export function routeHash(route: Route): string {
  return route.name === 'quiz' ? `#/quiz/${route.id}` : route.name === 'new' ? '#/new' : '#/';
}

export interface AppModel {
  readonly signedIn: ReadonlySignal<boolean>;
  readonly route: ReadonlySignal<Route>;
  readonly list: ReadonlySignal<EditorQuizSummary[] | null>;
  readonly draft: ReadonlySignal<DraftModel | null>;
  /** What is in progress, e.g. "Saving…"; null when idle. */
  readonly busy: ReadonlySignal<string | null>;
  readonly error: ReadonlySignal<string | null>;
  /** A short confirmation ("Saved."), announced politely. */
  readonly notice: ReadonlySignal<string | null>;
  readonly authError: ReadonlySignal<string | null>;
  signIn(token: string): Promise<void>;
  signOut(): void;
  navigate(route: Route): void;
  /** The route changed (hashchange): load what it shows. */
  show(route: Route): Promise<void>;
  create(body: CreateQuizRequest): Promise<void>;
  save(): Promise<boolean>;
  publish(): Promise<void>;
  unpublish(): Promise<void>;
  remove(): Promise<void>;
  dismissError(): void;
}

export interface AppDeps {
  api: EditorApi;
  tokens: TokenStore;
  /** Sets location.hash (the browser then calls show()). */
  go(hash: string): void;
}

export function createAppModel(deps: AppDeps, initial: Route): AppModel {
  const signedIn = signal(deps.tokens.get() !== null);
  const route = signal<Route>(initial);
  const list = signal<EditorQuizSummary[] | null>(null);
  const draft = signal<DraftModel | null>(null);
  const busy = signal<string | null>(null);
  const error = signal<string | null>(null);
  const notice = signal<string | null>(null);
  const authError = signal<string | null>(null);

  /** Runs one request; a refused token sends the editor back to the token prompt. */
  async function run<T>(what: string, task: () => Promise<T>, keepNotice = false): Promise<T | undefined> {
    batch(() => {
      busy.value = what;
      error.value = null;
      if (!keepNotice) notice.value = null;
    });
    try {
      return await task();
    } catch (err) {
      if (err instanceof EditorApiError && (err.status === 401 || err.code === 'editor_disabled')) {
        deps.tokens.clear();
        batch(() => {
          signedIn.value = false;
          authError.value = err.status === 401 ? 'That editor token was refused. Enter it again.' : err.message;
        });
      } else {
        error.value = err instanceof Error ? err.message : 'Something went wrong.';
      }
      return undefined;
    } finally {
      busy.value = null;
    }
  }

  async function show(next: Route): Promise<void> {
    route.value = next;
    if (!signedIn.value) return;
    if (next.name === 'list') {
      draft.value = null;
      const res = await run('Loading quizzes…', () => deps.api.list(), true);
      if (res) list.value = res.quizzes;
    } else if (next.name === 'quiz' && draft.value?.quiz.value.id !== next.id) {
      draft.value = null;
      const quiz = await run('Loading the quiz…', () => deps.api.get(next.id), true);
      if (quiz) draft.value = createDraftModel(quiz);
    }
  }

  async function save(): Promise<boolean> {
    const d = draft.value;
    if (!d) return false;
    if (!d.valid.value) {
      error.value = 'Fix the problems marked below before saving.';
      return false;
    }
    const id = d.quiz.value.id;
    const saved = await run('Saving…', () => deps.api.save(id, { ...d.toEdit(), version: d.quiz.value.version }));
    if (!saved) return false;
    d.reset(saved);
    notice.value = 'Saved.';
    return true;
  }

  return {
    signedIn,
    route,
    list,
    draft,
    busy,
    error,
    notice,
    authError,
    async signIn(token) {
      deps.tokens.set(token.trim());
      batch(() => {
        signedIn.value = true;
        authError.value = null;
      });
      draft.value = null;
      await show(route.value);
    },
    signOut() {
      deps.tokens.clear();
      batch(() => {
        signedIn.value = false;
        list.value = null;
        draft.value = null;
        authError.value = null;
        error.value = null;
        notice.value = null;
      });
    },
    navigate(next) {
      // The editor moved on: last action's confirmation no longer applies.
      notice.value = null;
      deps.go(routeHash(next));
    },
    show,
    async create(body) {
      const quiz = await run('Reading the article and finding its quotations…', () => deps.api.create(body));
      if (!quiz) return;
      draft.value = createDraftModel(quiz);
      notice.value = `Draft made: ${quiz.questions.length} question${quiz.questions.length === 1 ? '' : 's'} found.`;
      deps.go(routeHash({ name: 'quiz', id: quiz.id }));
    },
    save,
    async publish() {
      const d = draft.value;
      if (!d) return;
      if (d.dirty.value && !(await save())) return;
      const quiz = await run('Publishing…', () => deps.api.publish(d.quiz.value.id));
      if (!quiz) return;
      d.reset(quiz);
      notice.value = 'Published: readers can now play this quiz. Copy an embed snippet below.';
    },
    async unpublish() {
      const d = draft.value;
      if (!d) return;
      const quiz = await run('Unpublishing…', () => deps.api.unpublish(d.quiz.value.id));
      if (!quiz) return;
      d.reset(quiz);
      notice.value = 'Unpublished: readers now get “not available”.';
    },
    async remove() {
      const d = draft.value;
      if (!d) return;
      const done = await run('Deleting…', async () => {
        await deps.api.remove(d.quiz.value.id);
        return true;
      });
      if (!done) return;
      draft.value = null;
      notice.value = `Deleted “${d.quiz.value.title}”.`;
      deps.go(routeHash({ name: 'list' }));
    },
    dismissError: () => (error.value = null),
  };
}
