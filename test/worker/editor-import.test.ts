// URL import against a real local web server (test/browser/article-server.ts,
// started by the workerd project's globalSetup): the Worker fetches it for real.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import { extractArticle, importArticle } from '../../worker/article-import';
import type { EditorQuiz } from '../../worker/editor-contract';
import type { ApiErrorBody } from '../../worker/contract';
import { keysWithPrefix } from './fixtures';

declare module 'vitest' {
  export interface ProvidedContext {
    articleServer: string;
  }
}

const site = () => inject('articleServer');
const TOKEN = 'test-editor-token';

function create(body: unknown): Promise<Response> {
  return SELF.fetch('http://quiz.test/api/editor/quizzes', {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function expectError(res: Response, status: number, code: string): Promise<string> {
  const body = (await res.json()) as ApiErrorBody;
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  return body.error.message;
}

/** The tests' pages are on 127.0.0.1, which a deployment never fetches: let them through here. */
const local = { allow: ['127.0.0.1:*'] };

describe('importArticle (HTMLRewriter)', () => {
  it('keeps the headline and the article paragraphs, drops navigation, ads, captions and scripts', async () => {
    const article = await importArticle(`${site()}/news/bridge.html`, local);
    expect(article.title).toBe('City council approves new harbour bridge');
    expect(article.text).toContain('The city council voted on Tuesday');
    expect(article.text).toContain('"We are spending money we simply do not have on a vanity project," Okafor said');
    expect(article.text).toContain('“We promised the people a bridge, and we are going to deliver it on time,” she said.');
    expect(article.text.split('\n\n')).toHaveLength(5);
    for (const furniture of ['Home', 'Sports', 'Subscribe', 'Advertisement', 'Photo:', 'trackPageView', 'Related:', '©', 'By A. Reporter']) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('follows a redirect and reports the final URL', async () => {
    const article = await importArticle(`${site()}/go/bridge`, local);
    expect(article.url).toBe(`${site()}/news/bridge.html`);
  });

  it('falls back to all paragraphs and og:title/title when the page has no <article>', async () => {
    const html = '<html><head><title>Doc title</title></head><body><div><p>One &amp; two.</p><p class="promo-box">Buy</p><p>Three<br>four.</p></div></body></html>';
    expect(await extractArticle(html)).toEqual({ title: 'Doc title', text: 'One & two.\n\nThree four.' });
  });

  it('times out a page that never finishes', async () => {
    await expect(importArticle(`${site()}/news/slow.html`, { ...local, timeoutMs: 300 })).rejects.toMatchObject({ status: 422, code: 'url_timeout' });
  });
});

describe('importArticle refuses what is not a public web page, in every spelling, before fetching', () => {
  const port = () => new URL(site()).port;
  const spellings = (): string[] => [
    `http://127.0.0.1:${port()}/news/bridge.html`,
    `http://0x7f000001:${port()}/news/bridge.html`,
    `http://2130706433:${port()}/news/bridge.html`,
    `http://0177.0.0.1:${port()}/news/bridge.html`,
    `http://127.1:${port()}/news/bridge.html`,
    `http://[::ffff:127.0.0.1]:${port()}/news/bridge.html`,
    `http://localhost:${port()}/news/bridge.html`,
    `http://0.0.0.0:${port()}/news/bridge.html`,
    'http://127.0.0.1/news/bridge.html',
    'http://[::1]/',
    'http://169.254.169.254/latest/meta-data/',
  ];
  it('refuses each spelling of a local address', async () => {
    for (const url of spellings()) await expect(importArticle(url), url).rejects.toMatchObject({ status: 422, code: 'url_refused' });
  });
  it('refuses a public page that redirects to one', async () => {
    const to = `http://[::ffff:7f00:1]:${port()}/news/bridge.html`;
    await expect(importArticle(`${site()}/go/elsewhere?to=${encodeURIComponent(to)}`, { allow: [new URL(site()).host] })).rejects.toMatchObject({ status: 422, code: 'url_refused' });
  });
});

describe('POST /api/editor/quizzes with a url', () => {
  it('imports the article and makes a draft from it', async () => {
    const res = await create({ url: `${site()}/news/bridge.html` });
    expect(res.status).toBe(201);
    const quiz = (await res.json()) as EditorQuiz;
    expect(quiz.status).toBe('draft');
    expect(quiz.title).toBe('City council approves new harbour bridge');
    expect(quiz.sourceUrl).toBe(`${site()}/news/bridge.html`);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
    expect(quiz.articleText).not.toContain('Advertisement');
    expect(await env.QUIZ_KV.get(`quiz:${quiz.id}`)).not.toBeNull();
  });

  const bad: Array<[string, () => string, number, string]> = [
    ['a URL that is not http(s)', () => 'ftp://example.com/article', 400, 'invalid_url'],
    ['something that is not a URL', () => 'not a url', 400, 'invalid_url'],
    ['a URL with credentials', () => `http://user:pass@127.0.0.1/`, 400, 'invalid_url'],
    ['a page that is not found', () => `${site()}/news/missing.html`, 422, 'url_fetch_failed'],
    ['a host that cannot be reached', () => 'http://127.0.0.1:1/article', 422, 'url_unreachable'],
    ['a file that is not HTML', () => `${site()}/files/report.pdf`, 422, 'url_not_html'],
    ['a page over the size cap (streamed)', () => `${site()}/news/huge.html`, 422, 'url_too_large'],
    ['a page that declares a huge size', () => `${site()}/news/declared-huge.html`, 422, 'url_too_large'],
    ['a redirect loop', () => `${site()}/go/loop`, 422, 'too_many_redirects'],
    ['a redirect to another scheme', () => `${site()}/go/ftp`, 422, 'url_refused'],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/', 422, 'url_refused'],
    ['a private address', () => 'http://10.0.0.7/article', 422, 'url_refused'],
    ['a non-standard port of a public site', () => 'https://news.example.com:8443/article', 422, 'url_refused'],
    ['a redirect to the cloud metadata address', () => `${site()}/go/elsewhere?to=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`, 422, 'url_refused'],
    ['a redirect to localhost', () => `${site()}/go/elsewhere?to=${encodeURIComponent(`http://localhost:${new URL(site()).port}/news/bridge.html`)}`, 422, 'url_refused'],
    ['a redirect to IPv6 loopback', () => `${site()}/go/elsewhere?to=${encodeURIComponent(`http://[::1]:${new URL(site()).port}/news/bridge.html`)}`, 422, 'url_refused'],
    ['a redirect to 0.0.0.0', () => `${site()}/go/elsewhere?to=${encodeURIComponent(`http://0.0.0.0:${new URL(site()).port}/news/bridge.html`)}`, 422, 'url_refused'],
    ['an article with no quotations', () => `${site()}/news/weather.html`, 422, 'no_quotations'],
  ];
  it.each(bad)('refuses %s and stores nothing', async (_name, url, status, code) => {
    const before = await keysWithPrefix('quiz:');
    const message = await expectError(await create({ url: url() }), status, code);
    expect(message.length).toBeGreaterThan(10);
    // One sentence (issue 16): one full stop at its end, none doubled, nothing of the runtime's own error text.
    expect(message).toMatch(/[^.]\.$/);
    expect(message).not.toMatch(/\.\.|\. [A-Z]|Network connection lost/);
    // A refused target's answer is never echoed (issue 15).
    if (code === 'url_refused') expect(message).not.toMatch(/HTTP \d|content type/);
    expect(await keysWithPrefix('quiz:')).toEqual(before);
  });

  it('says what went wrong in the editor’s terms: refused, timed out, not HTML, too large', async () => {
    expect(await expectError(await create({ url: 'http://127.0.0.1:1/article' }), 422, 'url_unreachable')).toBe(
      "127.0.0.1:1 refused the connection or could not be reached; check the address, or paste the article's text instead.",
    );
    await expect(importArticle(`${site()}/news/slow.html`, { ...local, timeoutMs: 300 })).rejects.toMatchObject({ message: `${new URL(site()).host} did not send the page within 0.3 seconds; try again later, or paste the article's text instead.` });
    expect(await expectError(await create({ url: `${site()}/files/report.pdf` }), 422, 'url_not_html')).toBe("That address is not a web page (it is application/pdf); paste the article's text instead.");
    expect(await expectError(await create({ url: `${site()}/news/huge.html` }), 422, 'url_too_large')).toBe("That page is larger than 2 MB, too large to import; paste the article's text instead.");
    expect(await expectError(await create({ url: `${site()}/news/missing.html` }), 422, 'url_fetch_failed')).toBe(`${new URL(site()).host} has no page at that address (HTTP 404); check the link.`);
  });
});
