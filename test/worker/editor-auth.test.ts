import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { BRIDGE_ARTICLE, createQuiz, expectError, snapshotQuizzes, TOKEN } from './editor-helpers';

const routes: Array<[string, string, unknown?]> = [
  ['GET', '/api/editor/quizzes'],
  ['POST', '/api/editor/quizzes', { text: BRIDGE_ARTICLE }],
  ['GET', '/api/editor/quizzes/QUIZ'],
  ['PUT', '/api/editor/quizzes/QUIZ', { title: 'Hijacked', questions: [] }],
  ['POST', '/api/editor/quizzes/QUIZ/publish'],
  ['POST', '/api/editor/quizzes/QUIZ/unpublish'],
  ['DELETE', '/api/editor/quizzes/QUIZ'],
];

function request(method: string, path: string, body: unknown, authorization?: string): Request {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  return new Request(`http://quiz.test${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

const badHeaders: Array<[string, string | undefined]> = [
  ['no Authorization header', undefined],
  ['a wrong token', 'Bearer not-the-token'],
  ['a token that is a prefix of the right one', `Bearer ${TOKEN.slice(0, -1)}`],
  ['the token without "Bearer"', TOKEN],
  ['Basic auth', `Basic ${btoa(`editor:${TOKEN}`)}`],
  ['"Bearer" with no token', 'Bearer '],
  ['two tokens', `Bearer ${TOKEN} ${TOKEN}`],
];

describe('editor API auth', () => {
  for (const [label, authorization] of badHeaders) {
    it(`refuses ${label} on every editor route, and changes nothing`, async () => {
      const quiz = await createQuiz();
      const before = await snapshotQuizzes();
      for (const [method, path, body] of routes) {
        const res = await SELF.fetch(request(method, path.replace('QUIZ', quiz.id), body, authorization));
        expect(res.headers.get('www-authenticate'), `${method} ${path}`).toBe('Bearer');
        await expectError(res, 401, 'unauthorized');
      }
      expect(await snapshotQuizzes()).toEqual(before);
    });
  }

  it('accepts the right token, with any case of "bearer"', async () => {
    const res = await SELF.fetch(request('GET', '/api/editor/quizzes', undefined, `bearer ${TOKEN}`));
    expect(res.status).toBe(200);
  });

  it('fails closed: a deployment without EDITOR_TOKEN refuses every editor request', async () => {
    const quiz = await createQuiz();
    const before = await snapshotQuizzes();
    const noSecret = { ...env, EDITOR_TOKEN: undefined } as unknown as Env;
    for (const authorization of [undefined, `Bearer ${TOKEN}`, 'Bearer undefined', 'Bearer ']) {
      for (const [method, path, body] of routes) {
        const ctx = createExecutionContext();
        const res = await worker.fetch(request(method, path.replace('QUIZ', quiz.id), body, authorization), noSecret, ctx);
        await waitOnExecutionContext(ctx);
        await expectError(res, 503, 'editor_disabled');
      }
    }
    // An empty secret is no secret either.
    const ctx = createExecutionContext();
    const res = await worker.fetch(request('GET', '/api/editor/quizzes', undefined, 'Bearer '), { ...env, EDITOR_TOKEN: '' } as Env, ctx);
    await expectError(res, 503, 'editor_disabled');
    expect(await snapshotQuizzes()).toEqual(before);
  });
});

describe('GET /editor (the dashboard shell)', () => {
  it('is the same data-free shell for everyone: no quiz, title or count in it', async () => {
    const quiz = await createQuiz({ text: BRIDGE_ARTICLE, title: 'Secret draft title' });
    const res = await SELF.fetch('http://quiz.test/editor');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-robots-tag')).toContain('noindex');
    const html = await res.text();
    expect(html).toMatch(/<script type="module" src="\/assets\/editor\.[\w-]+\.js"><\/script>/);
    for (const secret of [quiz.id, 'Secret draft title', 'Okafor', TOKEN]) expect(html).not.toContain(secret);
    const again = await SELF.fetch('http://quiz.test/editor', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await again.text()).toBe(html);
  });
});
