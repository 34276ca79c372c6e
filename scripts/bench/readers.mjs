// The readers' routes under load (run by `npm run bench`), side by side with the baseline
// Worker (a hello-world Hono Worker with one KV get, scripts/bench/baseline/), each under
// its own `wrangler dev` on the same wrangler and workerd. autocannon, 20 connections;
// each route is measured in three rounds, each between two baseline measurements, and its
// throughput is given as the median of its rounds' shares of the baselines around them. The answers route is also given beside
// a baseline that makes one Durable Object call (as the route did for every answer before its
// isolate checked answers and passed them on in batches). Answers from one address per reader are
// limited per client in the isolate (no Rate Limiting binding call: under `wrangler dev` that
// binding is simulated by a further Durable Object fetch per call, which the finish pays).
// The last figure sends no client address, so the Worker hashes and counts none.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { startDev } from './dev-server.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;
/** Rounds each route is measured in (each between two baseline measurements). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function load(url, requests) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99 };
}

export async function run() {
  const baseline = await startDev('npx', ['wrangler', 'dev', '-c', 'scripts/bench/baseline/wrangler.toml'], '/');
  const ours = await startDev('node', ['scripts/dev.mjs'], '/api/quizzes/demo');
  try {
    const quiz = await (await fetch(`${ours.base}/api/quizzes/demo`)).json();
    // Warm both (first requests compile code and fill caches).
    for (let i = 0; i < 20; i++) await Promise.all([fetch(baseline.base), fetch(`${ours.base}/embed/demo`)]);
    const run = randomBytes(3).toString('hex');
    let n = 0;
    // Readers, each from its own address (the readers' API limits each address; `wrangler dev`
    // takes CF-Connecting-IP from the client, where Cloudflare sets it).
    const answer = (req) => {
      const q = quiz.questions[n % quiz.questions.length];
      const reader = Math.floor(n / quiz.questions.length);
      const body = JSON.stringify({ session: `bench-${run}-${reader}`, question: q.id, choice: q.choices[n % q.choices.length].id });
      n++;
      return { ...req, body, headers: { ...req.headers, 'cf-connecting-ip': `198.18.${(reader >> 8) & 255}.${reader & 255}` } };
    };
    const routes = [
      ['GET /api/quizzes/demo', `${ours.base}/api/quizzes/demo`, undefined],
      ['POST /api/quizzes/demo/answers', `${ours.base}/api/quizzes/demo/answers`, [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: answer }]],
      ['GET /embed/demo', `${ours.base}/embed/demo`, undefined],
    ];
    // Each route in ROUNDS rounds, each beside the baselines measured just before and after it (on two
    // cores the baseline itself moves by a tenth or more from one measurement to the next): a route's
    // figure is the median of its rounds' ratios.
    const baselines = [await load(baseline.base, undefined)];
    const rows = routes.map(([name]) => [name, []]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [k, [, url, requests]] of routes.entries()) {
        const r = await load(url, requests);
        baselines.push(await load(baseline.base, undefined));
        const around = (baselines.at(-1).rps + baselines.at(-2).rps) / 2;
        rows[k][1].push({ ...r, ratio: r.rps / around });
      }
    }
    // The answers route calls the quiz's Durable Object (exact, atomic first answers): beside it, the
    // same hello world making one object call with the same body instead of a KV get.
    const doBaseline = await load(`${baseline.base}/do`, [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: answer }]);
    const answersAgain = await load(`${ours.base}/api/quizzes/demo/answers`, [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: answer }]);
    // Without a client address (as from this machine) no client is limited: no hash, no count in the object.
    const unlimited = (req) => {
      const r = answer(req);
      const { 'cf-connecting-ip': _, ...headers } = r.headers;
      return { ...r, headers };
    };
    const answersUnlimited = await load(`${ours.base}/api/quizzes/demo/answers`, [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: unlimited }]);
    const base = Math.round(baselines.reduce((a, b) => a + b.rps, 0) / baselines.length);
    console.log(`baseline GET (one KV get): ${baselines.map((b) => b.rps).join(', ')} req/s → mean ${base}`);
    const figures = { baselineRps: base };
    for (const [name, rounds] of rows) {
      const sorted = [...rounds].sort((a, b) => a.ratio - b.ratio);
      const mid = sorted[Math.floor(sorted.length / 2)];
      const ratio = +mid.ratio.toFixed(2);
      console.log(`${name.padEnd(32)} ${String(mid.rps).padStart(6)} req/s = ${ratio}× baseline (median of ${rounds.map((r) => r.ratio.toFixed(2)).join(', ')}); latency p50 ${mid.p50} ms, p99 ${mid.p99} ms`);
      figures[name] = { rps: mid.rps, p50: mid.p50, p99: mid.p99, ratio, rounds: rounds.map((r) => +r.ratio.toFixed(2)) };
    }
    const doRatio = +(answersAgain.rps / doBaseline.rps).toFixed(2);
    const unlimitedRatio = +(answersUnlimited.rps / doBaseline.rps).toFixed(2);
    console.log(`baseline POST with one Durable Object call: ${doBaseline.rps} req/s; answers beside it: ${answersAgain.rps} req/s = ${doRatio}×; without a client address (no limit): ${answersUnlimited.rps} req/s = ${unlimitedRatio}× (${+(answersUnlimited.rps / base).toFixed(2)}× the KV baseline)`);
    figures.answersVsObjectBaseline = { baselineRps: doBaseline.rps, rps: answersAgain.rps, ratio: doRatio, unlimitedRps: answersUnlimited.rps, unlimitedRatio };
    return figures;
  } finally {
    await ours.stop();
    await baseline.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
