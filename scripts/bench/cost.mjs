// What a million readers a day cost (run by `npm run bench`): the billed operations one
// reader makes, measured on the real Workers by test/worker/reader-cost.test.ts (a ten-
// question quiz played to the end, in an isolate that has the quiz and in cold ones),
// priced at Cloudflare's published Workers Paid prices. Included monthly allowances are
// left out, so the figures are the marginal cost of the readers alone.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** US$ per unit (developers.cloudflare.com: Workers, KV and Durable Objects pricing, Workers Paid). */
export const PRICES = {
  workerRequest: 0.3 / 1e6,
  workerCpuMs: 0.02 / 1e6,
  kvRead: 0.5 / 1e6,
  kvWrite: 5 / 1e6,
  kvDeleteOrList: 5 / 1e6,
  objectRequest: 0.15 / 1e6,
  objectGbSecond: 12.5 / 1e6,
  rowWritten: 1 / 1e6,
};

/** Workers Free's daily allowances. */
export const FREE_PER_DAY = { workerRequests: 100_000, kvReads: 100_000, kvWrites: 1_000, objectRequests: 100_000, rowsWritten: 100_000 };

/** Main-thread ms of a warm readers' request (scripts/bench/cold-start.mjs measures ~0.3–1); an object's active time per call. */
const CPU_MS_PER_REQUEST = 1;
const OBJECT_ACTIVE_MS_PER_CALL = 2;
const OBJECT_MEMORY_GB = 0.128;

function measured() {
  const r = spawnSync('npx', ['vitest', 'run', '--project', 'workerd', 'test/worker/reader-cost.test.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  const line = `${r.stdout}\n${r.stderr}`.split('\n').find((l) => l.includes('reader-cost {'));
  if (r.status !== 0 || !line) throw new Error(`reader-cost test failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return JSON.parse(line.slice(line.indexOf('{')));
}

function perMillion(m) {
  const n = 1e6;
  const rows = {
    'Worker requests': m.workerRequests * n * PRICES.workerRequest,
    'Worker CPU': m.workerRequests * CPU_MS_PER_REQUEST * n * PRICES.workerCpuMs,
    'KV reads': m.kvReads * n * PRICES.kvRead,
    'KV writes': m.kvWrites * n * PRICES.kvWrite,
    'KV deletes and lists': m.kvOther * n * PRICES.kvDeleteOrList,
    'Durable Object requests': m.objectRequests * n * PRICES.objectRequest,
    'Durable Object duration': ((m.objectRequests * OBJECT_ACTIVE_MS_PER_CALL) / 1000) * OBJECT_MEMORY_GB * n * PRICES.objectGbSecond,
    'SQLite rows written': m.rowsWritten * n * PRICES.rowWritten,
  };
  return { rows, total: Object.values(rows).reduce((a, b) => a + b, 0) };
}

export async function run() {
  const { hot, cold, busy } = measured();
  const kvOps = (m) => +(m.kvReads + m.kvWrites + m.kvOther).toFixed(3);
  console.log('per reader (10 questions, to the end):');
  console.log(`  isolate with the quiz: ${JSON.stringify({ ...hot, kvOps: kvOps(hot) })}`);
  console.log(`  cold isolates:         ${JSON.stringify({ ...cold, kvOps: kvOps(cold) })}`);
  console.log(`  40 playing at once:    ${JSON.stringify({ ...busy, kvOps: kvOps(busy) })} (an isolate passes their answers on together)`);
  const price = { hot: perMillion(hot), cold: perMillion(cold) };
  console.log('US$ a day for a million readers (cold isolates / isolate with the quiz):');
  for (const k of Object.keys(price.cold.rows)) console.log(`  ${k.padEnd(26)} ${price.cold.rows[k].toFixed(2).padStart(6)}  ${price.hot.rows[k].toFixed(2).padStart(6)}`);
  console.log(`  ${'total'.padEnd(26)} ${price.cold.total.toFixed(2).padStart(6)}  ${price.hot.total.toFixed(2).padStart(6)}   (before: about 112 for KV alone: 10.5 writes, 8 deletes, 38 reads a reader)`);
  const busyPrice = perMillion(busy);
  console.log(`  readers playing at once (answers passed on together): ${busyPrice.total.toFixed(2)}`);
  const free = Math.floor(
    Math.min(
      FREE_PER_DAY.workerRequests / cold.workerRequests,
      FREE_PER_DAY.kvReads / Math.max(cold.kvReads, 1e-9),
      FREE_PER_DAY.objectRequests / cold.objectRequests,
      FREE_PER_DAY.rowsWritten / cold.rowsWritten,
    ),
  );
  console.log(`Workers Free: about ${free} readers a day within its allowances (cold isolates); KV writes stay at one per quiz per five minutes of play (≤ 288 a day a quiz)`);
  return { hot, cold, busy, perMillionUsd: { cold: +price.cold.total.toFixed(2), hot: +price.hot.total.toFixed(2), busy: +busyPrice.total.toFixed(2) }, freeReadersPerDay: free };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
