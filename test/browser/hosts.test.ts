// Issue 11: the quiz where publishers publish. Frames sandboxed with
// `allow-scripts` alone (WordPress's oEmbed frames), with `allow-forms` too, and
// unsandboxed; WordPress's own wp-embed.js around our oEmbed HTML, loaded with
// the page and 3 s late; AMP's resize message; what progress each host keeps;
// and an unknown quiz shrinking its frame.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answerFirstChoice, frameMetrics, goNext, launchBrowser, playThrough, primaryButtonInView, questionHeading, quizFrame, SCREENSHOTS } from './helpers';
import { page as hostPage, startHostServer, type HostServer } from './host-server';
import { wordPressEmbedHtml, wordPressLoadsEmbedScript, wpEmbedScript } from './wordpress';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: HostServer;

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer(baseUrl);
  host.serve('/wp-embed.js', wpEmbedScript(), 'text/javascript; charset=utf-8');
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Opens a host page; collects the console, where Chromium reports blocked form submissions and popups. */
async function open(path: string, width = 800): Promise<{ page: Page; frame: Frame; console: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => console.push(m.text()));
  // Not waiting for the load event: a slow script on the host page must not hold the test back.
  await page.goto(host.origin + path, { waitUntil: 'commit' });
  return { page, frame: await quizFrame(page), console };
}

const SANDBOXES: [label: string, sandbox: string | null][] = [
  ['allow-scripts alone', 'allow-scripts'],
  ['allow-scripts allow-forms', 'allow-scripts allow-forms'],
  ['no sandbox', null],
];

describe('sandboxed frames', () => {
  for (const [i, [label, sandbox]] of SANDBOXES.entries()) {
    it(`every interaction works in a frame with ${label}: choose, check, next, the end, play again`, async () => {
      const attr = sandbox === null ? '' : ` sandbox="${sandbox}"`;
      host.serve(`/sandbox-${i}.html`, hostPage('Sandboxed frame', `<iframe src="${baseUrl}/embed/demo"${attr} title="quiz" width="600" height="1200" style="border:0"></iframe>`));
      const { page, frame, console } = await open(`/sandbox-${i}.html`);
      let steps = 0;
      const total = await playThrough(page, frame, { onStep: async () => void steps++ });
      expect(steps).toBe(2 * total + 1);
      // The keyboard as before: Space picks a choice, Enter checks the answer.
      if (sandbox === 'allow-scripts') await playThrough(page, frame, { keyboard: true });
      expect(console.filter((m) => /blocked|allow-forms|allow-popups|sandbox/i.test(m))).toEqual([]);
      await page.context().close();
    });
  }
});

describe('progress in each host', () => {
  it('sandboxed (opaque origin, no storage): kept in the frame’s own URL fragment across a reload of the frame; the host page’s reload starts over', async () => {
    host.serve('/progress-sandboxed.html', hostPage('Sandboxed', `<iframe src="${baseUrl}/embed/demo#?secret=Zx81Qw" sandbox="allow-scripts" title="quiz" width="600" height="1200" style="border:0"></iframe>`));
    const { page, frame } = await open('/progress-sandboxed.html');
    expect(await frame.locator('#wsi-root').getAttribute('data-storage')).toBe('fragment');
    await answerFirstChoice(page, frame);
    await goNext(frame);
    await answerFirstChoice(page, frame, true);
    // Two answered, the second not moved on from.
    const verdict = await frame.locator('.wsi__verdict').textContent();
    await frame.evaluate(() => location.reload());
    await frame.waitForSelector('#wsi-root[data-ready]', { state: 'attached' });
    expect(await questionHeading(frame)).toMatch(/^Question 2 of \d+$/);
    expect(await frame.locator('.wsi__verdict').textContent()).toBe(verdict);
    // WordPress's secret is still in the fragment for its resize protocol.
    expect(await frame.evaluate(() => location.hash)).toMatch(/^#\?secret=Zx81Qw&/);
    await page.reload();
    expect(await questionHeading(await quizFrame(page))).toMatch(/^Question 1 of \d+$/);
    await page.context().close();
  });

  it('unsandboxed: kept in localStorage across a reload of the host page', async () => {
    const { page, frame } = await open('/iframe.html');
    expect(await frame.locator('#wsi-root').getAttribute('data-storage')).toBe('local');
    await answerFirstChoice(page, frame);
    await goNext(frame);
    await page.reload();
    expect(await questionHeading(await quizFrame(page))).toMatch(/^Question 2 of \d+$/);
    await page.context().close();
  });
});

describe('WordPress: our oEmbed HTML as WordPress 6.1 prints it, with its real wp-embed.js', () => {
  async function oembedHtml(quizUrl: string): Promise<string> {
    // WordPress asks with its content width and 1.5× that as the height cap.
    const res = await fetch(`${baseUrl}/oembed?url=${encodeURIComponent(quizUrl)}&maxwidth=500&maxheight=750&format=json`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { html: string }).html;
  }

  const CASES: [delay: number, viewport: number][] = [
    [0, 800], // a desktop theme's 500 px column
    [3000, 800],
    [0, 360], // a phone: the column is the screen less the theme's margins
  ];
  for (const [delay, viewport] of CASES) {
    const where = viewport < 500 ? 'on a 360 px phone' : 'in a 500 px column';
    it(`sizes the frame to its content in every state ${where}, wp-embed.js ${delay ? 'arriving 3 s late' : 'loading with the page'}`, async () => {
      const post = wordPressEmbedHtml(await oembedHtml(`${baseUrl}/embed/demo`), 'Q7w3Er9tYu');
      expect(post).not.toBeNull();
      expect(wordPressLoadsEmbedScript(post!)).toBe(true);
      // WordPress prints wp-embed.js in the footer; a slow one holds DOMContentLoaded back.
      const path = `/wp-${delay}-${viewport}.html`;
      host.serve(path, hostPage('A WordPress post', `<div class="entry-content" style="max-width:500px">${post}</div><script src="/wp-embed.js?delay=${delay}"></script>`));
      const { page, frame } = await open(path, viewport);
      const iframe = page.locator('iframe.wp-embedded-content');
      if (delay) {
        // The frame is up and has reported before anyone listened: WordPress still hides it.
        expect(await iframe.getAttribute('style')).toContain('clip');
        expect(await page.locator('blockquote.wp-embedded-content').isVisible()).toBe(true);
      }
      // Once wp-embed.js says "ready", the frame answers with its height: shown, and sized.
      await expect.poll(() => iframe.getAttribute('style'), { timeout: delay + 5000 }).toBeNull();
      expect(await page.locator('blockquote.wp-embedded-content').isVisible()).toBe(false);
      const sized = async () => {
        // wp-embed.js caps heights at 200…1000 px; past 1000 the frame scrolls with its button in view.
        await expect.poll(async () => { const m = await frameMetrics(page, frame, 'iframe.wp-embedded-content'); return m.iframe - Math.min(1000, Math.max(200, m.content)); }).toBe(0);
        const m = await frameMetrics(page, frame, 'iframe.wp-embedded-content');
        if (viewport >= 800) expect(m.content).toBeLessThanOrEqual(1000);
        expect(m.sideways).toBe(false);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
        expect(await primaryButtonInView(frame)).toBe(true);
      };
      await playThrough(page, frame, { onStep: sized });
      if (!delay) await iframe.screenshot({ path: `${SCREENSHOTS}/wordpress-${viewport}.png` });
      await page.context().close();
    });
  }

  it('keeps theme and accent from the quiz URL, and shows the title link until the frame reports', async () => {
    const html = await oembedHtml(`${baseUrl}/embed/demo?theme=dark&accent=%23c2410c&evil=%22%3E`);
    const post = wordPressEmbedHtml(html, 'Pl4Ok8Ij2U')!;
    const amp = '&(?:amp|#38);';
    expect(post).toMatch(new RegExp(`^<blockquote class="wp-embedded-content" data-secret="Pl4Ok8Ij2U"><a href="[^"]+/embed/demo\\?theme=dark${amp}accent=%23c2410c">Who Said It\\? Kremlin[^<]+</a></blockquote><iframe `));
    expect(post).toMatch(new RegExp(`src="[^"]+/embed/demo\\?theme=dark${amp}accent=%23c2410c#\\?secret=Pl4Ok8Ij2U"`));
    expect(html).not.toContain('evil');
  });
});

describe('AMP', () => {
  it('asks amp-iframe for its content height when the frame URL says amp=1, and only then', async () => {
    // amp-iframe's side, reduced to what it does with the message: resize the frame it came from.
    const listener = `<script>window.ampMessages=[];addEventListener('message',function(e){var d=e.data;if(!d||d.sentinel!=='amp')return;window.ampMessages.push(d);document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source&&d.type==='embed-size')f.style.height=d.height+'px';});});</script>`;
    host.serve('/amp.html', hostPage('AMP', `<iframe src="${baseUrl}/embed/demo?amp=1" sandbox="allow-scripts allow-same-origin" title="quiz" style="border:0;width:100%;height:300px"></iframe>`, listener));
    const { page, frame } = await open('/amp.html');
    await expect.poll(async () => { const m = await frameMetrics(page, frame); return m.iframe - m.content; }).toBe(0);
    const before = (await frameMetrics(page, frame)).iframe;
    await answerFirstChoice(page, frame);
    await expect.poll(async () => { const m = await frameMetrics(page, frame); return m.iframe > before && m.iframe === m.content; }).toBe(true);
    const messages = await page.evaluate(() => (window as unknown as { ampMessages: object[] }).ampMessages);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const m of messages) expect(Object.keys(m).sort()).toEqual(['height', 'sentinel', 'type']);
    await page.context().close();

    host.serve('/not-amp.html', hostPage('Not AMP', `<iframe src="${baseUrl}/embed/demo" title="quiz" style="border:0;width:100%;height:300px"></iframe>`, listener));
    const plain = await open('/not-amp.html');
    await plain.page.waitForTimeout(300);
    expect(await plain.page.evaluate(() => (window as unknown as { ampMessages: object[] }).ampMessages)).toEqual([]);
    await plain.page.context().close();
  });
});

describe('a quiz that is not available', () => {
  it('shrinks its frame to the message under embed.js', async () => {
    host.serve('/gone.html', hostPage('Gone', `<script src="${baseUrl}/embed.js" data-quiz="no-such-quiz" async></script>`));
    const { page, frame } = await open('/gone.html');
    expect(await frame.locator('.wsi__title').textContent()).toBe('This quiz is not available.');
    await expect.poll(async () => { const m = await frameMetrics(page, frame); return m.iframe === m.content && m.iframe < 250; }).toBe(true);
    await page.context().close();
  });
});
