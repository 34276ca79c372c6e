// Issue 6: the quiz embedded on another origin's page (by script and by plain
// iframe), sizing, themes, a hostile host stylesheet, WordPress's resize
// message, oEmbed, CSP, and axe-core in light and dark.
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answerWith, axeViolations, launchBrowser, questionHeading, quizFrame, quoteText, SCREENSHOTS, speakerOf } from './helpers';
import { startHostServer, type HostServer } from './host-server';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: HostServer;

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer(baseUrl);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; frame: Frame; cspErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, ...options });
  const page = await context.newPage();
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(host.origin + path);
  return { page, frame: await quizFrame(page), cspErrors };
}

/** The iframe's height on the host page, and the frame document's own height. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { iframe, content };
}

describe('embedding on another origin', () => {
  it('embed.js inserts a titled, borderless, full-width iframe that resizes with its content', async () => {
    const { page, frame, cspErrors } = await open('/script.html');
    const iframe = page.locator('iframe');
    expect(await iframe.getAttribute('title')).toMatch(/Who said it/i);
    const src = new URL((await iframe.getAttribute('src'))!);
    expect(src.origin).toBe(baseUrl);
    expect(src.pathname).toBe('/embed/demo');
    expect(src.searchParams.get('host')).toBe(host.origin);
    const style = await iframe.evaluate((el) => ({ width: el.style.width, border: getComputedStyle(el).borderTopWidth }));
    expect(style).toEqual({ width: '100%', border: '0px' });
    // The script tag stays; the iframe comes right after it, before the following text.
    expect(await page.evaluate(() => document.querySelector('iframe')?.nextElementSibling?.id)).toBe('after');

    await expect.poll(async () => { const h = await heights(page, frame); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
    const before = await heights(page, frame);
    await answerWith(frame, speakerOf(await quoteText(frame)));
    // Feedback makes the content taller; the host follows.
    await expect.poll(async () => (await heights(page, frame)).iframe).toBeGreaterThan(before.iframe);
    await expect.poll(async () => { const h = await heights(page, frame); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
    // A narrower host column re-wraps the text: the host follows the new height.
    const wide = await heights(page, frame);
    await page.setViewportSize({ width: 340, height: 900 });
    await expect.poll(async () => (await heights(page, frame)).content).not.toBe(wide.content);
    await expect.poll(async () => { const h = await heights(page, frame); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SCREENSHOTS}/host-320.png`, fullPage: true });
    expect(cspErrors).toEqual([]);
    await page.context().close();
  });

  it('ignores resize messages that do not come from its own frame', async () => {
    const { page, frame } = await open('/script.html');
    await expect.poll(async () => { const h = await heights(page, frame); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
    const settled = (await heights(page, frame)).iframe;
    // From the host page itself (wrong origin and source)…
    await page.evaluate(() => window.postMessage({ type: 'whosaidit:resize', v: 1, quiz: 'demo', height: 1999 }, '*'));
    // …and from inside the frame but to the wrong quiz id / malformed.
    await frame.evaluate(() => {
      parent.postMessage({ type: 'whosaidit:resize', v: 1, quiz: 'other', height: 1999 }, '*');
      parent.postMessage({ type: 'whosaidit:resize', v: 1, quiz: 'demo', height: 'huge' }, '*');
    });
    await page.waitForTimeout(300);
    expect((await heights(page, frame)).iframe).toBe(settled);
    await page.context().close();
  });

  it('a hostile host stylesheet changes nothing inside the quiz', async () => {
    const plain = await open('/script.html');
    const hostile = await open('/hostile.html');
    const probe = (f: Frame) =>
      f.evaluate(() =>
        ['.wsi__quote', '.wsi__name', '.wsi__button', '.wsi__card'].map((sel) => {
          const cs = getComputedStyle(document.querySelector(sel)!);
          return `${sel} ${cs.color} ${cs.fontSize} ${cs.fontFamily} ${cs.backgroundColor}`;
        }),
      );
    const a = await probe(plain.frame);
    const b = await probe(hostile.frame);
    expect(b).toEqual(a);
    expect(b.join()).not.toMatch(/rgb\(255, 0, 0\)|40px|Comic/);
    // Same height in both: the host's font-size did not leak into the layout.
    await expect.poll(async () => (await heights(hostile.page, hostile.frame)).iframe).toBe((await heights(plain.page, plain.frame)).iframe);
    await hostile.page.locator('iframe').screenshot({ path: `${SCREENSHOTS}/host-hostile.png` });
    await plain.page.context().close();
    await hostile.page.context().close();
  });

  it('data-theme="dark" and data-accent reach the frame; invalid options are ignored', async () => {
    const { page, frame, cspErrors } = await open('/dark.html');
    const src = new URL((await page.locator('iframe').getAttribute('src'))!);
    expect(src.searchParams.get('theme')).toBe('dark');
    expect(src.searchParams.get('accent')).toBe('#c2410c');
    const look = await frame.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      card: getComputedStyle(document.querySelector('.wsi__card')!).backgroundColor,
      button: getComputedStyle(document.querySelector('.wsi__button')!).backgroundColor,
    }));
    expect(look).toEqual({ theme: 'dark', card: 'rgb(23, 25, 30)', button: 'rgb(194, 65, 12)' });
    expect(cspErrors).toEqual([]); // the accent's <style> is allowed by its CSP hash
    await page.locator('iframe').screenshot({ path: `${SCREENSHOTS}/quiz-dark-accent.png` });
    await page.context().close();

    const bad = await open('/bad-options.html');
    const badSrc = new URL((await bad.page.locator('iframe').getAttribute('src'))!);
    expect(badSrc.searchParams.has('theme')).toBe(false);
    expect(badSrc.searchParams.has('accent')).toBe(false);
    expect(await bad.page.locator('iframe').getAttribute('loading')).toBe('lazy');
    await bad.page.context().close();
    // The frame itself validates too.
    const res = await fetch(`${baseUrl}/embed/demo?accent=${encodeURIComponent('red;}*{x:y')}&theme=neon`);
    const html = await res.text();
    expect(html).not.toContain('<style');
    expect(html).not.toContain('data-theme');
  });

  it('follows the reader’s dark preference with theme auto', async () => {
    const { page, frame } = await open('/script.html', { colorScheme: 'dark' });
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.wsi__card')!).backgroundColor)).toBe('rgb(23, 25, 30)');
    await page.locator('iframe').screenshot({ path: `${SCREENSHOTS}/quiz-dark-auto.png` });
    await page.context().close();
  });

  it('a plain iframe works without the script, and the first question needs no script at all', async () => {
    const { page, frame } = await open('/iframe.html');
    expect(await questionHeading(frame)).toMatch(/^Question 1 of \d+$/);
    expect(await answerWith(frame, speakerOf(await quoteText(frame)))).toContain('Right!');
    await page.context().close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${baseUrl}/embed/demo`);
    expect(await p.locator('.wsi__quote').textContent()).toMatch(/\w{3}/);
    expect(await p.locator('.wsi__choice input[type=radio]').count()).toBeGreaterThanOrEqual(3);
    await noJs.close();
  });
});

describe('frame page, headers and oEmbed', () => {
  it('serves the first question in the HTML with a strict CSP and immutable, nosniff assets', async () => {
    const res = await fetch(`${baseUrl}/embed/demo`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors /);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toContain('class="wsi__quote"');
    expect(html).toMatch(/<script type="application\/json" id="wsi-data">/);
    expect(html).not.toMatch(/<script>(?!<)/); // no inline executable script
    expect(html).not.toMatch(/ style="/);
    expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="[^"]+\/oembed\?url=/);
    const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBe(2);
    for (const a of assets) {
      expect(a).toMatch(/\.[A-Z0-9]{8}\.(js|css)$/);
      const r = await fetch(baseUrl + a);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const script = await fetch(`${baseUrl}/embed.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await fetch(`${baseUrl}/embed/no-such-quiz`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('text/html');
  });

  it('answers /favicon.ico with an icon (browsers ask for it on every page)', async () => {
    const res = await fetch(`${baseUrl}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\//);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO header
  });

  it('implements oEmbed (rich) for quiz URLs', async () => {
    const url = `${baseUrl}/embed/demo`;
    const res = await fetch(`${baseUrl}/oembed?url=${encodeURIComponent(url)}&format=json&maxwidth=500`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Who Said It?', width: 500 });
    expect(typeof body.height).toBe('number');
    // A hidden title link first (WordPress loads its resizing script only for embeds with one), then the frame.
    expect(body.html).toMatch(new RegExp(`^<blockquote class="wp-embedded-content" style="display:none"><a href="${url}">Who Said It\\? [^<]+</a></blockquote><iframe src="${url}"[^>]* title="[^"]+" width="100%" height="${body.height}"`));
    expect((await fetch(`${baseUrl}/oembed?url=${encodeURIComponent(url)}&format=xml`)).status).toBe(501);
    expect((await fetch(`${baseUrl}/oembed?url=${encodeURIComponent(baseUrl + '/embed/nope')}`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/oembed?url=${encodeURIComponent('https://evil.example/embed/demo')}`)).status).toBe(404);
  });
});

describe('accessibility (axe-core in Chromium)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no violations in ${colorScheme}: question, answered, score`, async () => {
      // bypassCSP: only so axe can be injected (the frame's CSP rightly blocks inline script).
      const { page, frame } = await open('/script.html', { colorScheme, bypassCSP: true });
      expect(await axeViolations(frame)).toEqual([]);
      const quote = await quoteText(frame);
      const wrong = (await frame.locator('.wsi__name').allTextContents()).find((l) => l !== speakerOf(quote))!;
      await answerWith(frame, wrong);
      expect(await axeViolations(frame)).toEqual([]);
      await page.locator('iframe').screenshot({ path: `${SCREENSHOTS}/axe-${colorScheme}-answered.png` });
      // Skip to the end.
      while (await frame.locator('.wsi__next').count()) {
        await frame.locator('.wsi__next').click();
        if (await frame.locator('.wsi__score').count()) break;
        await answerWith(frame, speakerOf(await quoteText(frame)));
      }
      expect(await axeViolations(frame)).toEqual([]);
      await page.context().close();
    });
  }
});
