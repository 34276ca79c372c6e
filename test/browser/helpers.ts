// Shared by the browser tests: Debian's Chromium through playwright-core (never
// a downloaded browser), the demo quiz's real speakers, and frame helpers.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll } from 'vitest';

export const SCREENSHOTS = join(process.cwd(), 'test-results');
mkdirSync(SCREENSHOTS, { recursive: true });

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Chromium for one test file, closed after its tests (`const browser = await browserForFile();` at the file's top). */
export async function browserForFile(): Promise<Browser> {
  const browser = await launchBrowser();
  afterAll(async () => {
    await browser.close();
  });
  return browser;
}

/** Distinctive fragment of each demo quotation → who said it, per the article. */
export const DEMO_SPEAKERS: [fragment: string, speaker: string][] = [
  ['Putin & I discussed', 'Donald Trump'],
  ['The fact that President Putin and I', 'Donald Trump'],
  ['There was, in fact', 'Dmitry Peskov'],
  ['Moreover, you know', 'Dmitry Peskov'],
  ['nobody promised', 'Dmitry Peskov'],
  ['The positive thing', 'Dmitry Peskov'],
  ['This obviously should not happen', 'Ben Sasse'],
  ['Putin is an enemy', 'Ben Sasse'],
  ['I am sure that Vladimir Putin', 'John McCain'],
  ['not the dumbest idea', 'Lindsey Graham'],
  ['literally the only person', 'Lindsey Graham'],
];

const norm = (s: string): string => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

export function speakerOf(quote: string): string {
  const hit = DEMO_SPEAKERS.find(([fragment]) => norm(quote).includes(norm(fragment)));
  if (!hit) throw new Error(`No known speaker for quote: ${quote}`);
  return hit[1];
}

/** The quiz iframe on a page (waits for it to load and hydrate). */
export async function quizFrame(page: Page, selector = 'iframe'): Promise<Frame> {
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('iframe has no content frame');
  await frame.waitForSelector('#wsi-root[data-ready]', { state: 'attached' });
  return frame;
}

export async function questionHeading(frame: Frame): Promise<string> {
  return (await frame.locator('.wsi__qheading').textContent()) ?? '';
}

export async function quoteText(frame: Frame): Promise<string> {
  return (await frame.locator('.wsi__quote').textContent()) ?? '';
}

export async function choiceLabels(frame: Frame): Promise<string[]> {
  return frame.locator('.wsi__name').allTextContents();
}

/** Picks a choice by its name (clicking the tile), checks the answer, returns the verdict text. */
export async function answerWith(frame: Frame, name: string): Promise<string> {
  await frame.locator('.wsi__choice', { has: frame.locator('.wsi__name', { hasText: new RegExp(`^${name}$`) }) }).click();
  await frame.getByRole('button', { name: 'Check answer' }).click();
  const verdict = frame.locator('.wsi__verdict');
  await verdict.waitFor();
  return (await verdict.textContent()) ?? '';
}

/** A short article with four clearly attributed speakers, for tests that make their own quiz. */
export const HARBOUR_ARTICLE = `Council approves new harbour bridge

The city council voted on Tuesday to build a new bridge across the harbour, ending a decade of debate.

Council member Robert Okafor voted against the plan. "We are spending money we simply do not have on a vanity project," Okafor said at the meeting.

Local shop owner Tom Becker was less sure. "I worry the construction will drive my customers away for years," Becker told reporters.

Mayor Jane Smith said the first cars could cross by 2029. "We promised the people a bridge, and we are going to deliver it on time," she said.

Harbour master Ines Duarte said the shipping lanes would stay open. "No ship will wait a single hour because of this work," Duarte said.`;

export type PlayStep = 'question' | 'answered' | 'end';

/** The primary button (check, next, play again) lies inside the frame's visible area, without scrolling to it. */
export function primaryButtonInView(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => {
    const button = document.querySelector('.wsi__actions .wsi__button');
    if (!button) return false;
    const box = button.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight + 0.5 || box.height === 0) return false;
    // Nothing drawn over its middle.
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit === button || button.contains(hit);
  });
}

/** Answers the current question with its first choice: pointer (tile, then Check) or keyboard (Space, then Enter). */
export async function answerFirstChoice(page: Page, frame: Frame, keyboard = false): Promise<void> {
  if (keyboard) {
    await frame.locator('.wsi__radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
  } else {
    await frame.locator('.wsi__choice').first().click();
    await frame.getByRole('button', { name: 'Check answer' }).click();
  }
  await frame.locator('.wsi__verdict').waitFor();
}

/** Clicks Next and waits for focus to reach the next question's heading or the score, as a reader's next key would. */
export async function goNext(frame: Frame): Promise<void> {
  const next = Number(/Question (\d+)/.exec(await questionHeading(frame))?.[1]) + 1;
  await frame.locator('.wsi__next').click();
  await frame.waitForFunction((number) => {
    const el = document.activeElement;
    return el?.classList.contains('wsi__end-heading') || (el?.id === 'wsi-q-heading' && el.textContent?.startsWith(`Question ${number} `));
  }, next);
}

/**
 * Plays a whole quiz in a frame: each question answered with its first choice (by
 * clicking the tile and the Check button, or with the keyboard: Space on a choice,
 * then Enter), Next, the end screen, then Play again. Calls `onStep` in every
 * state. Returns the number of questions.
 */
export async function playThrough(
  page: Page,
  frame: Frame,
  options: { keyboard?: boolean; onStep?: (step: PlayStep, index: number) => Promise<void> } = {},
): Promise<number> {
  const total = Number(/of (\d+)/.exec(await questionHeading(frame))?.[1]);
  if (!total) throw new Error('no question heading');
  for (let i = 0; i < total; i++) {
    await options.onStep?.('question', i);
    await answerFirstChoice(page, frame, options.keyboard);
    await options.onStep?.('answered', i);
    await goNext(frame);
  }
  await frame.locator('.wsi__score').waitFor();
  await options.onStep?.('end', total);
  await frame.getByRole('button', { name: 'Play again' }).click();
  await frame.waitForFunction(() => document.activeElement?.id === 'wsi-q-heading');
  if ((await questionHeading(frame)) !== `Question 1 of ${total}`) throw new Error('Play again did not start over');
  return total;
}

/** Makes and publishes a quiz through the editors' API of the `wrangler dev` under test; returns its id. */
export async function publishQuiz(baseUrl: string, token: string, text: string): Promise<string> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const made = await fetch(`${baseUrl}/api/editor/quizzes`, { method: 'POST', headers, body: JSON.stringify({ text }) });
  if (made.status !== 201) throw new Error(`create: ${made.status} ${await made.text()}`);
  const { id } = (await made.json()) as { id: string };
  const published = await fetch(`${baseUrl}/api/editor/quizzes/${id}/publish`, { method: 'POST', headers });
  if (!published.ok) throw new Error(`publish: ${published.status} ${await published.text()}`);
  return id;
}

/** The iframe's rendered height on the host page, and the frame document's content height and overflow. */
export async function frameMetrics(page: Page, frame: Frame, selector = 'iframe'): Promise<{ iframe: number; content: number; sideways: boolean }> {
  const iframe = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  return { iframe, ...inner };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.2 AA and best-practice violations in a page or a frame (or in `include` there). */
export async function axeViolations(target: Page | Frame, include?: string): Promise<string[]> {
  await target.addScriptTag({ path: axePath });
  return target.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: object, opts: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await axe.run(sel ? { include: [[sel]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include ?? null);
}
