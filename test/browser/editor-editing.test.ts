// Issue 16: editing safely in the dashboard. People (rename, role, merge, add) applied to every
// question; an explanation in the article's words or marked as the editor's; a preview of the
// draft's real frame that counts nothing; the unsaved-changes guard (in-app navigation and
// beforeunload); a failed save scrolls to and focuses the problem; notices stay on their page;
// import errors in one sentence; statistics that survive an edit, removed questions keeping
// their quotation.
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { EditorQuiz } from '../../worker/editor-contract';
import type { QuizStats } from '../../worker/stats/types';
import { auth, card, makeDraft, openDetails, openEditor, openReview, REVIEW_ARTICLE } from './editor-helpers';
import { answerWith, browserForFile } from './helpers';

const baseUrl = inject('baseUrl');
const browser = await browserForFile();

const getQuiz = async (id: string) => (await (await fetch(`${baseUrl}/api/editor/quizzes/${id}`, { headers: auth })).json()) as EditorQuiz;
const saved = (page: Page) => page.locator('.ed-notice', { hasText: 'Saved.' }).waitFor();
/** The people panel's row of the person now called `name` (found by the name field's value, then by the person's id). */
async function personRow(page: Page, name: string) {
  const id = await page.locator('li.ed-person-row').evaluateAll((rows, n) => rows.find((r) => (r.querySelector('input') as HTMLInputElement).value === n)?.getAttribute('data-person-id') ?? 'none', name);
  return page.locator(`li.ed-person-row[data-person-id="${id}"]`);
}

describe('people and explanations', () => {
  it('renames a person and sets their role, merges two, adds one: every question takes it, and it is saved', async () => {
    const id = await makeDraft(baseUrl, REVIEW_ARTICLE);
    const page = await openReview(browser, baseUrl, id);
    const becker = await personRow(page, 'Tom Becker');
    await becker.getByLabel('Name').fill('Thomas Becker');
    await becker.getByLabel('Role readers see').fill('Owner, Harbour Books');
    // Every card's pickers show the new name at once.
    const speaker = (await card(page, 'I worry the construction')).getByLabel('Speaker (the right answer)');
    expect(await speaker.locator('option:checked').textContent()).toBe('Thomas Becker — Owner, Harbour Books');
    // Merge the coach into the player (the article's "he" was Nunez or Brandt: one entry now).
    await (await personRow(page, 'Eli Brandt')).getByLabel('Same person as…').selectOption({ label: 'Merge into Tyler Nunez' });
    expect(await (await personRow(page, 'Eli Brandt')).count()).toBe(0);
    expect(await (await personRow(page, 'Tyler Nunez')).locator('.ed-hint').textContent()).toContain('also called Eli Brandt');
    // Add someone, then offer them as a wrong choice.
    await page.getByLabel('Name', { exact: true }).last().fill('Min-jun Park');
    await page.getByLabel('Role readers see (optional)').fill('Harbour engineer');
    await page.getByRole('button', { name: 'Add person' }).click();
    const first = await card(page, 'We are spending money');
    await openDetails(first);
    await first.getByLabel('Wrong choice 1', { exact: true }).selectOption({ label: 'Min-jun Park — Harbour engineer' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await saved(page);

    const quiz = await getQuiz(id);
    expect(quiz.people.find((p) => p.name === 'Thomas Becker')).toMatchObject({ role: 'Owner, Harbour Books' });
    expect(quiz.people.some((p) => p.name === 'Eli Brandt')).toBe(false);
    expect(quiz.people.find((p) => p.name === 'Tyler Nunez')!.aliases).toContain('Eli Brandt');
    for (const q of quiz.questions) for (const c of q.choices) expect(c.label).not.toBe('Tom Becker');
    expect(quiz.questions.find((q) => q.quote.startsWith('We are spending'))!.choices.map((c) => c.label)).toContain('Min-jun Park');
    // The page shows what was saved, nothing left unsaved.
    expect(await page.getByRole('button', { name: 'Saved' }).isDisabled()).toBe(true);
    await page.context().close();
  });

  it('edits an explanation: the article’s words, or the editor’s own marked so, which readers see as an editor’s note', async () => {
    const id = await makeDraft(baseUrl, REVIEW_ARTICLE);
    const page = await openReview(browser, baseUrl, id);
    const target = await card(page, 'No ship will wait');
    await openDetails(target);
    const text = target.getByLabel('Explanation shown after answering');
    await text.fill('Duarte runs the port and has done so for twenty years.');
    await expect.poll(() => target.locator('.ed-error').textContent()).toContain('Not in the article');
    await target.getByLabel(/My own words/).check();
    expect(await target.locator('.ed-error').count()).toBe(0);
    await page.getByRole('button', { name: 'Save and publish' }).click();
    await page.locator('.ed-notice', { hasText: 'Published' }).waitFor();
    expect((await getQuiz(id)).questions.find((q) => q.quote.startsWith('No ship'))).toMatchObject({ explanationBy: 'editor', explanation: 'Duarte runs the port and has done so for twenty years.' });

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`${baseUrl}/embed/${id}`);
    await reader.waitForSelector('#wsi-root[data-ready]', { state: 'attached' });
    for (let i = 0; i < 5 && !(await reader.locator('.wsi__quote', { hasText: 'No ship' }).count()); i++) {
      await reader.locator('.wsi__choice').first().click();
      await reader.getByRole('button', { name: 'Check answer' }).click();
      await reader.locator('.wsi__next').click();
    }
    await answerWith(reader.mainFrame(), 'Ines Duarte');
    expect(await reader.locator('.wsi__explanation').textContent()).toBe('Editor’s note: Duarte runs the port and has done so for twenty years.');
    await reader.context().close();
    await page.context().close();
  });
});

describe('preview', () => {
  it('shows the draft’s real frame behind the editor token before publishing; its answers count nowhere', async () => {
    const id = await makeDraft(baseUrl, REVIEW_ARTICLE);
    expect((await fetch(`${baseUrl}/embed/${id}`)).status).toBe(404);
    const page = await openReview(browser, baseUrl, id);
    // An unsaved change: the preview saves first, so it shows what the editor sees.
    await page.getByLabel('Title', { exact: true }).fill('Previewed title');
    await page.getByRole('button', { name: 'Save and preview' }).click();
    const frameEl = page.locator('iframe.ed-preview-frame');
    await frameEl.waitFor();
    expect(await frameEl.getAttribute('src')).toMatch(new RegExp(`^${baseUrl}/preview/${id}\\?t=\\d+\\.[\\w-]+$`));
    const frame = (await (await frameEl.elementHandle())!.contentFrame())!;
    await frame.waitForSelector('#wsi-root[data-ready]', { state: 'attached' });
    expect(await frame.locator('.wsi__title').textContent()).toBe('Previewed title');
    expect(await frame.locator('.wsi__notice').textContent()).toContain('answers are not counted');
    await frame.locator('.wsi__choice').first().click();
    await frame.getByRole('button', { name: 'Check answer' }).click();
    await frame.locator('.wsi__verdict').waitFor();
    const stats = (await (await fetch(`${baseUrl}/api/editor/quizzes/${id}/stats`, { headers: auth })).json()) as QuizStats;
    expect({ starts: stats.starts, answers: stats.answers }).toEqual({ starts: 0, answers: 0 });
    expect((await fetch(`${baseUrl}/embed/${id}`)).status).toBe(404);
    // Without the link's signature: nothing.
    expect((await fetch(`${baseUrl}/preview/${id}`)).status).toBe(403);
    await page.context().close();
  });
});

describe('safe editing', () => {
  it('asks before leaving unsaved edits: in-app navigation, the browser’s Back, and closing the tab', async () => {
    const id = await makeDraft(baseUrl, REVIEW_ARTICLE);
    const page = await openReview(browser, baseUrl, id);
    await page.getByLabel('Title', { exact: true }).fill('Unsaved title');
    const asked: string[] = [];
    let answer = false;
    page.on('dialog', (d: Dialog) => {
      asked.push(`${d.type()}: ${d.message()}`);
      void (answer || d.type() === 'beforeunload' ? d.accept() : d.dismiss());
    });
    await page.getByRole('link', { name: '← All quizzes' }).click();
    expect(asked).toEqual(['confirm: This quiz has unsaved changes. Leave without saving them?']);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Unsaved title');
    // The brand link and a hash change (the browser's Back) ask too; staying keeps the page and its address.
    await page.locator('.ed-brand').click();
    await page.evaluate(() => (location.hash = '#/'));
    await expect.poll(() => asked.length).toBe(3);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/quiz/${id}`);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Unsaved title');
    // Closing the tab: the browser asks (beforeunload).
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked.some((a) => a.startsWith('beforeunload'))).toBe(true);
  });

  it('leaves when the editor says so, and asks nothing once saved', async () => {
    const id = await makeDraft(baseUrl, REVIEW_ARTICLE);
    const page = await openReview(browser, baseUrl, id);
    const asked: string[] = [];
    page.on('dialog', (d: Dialog) => {
      asked.push(d.type());
      void d.accept();
    });
    await page.getByLabel('Title', { exact: true }).fill('Saved title');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await saved(page);
    await page.getByRole('link', { name: '← All quizzes' }).click();
    await page.getByRole('heading', { name: 'Quizzes' }).waitFor();
    expect(asked).toEqual([]);
    await page.getByRole('link', { name: 'Saved title' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Thrown away');
    await page.getByRole('link', { name: '← All quizzes' }).click();
    await page.getByRole('heading', { name: 'Quizzes' }).waitFor();
    expect(asked).toEqual(['confirm']);
    expect((await getQuiz(id)).title).toBe('Saved title');
    await page.context().close();
  });

  it('a failed save scrolls to the first problem and focuses it, opening its card', async () => {
    const id = await makeDraft(baseUrl, REVIEW_ARTICLE);
    const page = await openReview(browser, baseUrl, id, 1280, 700);
    const target = await card(page, 'No ship will wait');
    await openDetails(target);
    await target.locator('textarea[id$="-quote"]').fill('No ship will ever wait');
    // Fold it away and go back to the top: the problem is out of sight.
    await target.getByRole('button', { name: 'Hide details' }).click();
    await page.evaluate(() => scrollTo(0, 0));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-quote$/);
    const focused = page.locator(':focus');
    expect(await focused.inputValue()).toBe('No ship will ever wait');
    const box = (await focused.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    expect(await page.getByRole('alert').textContent()).toContain('Not saved');
    await page.context().close();
  });

  it('a notice belongs to the page it was made on', async () => {
    const id = await makeDraft(baseUrl, REVIEW_ARTICLE, 'To be deleted');
    const other = await makeDraft(baseUrl, REVIEW_ARTICLE, 'Another quiz');
    const page = await openReview(browser, baseUrl, id);
    page.on('dialog', (d: Dialog) => void d.accept());
    await page.getByLabel('Title', { exact: true }).fill('To be deleted now');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await saved(page);
    await page.getByRole('link', { name: '← All quizzes' }).click();
    await page.getByRole('heading', { name: 'Quizzes' }).waitFor();
    expect(await page.locator('.ed-notice').count()).toBe(0);
    await page.getByRole('link', { name: 'To be deleted now' }).click();
    await page.getByRole('button', { name: 'Delete quiz' }).click();
    await page.locator('.ed-notice', { hasText: 'Deleted “To be deleted now”.' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Quizzes' }).isVisible()).toBe(true);
    // On to another page: the notice stays behind.
    await page.getByRole('link', { name: 'Another quiz' }).first().click();
    await page.getByRole('heading', { name: /Review quiz/ }).waitFor();
    expect(await page.locator('.ed-notice').count()).toBe(0);
    expect(other).toMatch(/\w/);
    await page.context().close();
  });

  it('an import that fails says why in one sentence', async () => {
    const page = await openEditor(browser, baseUrl, { hash: '#/new' });
    await page.getByRole('heading', { name: 'New quiz from an article' }).waitFor();
    await page.getByLabel('Article URL').check();
    await page.locator('input[type=url]').fill('http://127.0.0.1:1/article');
    await page.getByRole('button', { name: 'Make the quiz' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('p').textContent()).toBe("127.0.0.1:1 refused the connection or could not be reached; check the address, or paste the article's text instead.");
    await page.context().close();
  });
});

describe('statistics survive edits', () => {
  it('after an edit that changes two questions: a reader who finished still counts, removed questions keep their quotation', async () => {
    const id = await makeDraft(baseUrl, REVIEW_ARTICLE);
    const draft = await getQuiz(id);
    await fetch(`${baseUrl}/api/editor/quizzes/${id}`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: draft.title, questions: draft.questions.map((q) => ({ id: q.id, quote: q.quote, speakerId: q.speakerId, selected: true })) }),
    });
    const quiz = (await (await fetch(`${baseUrl}/api/editor/quizzes/${id}/publish`, { method: 'POST', headers: auth })).json()) as EditorQuiz;
    const answers = quiz.questions.map((q) => ({ question: q.id, choice: q.answer }));
    for (const a of answers) await fetch(`${baseUrl}/api/quizzes/${id}/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'finished-reader-01', ...a }) });
    await fetch(`${baseUrl}/api/quizzes/${id}/finish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'finished-reader-01', answers }) });

    // In the dashboard: two questions get another speaker (new questions), saved.
    const page = await openReview(browser, baseUrl, id);
    for (const fragment of ['We are spending money', 'I worry the construction']) {
      const picker = (await card(page, fragment)).getByLabel('Speaker (the right answer)');
      await picker.selectOption({ label: 'Ines Duarte — Harbour master' });
    }
    await page.getByRole('button', { name: 'Save changes' }).click();
    await saved(page);
    await page.getByRole('button', { name: 'Refresh' }).click();
    const panel = page.locator('[data-testid="quiz-stats"]');
    await expect.poll(() => panel.locator('.qs-tag', { hasText: 'removed' }).count()).toBe(2);
    await expect.poll(() => panel.locator('[data-figure="completion"]').textContent()).toBe('100%');
    expect(await panel.locator('.qs-tile', { hasText: 'Completion rate' }).textContent()).toContain('1 finished');
    const table = await panel.locator('.qs-table').innerText();
    expect(table).toContain('We are spending money we simply do not have');
    expect(table).toContain('I worry the construction will drive people away');
    expect(table).not.toContain('Removed question');
    await page.context().close();
  });
});
