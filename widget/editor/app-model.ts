// The dashboard's state as a signal model: the token, where the editor is (a
// hash route, so the page itself stays one data-free shell), the quiz list, the
// quiz under review, and what is in progress. Network through the injected API.
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CreateQuizRequest, EditorQuizSummary, PreviewLink } from '../../worker/editor-contract';
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
  /** A short confirmation ("Saved."), announced politely, on the page it was made for only. */
  readonly notice: ReadonlySignal<string | null>;
  readonly authError: ReadonlySignal<string | null>;
  /** Bumped when a save fails on a problem the page must show: the review focuses the first one. */
  readonly problemFocus: ReadonlySignal<{ count: number; question: number | null }>;
  /** The quiz's preview link, once asked for (cleared when the quiz changes). */
  readonly preview: ReadonlySignal<PreviewLink | null>;
  /** Whether leaving the quiz under review for `next` may go ahead (asks the editor when edits are unsaved). */
  mayLeave(next: Route): boolean;
  openPreview(): Promise<void>;
  closePreview(): void;
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
  /** Asks the editor a yes/no question (window.confirm). */
  confirm(question: string): boolean;
}

export const LEAVE_QUESTION = 'This quiz has unsaved changes. Leave without saving them?';

export function createAppModel(deps: AppDeps, initial: Route): AppModel {
  const signedIn = signal(deps.tokens.get() !== null);
  const route = signal<Route>(initial);
  const list = signal<EditorQuizSummary[] | null>(null);
  const draft = signal<DraftModel | null>(null);
  const busy = signal<string | null>(null);
  const error = signal<string | null>(null);
  // A notice is made on one page and shown there only.
  const noticeFor = signal<{ text: string; hash: string } | null>(null);
  const notice = computed(() => (noticeFor.value && noticeFor.value.hash === routeHash(route.value) ? noticeFor.value.text : null));
  const say = (text: string, on: Route = route.value) => (noticeFor.value = { text, hash: routeHash(on) });
  const authError = signal<string | null>(null);
  const problemFocus = signal<{ count: number; question: number | null }>({ count: 0, question: null });
  const preview = signal<PreviewLink | null>(null);
  const focusProblem = (question: number | null) => (problemFocus.value = { count: problemFocus.peek().count + 1, question });

  /** Runs one request; a refused token sends the editor back to the token prompt. */
  async function run<T>(what: string, task: () => Promise<T>, keepNotice = false): Promise<T | undefined> {
    batch(() => {
      busy.value = what;
      error.value = null;
      if (!keepNotice) noticeFor.value = null;
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
    // Another page: the last one's notice and error stay behind.
    if (routeHash(next) !== routeHash(route.value)) {
      batch(() => {
        noticeFor.value = noticeFor.value && noticeFor.value.hash === routeHash(next) ? noticeFor.value : null;
        error.value = null;
      });
    }
    route.value = next;
    if (!signedIn.value) return;
    if (next.name === 'list') {
      draft.value = null;
      const res = await run('Loading quizzes…', () => deps.api.list(), true);
      if (res) list.value = res.quizzes;
    } else if (next.name === 'quiz' && draft.value?.quiz.value.id !== next.id) {
      draft.value = null;
      preview.value = null;
      const quiz = await run('Loading the quiz…', () => deps.api.get(next.id), true);
      if (quiz) draft.value = createDraftModel(quiz);
    }
  }

  async function save(): Promise<boolean> {
    const d = draft.value;
    if (!d) return false;
    if (!d.valid.value) {
      error.value = 'Not saved: fix the problem marked on the page (it has the focus now).';
      focusProblem(null);
      return false;
    }
    const id = d.quiz.value.id;
    const saved = await run('Saving…', () => deps.api.save(id, { ...d.toEdit(), version: d.quiz.value.version }));
    if (!saved) {
      // The Worker names the question at fault ("question 3: …"): show and focus it.
      const at = /\bquestion (\d+)\b/.exec(error.peek() ?? '');
      if (error.peek()) focusProblem(at ? Number(at[1]) - 1 : null);
      return false;
    }
    d.reset(saved);
    say('Saved.');
    return true;
  }

  const unsaved = () => draft.peek()?.dirty.peek() === true;

  return {
    signedIn,
    route,
    list,
    draft,
    busy,
    error,
    notice,
    authError,
    problemFocus,
    preview,
    mayLeave(next) {
      const here = route.peek();
      if (here.name !== 'quiz' || routeHash(next) === routeHash(here) || !unsaved()) return true;
      return deps.confirm(LEAVE_QUESTION);
    },
    async openPreview() {
      const d = draft.value;
      if (!d) return;
      // The preview shows the quiz as saved: save first.
      if (d.dirty.value && !(await save())) return;
      const link = await run('Opening the preview…', () => deps.api.preview(d.quiz.value.id), true);
      if (link) preview.value = link;
    },
    closePreview: () => (preview.value = null),
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
      if (unsaved() && !deps.confirm(LEAVE_QUESTION)) return;
      deps.tokens.clear();
      batch(() => {
        signedIn.value = false;
        list.value = null;
        draft.value = null;
        authError.value = null;
        error.value = null;
        noticeFor.value = null;
      });
    },
    navigate(next) {
      if (!this.mayLeave(next)) return;
      // Leaving is decided: the page's edits go with it, so the hash change asks nothing more.
      if (route.peek().name === 'quiz' && routeHash(next) !== routeHash(route.peek())) draft.value = null;
      deps.go(routeHash(next));
    },
    show,
    async create(body) {
      const quiz = await run('Reading the article and finding its quotations…', () => deps.api.create(body));
      if (!quiz) return;
      draft.value = createDraftModel(quiz);
      const made: Route = { name: 'quiz', id: quiz.id };
      say(`Draft made: ${quiz.questions.length} question${quiz.questions.length === 1 ? '' : 's'} found.`, made);
      deps.go(routeHash(made));
    },
    save,
    async publish() {
      const d = draft.value;
      if (!d) return;
      if (d.dirty.value && !(await save())) return;
      const quiz = await run('Publishing…', () => deps.api.publish(d.quiz.value.id));
      if (!quiz) return;
      d.reset(quiz);
      say('Published: readers can now play this quiz. Copy an embed snippet below.');
    },
    async unpublish() {
      const d = draft.value;
      if (!d) return;
      const quiz = await run('Unpublishing…', () => deps.api.unpublish(d.quiz.value.id));
      if (!quiz) return;
      d.reset(quiz);
      say('Unpublished: readers now get “not available”.');
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
      // Said on the list it returns to, and only there.
      say(`Deleted “${d.quiz.value.title}”.`, { name: 'list' });
      deps.go(routeHash({ name: 'list' }));
    },
    dismissError: () => (error.value = null),
  };
}
