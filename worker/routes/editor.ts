// The editors' API, mounted at /api/editor/quizzes (behind requireEditor):
// make a quiz from an article (text, HTML or URL), review and edit it,
// publish and unpublish it, list and delete quizzes.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { htmlToText } from '../../questions/00-html';
import { ArticleTooComplex, buildQuiz } from '../../questions/index';
import type { ArticleInput } from '../../questions/types';
import { AMP_PARAM } from '../../widget/embed-protocol';
import { declaredFrameHeight, FRAME_MAX_WIDTH, snippetHeight } from '../../widget/frame-size';
import { importArticle } from '../article-import';
import type { EditorQuiz, EditorQuizList, EmbedSnippets } from '../editor-contract';
import { ApiError } from '../errors';
import { PUBLISH_CONFIDENCE, quizFromDraft, toPublicQuiz, type StoredQuiz } from '../quiz-model';
import { applyEdit, assertPublishable } from '../quiz-edit';
import { listQuizzes, loadQuiz, quizIdTaken } from '../storage/quizzes';
import { personName, visibleText, withoutHiddenControls, wordedText } from '../text-rules';
import { validate } from '../validation';

/** Limits of what an editor may send. */
export const MAX_HTML_BYTES = 2 * 1024 * 1024;
export const MAX_TEXT_BYTES = 200 * 1024;
const MAX_CREATE_BODY = 3 * 1024 * 1024; // 2 MB of HTML, JSON-escaped
const MAX_EDIT_BODY = 1024 * 1024;
const MAX_TITLE = 200;

const safeId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "-" or "_"');
const params = z.object({ id: safeId });
const source = z.string().refine((s) => s.trim().length > 0, 'must not be empty');

const createBody = z
  .object({
    title: visibleText(MAX_TITLE, { empty: true }).optional(),
    text: source.optional(),
    html: source.optional(),
    url: z.string().trim().min(1, 'must not be empty').max(2048).optional(),
  })
  .refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, 'give exactly one source: "text", "html" or "url"');

const choiceInput = z.union([z.object({ id: safeId }), z.object({ name: personName(100) })]);
const questionEdit = z
  .object({
    id: safeId.optional(),
    quote: wordedText(2000),
    speakerId: safeId.optional(),
    speaker: visibleText(100, { empty: true }).refine((s) => s === '' || /\p{L}/u.test(s), 'must contain a letter').optional(),
    choices: z.array(choiceInput).min(1).max(4).optional(),
    explanation: visibleText(1000).optional(),
    explanationBy: z.enum(['article', 'editor']).optional(),
    selected: z.boolean().optional(),
  })
  .refine((q) => q.speakerId !== undefined || (q.speaker ?? '').trim() !== '', { message: 'the speaker must not be empty', path: ['speaker'] });
const personEdit = z
  .object({
    id: safeId.optional(),
    name: personName(100).optional(),
    role: z.union([visibleText(120, { empty: true }), z.null()]).optional(),
    mergeInto: safeId.optional(),
  })
  .strict()
  .refine((p) => p.id !== undefined || p.name !== undefined, { message: 'a new person needs a name', path: ['name'] })
  .refine((p) => p.mergeInto === undefined || (p.id !== undefined && p.name === undefined && p.role === undefined), {
    message: 'a merge names only the person ("id") and whom they are merged into ("mergeInto")',
    path: ['mergeInto'],
  });
const editBody = z.object({
  title: wordedText(MAX_TITLE),
  questions: z.array(questionEdit).max(100),
  /** The version the edit was made on (or If-Match). */
  version: z.number().int().min(0).optional(),
  people: z.array(personEdit).max(200).optional(),
});

/** The request schemas, for the start-up warm-up (worker/warm-editor.ts). */
export const editorSchemas = { createBody, editBody };

const tooLarge = (what: string, max: number) => () => {
  throw new ApiError(413, 'payload_too_large', `${what} is at most ${Math.round(max / 1024)} KB.`);
};
/** The editor's quiz, or a 404 naming the id. */
async function existingQuiz(kv: KVNamespace, id: string): Promise<StoredQuiz> {
  const quiz = await loadQuiz(kv, id);
  if (!quiz) throw new ApiError(404, 'quiz_not_found', `No quiz "${id}".`);
  return quiz;
}

/** The version a request was made on: If-Match ("3", W/"3"), else `fallback`. */
function ifMatch(header: string | undefined): number | undefined {
  const m = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header ?? '');
  return m ? Number(m[1]) : undefined;
}

/**
 * Writes through the quiz's single writer (worker/quiz-writes.ts): only if it is still at
 * `expected` (null: a new quiz). A stale version is 409, saying which version is current.
 */
async function commit(env: EditorEnv, id: string, expected: number | null, next: StoredQuiz | null): Promise<StoredQuiz | null> {
  const result = await env.QUIZ_WRITES.getByName(id).commit(id, expected, next);
  if (result.ok) return result.quiz;
  if (result.current === null) throw new ApiError(404, 'quiz_not_found', `No quiz "${id}".`);
  throw new ApiError(409, 'version_conflict', `This quiz has changed since version ${expected} (it is at version ${result.current} now): load it again and redo the change.`);
}

/** Publishing and unpublishing differ only in the status they store. */
async function saveStatus(env: EditorEnv, quiz: StoredQuiz, status: StoredQuiz['status'], expected: number): Promise<StoredQuiz> {
  const at = new Date().toISOString();
  const changed: StoredQuiz = { ...quiz, status, updatedAt: at };
  // Remembered for good: from then on an edit keeps what readers' statistics need (worker/quiz-edit.ts).
  if (status === 'published' && !changed.publishedAt) changed.publishedAt = at;
  return (await commit(env, quiz.id, expected, changed))!;
}
const bytes = (s: string) => new TextEncoder().encode(s).byteLength;

/** 10 characters of an unambiguous 32-letter alphabet (50 random bits), URL-safe. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
async function newQuizId(kv: KVNamespace): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => ALPHABET[b % 32]).join('');
    if (!(await quizIdTaken(kv, id))) return id;
  }
  throw new ApiError(503, 'id_exhausted', 'Could not find a free quiz id; try again.');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSnippets(origin: string, quiz: StoredQuiz): EmbedSnippets {
  const url = `${origin}/embed/${quiz.id}`;
  const title = attr(`Who Said It? ${quiz.title}`);
  // Sized for the first question readers get, so a page without script needs no scrolling to answer it.
  const first = toPublicQuiz(quiz);
  const height = snippetHeight(first);
  return {
    url,
    script: `<script src="${origin}/embed.js" data-quiz="${quiz.id}" async></script>`,
    iframe: `<iframe src="${url}" title="${title}" width="100%" height="${height.attribute}" style="border:0;width:100%;max-width:${FRAME_MAX_WIDTH}px;height:${height.css}" loading="lazy"></iframe>`,
    // AMP pages are read on phones: sized for a 360 px column; the frame asks AMP for more as it grows.
    amp:
      `<amp-iframe src="${url}?${AMP_PARAM}=1" title="${title}" layout="fixed-height" height="${declaredFrameHeight(first, 360)}" ` +
      `sandbox="allow-scripts allow-same-origin" resizable frameborder="0">` +
      `<div overflow tabindex="0" role="button" aria-label="Show the whole quiz">Show the whole quiz</div>` +
      `<div placeholder>Loading the quiz…</div></amp-iframe>`,
  };
}

export function toEditorQuiz(quiz: StoredQuiz, origin: string): EditorQuiz {
  return {
    id: quiz.id,
    title: quiz.title,
    status: quiz.status,
    createdAt: quiz.createdAt,
    updatedAt: quiz.updatedAt,
    ...(quiz.sourceUrl ? { sourceUrl: quiz.sourceUrl } : {}),
    articleText: quiz.articleText,
    people: quiz.people,
    questions: quiz.questions.map((q) => ({ ...q, lowConfidence: q.confidence < PUBLISH_CONFIDENCE })),
    threshold: PUBLISH_CONFIDENCE,
    embed: embedSnippets(origin, quiz),
    version: quiz.version ?? 0,
  };
}

const origin = (url: string) => new URL(url).origin;

export const editor = new Hono<{ Bindings: EditorEnv }>()
  .use('*', async (c, next) => {
    await next();
    // Editor data is private to the editor: never cached anywhere.
    c.header('Cache-Control', 'no-store');
  })
  .get('/', async (c) => {
    const body: EditorQuizList = { quizzes: await listQuizzes(c.env.QUIZ_KV) };
    return c.json(body);
  })
  .post('/', bodyLimit({ maxSize: MAX_CREATE_BODY, onError: tooLarge('A new quiz request', MAX_CREATE_BODY) }), validate('json', createBody), async (c) => {
    const body = c.req.valid('json');
    let input: ArticleInput;
    let sourceUrl: string | undefined;
    if (body.url !== undefined) {
      // Local addresses the deployment lets through (IMPORT_ALLOW, passed on by the readers' Worker).
      const allow = (c.req.header('x-wsi-import-allow') ?? '').split(/\s+/).filter(Boolean);
      const article = await importArticle(body.url, { allow });
      if (bytes(article.text) > MAX_TEXT_BYTES) throw new ApiError(413, 'payload_too_large', `That article's text is over ${MAX_TEXT_BYTES / 1024} KB.`);
      input = article.title ? { text: article.text, title: article.title } : { text: article.text };
      sourceUrl = article.url;
    } else if (body.html !== undefined) {
      if (bytes(body.html) > MAX_HTML_BYTES) tooLarge('Article HTML', MAX_HTML_BYTES)();
      // Its text is held to the limit pasted text has: 2 MB of markup can hold far more than 200 KB of words.
      const page = htmlToText(body.html);
      if (bytes(page.text) > MAX_TEXT_BYTES) throw new ApiError(413, 'payload_too_large', `That HTML's article text is over ${MAX_TEXT_BYTES / 1024} KB.`);
      input = page.title ? { text: page.text, title: page.title } : { text: page.text };
    } else {
      const text = body.text ?? '';
      if (bytes(text) > MAX_TEXT_BYTES) tooLarge('Article text', MAX_TEXT_BYTES)();
      input = { text };
    }
    let draft: ReturnType<typeof buildQuiz>;
    try {
      // Invisible controls in a page are dropped, not refused: they would reach readers in quotations and names.
      draft = buildQuiz({ text: withoutHiddenControls(input.text), ...(input.title ? { title: withoutHiddenControls(input.title) } : {}) });
    } catch (err) {
      if (!(err instanceof ArticleTooComplex)) throw err;
      throw new ApiError(422, 'article_too_complex', `This text has ${err.count} ${err.what}; a quiz is made from a news article, which has far fewer than ${err.limit}.`);
    }
    if (!draft.questions.length) {
      throw new ApiError(422, 'no_quotations', 'Nothing to ask: no quotations found in this article (a quiz needs direct quotations attributed to named people).');
    }
    const quiz = quizFromDraft(await newQuizId(c.env.QUIZ_KV), draft, { status: 'draft', ...(body.title?.trim() ? { title: body.title } : {}), ...(sourceUrl ? { sourceUrl } : {}) });
    quiz.title = withoutHiddenControls(quiz.title).replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE) || 'Untitled quiz';
    const written = (await commit(c.env, quiz.id, null, quiz))!;
    c.header('Location', `/api/editor/quizzes/${quiz.id}`);
    c.header('ETag', `"${written.version}"`);
    return c.json(toEditorQuiz(written, origin(c.req.url)), 201);
  })
  .get('/:id', validate('param', params), async (c) => {
    const { id } = c.req.valid('param');
    const quiz = await existingQuiz(c.env.QUIZ_KV, id);
    c.header('ETag', `"${quiz.version ?? 0}"`);
    return c.json(toEditorQuiz(quiz, origin(c.req.url)));
  })
  // An edit must say which version it was made on (If-Match, or "version" in the body).
  .put('/:id', bodyLimit({ maxSize: MAX_EDIT_BODY, onError: tooLarge('An edit', MAX_EDIT_BODY) }), validate('param', params), validate('json', editBody), async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const quiz = await existingQuiz(c.env.QUIZ_KV, id);
    const expected = ifMatch(c.req.header('if-match')) ?? body.version;
    if (expected === undefined) {
      throw new ApiError(428, 'version_required', 'Say which version of the quiz this edit was made on: send If-Match with its ETag, or "version".');
    }
    const edited = (await commit(c.env, id, expected, applyEdit(quiz, body)))!;
    c.header('ETag', `"${edited.version}"`);
    return c.json(toEditorQuiz(edited, origin(c.req.url)));
  })
  // Publishing, unpublishing and deleting may name a version too; without one, the version read is the one written on.
  .post('/:id/publish', validate('param', params), async (c) => {
    const { id } = c.req.valid('param');
    const quiz = await existingQuiz(c.env.QUIZ_KV, id);
    assertPublishable(quiz);
    const written = await saveStatus(c.env, quiz, 'published', ifMatch(c.req.header('if-match')) ?? quiz.version ?? 0);
    c.header('ETag', `"${written.version}"`);
    return c.json(toEditorQuiz(written, origin(c.req.url)));
  })
  .post('/:id/unpublish', validate('param', params), async (c) => {
    const { id } = c.req.valid('param');
    const quiz = await existingQuiz(c.env.QUIZ_KV, id);
    const written = await saveStatus(c.env, quiz, 'draft', ifMatch(c.req.header('if-match')) ?? quiz.version ?? 0);
    c.header('ETag', `"${written.version}"`);
    return c.json(toEditorQuiz(written, origin(c.req.url)));
  })
  .delete('/:id', validate('param', params), async (c) => {
    const { id } = c.req.valid('param');
    const quiz = await existingQuiz(c.env.QUIZ_KV, id);
    // The readers' Worker, which passed this request on, deletes the quiz's statistics once it is gone.
    await commit(c.env, id, ifMatch(c.req.header('if-match')) ?? quiz.version ?? 0, null);
    return c.body(null, 204);
  });
