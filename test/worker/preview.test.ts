// Issue 16: a draft's preview. The editors' API hands out a short-lived signed link; the
// readers' Worker serves the real frame for it and answers its questions without counting
// anything; a wrong, tampered, expired or other quiz's token gets nothing.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { PreviewLink } from '../../worker/editor-contract';
import { PREVIEW_TTL_S, previewAllowed, signPreview } from '../../worker/preview-link';
import { api, createQuiz, expectError } from './editor-helpers';
import { getStats } from './stats-helpers';

const answer = (path: string, body: unknown) => SELF.fetch(`http://quiz.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('previews', () => {
  it('gives an editor a link to the draft’s real frame, whose answers are checked and counted nowhere', async () => {
    const quiz = await createQuiz();
    expect((await SELF.fetch(`http://quiz.test/embed/${quiz.id}`)).status).toBe(404);
    const res = await api('POST', `/${quiz.id}/preview`);
    expect(res.status).toBe(200);
    const link = (await res.json()) as PreviewLink;
    expect(link.url).toMatch(new RegExp(`^http://quiz\\.test/preview/${quiz.id}\\?t=\\d{10}\\.[A-Za-z0-9_-]{43}$`));
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan((PREVIEW_TTL_S - 60) * 1000);

    const page = await SELF.fetch(link.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    const html = await page.text();
    expect(html).toContain('Preview: answers are not counted');
    expect(html).toContain('class="wsi__quote"');

    const t = new URL(link.url).searchParams.get('t')!;
    const q = quiz.questions.find((x) => x.selected)!;
    const res2 = await answer(`/api/preview/${quiz.id}/answers?t=${t}`, { session: 'preview-session-1', question: q.id, choice: q.answer });
    expect(await res2.json()).toMatchObject({ correct: true, answer: q.answer });
    // Counted nowhere: the statistics object never heard of it, and the public API still refuses the draft.
    const stats = await getStats(quiz.id);
    expect({ starts: stats.starts, answers: stats.answers }).toEqual({ starts: 0, answers: 0 });
    await expectError(await answer(`/api/quizzes/${quiz.id}/answers`, { session: 'preview-session-1', question: q.id, choice: q.answer }), 404, 'quiz_not_found');
  });

  it('refuses a missing, tampered, expired or other quiz’s token, and a request without the editor token', async () => {
    const quiz = await createQuiz();
    const other = await createQuiz();
    const { token } = await signPreview(env.EDITOR_TOKEN, quiz.id);
    // (one character inside the signature: its last base64url character carries padding bits, and a change there
    // can decode to the same bytes, which made this test fail about once in a few hundred runs)
    const at = token.length - 5;
    const tampered = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
    const expired = (await signPreview(env.EDITOR_TOKEN, quiz.id, Date.now() - (PREVIEW_TTL_S + 5) * 1000)).token;
    for (const bad of ['', 'nonsense', tampered, expired]) {
      expect((await SELF.fetch(`http://quiz.test/preview/${quiz.id}?t=${bad}`)).status).toBe(403);
    }
    expect((await SELF.fetch(`http://quiz.test/preview/${other.id}?t=${token}`)).status).toBe(403);
    expect(await previewAllowed('another-editor-token', quiz.id, token)).toBe(false);
    const q = quiz.questions[0]!;
    await expectError(await answer(`/api/preview/${quiz.id}/answers?t=${expired}`, { session: 'preview-session-2', question: q.id, choice: q.answer }), 403, 'preview_expired');
    const anon = await SELF.fetch(`http://quiz.test/api/editor/quizzes/${quiz.id}/preview`, { method: 'POST' });
    expect(anon.status).toBe(401);
    await expectError(await api('POST', '/nosuchquiz/preview'), 404, 'quiz_not_found');
  });
});
