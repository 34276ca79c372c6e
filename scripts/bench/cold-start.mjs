// Cold isolates (run by `npm run bench`): each Worker bundled exactly as `wrangler deploy`
// would (--dry-run), then, in fresh processes, the main thread's CPU time to evaluate it
// (isolate start-up), to serve its first request, and a warm one, beside the baseline Worker (a
// hello-world Hono Worker with one KV get, scripts/bench/baseline/). Median of 7 processes.
// Workers Free allows 10 ms of CPU per request.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = 7;
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `wrangler deploy --dry-run` into a fresh folder; returns the entry module's path and the upload's gzipped size. */
function bundle(config) {
  const out = mkdtempSync(join(tmpdir(), 'wsi-bundle-'));
  const r = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '-c', config, '--outdir', out], { cwd: root, encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  if (r.status !== 0) throw new Error(`wrangler deploy --dry-run -c ${config}: ${r.stderr}`);
  const files = readdirSync(out).filter((f) => !f.endsWith('.map') && f !== 'README.md');
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length, 0);
  const entry = files.find((f) => f.endsWith('.js'));
  return { entry: join(out, entry), gzipKiB: +(gzip / 1024).toFixed(1) };
}

function measure(entry, method, path, body) {
  let bodyFile;
  if (body !== undefined) {
    bodyFile = join(mkdtempSync(join(tmpdir(), 'wsi-body-')), 'body.json');
    writeFileSync(bodyFile, JSON.stringify(body));
  }
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, [join(root, 'scripts/bench/cold-start/isolate.mjs'), entry, method, path, ...(bodyFile ? [bodyFile] : [])], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout));
  }
  const status = runs[0].status;
  return {
    startupMs: +median(runs.map((r) => r.startup)).toFixed(1),
    firstRequestMs: +median(runs.map((r) => r.firstRequest)).toFixed(1),
    warmRequestMs: +median(runs.map((r) => r.warmRequest)).toFixed(2),
    status,
  };
}

/** An article the pipeline's start-up warm-up has not seen. */
function unseenArticle() {
  const train = join(root, '..', 'shared', 'corpus', 'polnear', 'train.jsonl');
  if (existsSync(train)) return JSON.parse(readFileSync(train, 'utf8').split('\n')[100]).text;
  return readFileSync(join(root, 'worker', 'demo', 'article.txt'), 'utf8').split('\n').slice(20).join('\n');
}

export async function run() {
  const baseline = bundle('scripts/bench/baseline/wrangler.toml');
  const reader = bundle('wrangler.toml');
  const editor = bundle('wrangler.editor.toml');
  const figures = {
    bundle_gzip_KiB: { baseline: baseline.gzipKiB, readers: reader.gzipKiB, editors: editor.gzipKiB },
    baseline_GET: measure(baseline.entry, 'GET', '/'),
    readers_GET_embed_demo: measure(reader.entry, 'GET', '/embed/demo'),
    readers_GET_api_quiz: measure(reader.entry, 'GET', '/api/quizzes/demo'),
    editors_POST_new_quiz: measure(editor.entry, 'POST', '/api/editor/quizzes', { text: unseenArticle() }),
  };
  console.log('cold start (main-thread CPU ms: isolate start-up, then its first request)', JSON.stringify(figures, null, 2));
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
