import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Two projects: code that runs on the edge is tested inside workerd against the
// real KV binding; the browser tests run in Node and drive Debian's Chromium
// against a real `wrangler dev`.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { EDITOR_TOKEN: 'test-editor-token' } },
          }),
        ],
        test: { name: 'workerd', include: ['test/worker/**/*.test.ts', 'test/questions/**/*.test.ts', 'test/widget/**/*.test.ts'], globalSetup: ['test/browser/article-server.ts'] },
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
