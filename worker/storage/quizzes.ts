import type { PublicQuiz } from '../contract';
import { demoQuiz } from '../generated/demo-quiz';
import { toPublicQuiz, type StoredQuiz } from '../quiz-model';
import { quizKey, quizPrefix } from './keys';

export const DEMO_QUIZ_ID = demoQuiz.id;

/** What a deleted demo leaves under its key, so the built-in one does not come back. */
interface Deleted {
  deleted: true;
}

/**
 * A quiz as stored. The demo is there with no manual step: until an editor saves a
 * version of it (or deletes it), it is the one built with the Worker
 * (scripts/build-demo.mjs). Reading never writes.
 */
export async function loadQuiz(kv: KVNamespace, id: string): Promise<StoredQuiz | null> {
  const stored = await kv.get<StoredQuiz | Deleted>(quizKey(id), 'json');
  if (stored) return 'deleted' in stored ? null : stored;
  return id === DEMO_QUIZ_ID ? structuredClone(demoQuiz) : null;
}

/** Every quiz write: the whole quiz, with its list metadata so the editors' list needs no get per quiz. */
export async function saveQuiz(kv: KVNamespace, quiz: StoredQuiz): Promise<void> {
  await kv.put(quizKey(quiz.id), JSON.stringify(quiz), { metadata: listMetadata(quiz) });
  forgetQuiz(quiz.id);
}

/**
 * Published quizzes as readers get them, kept in the isolate for READER_CACHE_MS with
 * what every reader of a quiz is sent (its public form and that form's JSON), so a view
 * costs no KV read and no re-serialising while the isolate is warm. Editors' changes
 * reach readers within KV's own propagation (up to 60 s) plus this; a change passed on
 * by this isolate applies at once (`forgetQuiz`).
 */
const READER_CACHE_MS = 10_000;
const READER_CACHE_SIZE = 200;

interface ReaderEntry {
  quiz: StoredQuiz;
  public: PublicQuiz;
  json: string;
}

const readerCache = new Map<string, { entry: ReaderEntry | null; until: number }>();

/** What this isolate has of the quiz now (null: it knows there is none); undefined when it would have to read it. */
function cachedEntry(id: string): ReaderEntry | null | undefined {
  const hit = readerCache.get(id);
  return hit && hit.until > Date.now() ? hit.entry : undefined;
}

async function readerEntry(kv: KVNamespace, id: string): Promise<ReaderEntry | null> {
  const cached = cachedEntry(id);
  if (cached !== undefined) return cached;
  const now = Date.now();
  const stored = await loadQuiz(kv, id);
  const publicQuiz = stored?.status === 'published' ? toPublicQuiz(stored) : null;
  const entry = stored && publicQuiz ? { quiz: stored, public: publicQuiz, json: JSON.stringify(publicQuiz) } : null;
  if (readerCache.size >= READER_CACHE_SIZE) readerCache.delete(readerCache.keys().next().value!);
  readerCache.set(id, { entry, until: now + READER_CACHE_MS });
  answeredWithout.delete(id);
  return entry;
}

/** A quiz readers may see, or null when it does not exist or is not published. */
export async function loadPublishedQuiz(kv: KVNamespace, id: string): Promise<StoredQuiz | null> {
  return (await readerEntry(kv, id))?.quiz ?? null;
}

/**
 * The published quiz if this isolate has it now (null: it knows there is none), without a KV read;
 * undefined when it would have to read it.
 */
export function cachedPublishedQuiz(id: string): StoredQuiz | null | undefined {
  const cached = cachedEntry(id);
  return cached === undefined ? undefined : (cached?.quiz ?? null);
}

/** Its public form: nothing that gives an answer away. */
export async function loadPublicQuiz(kv: KVNamespace, id: string): Promise<PublicQuiz | null> {
  return (await readerEntry(kv, id))?.public ?? null;
}

/** The public form as the JSON GET /api/quizzes/:id sends. */
export async function loadPublicQuizJson(kv: KVNamespace, id: string): Promise<string | null> {
  return (await readerEntry(kv, id))?.json ?? null;
}

export function forgetQuiz(id: string): void {
  readerCache.delete(id);
  answeredWithout.delete(id);
}

/** Answers this isolate left to a quiz's object for want of the quiz, since it last had it. */
const answeredWithout = new Map<string, number>();
const loading = new Set<string>();

/**
 * Notes an answer this isolate could not check itself (worker/routes/quizzes.ts). From the second,
 * it reads the quiz for the answers that follow: a KV read costs about three object calls, which an
 * isolate answering a quiz often saves many times over; one that saw a single answer reads nothing.
 */
export function answeredWithoutQuiz(kv: KVNamespace, id: string, ctx: Pick<ExecutionContext, 'waitUntil'>): void {
  if (answeredWithout.size >= READER_CACHE_SIZE && !answeredWithout.has(id)) answeredWithout.clear();
  const n = (answeredWithout.get(id) ?? 0) + 1;
  answeredWithout.set(id, n);
  if (n < 2 || loading.has(id)) return;
  loading.add(id);
  ctx.waitUntil(readerEntry(kv, id).then(() => undefined, () => undefined).finally(() => loading.delete(id)));
}

// ——— Editors' dashboard: listing, summaries, deletion (added for the editor API) ———

/** Kept in each quiz key's metadata so the editors' list needs no get per quiz (KV caps metadata at 1024 bytes). */
export interface QuizListMetadata {
  /** Title, cut to 120 characters. */
  t: string;
  s: StoredQuiz['status'];
  /** updatedAt (ISO). */
  u: string;
  /** Questions, and how many of them are selected. */
  n: number;
  sel: number;
}

export interface QuizSummary {
  id: string;
  title: string;
  status: StoredQuiz['status'];
  updatedAt: string;
  questionCount: number;
  selectedCount: number;
}

function listMetadata(quiz: StoredQuiz): QuizListMetadata {
  return { t: quiz.title.slice(0, 120), s: quiz.status, u: quiz.updatedAt, n: quiz.questions.length, sel: quiz.questions.filter((q) => q.selected).length };
}

/** Whether a quiz id is taken (the demo's included, stored or not). */
export async function quizIdTaken(kv: KVNamespace, id: string): Promise<boolean> {
  if (id === DEMO_QUIZ_ID) return true;
  return (await kv.get(quizKey(id))) !== null;
}

/** Every quiz, most recently updated first. A key stored before list metadata existed costs one get. */
export async function listQuizzes(kv: KVNamespace): Promise<QuizSummary[]> {
  const out: QuizSummary[] = [];
  let deletedDemo = false;
  let cursor: string | undefined;
  do {
    const page: KVNamespaceListResult<QuizListMetadata | Deleted, string> = await kv.list<QuizListMetadata | Deleted>({ prefix: quizPrefix, ...(cursor ? { cursor } : {}) });
    for (const key of page.keys) {
      const id = key.name.slice(quizPrefix.length);
      const m = key.metadata;
      if (m && 'deleted' in m) {
        deletedDemo = true;
        continue;
      }
      if (m && typeof m.t === 'string') {
        out.push({ id, ...fromMetadata(m) });
        continue;
      }
      const quiz = await kv.get<StoredQuiz>(key.name, 'json');
      if (quiz) out.push({ id, ...fromMetadata(listMetadata(quiz)), title: quiz.title });
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  // The built-in demo, until an editor saves a version of it.
  if (!deletedDemo && !out.some((q) => q.id === DEMO_QUIZ_ID)) out.push({ id: DEMO_QUIZ_ID, ...fromMetadata(listMetadata(demoQuiz)), title: demoQuiz.title });
  return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id)));
}

function fromMetadata(m: QuizListMetadata): Omit<QuizSummary, 'id'> {
  return { title: m.t, status: m.s, updatedAt: m.u, questionCount: m.n, selectedCount: m.sel };
}

export async function deleteQuiz(kv: KVNamespace, id: string): Promise<void> {
  // The demo's key keeps a mark instead: without it, the built-in demo would come back.
  if (id === DEMO_QUIZ_ID) await kv.put(quizKey(id), JSON.stringify({ deleted: true } satisfies Deleted), { metadata: { deleted: true } });
  else await kv.delete(quizKey(id));
  forgetQuiz(id);
}
