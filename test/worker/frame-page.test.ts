import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import type { PublicQuiz } from '../../worker/contract';
import { declaredFrameHeight } from '../../widget/frame-size';
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

  it('lets no other site frame the quiz when no origins are configured (the deploy default)', async () => {
    await storeFixtureQuiz('frame-closed');
    const csp = (await framePage('/embed/frame-closed', '')).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'self'(;|$)/);
  });

  it('answers an unknown quiz with a 404 page', async () => {
    const res = await framePage('/embed/no-such-quiz', '*');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This quiz is not available.');
  });
});

describe('frame URLs and discovery (issue 11)', () => {
  it('serves the frame at /embed/:id/ too (a trailing slash is how some CMSs normalise URLs)', async () => {
    await storeFixtureQuiz('frame-slash');
    const res = await framePage('/embed/frame-slash/', '*');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('The engine weaves algebraic patterns');
  });

  it('gives the "not available" page the frame script and its id, so hosts can shrink it', async () => {
    const html = await (await framePage('/embed/no-such-quiz?host=https%3A%2F%2Fnews.example', '*')).text();
    expect(html).toMatch(/<script defer src="\/assets\/frame\.[A-Z0-9]+\.js"><\/script>/);
    const boot = JSON.parse(/<script type="application\/json" id="wsi-data">([^<]*)<\/script>/.exec(html)![1]!) as unknown;
    expect(boot).toEqual({ quizId: 'no-such-quiz', quiz: null, host: 'https://news.example' });
  });

  it('advertises the demo quiz by oEmbed discovery on the demo page', async () => {
    const html = await (await framePage('/', '*')).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBe('http://quiz.test/oembed?url=http%3A%2F%2Fquiz.test%2Fembed%2Fdemo&amp;format=json');
    // WordPress asks with the pasted address in `url`, not the link's own: the demo page stands for its quiz.
    const res = await framePage(`/oembed?url=${encodeURIComponent('http://quiz.test/')}&format=json&maxwidth=500`, '*');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { html: string }).html).toContain('<iframe src="http://quiz.test/embed/demo"');
  });
});

describe('GET /oembed (issue 11)', () => {
  async function oembed(query: string): Promise<{ status: number; body: { html: string; width: number; height: number } }> {
    const res = await framePage(`/oembed?${query}`, '*');
    return { status: res.status, body: (await res.json()) as { html: string; width: number; height: number } };
  }

  it('keeps a valid theme and accent from the quiz URL in the frame and link, and drops anything else', async () => {
    await storeFixtureQuiz('oembed-look');
    const url = encodeURIComponent('http://quiz.test/embed/oembed-look?theme=dark&accent=C2410C&x=%22%3E%3Cscript%3E');
    const { status, body } = await oembed(`url=${url}&format=json`);
    expect(status).toBe(200);
    const src = 'http://quiz.test/embed/oembed-look?theme=dark&#38;accent=%23c2410c';
    expect(body.html).toContain(`<a href="${src}">`);
    expect(body.html).toContain(`<iframe src="${src}"`);
    expect(body.html).not.toMatch(/<script|x=/);
    const bad = await oembed(`url=${encodeURIComponent('http://quiz.test/embed/oembed-look?theme=neon&accent=red')}`);
    expect(bad.body.html).toContain('<iframe src="http://quiz.test/embed/oembed-look"');
  });

  it('declares a height for the width asked for, capped by maxheight', async () => {
    await storeFixtureQuiz('oembed-size');
    const at = async (q: string) => (await oembed(`url=${encodeURIComponent('http://quiz.test/embed/oembed-size/')}&${q}`)).body;
    const quiz = (await (await framePage('/api/quizzes/oembed-size', '*')).json()) as PublicQuiz;
    for (const width of [320, 500, 640]) {
      const body = await at(`maxwidth=${width}`);
      expect(body.width).toBe(width);
      expect(body.height).toBe(declaredFrameHeight(quiz, width));
      expect(body.html).toContain(`height="${body.height}"`);
    }
    expect((await at('maxwidth=320&maxheight=300')).height).toBe(300);
    expect((await at('maxwidth=5000')).width).toBe(640);
  });
});
