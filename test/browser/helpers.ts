// Shared by the browser tests: Debian's Chromium through playwright-core (never
// a downloaded browser), the demo quiz's real speakers, and frame helpers.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const SCREENSHOTS = join(process.cwd(), 'test-results');
mkdirSync(SCREENSHOTS, { recursive: true });

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
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
