// One fresh process standing in for one fresh isolate: the main thread's CPU time
// (this thread only, not V8's helper threads) to evaluate a
// Worker bundle as wrangler deploys it, then to serve its first request. Prints JSON.
//
//   node isolate.mjs BUNDLE.js METHOD PATH [BODY_FILE]
//
// The bundle runs on Node's V8 with the Workers APIs it touches on these paths given
// in memory: KV (a Map), the assets and service bindings, the quiz writer object, `cloudflare:workers`.
import { registerHooks } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, method, path, bodyFile] = process.argv.slice(2);

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'cloudflare:workers') return { url: 'bench:cloudflare-workers', shortCircuit: true };
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url === 'bench:cloudflare-workers') {
      return { format: 'module', shortCircuit: true, source: 'export class DurableObject { constructor(ctx, env) { this.ctx = ctx; this.env = env; } } export class WorkerEntrypoint {}' };
    }
    // Text modules (wrangler's [[rules]] type "Text"): the file's text as the default export.
    if (url.endsWith('.txt')) return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(readFileSync(new URL(url), 'utf8'))};` };
    return next(url, context);
  },
});

class MemoryKV {
  #data = new Map();
  async get(key, type) {
    const v = this.#data.get(typeof key === 'string' ? key : key[0]);
    if (v === undefined) return null;
    return type === 'json' || type?.type === 'json' ? JSON.parse(v.value) : v.value;
  }
  async put(key, value, options = {}) {
    this.#data.set(key, { value, metadata: options.metadata ?? null });
  }
  async delete(key) {
    this.#data.delete(key);
  }
  async list({ prefix = '' } = {}) {
    const keys = [...this.#data].filter(([k]) => k.startsWith(prefix)).map(([name, v]) => ({ name, metadata: v.metadata }));
    return { keys, list_complete: true, cursor: '' };
  }
}

const notHere = { fetch: async () => new Response('not in this benchmark', { status: 503 }) };
const env = {
  QUIZ_KV: new MemoryKV(),
  KV: new MemoryKV(),
  ASSETS: notHere,
  EDITOR: notHere,
  QUIZ_STATS: { getByName: () => notHere },
  // The quiz's single writer (a Durable Object in workerd): here it accepts the write, as it does
  // for a new quiz; what is measured is the editor Worker's own work.
  QUIZ_WRITES: { getByName: () => ({ commit: async (_id, expected, next) => ({ ok: true, quiz: next && { ...next, version: (expected ?? 0) + 1 } }) }) },
  ALLOWED_ORIGINS: '*',
  EDITOR_TOKEN: 'bench-token',
};
const ctx = { waitUntil() {}, passThroughOnException() {} };

/**
 * Time on this (the main) thread, in ms. What is measured never waits for I/O (KV is
 * in memory, awaits settle as microtasks), so its wall time is the thread's CPU time
 * plus any preemption, which a quiet machine keeps small. Linux's per-thread CPU
 * counters readable from Node (getrusage, /proc/thread-self/schedstat) only advance
 * in scheduler ticks of several ms here, too coarse for one request.
 */
const cpuMs = () => performance.now();

// The platform's own first use (Node loads its fetch classes, Web Crypto and streams lazily;
// in workerd they are there before any Worker): paid here, outside what is measured.
await new Response(new Request('http://warm.test/', { method: 'POST', body: '{}' }).body).text();
await crypto.subtle.digest('SHA-256', new TextEncoder().encode('warm'));
new URL('http://warm.test/?a=1').searchParams.get('a');

let t = cpuMs();
const mod = await import(pathToFileURL(bundle).href);
const startup = cpuMs() - t;

const init = { method, headers: { 'content-type': 'application/json', authorization: 'Bearer bench-token' } };
if (bodyFile) init.body = readFileSync(bodyFile, 'utf8');
t = cpuMs();
const res = await mod.default.fetch(new Request(`http://bench.test${path}`, init), env, ctx);
await res.arrayBuffer();
const firstRequest = cpuMs() - t;
// Then warm: the same request again (a new quiz each time, for the editor's POST).
const warm = [];
for (let i = 0; i < 15; i++) {
  t = cpuMs();
  await (await mod.default.fetch(new Request(`http://bench.test${path}`, init), env, ctx)).arrayBuffer();
  warm.push(cpuMs() - t);
}
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ startup, firstRequest, warmRequest: warm[Math.floor(warm.length / 2)], status: res.status }));
