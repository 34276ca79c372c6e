// Issue 11: heights for hosts that cannot resize the frame. The height the
// snippets and /oembed declare holds the first question at that width (within
// 10%, at 320, 500 and 640 px); in a frame of that fixed height the primary
// button is always in view; at WordPress's 500 px no state is taller than its
// 1000 px cap; at 360 and 500 px nothing overflows sideways.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EditorQuiz } from '../../worker/editor-contract';
import { LOCAL_EDITOR_TOKEN } from './global-setup';
import { frameMetrics, HARBOUR_ARTICLE, launchBrowser, playThrough, primaryButtonInView, publishQuiz, quizFrame, SCREENSHOTS } from './helpers';
import { startHostServer, type HostServer } from './host-server';

const baseUrl = inject('baseUrl');
const WIDTHS = [320, 500, 640];
let browser: Browser;
let host: HostServer;
const quizzes: string[] = ['demo'];

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer(baseUrl);
  quizzes.push(await publishQuiz(baseUrl, LOCAL_EDITOR_TOKEN, HARBOUR_ARTICLE));
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** A bare host page holding `iframe`; its viewport 16 px wider than the frame on each side, like a phone's article column. */
async function openFramed(name: string, iframe: string, frameWidth: number): Promise<{ page: Page; frame: Frame }> {
  host.serve(`/${name}.html`, `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;padding:0 16px">${iframe}</body></html>`);
  const context = await browser.newContext({ viewport: { width: frameWidth + 32, height: 1100 } });
  const page = await context.newPage();
  await page.goto(`${host.origin}/${name}.html`);
  return { page, frame: await quizFrame(page) };
}

async function oembed(quiz: string, maxwidth: number): Promise<{ html: string; width: number; height: number }> {
  const res = await fetch(`${baseUrl}/oembed?url=${encodeURIComponent(`${baseUrl}/embed/${quiz}`)}&maxwidth=${maxwidth}&format=json`);
  expect(res.status).toBe(200);
  return (await res.json()) as { html: string; width: number; height: number };
}

async function editorSnippet(quiz: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/editor/quizzes/${quiz}`, { headers: { authorization: `Bearer ${LOCAL_EDITOR_TOKEN}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as EditorQuiz).embed.iframe;
}

const within10 = (declared: number, content: number) => Math.abs(declared - content) / content;

describe('declared heights hold the first question', () => {
  for (const width of WIDTHS) {
    it(`oEmbed at maxwidth=${width}`, async () => {
      for (const quiz of quizzes) {
        const o = await oembed(quiz, width);
        expect(o.width).toBe(width);
        const iframe = /<iframe[^>]*><\/iframe>/.exec(o.html)![0];
        const { page, frame } = await openFramed(`oembed-${quiz}-${width}`, iframe, width);
        const m = await frameMetrics(page, frame);
        expect(m.iframe).toBe(o.height);
        expect(within10(o.height, m.content), `${quiz} at ${width}: declared ${o.height}, content ${m.content}`).toBeLessThanOrEqual(0.1);
        await page.context().close();
      }
    });

    it(`the editors' iframe snippet at ${width} px`, async () => {
      for (const quiz of quizzes) {
        const { page, frame } = await openFramed(`snippet-${quiz}-${width}`, await editorSnippet(quiz), width);
        const m = await frameMetrics(page, frame);
        expect(await page.locator('iframe').evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(width);
        expect(within10(m.iframe, m.content), `${quiz} at ${width}: declared ${m.iframe}, content ${m.content}`).toBeLessThanOrEqual(0.1);
        await page.context().close();
      }
    });
  }
});

describe('fits where it is shown', () => {
  for (const width of [320, 500]) {
    it(`in a fixed frame of the declared height at ${width} px, the primary button is in view in every state`, async () => {
      const o = await oembed('demo', width);
      const iframe = /<iframe[^>]*><\/iframe>/.exec(o.html)![0];
      const { page, frame } = await openFramed(`fixed-${width}`, iframe, width);
      const hidden: string[] = [];
      await playThrough(page, frame, {
        onStep: async (step, i) => {
          if (!(await primaryButtonInView(frame))) hidden.push(`${step} ${i}`);
        },
      });
      expect(hidden).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/fixed-frame-${width}.png` });
      await page.context().close();
    });
  }

  // 312 px: WordPress's article column on a 360 px phone (Twenty Twenty-Three), where wp-embed.js caps frames at 1000 px.
  for (const width of [312, 360, 500]) {
    it(`sized to its content at ${width} px: no state overflows sideways or exceeds WordPress’s 1000 px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/embed/demo`);
      const frame = page.mainFrame();
      await frame.waitForSelector('#wsi-root[data-ready]', { state: 'attached' });
      const tallest: number[] = [];
      const sideways: string[] = [];
      await playThrough(page, frame, {
        onStep: async (step, i) => {
          const m = await frame.evaluate(() => ({ h: document.documentElement.getBoundingClientRect().height, w: document.documentElement.scrollWidth }));
          tallest.push(m.h);
          if (m.w > width) sideways.push(`${step} ${i}: ${m.w}px`);
        },
      });
      expect(sideways).toEqual([]);
      expect(Math.max(...tallest)).toBeLessThanOrEqual(1000);
      await context.close();
    });
  }
});
