// 04-unknown-subject: a sentence before the quotation whose subject no entity of the article names.
import { describe, expect, it } from 'vitest';
import { unknownSubjectBefore } from '../../questions/04-unknown-subject';
import { extract } from '../../questions/index';

const knownNames = ['Ryan', 'Huska', 'Nazem', 'Kadri'];
const known = (w: string) => knownNames.includes(w);

describe('unknownSubjectBefore [paragraph before the quotation, newcomer]', () => {
  it.each([
    ['Osei, who had a goal and an assist, agreed. ', 'Osei'],
    ['The Flames lost. Osei said they were tired. ', 'Osei'],
    ['Kadri, who had a goal and an assist, agreed. ', null],
    ['Huska said the team was flat. ', null],
    ['When asked about the merger, she defended it. ', null],
    ['He agreed. ', null],
    ['Osei agreed. Huska said the team was flat. ', null],
    ['Osei scored twice. ', null],
  ] as const)('%s → %s', (before, expected) => {
    expect(unknownSubjectBefore(before, known)).toBe(expected);
  });
});

describe('a pronoun after a newcomer is not published unreviewed', () => {
  const speakers = (text: string) => extract({ text }).quotes.map((q) => [q.speaker?.name ?? null, q.confidence >= 0.8] as const);
  it('"Kadri, who …, agreed. "…," he said" after the coach spoke: not the coach at publishing confidence', () => {
    const got = speakers('Ryan Huska, the Flames coach, was unhappy. "We stopped skating," he said.\n\nKadri, who had a goal and an assist, agreed. "We sat back, and they made us pay," he said.');
    expect(got[0]).toEqual(['Ryan Huska', true]);
    expect(got[1]![1]).toBe(false);
  });
  it('a subject the article named before keeps the pronoun', () => {
    const got = speakers('Nazem Kadri scored early. Ryan Huska, the Flames coach, was unhappy. "We stopped skating," he said.\n\nKadri, who had a goal and an assist, agreed. "We sat back, and they made us pay," he said.');
    expect(got[1]).toEqual(['Nazem Kadri', true]);
  });
});
