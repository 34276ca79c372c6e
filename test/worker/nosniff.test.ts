// Browsers must take every response the Worker makes for its declared type (issue 15).
// Static files get it from public/_headers, which only the real asset server applies:
// test/browser/embed.test.ts checks those.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { TOKEN } from './editor-helpers';

const editor = { authorization: `Bearer ${TOKEN}` };

describe('X-Content-Type-Options: nosniff', () => {
  it.each([
    ['a quiz as JSON', '/api/quizzes/demo', {}],
    ['a JSON error', '/api/quizzes/nope123', {}],
    ['a route that does not exist', '/no/such/route', {}],
    ['the frame', '/embed/demo', {}],
    ['the demo page', '/', {}],
    ['an editor refused', '/api/editor/quizzes', {}],
    ['the editor Worker’s JSON, passed on', '/api/editor/quizzes', editor],
    ['the editor Worker’s error, passed on', '/api/editor/quizzes/nope123', editor],
  ])('%s (%s)', async (_, path, headers) => {
    const res = await SELF.fetch(`http://quiz.test${path}`, { headers });
    await res.arrayBuffer();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
