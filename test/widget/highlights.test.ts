// Issue 16: the review's article with every quotation marked, and speaker colours.
import { describe, expect, it } from 'vitest';
import { highlightArticle, SPEAKER_COLOURS, speakerColours } from '../../widget/editor/highlights';

const ARTICLE = `Headline here

Okafor voted against it. "We are spending money we simply do not have," Okafor said.

"I worry the construction
will drive my customers away," Becker said. "No ship will wait," Duarte said.`;

describe('highlightArticle', () => {
  it('marks each quotation in its paragraph, whitespace matched as the verbatim check does, cuts marked with …', () => {
    const paras = highlightArticle(ARTICLE, [
      { key: 'a', quote: 'We are spending money we simply do not have,' },
      { key: 'b', quote: 'I worry the construction will drive my customers away,' },
      { key: 'c', quote: '… wait,' },
      { key: 'd', quote: 'never said anywhere' },
    ]);
    expect(paras).toHaveLength(3);
    expect(paras[0]).toEqual([{ text: 'Headline here' }]);
    expect(paras[1]).toEqual([{ text: 'Okafor voted against it. "' }, { text: 'We are spending money we simply do not have,', key: 'a' }, { text: '" Okafor said.' }]);
    expect(paras[2]!.filter((r) => r.key).map((r) => [r.key, r.text])).toEqual([
      ['b', 'I worry the construction\nwill drive my customers away,'],
      ['c', 'wait,'],
    ]);
    expect(paras[2]!.map((r) => r.text).join('')).toBe(ARTICLE.split('\n\n')[2]);
  });

  it('does not mark a quotation twice over another: the later one finds its next occurrence or none', () => {
    const paras = highlightArticle('"Yes," she said. "Yes," he said.', [
      { key: 'a', quote: 'Yes,' },
      { key: 'b', quote: 'Yes,' },
    ]);
    expect(paras[0]!.filter((r) => r.key).map((r) => r.key)).toEqual(['a', 'b']);
  });
});

describe('speakerColours', () => {
  it('gives speakers colours in the order they first speak, reusing them past the palette', () => {
    const ids = Array.from({ length: SPEAKER_COLOURS + 1 }, (_, i) => `p-${i}`);
    const colours = speakerColours(['p-0', 'p-1', 'p-0', ...ids]);
    expect(colours.get('p-0')).toBe(0);
    expect(colours.get('p-1')).toBe(1);
    expect(colours.get(`p-${SPEAKER_COLOURS}`)).toBe(0);
  });
});
