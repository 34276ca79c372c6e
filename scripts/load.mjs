// `npm run load [URL]`: answers load against a running Worker (default: `npm start`
// at http://127.0.0.1:8787), then checks the resulting statistics are exact.
//
// Readers (new random sessions) answer the demo quiz; every answer is sent twice,
// shuffled, so duplicates race each other. Reports answers per second and latency,
// then compares GET /api/editor/quizzes/demo/stats with what it sent (as a delta
// over the figures it read before starting); then every reader's page sends its
// answers again, as the widget does when it finishes or goes away (POST …/finish,
// half of them twice at once), and the figures must not move while every session
// is written down (pending 0). Exits 1 when a figure is off.
//
// Options (env): LOAD_SESSIONS (300), LOAD_CONNECTIONS (50), LOAD_QUIZ (demo),
// EDITOR_TOKEN (local-editor-token), LOAD_WAIT_S (how long to wait for exact figures, 90).
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';

const base = (process.argv[2] ?? 'http://127.0.0.1:8787').replace(/\/$/, '');
const quizId = process.env.LOAD_QUIZ ?? 'demo';
const token = process.env.EDITOR_TOKEN ?? 'local-editor-token';
const sessionsWanted = Number(process.env.LOAD_SESSIONS ?? 300);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const waitS = Number(process.env.LOAD_WAIT_S ?? 90);
const auth = { authorization: `Bearer ${token}` };

async function getJson(path, headers = {}) {
  const res = await fetch(base + path, { headers });
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

// A small seeded PRNG, so a run is reproducible from its printed seed.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const publicQuiz = await getJson(`/api/quizzes/${quizId}`);
const editorQuiz = await getJson(`/api/editor/quizzes/${quizId}`, auth);
const rightOf = new Map(editorQuiz.questions.map((q) => [q.id, q.answer]));
const questions = publicQuiz.questions;
const before = await getJson(`/api/editor/quizzes/${quizId}/stats`, auth);

// What the readers will send.
const seed = Number(process.env.LOAD_SEED ?? Date.now() % 1e9);
const random = rng(seed);
const runId = randomBytes(4).toString('hex');
const answers = [];
/** Each answer's reader (its index): readers come from different addresses, as on the web (see below). */
const clientOf = [];
/** Each session's answers, as its page sends them at the end. */
const played = {};
const expected = { starts: 0, completions: 0, answers: 0, correct: 0, questions: {}, scores: {} };
for (const q of questions) expected.questions[q.id] = { answers: 0, correct: 0, choices: {} };
for (let s = 0; s < sessionsWanted; s++) {
  const session = `load-${runId}-${String(s).padStart(5, '0')}`;
  const skill = random();
  const count = random() < 0.8 ? questions.length : 1 + Math.floor(random() * (questions.length - 1));
  let score = 0;
  for (const q of questions.slice(0, count)) {
    const right = rightOf.get(q.id);
    const wrong = q.choices.filter((c) => c.id !== right);
    const choice = random() < skill ? right : wrong[Math.floor(random() * wrong.length)].id;
    answers.push(JSON.stringify({ session, question: q.id, choice }));
    clientOf.push(s);
    (played[session] ??= []).push({ question: q.id, choice });
    const e = expected.questions[q.id];
    const ok = choice === right ? 1 : 0;
    e.answers += 1;
    e.correct += ok;
    e.choices[choice] = (e.choices[choice] ?? 0) + 1;
    expected.answers += 1;
    expected.correct += ok;
    score += ok;
  }
  expected.starts += 1;
  if (count === questions.length) {
    expected.completions += 1;
    expected.scores[score] = (expected.scores[score] ?? 0) + 1;
  }
}
// Each answer twice, shuffled.
const bodies = [...answers, ...answers].map((body, i) => ({ body, reader: clientOf[i % answers.length] }));
for (let i = bodies.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [bodies[i], bodies[j]] = [bodies[j], bodies[i]];
}
/**
 * Every reader's address: the readers' API limits each address (worker/rate-limit.ts), and real
 * readers come from many. Cloudflare sets CF-Connecting-IP itself; `wrangler dev` passes on the
 * client's, so a local run can stand for many readers. Against a deployment, one machine is one
 * client and the limits apply.
 */
const addressOf = (reader) => `198.18.${(reader >> 8) & 255}.${reader & 255}`;

console.log(`load: ${base}, quiz "${quizId}" (${questions.length} questions), ${sessionsWanted} sessions, ${answers.length} answers sent twice = ${bodies.length} requests, ${connections} connections, seed ${seed}`);
let next = 0;
const result = await autocannon({
  url: base,
  connections,
  amount: bodies.length,
  timeout: 30,
  requests: [
    {
      method: 'POST',
      path: `/api/quizzes/${quizId}/answers`,
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => {
        const { body, reader } = bodies[next++ % bodies.length];
        return { ...req, body, headers: { ...req.headers, 'cf-connecting-ip': addressOf(reader) } };
      },
    },
  ],
});
const seconds = result.duration;
console.log(
  `requests: ${result.requests.total} in ${seconds.toFixed(1)} s = ${(result.requests.total / seconds).toFixed(0)} req/s ` +
    `(${(answers.length / seconds).toFixed(0)} distinct answers/s); non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
);
console.log(`latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`);

// The figures must be exact (within KV's propagation delay in production; within a moment locally,
// as isolates pass answers on every 100 ms).
const add = (a = 0, b = 0) => a + b;
function wanted() {
  const w = { starts: before.starts + expected.starts, completions: before.completions + expected.completions, answers: before.answers + expected.answers, correct: before.correct + expected.correct, scores: { ...before.scores }, questions: {} };
  for (const [s, n] of Object.entries(expected.scores)) w.scores[s] = add(w.scores[s], n);
  for (const q of questions) {
    const b = before.questions.find((x) => x.id === q.id) ?? { answers: 0, correct: 0, choices: {} };
    const e = expected.questions[q.id];
    const choices = { ...b.choices };
    for (const [c, n] of Object.entries(e.choices)) choices[c] = add(choices[c], n);
    w.questions[q.id] = { answers: b.answers + e.answers, correct: b.correct + e.correct, choices };
  }
  return w;
}
function got(stats) {
  const g = { starts: stats.starts, completions: stats.completions, answers: stats.answers, correct: stats.correct, scores: stats.scores, questions: {} };
  for (const q of questions) {
    const s = stats.questions.find((x) => x.id === q.id);
    g.questions[q.id] = { answers: s.answers, correct: s.correct, choices: Object.fromEntries(Object.entries(s.choices).filter(([, n]) => n > 0)) };
  }
  return g;
}
const normal = (o) => JSON.stringify(o, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b))) : v));
const want = normal(wanted());
async function expectExact(phase, settled) {
  const deadline = Date.now() + waitS * 1000;
  for (;;) {
    const t0 = Date.now();
    const stats = await getJson(`/api/editor/quizzes/${quizId}/stats`, auth);
    const now = normal(got(stats));
    if (now === want && (!settled || stats.pending === 0)) {
      console.log(`stats ${phase}: exact (${stats.starts} plays, ${stats.completions} completed, ${stats.answers} answers; ${stats.pending} not yet written down; read in ${Date.now() - t0} ms)`);
      return;
    }
    if (Date.now() > deadline) {
      console.error(`stats ${phase}: NOT exact after ${waitS} s (pending ${stats.pending})\n want ${want}\n got  ${now}`);
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}
await expectExact('after the answers', false);

// Every page sends its answers again (finish or beacon); half of them twice at once.
const finishes = Object.entries(played).flatMap(([session, list], i) => Array(i % 2 ? 2 : 1).fill({ body: JSON.stringify({ session, answers: list }), reader: i }));
let f = 0;
const finished = await autocannon({
  url: base,
  connections,
  amount: finishes.length,
  timeout: 30,
  requests: [
    {
      method: 'POST',
      path: `/api/quizzes/${quizId}/finish`,
      headers: { 'content-type': 'text/plain' },
      setupRequest: (req) => {
        const { body, reader } = finishes[f++ % finishes.length];
        return { ...req, body, headers: { ...req.headers, 'cf-connecting-ip': addressOf(reader) } };
      },
    },
  ],
});
console.log(`finishes: ${finished.requests.total} (non-2xx ${finished.non2xx}, errors ${finished.errors}), latency p50 ${finished.latency.p50} ms`);
await expectExact('after every page sent its answers again', true);
if (finished.non2xx || finished.errors || finished.timeouts) {
  console.error('some finishes failed');
  process.exit(1);
}
if (result.non2xx || result.errors || result.timeouts) {
  console.error('some requests failed');
  process.exit(1);
}
