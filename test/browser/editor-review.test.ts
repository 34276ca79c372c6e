// Issue 16: an editor reviews a quiz at a glance. The article beside (on a phone, above) the
// questions with every quotation in its speaker's colour; a quotation shows its question and a
// question its quotation; low confidence stands out; compact cards opening on demand; keyboard
// shortcuts; no sideways scroll at 360 px; axe-clean. Screenshots of the review at 1280 and 375 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, card, makeDraft, openEditor, openReview, REVIEW_ARTICLE, sideways } from './editor-helpers';
import { launchBrowser, SCREENSHOTS } from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let quizId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  quizId = await makeDraft(baseUrl, REVIEW_ARTICLE, 'Who said it: the bridge vote');
});
afterAll(async () => {
  await browser?.close();
});

const colourOf = (cls: string | null) => /\bed-c(\d)\b/.exec(cls ?? '')?.[1];
const current = (page: Page) => page.locator('li.ed-question--current').getAttribute('data-quote');
const focusedCard = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('li.ed-question')?.getAttribute('data-quote') ?? null);

describe('review at a glance', () => {
  it('shows the article beside the questions, each quotation in its speaker’s colour, low confidence standing out (1280 px)', async () => {
    const page = await openReview(browser, baseUrl, quizId, 1280);
    const cards = page.locator('li.ed-question');
    const marks = page.locator('.ed-article .ed-hl');
    const n = await cards.count();
    expect(n).toBe(5);
    expect(await marks.count()).toBe(n);
    // Beside: the article left of the questions, both in view.
    const article = (await page.locator('.ed-article').boundingBox())!;
    const questions = (await page.locator('.ed-questions').boundingBox())!;
    expect(article.x + article.width).toBeLessThanOrEqual(questions.x);
    expect(Math.abs(article.y - questions.y)).toBeLessThan(20);
    // Each quotation's colour is its card's; speakers differ, so colours differ.
    const colours: string[] = [];
    for (let i = 0; i < n; i++) {
      const c = colourOf(await cards.nth(i).getAttribute('class'));
      expect(colourOf(await marks.nth(i).getAttribute('class'))).toBe(c);
      colours.push(c!);
    }
    expect(new Set(colours).size).toBe(n);
    await page.screenshot({ path: `${SCREENSHOTS}/review-1280.png`, fullPage: false });
    // The article stays in view beside the questions while they scroll.
    await page.locator('li.ed-question').nth(3).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const stuck = (await page.locator('.ed-article').boundingBox())!;
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
    expect(stuck.y).toBeGreaterThanOrEqual(0);
    expect(stuck.y).toBeLessThan(20);
    await page.evaluate(() => scrollTo(0, 0));
    // The unsure one: flagged on its card and in the article, and counted in the summary.
    const unsure = await card(page, 'Tyler talked the most');
    expect(await unsure.getAttribute('class')).toContain('ed-question--low');
    expect(await unsure.locator('.ed-q-title').textContent()).toContain('check the speaker');
    expect(await unsure.locator('.ed-confidence').textContent()).toMatch(/^⚠ Confidence \d+%$/);
    expect(await page.locator('.ed-hl--low').count()).toBe(1);
    expect(await page.locator('.ed-hl--low').textContent()).toContain('Tyler talked the most');
    expect(await page.locator('#ed-review-summary').textContent()).toContain('1 to check');
    // Compact: a card shows quote, speaker, include and confidence; the rest opens on demand.
    expect(await unsure.locator('textarea').count()).toBe(0);
    await unsure.getByRole('button', { name: /Wrong choices, wording, explanation/ }).click();
    expect(await unsure.locator('textarea').count()).toBe(2);
    expect(await unsure.getByRole('button', { name: 'Hide details' }).getAttribute('aria-expanded')).toBe('true');
    await unsure.getByRole('button', { name: 'Hide details' }).click();
    await page.locator('.ed-stats [data-testid="quiz-stats"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a quotation shows its question, and a question its quotation; J/K go through the questions, X includes or leaves out', async () => {
    const page = await openReview(browser, baseUrl, quizId, 1280, 700);
    const marks = page.locator('.ed-article .ed-hl');
    // The fourth quotation in the article: its card becomes the one under review, in view and focused.
    await marks.nth(3).click();
    const fourth = await page.locator('li.ed-question').nth(3).getAttribute('data-quote');
    await expect.poll(() => current(page)).toBe(fourth);
    await expect.poll(() => focusedCard(page)).toBe(fourth);
    expect(await page.locator('li.ed-question').nth(3).isVisible()).toBe(true);
    expect(await marks.nth(3).getAttribute('aria-pressed')).toBe('true');
    // A question's quotation is outlined in the article, scrolled into the pane's view.
    await page.locator('li.ed-question').nth(0).locator('.ed-q-quote').click();
    await expect.poll(() => marks.nth(0).getAttribute('class')).toContain('ed-hl--current');
    // Keyboard: J next, K previous, X leaves it out and in again.
    await page.keyboard.press('j');
    await expect.poll(() => current(page)).toBe(await page.locator('li.ed-question').nth(1).getAttribute('data-quote'));
    await expect.poll(() => marks.nth(1).getAttribute('class')).toContain('ed-hl--current');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => current(page)).toBe(await page.locator('li.ed-question').nth(1).getAttribute('data-quote'));
    const include = page.locator('li.ed-question').nth(1).getByLabel('Include in the quiz');
    const was = await include.isChecked();
    await page.keyboard.press('x');
    expect(await include.isChecked()).toBe(!was);
    expect(await marks.nth(1).getAttribute('class')).toContain(was ? 'ed-hl--off' : 'ed-c');
    await page.keyboard.press('x');
    expect(await include.isChecked()).toBe(was);
    // Not while typing: a J in the title is a J.
    await page.getByLabel('Title', { exact: true }).press('End');
    await page.getByLabel('Title', { exact: true }).press('j');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toMatch(/j$/);
    // Highlights are reachable by keyboard too: Enter on one shows its question.
    await marks.nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => current(page)).toBe(await page.locator('li.ed-question').nth(2).getAttribute('data-quote'));
    await page.context().close();
  });

  it('on a phone: the article above the questions, nothing wider than the screen at 360 and 375 px', async () => {
    for (const width of [360, 375]) {
      const page = await openReview(browser, baseUrl, quizId, width, 800);
      const article = (await page.locator('.ed-article').boundingBox())!;
      const first = (await page.locator('li.ed-question').first().boundingBox())!;
      expect(article.y + article.height).toBeLessThanOrEqual(first.y);
      expect(await sideways(page)).toBe(false);
      if (width === 375) await page.screenshot({ path: `${SCREENSHOTS}/review-375.png`, fullPage: false });
      // Every card opened: still nothing sideways.
      for (const more of await page.locator('.ed-more').all()) await more.click();
      expect(await sideways(page)).toBe(false);
      // The list of quizzes too.
      await page.getByRole('link', { name: '← All quizzes' }).click();
      await page.getByRole('heading', { name: 'Quizzes' }).waitFor();
      await page.locator('.ed-table').waitFor();
      expect(await sideways(page)).toBe(false);
      await page.context().close();
    }
    // And the new-quiz form.
    const page = await openEditor(browser, baseUrl, { width: 360, height: 800, hash: '#/new' });
    await page.getByRole('heading', { name: 'New quiz from an article' }).waitFor();
    expect(await sideways(page)).toBe(false);
    await page.context().close();
  });
});
