// Previews: the real quiz frame for a quiz as saved, draft or not, before readers see it.
// The editors' API hands out a short-lived signed link (worker/preview-link.ts); the frame
// it opens answers from the stored quiz itself and counts nothing: a preview never reaches
// the quiz's statistics object (which refuses unpublished quizzes anyway).
import { renderFrameNotFound, renderFramePage } from '#ssr';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serializeBootData } from '../../widget/boot-data';
import { answerResult, checkAnswer } from '../answer-check';
import type { PreviewLink } from '../editor-contract';
import { ApiError } from '../errors';
import { assets } from '../generated/assets';
import { previewAllowed, signPreview } from '../preview-link';
import { toPublicQuiz } from '../quiz-model';
import { answerBody, jsonBody, quizParam } from '../reader-validation';
import { loadQuiz } from '../storage/quizzes';
import { csp, html } from './pages';

const NOTICE = 'Preview: answers are not counted, and readers cannot see this page.';

/** POST /api/editor/quizzes/:id/preview (behind requireEditor): a link to the preview. */
export const previewLinks = new Hono<{ Bindings: Env }>().post('/:id/preview', quizParam, async (c) => {
  const { id } = c.req.valid('param');
  if (!(await loadQuiz(c.env.QUIZ_KV, id))) throw new ApiError(404, 'quiz_not_found', `No quiz "${id}".`);
  const { token, expiresAt } = await signPreview(c.env.EDITOR_TOKEN, id);
  const body: PreviewLink = { url: `${new URL(c.req.url).origin}/preview/${id}?t=${token}`, expiresAt: expiresAt.toISOString() };
  c.header('Cache-Control', 'no-store');
  return c.json(body);
});

async function checked(env: Env, id: string, token: string | undefined) {
  if (!(await previewAllowed(env.EDITOR_TOKEN, id, token))) return null;
  return loadQuiz(env.QUIZ_KV, id);
}

/** GET /preview/:id?t=… (the frame) and POST /api/preview/:id/answers?t=… (its answers). */
export const previews = new Hono<{ Bindings: Env }>()
  .get('/preview/:id', quizParam, async (c) => {
    const { id } = c.req.valid('param');
    const token = c.req.query('t');
    const quiz = await checked(c.env, id, token);
    const publicQuiz = quiz ? toPublicQuiz(quiz) : null;
    const doc = { theme: 'auto' as const, accentStyle: null, cssHref: assets.frameCss, scriptHref: assets.frameJs };
    // Only the editors' dashboard (this origin) frames a preview; the link must not leak through a Referer.
    const headers = { 'Content-Security-Policy': csp("'self'"), 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex, nofollow' };
    if (!quiz || !publicQuiz?.questions.length) {
      const page = renderFrameNotFound({
        ...doc,
        title: 'Preview — Who Said It?',
        bootJson: serializeBootData({ quizId: id, quiz: null, host: null }),
        message: quiz
          ? { title: 'Nothing to preview yet.', text: 'Include at least one question, save, and preview again.' }
          : { title: 'This preview link has expired.', text: 'Open a new preview from the editors’ dashboard.' },
      });
      return html(c, page, quiz ? 404 : 403, headers);
    }
    const page = renderFramePage({
      ...doc,
      title: `Preview: ${quiz.title}`,
      quiz: publicQuiz,
      notice: NOTICE,
      bootJson: serializeBootData({ quizId: id, quiz: publicQuiz, host: null, preview: token! }),
    });
    return html(c, page, 200, headers);
  })
  .post('/api/preview/:id/answers', bodyLimit({ maxSize: 2048, onError: () => { throw new ApiError(413, 'payload_too_large', 'This body is at most 2048 bytes.'); } }), quizParam, jsonBody(answerBody), async (c) => {
    const { id } = c.req.valid('param');
    const quiz = await checked(c.env, id, c.req.query('t'));
    if (!quiz) throw new ApiError(403, 'preview_expired', 'This preview link has expired: open a new preview from the editors’ dashboard.');
    const { question, choice } = c.req.valid('json');
    const verdict = checkAnswer(quiz, question, choice);
    if (!('ok' in verdict)) throw new ApiError(verdict.status, verdict.code, verdict.message);
    c.header('Cache-Control', 'no-store');
    return c.json(answerResult(verdict.asked, verdict.ok));
  });
