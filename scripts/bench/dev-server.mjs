// A `wrangler dev` for a benchmark: free ports, a fresh local KV and Durable Object
// storage, started in its own process group and stopped with it. Not a benchmark itself.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Runs `command args… --port … --persist-to …` and waits until `probe` answers 2xx.
 * Ours: startDev('node', ['scripts/dev.mjs'], '/api/quizzes/demo') (both Workers, as `npm start`).
 */
export async function startDev(command, args, probe) {
  const port = await freePort();
  const inspector = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'wsi-bench-'));
  const child = spawn(command, [...args, '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(inspector), '--persist-to', dir], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(base + probe)).ok) break;
    } catch {}
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`${command} ${args.join(' ')} did not start`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { base, stop };
}
