// The quiz a reader gets by default (questions/06-select.ts): 5–8 questions, confident ones only,
// 8–40 words that say something first, no speaker the answer to more than about a third, spread
// through the article.
import { describe, expect, it } from 'vitest';
import { buildQuiz } from '../../questions/index';
import { saysNothing, select, speakerCap, type Selectable } from '../../questions/06-select';

describe('saysNothing', () => {
  const cases: [string, boolean][] = [
    ['Thank you so much for having me here tonight,', true],
    ['Thanks, everyone, it means a lot to all of us', true],
    ['No comment at this stage of the investigation.', true],
    ['Happy Diwali to all of you and your families', true],
    ['I think it is what it is, you know', true],
    ['My crews are doing everything they can with the trucks we have', false],
    ['You know, nobody promised each other anything. There was no such goal,', false],
    ['We just want the old schedule back', false],
  ];
  it.each(cases)('%s → %s', (quote, expected) => expect(saysNothing(quote)).toBe(expected));
});

describe('speakerCap: about a third, two at least', () => {
  const cases: [number, number][] = [[3, 2], [5, 2], [6, 2], [7, 2], [8, 3]];
  it.each(cases)('%i questions → %i', (n, cap) => expect(speakerCap(n)).toBe(cap));
});

const q = (answer: string, words: number, confidence: number, start: number, quote?: string): Selectable =>
  ({ answer, confidence, start, quote: quote ?? Array.from({ length: words }, (_, i) => ['court', 'bridge', 'budget', 'river', 'housing'][i % 5]).join(' ') });

describe('select', () => {
  it('never selects a question under 0.8, nor one that says nothing', () => {
    const items = [q('a', 12, 0.79, 0), q('b', 12, 0.95, 10), q('c', 12, 0.9, 20, 'Thank you so much for coming out tonight, everyone here'), q('d', 12, 0.85, 30)];
    expect([...select(items)].sort()).toEqual([1, 3]);
  });
  it('takes at most 8, and no speaker over about a third', () => {
    const items = Array.from({ length: 14 }, (_, i) => q(['a', 'b', 'c', 'd'][i % 4]!, 12, 0.95, i * 100));
    const chosen = [...select(items)];
    expect(chosen).toHaveLength(8);
    const per = new Map<string, number>();
    for (const i of chosen) per.set(items[i]!.answer, (per.get(items[i]!.answer) ?? 0) + 1);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(3);
  });
  it('with one speaker quoted twelve times, a short quiz of two rather than a quiz about one person', () => {
    const items = Array.from({ length: 12 }, (_, i) => q('a', 12, 0.95, i * 100));
    expect(select(items).size).toBe(2);
  });
  it('takes 8–40 words alone when they make five, and other lengths only to make up five', () => {
    const items = [q('a', 50, 0.99, 0), q('b', 12, 0.85, 10), q('c', 12, 0.99, 20), q('d', 6, 0.99, 30), q('e', 20, 0.9, 40), q('f', 9, 0.97, 50), q('g', 30, 0.88, 60)];
    expect([...select(items)].sort()).toEqual([1, 2, 4, 5, 6]);
    const four = [q('b', 12, 0.85, 10), q('c', 12, 0.99, 20), q('e', 20, 0.9, 40), q('f', 9, 0.97, 50), q('h', 45, 0.99, 70), q('i', 50, 0.9, 80)];
    expect([...select(four)].sort()).toEqual([0, 1, 2, 3, 4]); // the likelier of the long ones makes up five
  });
  it('spreads equally good questions through the article', () => {
    // twelve equally good quotations from four speakers, bunched at the start and the end
    const items = Array.from({ length: 12 }, (_, i) => q(['a', 'b', 'c', 'd'][i % 4]!, 12, 0.95, i < 6 ? i : 1000 + i));
    const chosen = [...select(items)];
    expect(chosen.filter((i) => items[i]!.start >= 1000).length).toBeGreaterThanOrEqual(3);
    expect(chosen.filter((i) => items[i]!.start < 1000).length).toBeGreaterThanOrEqual(3);
  });
});

describe('a quiz of 5–8 from a long feature', () => {
  it('selects 5–8 of a sports feature\'s twelve questions, no player more than about a third', () => {
    const players = [['Kemi Adeyemi', 'Striker', 'Leeds'], ['Sam Okoro', 'Defender', 'Derby'], ['Gary Holt', 'Manager', 'Hull'], ['Lisa Chen', 'Goalkeeper', 'Stoke']];
    const paras = players.flatMap(([name, role, club]) => [
      `${role} ${name} spoke after training. "We have worked on set pieces every morning since we lost to ${club}," ${name!.split(' ')[1]} said.`,
      `"The fans who came to ${club} deserve a team that fights for every ball," ${name!.split(' ')[1]} said.`,
      `"Nobody in this squad is thinking about ${club} now, only about Saturday's game," ${name!.split(' ')[1]} added.`,
    ]);
    const quiz = buildQuiz({ text: 'Season preview\n\n' + paras.join('\n\n') });
    const selected = quiz.questions.filter((x) => x.selected);
    expect(quiz.questions.length).toBeGreaterThan(8);
    expect(selected.length).toBeGreaterThanOrEqual(5);
    expect(selected.length).toBeLessThanOrEqual(8);
    const per = new Map<string, number>();
    for (const x of selected) per.set(x.answer, (per.get(x.answer) ?? 0) + 1);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(Math.max(2, Math.round(selected.length / 3)));
    for (const x of selected) expect(x.confidence).toBeGreaterThanOrEqual(0.8);
  });
});
