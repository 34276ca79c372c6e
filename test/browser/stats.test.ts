// Issue 5: the editors' stats panel in Chromium against a real `wrangler dev`:
// readers answer a fresh quiz through the public API, the panel shows exact
// figures (no Cron has run: the read path merges pending answers), the CSV downloads.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, inject, it } from 'vitest';
import type { EditorQuiz } from '../../worker/editor-contract';
import type { QuizStats } from '../../worker/stats/types';
import { LOCAL_EDITOR_TOKEN } from './global-setup';
import { HARBOUR_ARTICLE, browserForFile, SCREENSHOTS } from './helpers';

const baseUrl = inject('baseUrl');
const auth = { authorization: `Bearer ${LOCAL_EDITOR_TOKEN}` };
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A page on the Worker's origin that renders only <QuizStats> (bundled here with esbuild), styled like the editor. */
async function harnessHtml(quizId: string): Promise<string> {
  const root = process.cwd();
  const out = await build({
    stdin: {
      contents: `import { render, h } from 'preact'; import { QuizStats } from './widget/editor/stats/QuizStats';
        render(h(QuizStats, { quizId: ${JSON.stringify(quizId)}, token: ${JSON.stringify(LOCAL_EDITOR_TOKEN)} }), document.getElementById('root'));`,
      resolveDir: root,
      loader: 'tsx',
    },
    bundle: true,
    write: false,
    outdir: join(root, '.stats-harness'),
    jsx: 'automatic',
    jsxImportSource: 'preact',
    format: 'iife',
    logLevel: 'silent',
  });
  const js = out.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const css = out.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  const editorCss = await readFile(join(root, 'widget/editor/editor.css'), 'utf8').catch(() => '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stats</title><style>${editorCss}\n${css}</style></head>
    <body><main style="max-width: 960px; margin: 1.5rem auto; padding: 0 1rem"><div id="root"></div></main><script>${js.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}

const browser = await browserForFile();

describe('editors’ stats panel', () => {
  it('shows plays, completion, scores, per-question difficulty and confusions, a trend, and exports CSV', async () => {
    const created = await json<EditorQuiz>(await fetch(`${baseUrl}/api/editor/quizzes`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ text: HARBOUR_ARTICLE }) }));
    const quiz = await json<EditorQuiz>(await fetch(`${baseUrl}/api/editor/quizzes/${created.id}/publish`, { method: 'POST', headers: auth }));
    const asked = quiz.questions.filter((q) => q.selected);
    expect(asked.length).toBeGreaterThanOrEqual(3);

    // 24 readers: reader r gets question i right unless (r + i) % 3 === 0; a wrong pick is always the
    // first other choice, so each question's most-picked wrong answer is known. Readers 20–23 stop early.
    const sessions = Array.from({ length: 24 }, (_, r) => `browser-reader-${String(r).padStart(3, '0')}`);
    const posts: Promise<Response>[] = [];
    let completed = 0;
    sessions.forEach((session, r) => {
      const upTo = r >= 20 ? 1 : asked.length;
      if (upTo === asked.length) completed += 1;
      asked.slice(0, upTo).forEach((q, i) => {
        const wrong = q.choices.find((c) => c.id !== q.answer)!;
        const choice = (r + i) % 3 === 0 ? wrong.id : q.answer;
        const body = JSON.stringify({ session, question: q.id, choice });
        // Each answer twice, concurrently: counted once.
        for (let k = 0; k < 2; k++) posts.push(fetch(`${baseUrl}/api/quizzes/${quiz.id}/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
      });
    });
    expect((await Promise.all(posts)).every((res) => res.status === 200)).toBe(true);

    // Counted within a moment (the Worker passes answers on every 100 ms); then exactly, nothing twice.
    const distinct = 20 * asked.length + 4;
    const read = () => fetch(`${baseUrl}/api/editor/quizzes/${quiz.id}/stats`, { headers: auth }).then((res) => json<QuizStats>(res));
    await expect.poll(async () => (await read()).answers, { timeout: 5_000 }).toBe(distinct);
    const stats = await read();
    expect({ starts: stats.starts, completions: stats.completions }).toEqual({ starts: 24, completions: completed });
    for (const [i, q] of asked.entries()) {
      const s = stats.questions.find((x) => x.id === q.id)!;
      const answered = sessions.filter((_, r) => r < 20 || i === 0);
      const wrong = answered.filter((_, r) => (r + i) % 3 === 0).length;
      expect({ answers: s.answers, correct: s.correct }).toEqual({ answers: answered.length, correct: answered.length - wrong });
      expect(s.topWrong?.label).toBe(q.choices.find((c) => c.id !== q.answer)!.label);
    }

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    await page.route(`${baseUrl}/__stats-harness`, async (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: await harnessHtml(quiz.id) }));
    await page.goto(`${baseUrl}/__stats-harness`);
    await page.waitForSelector('[data-testid="quiz-stats"]');

    expect(await page.textContent('[data-figure="plays"]')).toBe('24');
    expect(await page.textContent('[data-figure="completion"]')).toBe(`${Math.round((100 * completed) / 24)}%`);
    expect(await page.textContent('[data-figure="average"]')).toBe(stats.averageScore!.toFixed(1));
    const rows = page.locator('.qs-table tbody tr');
    expect(await rows.count()).toBe(asked.length);
    const firstRow = await rows.nth(0).innerText();
    expect(firstRow).toContain(asked[0]!.speaker);
    expect(firstRow).toContain(stats.questions.find((x) => x.id === asked[0]!.id)!.topWrong!.label);
    expect(await page.locator('svg.qs-chart[role="img"]').count()).toBe(2);
    expect(await page.getAttribute('svg.qs-chart >> nth=0', 'aria-label')).toContain('Score distribution');

    await page.screenshot({ path: join(SCREENSHOTS, 'stats-dashboard.png'), fullPage: true });

    // The filled-in panel passes axe (the editor test checks it too, with no readers yet). Only the
    // panel: the harness page around it is no real page (no h1).
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: object, opts: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const r = await axe.run({ include: [['[data-testid="quiz-stats"]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
    expect(download.suggestedFilename()).toBe(`${quiz.id}-questions.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('position,question_id,quote,right_answer,answers,correct,percent_correct,most_picked_wrong,most_picked_wrong_count,picks');
    expect(lines).toHaveLength(1 + asked.length);
    expect(lines[1]).toContain(`"${asked[0]!.id}"`);
    await page.close();
  });
});
