// Every form of a name is one person; lists, possessives, organisations as speakers.
import { describe, expect, it } from 'vitest';
import { extract } from '../../questions/index';
import { pairs } from './helpers';

describe('name forms merge into one person', () => {
  const cases: [string, string, string[]][] = [
    ['Sen. / surname / Mr.', 'Sen. Ben Sasse spoke on Sunday. Sasse tweeted, "This should not happen at all, ever." Mr. Sasse later said, "It is bizarre and it will not happen."',
      ['Ben Sasse', 'Ben Sasse']],
    ['possessive', "Ben Sasse's office replied. \"This should not happen at all, ever,\" Sasse's spokesman James Wegmann said.", ['James Wegmann']],
    ['list of names', 'GOP Sens. Ben Sasse, Lindsey Graham and John McCain spoke out. "It is not the dumbest idea, but it is close," Graham said. "It should not happen at all, ever," McCain said.',
      ['Lindsey Graham', 'John McCain']],
    ['title and role before a name', 'Russian President Vladimir Putin met reporters. "We discussed many things at the summit," Putin said.', ['Vladimir Putin']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(input).map(([, s]) => s)).toEqual(expected);
  });

  it('keeps one person with aliases and a role', () => {
    const ex = extract({ text: 'Kremlin spokesman Dmitry Peskov spoke on Monday. "There was a discussion about the group," Peskov said. Mr. Peskov added nothing.' });
    const peskov = ex.people.filter((p) => p.name.includes('Peskov'));
    expect(peskov).toHaveLength(1);
    expect(peskov[0]?.name).toBe('Dmitry Peskov');
    expect(peskov[0]?.role).toBe('Kremlin spokesman');
    expect(peskov[0]?.aliases).toEqual(expect.arrayContaining(['Peskov']));
  });
});

describe('organisations as speakers', () => {
  const cases: [string, string, (string | null)[]][] = [
    ['the Kremlin said', '"The presidents discussed the possibility of a cyber unit," the Kremlin said.', ['Kremlin']],
    ['company in a statement', 'Acme Corp. said in a statement: "We are reviewing the decision with our lawyers."', ['Acme Corp']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairs(input).map(([, s]) => s)).toEqual(expected);
  });
  it('marks them as organisations', () => {
    const ex = extract({ text: '"The presidents discussed the possibility of a cyber unit," the Kremlin said.' });
    expect(ex.quotes[0]?.speaker?.kind).toBe('organisation');
  });
});
