// What a deployment gets when nobody changes a setting: closed, and documented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('deploy defaults', () => {
  it('lets no publisher frame the quiz until the deployment names them, and the README says how', () => {
    expect(read('wrangler.toml')).toMatch(/^ALLOWED_ORIGINS = ""$/m);
    const deploying = read('README.md').split(/^## /m).find((s) => s.startsWith('Deploying')) ?? '';
    expect(deploying).toContain('ALLOWED_ORIGINS');
  });

  it('lets URL import reach no local address unless configured', () => {
    expect(read('wrangler.toml')).toMatch(/^IMPORT_ALLOW = ""$/m);
  });
});
