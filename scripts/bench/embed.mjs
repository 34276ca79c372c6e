// Embed weight and speed (a benchmark: it reports, it does not pass or fail).
//   - embed.js, gzipped (budget 1.5 KB)
//   - everything the quiz frame loads: HTML, JS, CSS, data, gzipped (budget 15 KB)
//   - time to first question in Chromium, on a host page of another origin
//   - heights for hosts that cannot resize: the height /oembed declares against the first
//     question's at 320, 500 and 640 px, and the tallest state at WordPress's 500 px (cap 1000)
// Uses BENCH_BASE_URL if set (a running `npm start`), else builds nothing and
// starts its own `wrangler dev` on free ports with a fresh local KV.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startDev } from './dev-server.mjs';

const QUIZ = process.env.BENCH_QUIZ ?? 'demo';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(2)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function frameWeight(base) {
  const url = `${base}/embed/${QUIZ}`;
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  const rows = [[`/embed/${QUIZ} (HTML + embedded quiz data)`, html.length, gz(html)]];
  const text = html.toString('utf8');
  const subresources = [...text.matchAll(/<(?:link rel="stylesheet"|script)[^>]*(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
  for (const path of subresources) {
    const buf = Buffer.from(await (await fetch(new URL(path, base))).arrayBuffer());
    rows.push([path, buf.length, gz(buf)]);
  }
  return rows;
}

/** The end screen's code and styles (widget/end/): loaded only when a reader nears the end, so outside the budget. */
async function endWeight(base, frameRows) {
  const frameJs = frameRows.find(([path]) => /\/frame\.[A-Z0-9]+\.js$/.test(path))?.[0];
  const js = frameJs && /\/assets\/end\.[A-Z0-9]+\.js/.exec(await (await fetch(new URL(frameJs, base))).text())?.[0];
  if (!js) return [];
  const jsBuf = Buffer.from(await (await fetch(new URL(js, base))).arrayBuffer());
  const css = /\/assets\/end\.[A-Z0-9]+\.css/.exec(jsBuf.toString('utf8'))?.[0];
  const rows = [[js, jsBuf.length, gz(jsBuf)]];
  if (css) {
    const cssBuf = Buffer.from(await (await fetch(new URL(css, base))).arrayBuffer());
    rows.push([css, cssBuf.length, gz(cssBuf)]);
  }
  return rows;
}

async function timeToFirstQuestion(base) {
  const hostPage = `<!doctype html><meta charset="utf-8"><title>bench host</title><p>Article.</p><script src="${base}/embed.js" data-quiz="${QUIZ}" async></script>`;
  const host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const hostUrl = `http://127.0.0.1:${host.address().port}/`;
  const browser = await launch();
  const visible = [];
  const interactive = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext(); // cold cache each run
      const page = await context.newPage();
      await page.goto(hostUrl, { waitUntil: 'commit' });
      const iframe = await page.waitForSelector('iframe', { state: 'attached' });
      const frame = await iframe.contentFrame();
      await frame.waitForSelector('.wsi__quote', { state: 'visible' });
      const shown = await page.evaluate(() => performance.now());
      await frame.waitForSelector('#wsi-root[data-ready]', { state: 'attached' });
      const ready = await page.evaluate(() => performance.now());
      if (i > 0) {
        // run 0 warms wrangler/workerd
        visible.push(shown);
        interactive.push(ready);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    host.close();
  }
  return { visible: median(visible), interactive: median(interactive) };
}

const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });

async function frameHeights(base) {
  const browser = await launch();
  const contentHeight = (page) => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const rows = [];
  try {
    for (const width of [320, 500, 640]) {
      const oembed = await (await fetch(`${base}/oembed?url=${encodeURIComponent(`${base}/embed/${QUIZ}`)}&maxwidth=${width}&format=json`)).json();
      const page = await browser.newPage({ viewport: { width, height: 1200 } });
      await page.goto(`${base}/embed/${QUIZ}`);
      await page.waitForSelector('#wsi-root[data-ready]', { state: 'attached' });
      const first = await contentHeight(page);
      let tallest = first;
      if (width === 500) {
        // Every state: each question unanswered and answered, then the score.
        while (!(await page.locator('.wsi__score').count())) {
          await page.locator('.wsi__choice').first().click();
          await page.getByRole('button', { name: 'Check answer' }).click();
          await page.locator('.wsi__verdict').waitFor();
          tallest = Math.max(tallest, await contentHeight(page));
          await page.locator('.wsi__next').click();
          await page.waitForTimeout(50);
          tallest = Math.max(tallest, await contentHeight(page));
        }
      }
      rows.push({ width, declared: oembed.height, first, tallest });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

export async function run() {
  const own = process.env.BENCH_BASE_URL ? null : await startDev('node', ['scripts/dev.mjs'], `/api/quizzes/${QUIZ}`);
  const base = process.env.BENCH_BASE_URL ?? own.base;
  try {
    const embed = Buffer.from(await (await fetch(`${base}/embed.js`)).arrayBuffer());
    console.log(`embed.js: ${embed.length} B raw, ${gz(embed)} B gzipped (budget 1500 B)`);
    const rows = await frameWeight(base);
    let total = 0;
    for (const [path, raw, zipped] of rows) {
      total += zipped;
      console.log(`  ${path}: ${raw} B raw, ${zipped} B gzipped`);
    }
    console.log(`quiz frame total: ${total} B gzipped = ${kb(total)} (budget 15 KB)`);
    const end = await endWeight(base, rows);
    for (const [path, raw, zipped] of end) console.log(`  later, near the end: ${path}: ${raw} B raw, ${zipped} B gzipped`);
    const endTotal = end.reduce((sum, [, , zipped]) => sum + zipped, 0);
    console.log(`end screen's code, loaded while the reader reads the last answer: ${endTotal} B gzipped = ${kb(endTotal)}`);
    const t = await timeToFirstQuestion(base);
    console.log(`time to first question (host page navigation → quote visible in frame), median of ${RUNS} cold runs: ${t.visible.toFixed(0)} ms`);
    console.log(`time to interactive (→ frame hydrated): ${t.interactive.toFixed(0)} ms`);
    const heights = await frameHeights(base);
    for (const h of heights) {
      const error = (100 * (h.declared - h.first)) / h.first;
      console.log(`at ${h.width} px: /oembed declares ${h.declared} px, first question ${h.first} px (${error >= 0 ? '+' : ''}${error.toFixed(1)}%)`);
    }
    console.log(`tallest state at 500 px (WordPress caps frames at 1000 px): ${heights.find((h) => h.width === 500).tallest} px`);
    return { embedGzip: gz(embed), frameGzip: total, endGzip: endTotal, firstQuestionMs: t.visible, interactiveMs: t.interactive, heights };
  } finally {
    await own?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
