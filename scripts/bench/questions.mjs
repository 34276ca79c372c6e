// Benchmark of questions/ (run by `npm run bench`): ms per article over PolNeAR
// train when ../shared exists, and one synthetic 50,000-word article with a
// 10k-vs-50k-word linearity check. Not a timed test.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function run() {
  const unregister = register();
  const { extract, buildQuiz } = await import(join(root, 'questions', 'index.ts'));
  const seed = readFileSync(join(root, 'worker', 'demo', 'article.txt'), 'utf8');
  const time = (fn, reps) => { fn(); const t0 = performance.now(); for (let i = 0; i < reps; i++) fn(); return (performance.now() - t0) / reps; };
  const figures = {};

  const train = join(root, '..', 'shared', 'corpus', 'polnear', 'train.jsonl');
  if (existsSync(train)) {
    const docs = readFileSync(train, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
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

  // Synthetic long articles: the seed article's paragraphs repeated to n words.
  const words = seed.split(/\s+/).length;
  const article = (n) => { const parts = []; for (let w = 0; w < n; w += words) parts.push(seed); return parts.join('\n\n'); };
  const a10 = article(10_000), a50 = article(50_000);
  const ms10 = time(() => buildQuiz({ text: a10 }), 5);
  const ms50 = time(() => buildQuiz({ text: a50 }), 3);
  figures.seed_article_ms = +time(() => buildQuiz({ text: seed }), 200).toFixed(3);
  figures.words_10k_ms = +ms10.toFixed(1);
  figures.words_50k_ms = +ms50.toFixed(1);
  figures.ratio_50k_over_10k = +(ms50 / ms10).toFixed(2);
  figures.linear = ms50 / ms10 < 7.5; // 5x the words: linear is ~5x, quadratic ~25x
  console.log('questions bench', JSON.stringify(figures, null, 2));
  await unregister();
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
