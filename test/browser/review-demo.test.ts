// Issue 16, "done": a scripted review of the demo quiz, measuring what it takes an editor to
// check every attribution, fix one speaker, drop one question and publish. The demo article is
// made into a draft (as pasting it would), one question is given a wrong speaker first (the
// question builder's mistake to catch), then the review runs on the keyboard and the pointer as
// an editor would: J through every question (each quotation shown in the article beside its
// speaker, checked against the article's speakers), the wrong speaker picked right, X on one
// question, "Save and publish". Clicks, keys and seconds are written to
// test-results/review-demo.json and printed.
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { EditorQuiz } from '../../worker/editor-contract';
import { auth, makeDraft, openReview } from './editor-helpers';
import { browserForFile, SCREENSHOTS, speakerOf } from './helpers';

const baseUrl = inject('baseUrl');
const browser = await browserForFile();

describe('a scripted review of the demo quiz', () => {
  it('checks every attribution, fixes one speaker, drops one question and publishes: clicks and seconds', async () => {
    const article = await readFile('worker/demo/article.txt', 'utf8');
    const id = await makeDraft(baseUrl, article, 'Demo, reviewed');
    // The builder's mistake to catch: one question credited to someone else.
    const draft = (await (await fetch(`${baseUrl}/api/editor/quizzes/${id}`, { headers: auth })).json()) as EditorQuiz;
    const wrongAt = 4;
    const misattributed = draft.questions[wrongAt]!;
    const wrongPerson = misattributed.choices.find((c) => c.id !== misattributed.answer)!;
    const edit = {
      title: draft.title,
      version: draft.version,
      questions: draft.questions.map((q, i) => ({ id: q.id, quote: q.quote, speakerId: i === wrongAt ? wrongPerson.id : q.speakerId, selected: true })),
    };
    expect((await fetch(`${baseUrl}/api/editor/quizzes/${id}`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(edit) })).status).toBe(200);

    const page = await openReview(browser, baseUrl, id, 1280, 900);
    const n = await page.locator('li.ed-question').count();
    expect(n).toBe(draft.questions.length);
    // What the editor does from here on is counted: every pointer click, key press and picked option.
    await page.evaluate(() => {
      const w = window as unknown as { counts: { clicks: number; keys: number; picks: number } };
      w.counts = { clicks: 0, keys: 0, picks: 0 };
      addEventListener('click', (e) => e.isTrusted && e.detail > 0 && w.counts.clicks++, true);
      addEventListener('keydown', (e) => e.isTrusted && w.counts.keys++, true);
      addEventListener('change', (e) => e.target instanceof HTMLSelectElement && w.counts.picks++, true);
    });
    const started = Date.now();

    // 1. Check every attribution: J to each question; its quotation is outlined in the article beside it.
    const wrong: number[] = [];
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('j');
      const current = page.locator('li.ed-question--current');
      await expect.poll(() => current.getAttribute('id')).toBe(await page.locator('li.ed-question').nth(i).getAttribute('id'));
      const mark = page.locator('.ed-hl--current');
      expect(await mark.count()).toBe(1);
      const quote = (await current.getAttribute('data-quote'))!;
      const said = (await current.getByLabel('Speaker (the right answer)').locator('option:checked').textContent())!.split(' — ')[0];
      if (said !== speakerOf(quote)) wrong.push(i);
    }
    expect(wrong).toEqual([wrongAt]);

    // 2. Fix that speaker: show it again from its quotation in the article, pick the right person.
    await page.locator('.ed-article .ed-hl').nth(wrongAt).click();
    const fix = page.locator('li.ed-question--current');
    const right = speakerOf((await fix.getAttribute('data-quote'))!);
    const option = await fix.getByLabel('Speaker (the right answer)').locator('option', { hasText: new RegExp(`^${right}\\b`) }).getAttribute('value');
    await fix.getByLabel('Speaker (the right answer)').selectOption(option!);

    // 3. Drop one question (the last): a click on its quotation makes it the one under review, X leaves it out.
    await page.locator('li.ed-question').last().locator('.ed-q-quote').click();
    await page.keyboard.press('x');
    expect(await page.locator('li.ed-question').last().getByLabel('Include in the quiz').isChecked()).toBe(false);

    // 4. Publish.
    await page.getByRole('button', { name: 'Save and publish' }).click();
    await page.locator('.ed-notice', { hasText: 'Published' }).waitFor();
    const seconds = (Date.now() - started) / 1000;
    const counts = await page.evaluate(() => (window as unknown as { counts: { clicks: number; keys: number; picks: number } }).counts);

    const published = (await (await fetch(`${baseUrl}/api/editor/quizzes/${id}`, { headers: auth })).json()) as EditorQuiz;
    expect(published.status).toBe('published');
    expect(published.questions.filter((q) => q.selected)).toHaveLength(n - 1);
    for (const q of published.questions) expect(q.speaker).toBe(speakerOf(q.quote));
    await page.screenshot({ path: `${SCREENSHOTS}/review-demo-published.png` });

    // A pointer user picks an option with two clicks (open, choose); a keyboard user with one key.
    const result = { questions: n, clicks: counts.clicks, keys: counts.keys, picks: counts.picks, actions: counts.clicks + counts.keys + counts.picks, seconds: Math.round(seconds * 10) / 10 };
    await writeFile(`${SCREENSHOTS}/review-demo.json`, JSON.stringify(result, null, 2) + '\n');
    console.log(
      `review of the demo quiz (${n} questions): ${result.clicks} clicks, ${result.keys} keys, ${result.picks} option picked; ${result.actions} actions in ${result.seconds} s ` +
        '(every attribution checked, one speaker fixed, one question dropped, published)',
    );
    expect(result.actions).toBeLessThanOrEqual(n + 6);
    await page.context().close();
  });
});
