// The frame-size model's parts (its fit to Chromium is test/browser/frame-size.test.ts).
import { describe, expect, it } from 'vitest';
import { declaredFrameHeight, firstQuestionHeight, lineCount, snippetHeight } from '../../widget/frame-size';

const quiz = (quote: string, title = 'Council approves new harbour bridge') => ({
  title,
  questions: [{ quote, choices: [{ id: 'a', label: 'Robert Okafor', description: 'Council member' }, { id: 'b', label: 'Tom Becker' }, { id: 'c', label: 'Jane Smith', description: 'Mayor' }] }],
});

describe('lineCount', () => {
  const cases: [text: string, charPx: number, width: number, lines: number][] = [
    ['', 10, 100, 1],
    ['one two', 10, 100, 1],
    ['one two three', 10, 100, 2], // 13 characters, 10 a line
    ['aaaaaaaaaaaaaaaaaaaaaaaaa', 10, 100, 3], // a word longer than a line breaks inside it
    ['aa bb cc dd ee ff gg', 10, 50, 4],
  ];
  for (const [text, charPx, width, lines] of cases) {
    it(`${JSON.stringify(text)} at ${width / charPx} characters a line → ${lines}`, () => expect(lineCount(text, charPx, width)).toBe(lines));
  }
});

describe('firstQuestionHeight', () => {
  it('grows with the quotation and shrinks as the frame widens', () => {
    const short = quiz('We promised a bridge.');
    const long = quiz('We promised the people a bridge, and we are going to deliver it on time, whatever the cost and whatever the weather, because a promise is a promise.');
    expect(firstQuestionHeight(long, 320)).toBeGreaterThan(firstQuestionHeight(short, 320));
    expect(firstQuestionHeight(long, 320)).toBeGreaterThan(firstQuestionHeight(long, 500));
  });

  it('treats widths beyond the layout’s range as its ends', () => {
    const q = quiz('We promised a bridge.');
    expect(firstQuestionHeight(q, 2000)).toBe(firstQuestionHeight(q, 640));
    expect(firstQuestionHeight(q, 100)).toBe(firstQuestionHeight(q, 280));
  });

  it('never declares less than a short card', () => {
    expect(declaredFrameHeight({ title: 'x', questions: [] }, 640)).toBe(240);
  });
});

describe('snippetHeight', () => {
  it('follows the viewport between the phone and tablet heights, as CSS with a plain fallback', () => {
    const q = quiz('We promised the people a bridge, and we are going to deliver it on time, whatever the cost and whatever the weather.');
    const { attribute, css } = snippetHeight(q);
    expect(attribute).toBe(declaredFrameHeight(q, 480));
    const m = /^clamp\((\d+)px, calc\((\d+)px - ([\d.]+)vw\), (\d+)px\)$/.exec(css);
    expect(m).not.toBeNull();
    const [low, base, slope, high] = m!.slice(1).map(Number) as [number, number, number, number];
    const at = (viewport: number) => Math.min(high, Math.max(low, base - (slope * viewport) / 100));
    expect(Math.abs(at(352) - declaredFrameHeight(q, 320))).toBeLessThanOrEqual(1);
    expect(Math.abs(at(532) - declaredFrameHeight(q, 500))).toBeLessThanOrEqual(Math.abs(low - declaredFrameHeight(q, 500)) + 1);
    expect(at(1400)).toBe(low);
  });
});
