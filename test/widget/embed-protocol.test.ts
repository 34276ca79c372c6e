// The embed contract's message checks (widget/embed-protocol.ts).
import { describe, expect, it } from 'vitest';
import { isResizeMessage, isWordPressReady, parseHostOrigin, wordPressSecret } from '../../widget/embed-protocol';

describe('embed protocol', () => {
  const secrets: [hash: string, secret: string | null][] = [
    ['#?secret=Ab3dE5gH7j', 'Ab3dE5gH7j'],
    ['#?secret=Ab3dE5gH7j&whosaidit%3Av1%3Ademo=%7B%7D', 'Ab3dE5gH7j'],
    ['#?secret=bad!', null],
    ['#secret', null],
    ['', null],
  ];
  for (const [hash, secret] of secrets) it(`wordPressSecret(${JSON.stringify(hash)}) → ${secret}`, () => expect(wordPressSecret(hash)).toBe(secret));

  const ready: [data: unknown, ok: boolean][] = [
    [{ message: 'ready', secret: 'abc' }, true],
    [{ message: 'ready', secret: 'other' }, false],
    [{ message: 'height', secret: 'abc', value: 3 }, false],
    ['ready', false],
    [null, false],
  ];
  for (const [data, ok] of ready) it(`isWordPressReady(${JSON.stringify(data)}) → ${ok}`, () => expect(isWordPressReady(data, 'abc')).toBe(ok));

  it('accepts only our own resize messages and exact http(s) origins', () => {
    expect(isResizeMessage({ type: 'whosaidit:resize', v: 1, quiz: 'demo', height: 500 })).toBe(true);
    expect(isResizeMessage({ type: 'whosaidit:resize', v: 2, quiz: 'demo', height: 500 })).toBe(false);
    expect(isResizeMessage({ sentinel: 'amp', type: 'embed-size', height: 500 })).toBe(false);
    expect(parseHostOrigin('https://news.example')).toBe('https://news.example');
    expect(parseHostOrigin('https://news.example/')).toBeNull();
    expect(parseHostOrigin('javascript:alert(1)')).toBeNull();
  });
});
