// Explanations that attribute (questions/06-explain.ts): always the speaker's name as the article
// gives it — the quotation's own sentence, the sentence that named the speaker of a quotation that
// goes on, or the resolved name before "he said" — with a trailing comma made a full stop.
import { describe, expect, it } from 'vitest';
import { buildQuiz } from '../../questions/index';
import { closeQuotation } from '../../questions/06-text';

describe('closeQuotation', () => {
  const cases: [string, string][] = [
    ['"You know, nobody promised each other anything. There was no such goal,"', '"You know, nobody promised each other anything. There was no such goal."'],
    ['“We can pay for it,”', '“We can pay for it.”'],
    ['"There was no such goal," he said.', '"There was no such goal," he said.'],
    ['“Are we there yet?”', '“Are we there yet?”'],
    ['Dmitry Peskov, in the article: "There was no such goal,"', 'Dmitry Peskov, in the article: "There was no such goal."'],
  ];
  it.each(cases)('%s', (input, expected) => expect(closeQuotation(input)).toBe(expected));
});

/** [house style, article, a fragment of the quotation, the explanation it gets]. */
type ExplainCase = [string, string, string, string];

const COUNCIL = 'Budget passes\n\nCouncillor Maria Ruiz voted for the budget. "We can pay for the pool without raising taxes," Ruiz said after the vote. "The money was set aside three years ago for exactly this."\n\nCouncillor Tom Reid voted against. "This is a pool for the few, paid for by the many," Reid said.\n\nResident Ann Clarke, 71, spoke at the meeting. "I have swum in that old pool since I was a girl," she said.';

describe('explain', () => {
  const cases: ExplainCase[] = [
    ['own sentence names the speaker', COUNCIL, 'This is a pool for the few',
      '"This is a pool for the few, paid for by the many," Reid said.'],
    ['a quotation that goes on in the same paragraph: the naming sentence, then it', COUNCIL, 'The money was set aside',
      '"We can pay for the pool without raising taxes," Ruiz said after the vote. "The money was set aside three years ago for exactly this."'],
    ['"she said": the resolved name first', COUNCIL, 'I have swum in that old pool',
      'Ann Clarke, in the article: "I have swum in that old pool since I was a girl," she said.'],
    ['British paper, quotation paragraph after the naming one (no full stops after Mr)',
      'Village shop saved\n\nShopkeeper Raj Mistry, 54, has run the shop for 20 years. "People said it would close, but the village came through," Mr Mistry said.\n\n"We had 300 people buy shares in a single week, which I never expected."\n\nParish councillor Helen Booth said the shop mattered. "It is the only place some of our older residents see anyone all day," she said.\n\nRetired teacher Pat Doyle agreed. "Without the shop, this is just a car park with houses round it," Mrs Doyle said.',
      'We had 300 people',
      '"People said it would close, but the village came through," Mr Mistry said. "We had 300 people buy shares in a single week, which I never expected."'],
    ['Australian sport, "the coach said": the name though the sentence has only a description',
      'Tigers fall short\n\nRichmond coach Adem Yze said his side had been beaten by a better team. "They were sharper at the contest all night and deserved it," the coach said.\n\nCaptain Toby Nankervis was sore after the game. "My ankle will be fine by Thursday, I reckon," Nankervis said.\n\nCarlton coach Michael Voss praised his midfield. "Our mids were outstanding from the first bounce," Voss said.',
      'They were sharper',
      'Adem Yze, in the article: "They were sharper at the contest all night and deserved it," the coach said.'],
  ];
  it.each(cases)('%s', (_name, text, fragment, expected) => {
    const q = buildQuiz({ text }).questions.find((x) => x.quote.includes(fragment));
    expect(q, fragment).toBeDefined();
    expect(q!.explanation).toBe(expected);
  });

  it('always names the speaker, in every question of an interview with Q and A', () => {
    const text = 'Q&A: the new police chief\n\nPolice Chief Dani McKinnon took over in March. She spoke with reporter Anika Sharma.\n\n"What surprised you most in your first month?" Sharma asked.\n\n"How many of our calls are about mental health, not crime," McKinnon said. "Nearly one in three."\n\n"Will you ask for more officers?"\n\n"I will ask for more social workers first," she said.\n\nMayor Olivia Chow said she would listen. "The chief has my full support on this," Chow said.';
    for (const q of buildQuiz({ text }).questions) {
      const surname = q.speaker.split(' ').pop()!;
      expect(q.explanation, q.explanation).toMatch(new RegExp(`\\b${surname}\\b`));
    }
  });
});
