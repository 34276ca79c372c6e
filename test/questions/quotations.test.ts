// Finding quotations: marks, splits, multi-sentence and multi-paragraph quotes,
// quotes inside quotes, partial quotes, and quoted titles / scare quotes that are not speech.
import { describe, expect, it } from 'vitest';
import { extract } from '../../questions/index';

const texts = (s: string) => extract({ text: s }).quotes.map((q) => q.text);

describe('quotation marks and shapes', () => {
  const cases: [string, string, string[]][] = [
    ['straight quotes', 'Mary Smith said, "We will rebuild the bridge this year."', ['We will rebuild the bridge this year.']],
    ['curly quotes', 'Mary Smith said, “We will rebuild the bridge this year.”', ['We will rebuild the bridge this year.']],
    ['split by its attribution', '"We will rebuild," Mary Smith said, "and we will do it this year."',
      ['We will rebuild,', 'and we will do it this year.']],
    ['multi-sentence', '"The bridge is old. It is unsafe. We will rebuild it," Mary Smith said.',
      ['The bridge is old. It is unsafe. We will rebuild it,']],
    ['multi-paragraph: left open, reopened', 'Mary Smith said: "The bridge is old and it is unsafe for everyone.\n\n"We will rebuild it this year, whatever it costs."',
      ['The bridge is old and it is unsafe for everyone.', 'We will rebuild it this year, whatever it costs.']],
    ['quote inside a quote stays in the outer quote', '"He told me \'we are done here\' and walked away from the table," Mary Smith said.',
      ["He told me 'we are done here' and walked away from the table,"]],
    ['curly quote inside straight quote', 'Mary Smith said: "They chanted “lock him up” all night long outside the hall."',
      ['They chanted “lock him up” all night long outside the hall.']],
    ['short partial quote inside reported speech', 'Mary Smith said the plan was "unworkable" and would be dropped.', ['unworkable']],
    ['British single quotes', "‘We will rebuild the bridge this year,’ Mary Smith said.", ['We will rebuild the bridge this year,']],
    ['apostrophes are not quotes', "Mary Smith's plan isn't ready, and the workers' union said so.", []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('quoted titles and scare quotes are not speech', () => {
  const cases: [string, string, string[]][] = [
    ['TV programme after a possessive', 'John McCain told CBS\'s "Face the Nation" that the idea was dangerous.', []],
    ['programme title then the quote', 'On Sunday, McCain told CBS\'s "Face the Nation," "I am sure that Putin could help with that."',
      ['I am sure that Putin could help with that.']],
    ['so-called', 'He dismissed the so-called "fake news" about the summit.', []],
    ['title-case film name', 'The director said his film "The Long Way Home" opens in May.', []],
    ['book title cue', 'Her book, titled "Winning at All Costs and Other Lessons," sold well.', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('offsets point into the input text', () => {
  it('maps start/end to the original string', () => {
    const input = 'Washington (CNN)Mary Smith said, "We will rebuild the bridge this year."';
    const [q] = extract({ text: input }).quotes;
    expect(q && input.slice(q.start, q.end)).toBe('We will rebuild the bridge this year.');
  });
});
