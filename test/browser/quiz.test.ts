// Issue 2: a reader plays the demo quiz on the demo article page, in Chromium,
// against a real `wrangler dev`. Issue 5: the reader's standing at the end.
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ReaderStanding } from '../../worker/contract';
import type { EditorQuiz } from '../../worker/editor-contract';
import type { QuizStats } from '../../worker/stats/types';
import { LOCAL_EDITOR_TOKEN } from './global-setup';
import { answerWith, choiceLabels, HARBOUR_ARTICLE, browserForFile, questionHeading, quizFrame, quoteText, SCREENSHOTS, speakerOf } from './helpers';

const baseUrl = inject('baseUrl');
const browser = await browserForFile();

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
    // The demo article has 11 attributable quotations; questions/ selects 8 of them for readers
    // (5–8 by default, no speaker the answer to more than about a third).
    expect.soft(n).toBe(8);
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
    await expect(frame.locator('.wsi__score').textContent()).resolves.toBe(`${n - 1} of ${n}`);
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

// ——— Issue 5: "you did better than N% of readers" ———

async function editorJson<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}/api/editor/quizzes${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${LOCAL_EDITOR_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('reader standing at the end', () => {
  // A quiz of this test's own, so every finished session in its population is one this test made.
  let quiz: EditorQuiz;
  let asked: EditorQuiz['questions'];
  beforeAll(async () => {
    const created = await editorJson<EditorQuiz>('', { text: HARBOUR_ARTICLE });
    quiz = await editorJson<EditorQuiz>(`/${created.id}/publish`);
    asked = quiz.questions.filter((q) => q.selected);
  });

  /** Plays the quiz in its own browser context through /embed/:id, the first `right` questions right, the rest wrong. */
  async function play(right: number, init?: (page: Page) => Promise<void>): Promise<{ page: Page; frame: Frame; session: string }> {
    const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
    const page = await context.newPage();
    await init?.(page);
    await page.goto(`${baseUrl}/embed/${quiz.id}`);
    const frame = page.mainFrame();
    await frame.waitForSelector('#wsi-root[data-ready]', { state: 'attached' });
    for (let i = 0; i < asked.length; i++) {
      const quote = await quoteText(frame);
      // Readers see a closing comma as a full stop (toPublicQuiz).
      const bare = (s: string) => s.trim().replace(/[.,]$/, '');
      const q = asked.find((x) => bare(quote) === bare(x.quote))!;
      expect(q, quote).toBeDefined();
      const speaker = q.choices.find((c) => c.id === q.answer)!.label;
      const pick = i < right ? speaker : (await choiceLabels(frame)).find((l) => l !== speaker)!;
      expect(await answerWith(frame, pick)).toContain(i < right ? 'Right!' : 'Not quite.');
      await frame.locator('.wsi__next').click();
    }
    // The score shows at once, whatever the standing request does.
    expect(await frame.locator('.wsi__score').textContent()).toBe(`${right} of ${asked.length}`);
    const saved = await frame.evaluate((key) => localStorage.getItem(key), `whosaidit:v1:${quiz.id}`);
    return { page, frame, session: (JSON.parse(saved!) as { session: string }).session };
  }

  const standingLine = (frame: Frame) => frame.locator('.wsi__standing');

  async function standingOf(session: string): Promise<ReaderStanding> {
    const res = await fetch(`${baseUrl}/api/quizzes/${quiz.id}/standing?session=${session}`);
    expect(res.status).toBe(200);
    return (await res.json()) as ReaderStanding;
  }

  /** A reader who answers through the API only (no browser), the first `right` questions right. */
  async function apiReader(session: string, right: number): Promise<void> {
    for (const [i, q] of asked.entries()) {
      const choice = i < right ? q.answer : q.choices.find((c) => c.id !== q.answer)!.id;
      const res = await fetch(`${baseUrl}/api/quizzes/${quiz.id}/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, question: q.id, choice }) });
      expect(res.status).toBe(200);
    }
  }

  it('first finisher, then a reader who did better than an exact share of the others; in a polite live region', async () => {
    const n = asked.length;
    expect(n).toBeGreaterThanOrEqual(3); // so that 0 < 1 < n - 1 < n are four different scores
    const finished: number[] = []; // scores of every session that completed the quiz, in order

    // Reader A: the first to finish (score 1).
    const a = await play(1);
    finished.push(1);
    await expect.poll(() => standingLine(a.frame).textContent()).toBe('You’re among the first to finish this quiz.');
    expect(await standingLine(a.frame).getAttribute('role')).toBe('status');
    await a.page.context().close();

    // Two more finish through the API: one with no right answer, one with all.
    await apiReader('standing-api-zero', 0);
    await apiReader('standing-api-full', n);
    finished.push(0, n);

    // Reader B, in another browser context, with a different score from A's (n − 1).
    const b = await play(n - 1);
    const others = [...finished];
    const expected = Math.floor((100 * others.filter((s) => s < n - 1).length) / others.length);
    expect(expected).toBe(66); // 2 of the 3 others scored lower
    await expect.poll(() => standingLine(b.frame).textContent()).toBe(`You did better than ${expected}% of readers.`);
    expect(await standingLine(b.frame).getAttribute('role')).toBe('status');
    // The same figures from the API, for B's own session (B excluded from its population).
    expect(await standingOf(b.session)).toMatchObject({ session: b.session, complete: true, score: n - 1, others: 3, below: 2, same: 0, above: 1, betterThan: expected });
    await b.page.screenshot({ path: `${SCREENSHOTS}/quiz-standing.png` });
    await b.page.context().close();
  });

  it('still shows the score, with no standing line, when the standing request fails', async () => {
    let failed = 0;
    const { page, frame } = await play(asked.length, async (p) => {
      await p.route('**/finish', (route) => {
        failed += 1;
        return route.abort();
      });
    });
    await expect.poll(() => failed).toBe(1);
    // Give the rejected request a moment to be handled, then: nothing shown, nothing broken.
    await page.waitForTimeout(200);
    expect(await standingLine(frame).textContent()).toBe('');
    expect(await frame.locator('.wsi__score').textContent()).toBe(`${asked.length} of ${asked.length}`);
    await frame.getByRole('button', { name: 'Play again' }).click();
    expect(await questionHeading(frame)).toBe(`Question 1 of ${asked.length}`);
    await page.context().close();
  });
});

// ——— Issue 14: every answer a reader saw the result of counts once, also when they leave at once ———

describe('an answer whose request fails', () => {
  it('keeps the pick sent: the choices lock, and trying again sends the same one', async () => {
    const { page, frame } = await openDemo();
    const sent: string[] = [];
    let failNext = true;
    await page.route('**/api/quizzes/*/answers', async (route) => {
      sent.push((JSON.parse(route.request().postData() ?? '{}') as { choice: string }).choice);
      if (failNext) {
        failNext = false;
        await route.abort('connectionreset');
      } else await route.continue();
    });
    const choices = frame.locator('.wsi__choice input[type="radio"]');
    await frame.locator('.wsi__choice').first().click();
    await frame.getByRole('button', { name: 'Check answer' }).click();
    await frame.locator('.wsi__error').waitFor();
    // The reader's answer may have been counted: it stands, and the other choices cannot be picked now.
    expect(await choices.first().isChecked()).toBe(true);
    expect(await choices.nth(1).isDisabled()).toBe(true);
    await frame.locator('.wsi__choice').nth(1).click({ force: true });
    expect(await choices.first().isChecked()).toBe(true);
    await frame.getByRole('button', { name: 'Check answer' }).click();
    await frame.locator('.wsi__verdict').waitFor();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    // The next question can be picked freely again.
    await frame.locator('.wsi__next').click();
    expect(await choices.nth(1).isDisabled()).toBe(false);
    await page.context().close();
  });

  it('keeps the pick sent after a reload of the page, and frees it after a refusal that counted nothing', async () => {
    const { page, frame } = await openDemo();
    let mode: 'lose' | 'refuse' | 'pass' = 'lose';
    const sent: string[] = [];
    await page.route('**/api/quizzes/*/answers', async (route) => {
      sent.push((JSON.parse(route.request().postData() ?? '{}') as { choice: string }).choice);
      if (mode === 'lose') await route.abort('connectionreset');
      else if (mode === 'refuse') await route.fulfill({ status: 429, contentType: 'application/json', body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many answers from your network in the last minute; please wait a moment and try again.' } }) });
      else await route.continue();
    });
    await frame.locator('.wsi__choice').nth(2).click();
    await frame.getByRole('button', { name: 'Check answer' }).click();
    await frame.locator('.wsi__error').waitFor();
    await page.reload();
    const again = await quizFrame(page);
    const radios = again.locator('.wsi__choice input[type="radio"]');
    await again.locator('#wsi-root[data-ready]').waitFor({ state: 'attached' });
    expect(await radios.nth(2).isChecked()).toBe(true);
    expect(await radios.nth(0).isDisabled()).toBe(true);
    // A refusal (429) counted nothing: the reader may pick again.
    mode = 'refuse';
    await again.getByRole('button', { name: 'Check answer' }).click();
    await again.locator('.wsi__error', { hasText: 'Too many answers' }).waitFor();
    expect(await radios.nth(0).isDisabled()).toBe(false);
    mode = 'pass';
    await again.locator('.wsi__choice').nth(0).click();
    await again.getByRole('button', { name: 'Check answer' }).click();
    await again.locator('.wsi__verdict').waitFor();
    expect(sent).toEqual([sent[0], sent[0], sent[2]]);
    expect(sent[2]).not.toBe(sent[0]);
    await page.context().close();
  });
});

describe('a reader who leaves mid-quiz', () => {
  it('is counted and written down: the page sends its answers as it closes (navigator.sendBeacon)', async () => {
    const created = await editorJson<EditorQuiz>('', { text: HARBOUR_ARTICLE });
    const quiz = await editorJson<EditorQuiz>(`/${created.id}/publish`);
    const stats = async () => {
      const res = await fetch(`${baseUrl}/api/editor/quizzes/${quiz.id}/stats`, { headers: { authorization: `Bearer ${LOCAL_EDITOR_TOKEN}` } });
      return (await res.json()) as QuizStats;
    };
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/embed/${quiz.id}`);
    const frame = page.mainFrame();
    await frame.waitForSelector('#wsi-root[data-ready]', { state: 'attached' });
    await frame.locator('.wsi__choice').first().click();
    await frame.getByRole('button', { name: 'Check answer' }).click();
    await frame.locator('.wsi__verdict').waitFor();
    await frame.locator('.wsi__next').click();
    await frame.locator('.wsi__choice').nth(1).click();
    await frame.getByRole('button', { name: 'Check answer' }).click();
    await frame.locator('.wsi__verdict').waitFor();
    // Counted within a moment (the Worker passes answers on every BATCH_MS), not yet written down.
    await expect.poll(async () => { const s = await stats(); return [s.answers, s.pending]; }, { timeout: 5_000 }).toEqual([2, 2]);
    // The reader closes the tab right after seeing the second result. Only the page's beacon
    // writes a session down this soon (else the object waits two idle minutes): pending drops to 0.
    await page.close({ runBeforeUnload: true });
    await expect.poll(async () => { const s = await stats(); return [s.answers, s.pending]; }, { timeout: 10_000 }).toEqual([2, 0]);
    await context.close();
  });
});
