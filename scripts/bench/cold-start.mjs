// Cold start of the pipeline (run by `npm run bench`): in a fresh process, the CPU time of the
// first articles an editor imports, with and without the Worker's start-up warm-up
// (worker/warm-pipeline.ts). Workers Free allows 10 ms of CPU per request. Median of 5 processes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function run() {
  const train = join(root, '..', 'shared', 'corpus', 'polnear', 'train.jsonl');
  // Articles the warm-up has not seen: PolNeAR's when present, else the demo article's second half.
  const texts = existsSync(train)
    ? readFileSync(train, 'utf8').split('\n').filter(Boolean).slice(100, 103).map((l) => JSON.parse(l).text)
    : [readFileSync(join(root, 'worker', 'demo', 'article.txt'), 'utf8').split('\n').slice(20).join('\n')];
  const file = join(mkdtempSync(join(tmpdir(), 'cold-start-')), 'articles.json');
  writeFileSync(file, JSON.stringify(texts));
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const figures = {};
  for (const mode of ['cold', 'warm']) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const r = spawnSync('node', [join(root, 'scripts/bench/cold-start/first-article.mjs'), root, mode, file], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      runs.push(JSON.parse(r.stdout));
    }
    if (mode === 'warm') figures.warm_up_at_startup_cpu_ms = +median(runs.map((r) => r.warmUp)).toFixed(1);
    figures[`${mode}_first_article_cpu_ms`] = +median(runs.map((r) => r.articles[0])).toFixed(1);
    if (texts.length > 1) figures[`${mode}_next_articles_cpu_ms`] = runs[0].articles.slice(1).map((_, j) => +median(runs.map((r) => r.articles[j + 1])).toFixed(1));
  }
  console.log('cold start', JSON.stringify(figures, null, 2));
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
