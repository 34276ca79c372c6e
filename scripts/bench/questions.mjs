// Benchmark of questions/ (run by `npm run bench`): ms per article over PolNeAR train when ../shared
// exists, and linearity in article length measured on real, varied text: long articles made at bench
// time by joining different PolNeAR articles (10,000 and 50,000 words; nothing repeated), and one
// paragraph holding many quotations (its sentences joined into one paragraph, 5 KB and 40 KB). Without
// ../shared (a user's clone) the long articles repeat the demo article, which hides costs that grow
// with people × questions; the figures say which text was used. Not a timed test.
// The code timed is questions/ as the Worker ships it: one esbuild bundle with wrangler's settings
// (ES2024, names kept), not the modules tsx compiles one by one. Long articles are timed ten times
// each: the median, and the fastest run (what the code costs without the machine's pauses).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Different articles joined until `n` words, starting at article `from`. */
function joined(docs, n, from = 0) {
  const parts = [];
  let words = 0;
  for (let i = from; words < n; i = (i + 1) % docs.length) {
    parts.push(docs[i]);
    words += docs[i].split(/\s+/).length;
    if (parts.length > docs.length) throw new Error('not enough text');
  }
  return parts.join('\n\n');
}

/** One paragraph of `bytes` characters made of the corpus's sentences that hold a quotation. */
function quoteParagraph(docs, bytes) {
  const out = [];
  let size = 0;
  for (const d of docs) {
    for (const s of d.split(/\n+/)) {
      if (!/["“”]/.test(s) || s.length > 600) continue;
      out.push(s.trim());
      size += s.length + 1;
      if (size >= bytes) return out.join(' ');
    }
  }
  return out.join(' ');
}

/** questions/ bundled as wrangler bundles the Worker (esbuild, ES2024, keepNames), imported from a temporary file. */
async function bundled() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-questions-'));
  const outfile = join(dir, 'questions.mjs');
  await build({ entryPoints: [join(root, 'questions', 'index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2024', keepNames: true, outfile, logLevel: 'warning' });
  const mod = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

/** Each run of `fn` timed apart, after one run to warm up: the median and the fastest, in ms. */
function runs(fn, reps) {
  fn();
  const ms = [];
  for (let i = 0; i < reps; i++) { const t0 = performance.now(); fn(); ms.push(performance.now() - t0); }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(reps / 2)], min: ms[0] };
}

export async function run() {
  const { extract, buildQuiz } = await bundled();
  const seed = readFileSync(join(root, 'worker', 'demo', 'article.txt'), 'utf8');
  const time = (fn, reps) => { fn(); const t0 = performance.now(); for (let i = 0; i < reps; i++) fn(); return (performance.now() - t0) / reps; };
  const figures = { code: 'questions/ bundled as wrangler bundles it (esbuild, es2024, keepNames)' };

  const train = join(root, '..', 'shared', 'corpus', 'polnear', 'train.jsonl');
  const docs = existsSync(train) ? readFileSync(train, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text) : null;
  if (docs) {
    for (const t of docs.slice(0, 50)) extract({ text: t }); // warm up
    // The first pass still pays for V8 compiling the code paths and regular expressions it meets;
    // the second shows the cost once the code is optimised (a busy isolate).
    for (const pass of ['first_pass', 'warm']) {
      const t0 = performance.now();
      for (const t of docs) buildQuiz({ text: t });
      figures[`polnear_train_ms_per_article_${pass}`] = +((performance.now() - t0) / docs.length).toFixed(3);
    }
    figures.polnear_train_articles = docs.length;
  } else {
    figures.polnear_train = 'skipped: ../shared is missing';
  }

  figures.long_text = docs ? 'different PolNeAR train articles joined' : 'the demo article repeated (../shared is missing)';
  const words = seed.split(/\s+/).length;
  const article = (n, from) => docs ? joined(docs, n, from) : Array.from({ length: Math.ceil(n / words) }, () => seed).join('\n\n');
  const a10 = article(10_000, 0), a50 = article(50_000, 100);
  const r10 = runs(() => buildQuiz({ text: a10 }), 10);
  const r50 = runs(() => buildQuiz({ text: a50 }), 10);
  const ms10 = r10.median, ms50 = r50.median;
  figures.seed_article_ms = +time(() => buildQuiz({ text: seed }), 200).toFixed(3);
  figures.words_10k_ms = +ms10.toFixed(1);
  figures.words_10k_fastest_ms = +r10.min.toFixed(1);
  figures.words_50k_ms = +ms50.toFixed(1);
  figures.words_50k_fastest_ms = +r50.min.toFixed(1);
  figures.ratio_50k_over_10k = +(ms50 / ms10).toFixed(2);
  if (docs) {
    const p5 = quoteParagraph(docs, 5_000), p40 = quoteParagraph(docs, 40_000);
    const ms5 = time(() => buildQuiz({ text: p5 }), 5), ms40 = time(() => buildQuiz({ text: p40 }), 3);
    figures.one_paragraph_5kb_ms = +ms5.toFixed(1);
    figures.one_paragraph_40kb_ms = +ms40.toFixed(1);
    figures.ratio_40kb_over_5kb = +(ms40 / ms5).toFixed(2);
  }
  figures.linear = ms50 / ms10 < 7.5; // 5x the words: linear is ~5x, quadratic ~25x
  console.log('questions bench', JSON.stringify(figures, null, 2));
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
