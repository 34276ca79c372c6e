// The question builder on pathological input (run by `npm run bench`; issue 15): each shape of
// scripts/pathological-articles.ts at the largest size an editor may send (200 KB of text, 2 MB of
// HTML) and at a quarter of it, so growth shows: linear work takes about 4× as long at 4× the size.
// Reports ms and ms per 100 KB. Not a timed test (test/node/pathological.test.ts holds the bound).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function run() {
  register();
  const { buildQuiz, ArticleTooComplex } = await import(join(root, 'questions/index.ts'));
  const { SHAPES, isHtml, pathologicalArticle } = await import(join(root, 'scripts/pathological-articles.ts'));
  const time = (shape, bytes) => {
    const input = pathologicalArticle(shape, bytes, 3);
    const t = performance.now();
    let refused = false;
    try {
      buildQuiz(isHtml(shape) ? { html: input } : { text: input });
    } catch (err) {
      if (!(err instanceof ArticleTooComplex)) throw err;
      refused = true;
    }
    const ms = performance.now() - t;
    return { ms: Math.round(ms), msPer100KB: Math.round((ms * 100 * 1024) / input.length), refused };
  };
  const figures = {};
  for (const shape of SHAPES) {
    const max = isHtml(shape) ? 2 * 1024 * 1024 : 200 * 1024;
    const quarter = time(shape, max / 4);
    const full = time(shape, max);
    figures[shape] = { quarter, full, growth: +(full.ms / Math.max(quarter.ms, 1)).toFixed(1) };
    console.log(`${shape.padEnd(20)} ${String(max / 4096).padStart(4)} KB ${String(quarter.ms).padStart(5)} ms · ${String(max / 1024).padStart(4)} KB ${String(full.ms).padStart(5)} ms (${full.msPer100KB} ms/100 KB, ×${figures[shape].growth})${full.refused ? ' refused: too many quotations or people' : ''}`);
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
