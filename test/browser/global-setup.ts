// Starts a real `wrangler dev` of both Workers (the built widget in public/, fresh
// local KV and Durable Objects) for the browser tests, and stops it afterwards.
// `npm test` builds first; this builds nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The local editor token `npm start` uses too (README). */
export const LOCAL_EDITOR_TOKEN = 'local-editor-token';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string, timeoutMs = 80_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`wrangler dev did not answer ${url} within ${timeoutMs} ms:\n${log()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const persistTo = await mkdtemp(join(tmpdir(), 'wsi-browser-kv-'));
  const child = spawn(
    'node',
    [
      'scripts/dev.mjs', // both Workers, as `npm start` runs them
      '--port', String(port),
      '--ip', '127.0.0.1',
      '--inspector-port', String(inspectorPort),
      '--persist-to', persistTo,
      // Same editor token as `npm start` (scripts/dev.mjs) for the editor's browser tests.
      '--var', `EDITOR_TOKEN:${LOCAL_EDITOR_TOKEN}`,
      // The tests' own web pages are on 127.0.0.1: the article import may fetch them.
      '--var', 'IMPORT_ALLOW:127.0.0.1:*',
    ],
    {
      detached: true, // own process group, so teardown can end wrangler and workerd together
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', CI: '1' },
    },
  );
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async (): Promise<void> => {
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    await rm(persistTo, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${baseUrl}/api/quizzes/demo`, child, () => output);
  } catch (e) {
    await stop();
    throw e;
  }
  project.provide('baseUrl', baseUrl);
  return stop;
}
