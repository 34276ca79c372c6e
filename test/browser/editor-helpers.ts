// Shared by the editors' dashboard tests: signing in, axe-core, finding a question's card.
import type { Browser, Locator, Page } from 'playwright-core';
import { LOCAL_EDITOR_TOKEN } from './global-setup';

export { axeViolations } from './helpers';

/** A short article whose last quotation the question builder is unsure of (a player talked of in the third person). */
// Becker's worry names no customers: "my customers" beside one shop owner among the choices would give
// the answer away, and the question builder would not ask it (questions/06-fairness.ts).
export const REVIEW_ARTICLE = `Council approves new harbour bridge

The city council voted on Tuesday to build a new bridge across the harbour, ending a decade of debate.

Council member Robert Okafor voted against the plan. "We are spending money we simply do not have on a vanity project," Okafor said at the meeting.

Local shop owner Tom Becker was less sure. "I worry the construction will drive people away for years," Becker told reporters.

Mayor Jane Smith said the first cars could cross by 2029. "We promised the people a bridge, and we are going to deliver it on time," she said.

Harbour master Ines Duarte said the shipping lanes would stay open. "No ship will wait a single hour because of this work," Duarte said.

Coach Eli Brandt took questions. Point guard Tyler Nunez, sitting beside him, nodded. "Tyler talked the most in the locker room," he said.`;

export const auth = { authorization: `Bearer ${LOCAL_EDITOR_TOKEN}` };

/** Signs in with the token (bypassCSP only so axe-core can be injected; the CSP itself is tested in workerd). */
export async function openEditor(browser: Browser, baseUrl: string, options: { token?: string; width?: number; height?: number; hash?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1100, height: options.height ?? 1000 }, bypassCSP: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/editor${options.hash ?? ''}`);
  await page.getByLabel('Editor token').fill(options.token ?? LOCAL_EDITOR_TOKEN);
  await page.getByRole('button', { name: 'Continue' }).click();
  return page;
}

/** Makes a draft through the editors' API; returns its id. */
export async function makeDraft(baseUrl: string, text: string, title?: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/editor/quizzes`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ text, ...(title ? { title } : {}) }) });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** Opens a quiz's review page and waits for it. */
export async function openReview(browser: Browser, baseUrl: string, id: string, width = 1280, height = 900): Promise<Page> {
  const page = await openEditor(browser, baseUrl, { width, height, hash: `#/quiz/${id}` });
  await page.getByRole('heading', { name: /Review quiz/ }).waitFor();
  await page.locator('.ed-busy').waitFor({ state: 'detached' });
  return page;
}

/** The review card of the question whose quotation contains `fragment` (found once by its quotation, then by its stable id). */
export async function card(page: Page, fragment: string): Promise<Locator> {
  const id = await page.locator('li.ed-question').evaluateAll((cards, f) => cards.find((c) => (c as HTMLElement).dataset.quote?.includes(f))?.id ?? null, fragment);
  if (!id) throw new Error(`No question card quoting "${fragment}"`);
  return page.locator(`li#${id}`);
}

/** Opens a card's wrong choices, wording and explanation. */
export async function openDetails(target: Locator): Promise<void> {
  const more = target.locator('.ed-more');
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

/** Whether the page scrolls sideways. */
export const sideways = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
