import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { storeFixtureQuiz } from './fixtures';

async function framePage(path: string, allowedOrigins: string): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`http://quiz.test${path}`), { ...env, ALLOWED_ORIGINS: allowedOrigins } as Env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('GET /embed/:id (the quiz frame)', () => {
  it('renders the first question on the server, with the quiz data and no inline script', async () => {
    await storeFixtureQuiz('frame-ssr');
    const res = await framePage('/embed/frame-ssr', '*');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('The engine weaves algebraic patterns');
    expect(html).toContain('type="application/json"');
    expect(html).not.toMatch(/<script(?![^>]*(src=|type="application\/json"))[^>]*>/);
    expect(html).toContain('application/json+oembed');
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
  });

  it('lets only the configured publisher origins frame the quiz', async () => {
    await storeFixtureQuiz('frame-origins');
    const res = await framePage('/embed/frame-origins?host=https%3A%2F%2Fevil.example', 'https://news.example https://www.news.example');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self' https://news.example https://www.news.example");
    expect(csp).not.toContain('unsafe-inline');
    // A host origin that is not allowed is not trusted as the postMessage target.
    expect(await res.text()).not.toContain('evil.example');
  });

  it('answers an unknown quiz with a 404 page', async () => {
    const res = await framePage('/embed/no-such-quiz', '*');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This quiz is not available.');
  });
});
