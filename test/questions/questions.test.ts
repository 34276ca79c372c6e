// Building questions: length limits, cutting long quotes, choices.
import { describe, expect, it } from 'vitest';
import { buildQuiz, choicesFor, questionText } from '../../questions/index';
import type { Person } from '../../questions/types';

describe('question text', () => {
  const long = Array.from({ length: 12 }, (_, i) => `This is sentence number ${i + 1} of the long quote.`).join(' ');
  const cases: [string, string | null][] = [
    ['Too short to ask.', null],
    ['We will rebuild the bridge this year.', 'We will rebuild the bridge this year.'],
    [long, long.split('. ').slice(0, 6).join('. ') + '. …'],
    [Array.from({ length: 70 }, () => 'word').join(' '), null],
  ];
  it.each(cases)('%s', (input, expected) => {
    expect(questionText(input)).toBe(expected);
  });
});

const person = (name: string, aliases: string[] = [], kind: Person['kind'] = 'person'): Person =>
  ({ id: 'p-' + name.toLowerCase().replace(/\W+/g, '-'), name, aliases, kind });

describe('choicesFor', () => {
  const trump = person('Donald Trump', ['Trump']);
  const putin = person('Vladimir Putin', ['Putin']);
  const peskov = person('Dmitry Peskov', ['Peskov']);
  const sasse = person('Ben Sasse', ['Sasse']);
  const graham = person('Lindsey Graham', ['Graham']);
  const kremlin = person('Kremlin', [], 'organisation');
  const people = [trump, putin, peskov, sasse, graham, kremlin, person('Trump', [])];

  it('never offers someone the quote names, nor the speaker twice, nor an organisation', () => {
    const c = choicesFor(trump, people, 'Putin & I discussed forming a Cyber Security unit', { quoted: [peskov.id, sasse.id], seed: 'q-1' });
    const labels = c.map((x) => x.label);
    expect(labels).toContain('Donald Trump');
    expect(labels).not.toContain('Vladimir Putin');
    expect(labels).not.toContain('Kremlin');
    expect(labels.filter((l) => l.includes('Trump'))).toHaveLength(1);
    expect(c.length).toBe(4);
  });
  it('takes other quoted people first', () => {
    const c = choicesFor(sasse, people, 'This obviously should not happen at all', { quoted: [graham.id, peskov.id], seed: 'q-2', max: 3 });
    expect(c.map((x) => x.label).sort()).toEqual(['Ben Sasse', 'Dmitry Peskov', 'Lindsey Graham']);
  });
  it('mixes the order deterministically by seed', () => {
    const a = choicesFor(sasse, people, 'This obviously should not happen at all', { seed: 'q-3' });
    const b = choicesFor(sasse, people, 'This obviously should not happen at all', { seed: 'q-3' });
    expect(a).toEqual(b);
  });
});

describe('buildQuiz', () => {
  it('asks only about people, with 3–4 choices', () => {
    const quiz = buildQuiz({ text: 'Budget vote today\n\nMayor Mary Smith, Councillor Tom Brown and Councillor Ann Lee met on Monday.\n\n"We will rebuild the bridge this year, whatever it costs," Smith said.\n\n"The council has not seen a single costed plan yet," Brown said.\n\n"The ministry approved the full budget for the bridge yesterday," the ministry said.' });
    expect(quiz.questions.map((q) => q.speaker)).toEqual(['Mary Smith', 'Tom Brown']);
    for (const q of quiz.questions) {
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      expect(q.id).toMatch(/^q-[0-9a-f]{8}$/);
    }
  });
});
