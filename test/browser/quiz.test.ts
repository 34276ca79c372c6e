// Issue 2: a reader plays the demo quiz on the demo article page, in Chromium,
// against a real `wrangler dev`.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answerWith, choiceLabels, launchBrowser, questionHeading, quizFrame, quoteText, SCREENSHOTS, speakerOf } from './helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openDemo(init?: string): Promise<{ page: Page; frame: Frame }> {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(baseUrl + '/');
  return { page, frame: await quizFrame(page) };
}

async function totalQuestions(frame: Frame): Promise<number> {
  const m = /Question (\d+) of (\d+)/.exec(await questionHeading(frame));
  if (!m) throw new Error('no question heading');
  return Number(m[2]);
}

/** Answers the current question (right, or wrong on purpose) and goes on. */
async function playOne(frame: Frame, right: boolean): Promise<void> {
  const speaker = speakerOf(await quoteText(frame));
  const labels = await choiceLabels(frame);
  expect(labels).toContain(speaker);
  expect(labels.length).toBeGreaterThanOrEqual(3);
  expect(labels.length).toBeLessThanOrEqual(4);
  const pick = right ? speaker : labels.find((l) => l !== speaker)!;
  const verdict = await answerWith(frame, pick);
  expect(verdict).toContain(right ? 'Right!' : 'Not quite.');
  expect(verdict).toContain(`${speaker} said it.`);
  expect(await frame.locator('.wsi__explanation').textContent()).toMatch(/\w/);
  await frame.locator('.wsi__next').click();
}

describe('demo quiz on the demo page', () => {
  it('plays the whole quiz: right for all but one, score N-1 of N', async () => {
    const { page, frame } = await openDemo();
    // The article is on the page, the quiz below it, embedded by script.
    await expect(page.locator('h1').textContent()).resolves.toContain('Kremlin');
    expect(await page.locator('script[src="/embed.js"][data-quiz="demo"]').count()).toBe(1);
    const n = await totalQuestions(frame);
    // The demo article has 11 attributable quotations (questions/ builds them).
    expect.soft(n).toBe(11);
    await page.locator('iframe').screenshot({ path: `${SCREENSHOTS}/quiz-question.png` });
    for (let i = 0; i < n; i++) {
      expect(await questionHeading(frame)).toBe(`Question ${i + 1} of ${n}`);
      if (i === 1) {
        // Check the answered state's look before moving on.
        const speaker = speakerOf(await quoteText(frame));
        const wrong = (await choiceLabels(frame)).find((l) => l !== speaker)!;
        await answerWith(frame, wrong);
        await page.locator('iframe').screenshot({ path: `${SCREENSHOTS}/quiz-answered-wrong.png` });
        await frame.locator('.wsi__next').click();
      } else {
        await playOne(frame, true);
      }
    }
    await expect(frame.locator('.wsi__score-value').textContent()).resolves.toBe(`${n - 1} of ${n}`);
    await page.locator('iframe').screenshot({ path: `${SCREENSHOTS}/quiz-score.png` });
    // Play again starts over.
    await frame.getByRole('button', { name: 'Play again' }).click();
    expect(await questionHeading(frame)).toBe(`Question 1 of ${n}`);
    await page.context().close();
  });

  it('plays with the keyboard only (Tab, arrows, Space, Enter)', async () => {
    const { page, frame } = await openDemo();
    const active = () =>
      frame.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return { tag: 'none', text: '', checked: false };
        const label = el.id ? document.querySelector(`label[for="${el.id}"] .wsi__name`)?.textContent : null;
        return { tag: el.tagName, text: label ?? el.textContent ?? '', checked: (el as HTMLInputElement).checked === true };
      });

    const n = await totalQuestions(frame);
    for (let q = 1; q <= 3; q++) {
      // Tab into the radio group.
      for (let i = 0; i < 10 && (await active()).tag !== 'INPUT'; i++) await page.keyboard.press('Tab');
      expect((await active()).tag).toBe('INPUT');
      const speaker = speakerOf(await quoteText(frame));
      const count = (await choiceLabels(frame)).length;
      await page.keyboard.press('Space');
      for (let i = 0; i < count && (await active()).text !== speaker; i++) await page.keyboard.press('ArrowDown');
      const picked = await active();
      expect(picked).toMatchObject({ text: speaker, checked: true });
      await page.keyboard.press('Tab');
      expect((await active()).text).toBe('Check answer');
      await page.keyboard.press('Enter');
      await frame.locator('.wsi__verdict').waitFor();
      expect(await frame.locator('.wsi__verdict').textContent()).toContain('Right!');
      // Focus went to "Next question".
      await expect.poll(async () => (await active()).text).toBe('Next question');
      if (q === 1) await page.locator('iframe').screenshot({ path: `${SCREENSHOTS}/quiz-keyboard-next-focus.png` });
      await page.keyboard.press('Enter');
      await expect.poll(() => questionHeading(frame)).toBe(`Question ${q + 1} of ${n}`);
      // …and then to the new question's heading.
      await expect.poll(async () => (await active()).text).toBe(`Question ${q + 1} of ${n}`);
    }
    await page.context().close();
  });

  it('resumes at the same question after a reload', async () => {
    const { page, frame } = await openDemo();
    const n = await totalQuestions(frame);
    await playOne(frame, true);
    await playOne(frame, false);
    expect(await questionHeading(frame)).toBe(`Question 3 of ${n}`);
    const quote = await quoteText(frame);
    await page.reload();
    const again = await quizFrame(page);
    expect(await questionHeading(again)).toBe(`Question 3 of ${n}`);
    expect(await quoteText(again)).toBe(quote);
    // Answered but not moved on: the reload shows the answer.
    const verdict = await answerWith(again, speakerOf(quote));
    await page.reload();
    const third = await quizFrame(page);
    expect(await third.locator('.wsi__verdict').textContent()).toBe(verdict);
    await third.locator('.wsi__next').click();
    expect(await questionHeading(third)).toBe(`Question 4 of ${n}`);
    await page.context().close();
  });

  it('still plays when storage is blocked', async () => {
    const blockStorage = `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });`;
    const { page, frame } = await openDemo(blockStorage);
    const n = await totalQuestions(frame);
    expect(await frame.evaluate(() => { try { return typeof localStorage; } catch { return 'blocked'; } })).toBe('blocked');
    await playOne(frame, true);
    await playOne(frame, true);
    expect(await questionHeading(frame)).toBe(`Question 3 of ${n}`);
    // Nothing persisted: a reload starts over (memory only).
    await page.reload();
    expect(await questionHeading(await quizFrame(page))).toBe(`Question 1 of ${n}`);
    await page.context().close();
  });
});
