import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { build } from 'esbuild';
import { defineConfig } from 'vitest/config';

/**
 * The editor Worker (wrangler.editor.toml), bundled as wrangler would, to run beside the
 * Worker under test: the readers' Worker passes it editors' requests through its EDITOR
 * service binding, as in production. Bundled afresh for every run.
 */
async function editorWorker() {
  const scriptPath = '.wrangler/test/editor-worker.js';
  await build({
    entryPoints: ['worker/editor-index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    external: ['cloudflare:*', 'node:*'],
    loader: { '.txt': 'text' },
    outfile: scriptPath,
    logLevel: 'warning',
  });
  return {
    name: 'who-said-it-editor',
    modules: true,
    scriptPath,
    compatibilityDate: '2026-04-01',
    compatibilityFlags: ['nodejs_compat'],
    // The same namespace id as wrangler.toml's QUIZ_KV: the two Workers share it, as deployed.
    kvNamespaces: { QUIZ_KV: '00000000000000000000000000000000' },
    durableObjects: { QUIZ_WRITES: { className: 'QuizWrites', useSQLite: true } },
  };
}

// Three projects: code that runs on the edge is tested inside workerd against the
// real KV binding and Durable Objects; the question builder's time on pathological
// input is tested in Node (workerd's clock stands still while code runs); the
// browser tests run in Node and drive Debian's Chromium against a real
// `wrangler dev` of both Workers.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            // The tests' own web pages (test/browser/article-server.ts) are on 127.0.0.1: the import may fetch them.
            miniflare: { bindings: { EDITOR_TOKEN: 'test-editor-token', ALLOWED_ORIGINS: '*', IMPORT_ALLOW: '127.0.0.1:*' }, workers: [await editorWorker()] },
          })),
        ],
        test: { name: 'workerd', include: ['test/worker/**/*.test.ts', 'test/questions/**/*.test.ts', 'test/widget/**/*.test.ts'], globalSetup: ['test/browser/article-server.ts'] },
      },
      {
        test: { name: 'node', include: ['test/node/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
