// Issue 16: the reader's end. A truthful comparison (ties said as ties), a review of the
// reader's answers with a link to each quotation in the article (a text fragment on the
// address embed.js knows, opened in the host page, not in the frame; copied where a
// sandbox forbids navigating the page), sharing (the Web Share API where there is one,
// else a copied text with the score and the article's address, never the frame's),
// keyboard and screen reader, axe-clean in light and dark. The demo article is served as a
// publisher's page on another origin, with the quiz embedded by script.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCAL_EDITOR_TOKEN } from './global-setup';
import { answerWith, axeViolations, HARBOUR_ARTICLE, launchBrowser, publishQuiz, questionHeading, quizFrame, quoteText, SCREENSHOTS, speakerOf } from './helpers';
import { page as hostPage, startHostServer, type HostServer } from './host-server';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: HostServer;

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer(baseUrl);
  // The demo article as a publisher's page of another origin, its quiz embedded by script.
  const demo = await (await fetch(`${baseUrl}/`)).text();
  host.serve('/article.html', demo.replace(/(src|href)="\//g, `$1="${baseUrl}/`));
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function context(options: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean; init?: string } = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme: options.colorScheme ?? 'light', bypassCSP: options.bypassCSP ?? false });
  for (const origin of [baseUrl, host.origin]) await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  if (options.init) await ctx.addInitScript(options.init);
  return ctx;
}

/** Plays every question (the right speaker but for `wrong` of them) and waits for the end screen's extras. */
async function playToEnd(frame: Frame, wrong = 1): Promise<number> {
  const total = Number(/of (\d+)/.exec(await questionHeading(frame))?.[1]);
  for (let i = 0; i < total; i++) {
    const speaker = speakerOrFirst(await quoteText(frame));
    const labels = await frame.locator('.wsi__name').allTextContents();
    await answerWith(frame, i < wrong ? labels.find((l) => l !== speaker)! : speaker ?? labels[0]!);
    await frame.locator('.wsi__next').click();
  }
  await frame.locator('.wsi__review').waitFor();
  return total;
}

function speakerOrFirst(quote: string): string | undefined {
  try {
    return speakerOf(quote);
  } catch {
    return undefined;
  }
}

/** A reader on the article page (another origin, the quiz embedded by script), at the end of the quiz. */
async function atTheEnd(options: Parameters<typeof context>[0] = {}, wrong = 1): Promise<{ ctx: BrowserContext; page: Page; frame: Frame; total: number }> {
  const ctx = await context(options);
  const page = await ctx.newPage();
  await page.goto(`${host.origin}/article.html`);
  const frame = await quizFrame(page);
  return { ctx, page, frame, total: await playToEnd(frame, wrong) };
}

describe('the reader’s end screen', () => {
  it('reviews each answer with a link that opens the quotation in the article page (a text fragment), not in the frame', async () => {
    const { ctx, page, frame, total } = await atTheEnd();
    // The frame got the article's address in its fragment, which is never sent to the server.
    const src = await page.locator('iframe').getAttribute('src');
    expect(new URLSearchParams(new URL(src!).hash.slice(2)).get('article')).toBe(`${host.origin}/article.html`);
    expect(await page.locator('iframe').getAttribute('allow')).toBe('web-share; clipboard-write');

    await frame.getByText('Review your answers').click();
    const items = frame.locator('.wsi__ritem');
    expect(await items.count()).toBe(total);
    const first = items.first();
    expect(await first.locator('.wsi__rline').textContent()).toMatch(/^✗Not quite: you picked .+; .+ said it\.$/);
    expect(await items.nth(1).locator('.wsi__rline').textContent()).toMatch(/^✓Right: you picked .+\.$/);
    const link = items.nth(2).getByRole('link', { name: /Find it in the article/ });
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith(`${host.origin}/article.html#:~:text=`)).toBe(true);
    expect(href).not.toContain(baseUrl);
    expect(await link.getAttribute('target')).toBe('_top');

    const quote = (await items.nth(2).locator('.wsi__rquote').textContent())!;
    const frameUrl = frame.url();
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await link.click();
    // The host page scrolls to the quotation, away from the quiz (same document: the frame and the reader's end screen stay).
    const words = quote.split(/\s+/).slice(0, 4).join(' ');
    const quotationInView = () =>
      page.evaluate((w) => {
        const p = Array.from(document.querySelectorAll('article p')).find((el) => el.textContent!.replace(/\s+/g, ' ').includes(w));
        const box = p?.getBoundingClientRect();
        return !!box && box.bottom > 0 && box.top < innerHeight;
      }, words);
    await expect.poll(quotationInView).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(frame.url()).toBe(frameUrl);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await ctx.close();
  });

  it('says a tie as a tie: the same score as the one other reader', async () => {
    const id = await publishQuiz(baseUrl, LOCAL_EDITOR_TOKEN, HARBOUR_ARTICLE);
    const quiz = (await (await fetch(`${baseUrl}/api/editor/quizzes/${id}`, { headers: { authorization: `Bearer ${LOCAL_EDITOR_TOKEN}` } })).json()) as { questions: { id: string; answer: string; selected: boolean; choices: { id: string; label: string }[] }[] };
    const asked = quiz.questions.filter((q) => q.selected);
    // Another reader finished first, all right.
    const answers = asked.map((q) => ({ question: q.id, choice: q.answer }));
    for (const a of answers) await fetch(`${baseUrl}/api/quizzes/${id}/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'tie-reader-0001', ...a }) });
    await fetch(`${baseUrl}/api/quizzes/${id}/finish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'tie-reader-0001', answers }) });

    const ctx = await context();
    const page = await ctx.newPage();
    host.serve(`/tie-${id}.html`, hostPage('Tie', `<script src="${baseUrl}/embed.js" data-quiz="${id}" async></script>`));
    await page.goto(`${host.origin}/tie-${id}.html`);
    const frame = await quizFrame(page);
    for (const q of asked) {
      await answerWith(frame, q.choices.find((c) => c.id === q.answer)!.label);
      await frame.locator('.wsi__next').click();
    }
    await expect.poll(() => frame.locator('.wsi__standing').textContent()).toBe('You scored the same as the one other reader who finished.');
    expect(await frame.locator('.wsi__standing').getAttribute('role')).toBe('status');
    await ctx.close();
  });

  it('shares with the Web Share API where there is one: the score and the article’s address, never the frame’s', async () => {
    const init = `window.__shared = []; Object.defineProperty(navigator, 'share', { value: (d) => { window.__shared.push(d); return Promise.resolve(); } }); Object.defineProperty(navigator, 'canShare', { value: () => true });`;
    const { ctx, frame, total } = await atTheEnd({ init });
    await frame.getByRole('button', { name: 'Share your score' }).click();
    const shared = (await frame.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)) as ShareData[];
    expect(shared).toEqual([{ text: expect.stringContaining(`I got ${total - 1} of ${total} right`), url: `${host.origin}/article.html` }]);
    expect(JSON.stringify(shared)).not.toContain('/embed/');
    await ctx.close();
  });

  it('copies the result where there is no Web Share API, by keyboard alone', async () => {
    const { ctx, page, frame, total } = await atTheEnd();
    expect(await frame.evaluate(() => typeof navigator.share)).toBe('undefined');
    // Keyboard: from Play again's heading, Tab reaches Share, Enter shares.
    await frame.locator('.wsi__end-heading').focus();
    await page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.textContent)).toBe('Share your score');
    await page.keyboard.press('Enter');
    await frame.locator('.wsi__copy-status', { hasText: 'Copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`I got ${total - 1} of ${total} right in “Who said it?”, the quiz on “${await frame.locator('.wsi__title').textContent()}”. ${host.origin}/article.html`);
    // Then Tab to the review, Enter opens it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await frame.locator('.wsi__review').getAttribute('open')).toBe('');
    await ctx.close();
  });

  it('in a frame sandboxed with allow-scripts alone the links are copied, nothing is blocked; without the article’s address there is no link', async () => {
    const article = `${host.origin}/article.html`;
    host.serve('/end-sandboxed.html', hostPage('Sandboxed', `<iframe src="${baseUrl}/embed/demo#?${new URLSearchParams({ article })}" sandbox="allow-scripts" title="quiz" width="600" height="900" style="border:0"></iframe>`));
    host.serve('/end-wordpress.html', hostPage('WordPress', `<iframe src="${baseUrl}/embed/demo#?secret=Ab12Cd34" sandbox="allow-scripts" title="quiz" width="600" height="900" style="border:0"></iframe>`));
    const ctx = await context();
    const page = await ctx.newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    await page.goto(`${host.origin}/end-sandboxed.html`);
    const frame = await quizFrame(page);
    await playToEnd(frame);
    await frame.getByText('Review your answers').click();
    expect(await frame.locator('.wsi__rlink').count()).toBe(0);
    await frame.getByRole('button', { name: 'Copy the link to quotation 1', exact: true }).click();
    // A sandboxed frame cannot vouch for a copy: the link is shown, selected, for the reader to copy.
    const item = frame.locator('.wsi__ritem').first();
    await expect.poll(() => item.locator('.wsi__copy-status').textContent()).toBe('Selected: press Ctrl+C (⌘C) to copy.');
    const field = item.locator('.wsi__copy-field');
    expect(await field.isVisible()).toBe(true);
    expect(await field.inputValue()).toMatch(new RegExp(`^${article.replace(/[.]/g, '\\.')}#:~:text=`));
    expect(await field.evaluate((el: HTMLInputElement) => document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length)).toBe(true);
    expect(console.filter((m) => /blocked|sandbox|allow-popups|allow-top-navigation/i.test(m))).toEqual([]);

    await page.goto(`${host.origin}/end-wordpress.html`);
    const wp = await quizFrame(page);
    await playToEnd(wp);
    await wp.getByText('Review your answers').click();
    expect(await wp.locator('.wsi__ritem').count()).toBeGreaterThan(0);
    expect(await wp.locator('.wsi__rlink, .wsi__ritem .wsi__link-button').count()).toBe(0);
    // Sharing still works: the text, without any address.
    await wp.getByRole('button', { name: 'Share your score' }).click();
    await expect.poll(() => wp.locator('.wsi__share .wsi__copy-status').textContent()).toBe('Selected: press Ctrl+C (⌘C) to copy.');
    expect(await wp.locator('.wsi__share .wsi__copy-field').inputValue()).not.toMatch(/https?:/);
    await ctx.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`is axe-clean in ${colorScheme}, the review open (screenshot end-${colorScheme}.png)`, async () => {
      const { ctx, page, frame } = await atTheEnd({ colorScheme, bypassCSP: true }, 3);
      await frame.getByText('Review your answers').click();
      expect(await axeViolations(frame)).toEqual([]);
      await page.locator('iframe').scrollIntoViewIfNeeded();
      await page.locator('iframe').screenshot({ path: `${SCREENSHOTS}/end-${colorScheme}.png` });
      await ctx.close();
    });
  }
});
