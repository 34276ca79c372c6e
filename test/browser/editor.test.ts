// Issue 4 in Chromium: an editor signs in with the token, pastes an article,
// corrects one attribution, moves it first, publishes, copies the embed; a
// publisher page embedding the quiz shows the corrected question. Also a quiz
// from an article URL (a local page), and a refused token.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE_TEXT, ARTICLE_TITLE, startArticleServer, type ArticleServer } from './article-server';
import { axeViolations, card, openDetails, openEditor as openEditorAs } from './editor-helpers';
import { answerWith, choiceLabels, launchBrowser, questionHeading, quizFrame, quoteText, SCREENSHOTS } from './helpers';

const baseUrl = inject('baseUrl');
const TOKEN = 'local-editor-token';
// (Okafor's quotation: Becker's "my customers", with one shop owner among the choices, gives itself away and is not asked)
const CORRECTED = 'We are spending money we simply do not have';
let browser: Browser;
let site: ArticleServer;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await startArticleServer();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const openEditor = (token = TOKEN): Promise<Page> => openEditorAs(browser, baseUrl, { token });

/** Signed in, with the quiz list loaded (nothing in progress), then the new-quiz form open. */
async function openCreateForm(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Quizzes' }).waitFor();
  await page.locator('.ed-busy').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'New quiz from an article' }).click();
  await page.getByRole('heading', { name: 'New quiz from an article' }).waitFor();
}

describe('editors’ dashboard', () => {
  it('the page shell asks for the token and shows no data before it is given', async () => {
    const page = await (await browser.newContext()).newPage();
    const res = await page.goto(`${baseUrl}/editor`);
    expect(res?.status()).toBe(200);
    await expect(page.getByLabel('Editor token').isVisible()).resolves.toBe(true);
    expect(await page.locator('main').textContent()).not.toMatch(/Quizzes|Review quiz/);
    await page.context().close();
  });

  it('refuses a wrong token and asks again', async () => {
    const page = await openEditor('wrong-token');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('refused');
    await expect(page.getByLabel('Editor token').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('pastes an article, corrects an attribution, publishes, and the embedded quiz shows the correction', async () => {
    const page = await openEditor();
    await page.getByRole('heading', { name: 'Quizzes' }).waitFor();
    await openCreateForm(page);
    await page.getByLabel('Article text').fill(ARTICLE_TEXT);
    await page.getByLabel(/^Title/).fill('Who said it: the bridge vote');
    await page.getByRole('button', { name: 'Make the quiz' }).click();
    await page.getByRole('heading', { name: /Review quiz/ }).waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Who said it: the bridge vote');

    const target = await card(page, CORRECTED);
    const speaker = target.getByLabel('Speaker (the right answer)');
    expect(await speaker.locator('option:checked').textContent()).toMatch(/Robert Okafor/);

    // A quotation that is not verbatim is flagged at once.
    await openDetails(target);
    const quote = target.locator('textarea[id$="-quote"]');
    const original = await quote.inputValue();
    await quote.fill(original + ' and my family');
    await expect(target.locator('.ed-error').first().textContent()).resolves.toContain('Not in the article');
    // Trim it instead (still verbatim) — then back to the whole quotation.
    await quote.fill(CORRECTED);
    await expect(target.locator('.ed-error').count()).resolves.toBe(0);
    await quote.fill(original);

    // Correct the attribution: pick another person of the article.
    // By name: an option reads "Ines Duarte — Harbour master" once the pipeline finds the person's role.
    await speaker.selectOption((await speaker.locator('option', { hasText: /^Ines Duarte\b/ }).getAttribute('value'))!);
    await target.getByLabel('Include in the quiz').check();
    // Move it to the top with the keyboard-reachable Up button.
    for (let i = 0; i < 5 && (await target.getByRole('button', { name: /Move question \d+ up/ }).isEnabled()); i++) {
      await target.getByRole('button', { name: /Move question \d+ up/ }).click();
    }
    await expect(target.locator('.ed-q-title').textContent()).resolves.toMatch(/^Question 1/);

    await page.getByRole('button', { name: 'Save and publish' }).click();
    await page.locator('.ed-notice', { hasText: 'Published' }).waitFor();
    await expect(page.locator('.ed-status').first().textContent()).resolves.toBe('Published');
    expect(await (await card(page, CORRECTED)).getByLabel('Speaker (the right answer)').locator('option:checked').textContent()).toMatch(/Ines Duarte/);

    const script = await page.getByLabel('Script tag', { exact: true }).inputValue();
    const id = /data-quiz="([a-z0-9]+)"/.exec(script)?.[1];
    expect(script).toBe(`<script src="${baseUrl}/embed.js" data-quiz="${id}" async></script>`);
    expect(await page.getByLabel('Plain iframe', { exact: true }).inputValue()).toContain(`<iframe src="${baseUrl}/embed/${id}"`);
    await page.getByRole('button', { name: 'Copy the script tag' }).click();
    await page.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);
    await page.screenshot({ path: `${SCREENSHOTS}/editor-review.png`, fullPage: true });
    // The stats panel is loaded (not just its placeholder), so axe checks its figures too.
    await page.locator('.ed-stats [data-testid="quiz-stats"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Readers: a publisher's page embedding the quiz shows the corrected question first.
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`${site.origin}/publisher.html?quiz=${id}&base=${encodeURIComponent(baseUrl)}`);
    const frame = await quizFrame(reader);
    expect(await questionHeading(frame)).toMatch(/^Question 1 of/);
    expect(await quoteText(frame)).toContain(CORRECTED);
    expect(await choiceLabels(frame)).toContain('Ines Duarte');
    expect(await answerWith(frame, 'Ines Duarte')).toContain('Right!');
    await reader.screenshot({ path: `${SCREENSHOTS}/editor-published-embed.png`, fullPage: true });
    await reader.context().close();

    // Unpublish: readers get "not available".
    await page.getByRole('button', { name: 'Unpublish' }).click();
    await page.locator('.ed-notice', { hasText: 'Unpublished' }).waitFor();
    const gone = await (await browser.newContext()).newPage();
    const res = await gone.goto(`${baseUrl}/embed/${id}`);
    expect(res?.status()).toBe(404);
    await gone.context().close();
    await page.context().close();
  });

  it('makes a quiz from an article URL (a local page), without the page furniture', async () => {
    const page = await openEditor();
    await openCreateForm(page);
    await page.getByLabel('Article URL').check();
    await page.getByLabel('Article URL', { exact: true }).and(page.locator('input[type=url]')).fill(`${site.origin}/go/bridge`);
    await page.getByRole('button', { name: 'Make the quiz' }).click();
    await page.getByRole('heading', { name: /Review quiz/ }).waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(ARTICLE_TITLE);
    await expect(page.getByText(`${site.origin}/news/bridge.html`).count()).resolves.toBe(1);
    expect(await page.locator('li.ed-question').count()).toBeGreaterThanOrEqual(3);
    // The list shows it.
    await page.getByRole('link', { name: '← All quizzes' }).click();
    await page.getByRole('link', { name: ARTICLE_TITLE }).first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/editor-list.png`, fullPage: true });
    await page.context().close();
  });
});
