// The seed article (CNN, 2017, scraped with its page noise): the 11
// question-sized quotations right at confidence ≥ 0.8, nothing false, no noise people;
// 5–8 of them selected for readers.
import { describe, expect, it } from 'vitest';
import article from '../../worker/demo/article.txt';
import { buildQuiz, extract } from '../../questions/index';

const expected: [string, string][] = [
  ['Putin & I discussed forming an impenetrable Cyber Security unit', 'Donald Trump'],
  ['The fact that President Putin and I discussed a Cyber Security unit', 'Donald Trump'],
  ['There was, in fact, a discussion regarding the possibility to create such group', 'Dmitry Peskov'],
  ['Moreover, you know that the President gave Mr. Trump his statements', 'Dmitry Peskov'],
  ['You know, nobody promised each other anything', 'Dmitry Peskov'],
  ['The positive thing is that the readiness to work in this direction was proclaimed', 'Dmitry Peskov'],
  ['This obviously should not happen--& obviously will not happen', 'Ben Sasse'],
  ['Putin is an enemy of free religion, speech, press and protest', 'Ben Sasse'],
  ['I am sure that Vladimir Putin could be of enormous assistance', 'John McCain'],
  ["not the dumbest idea I've ever heard, but it's pretty close.", 'Lindsey Graham'],
  ['(Trump is) literally the only person I know of', 'Lindsey Graham'],
];

describe('seed article', () => {
  const quiz = buildQuiz({ text: article });
  const ex = extract({ text: article });

  it.each(expected)('asks “%s…” with %s as the answer', (start, speaker) => {
    const q = quiz.questions.find((x) => x.quote.startsWith(start));
    expect(q, start).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    expect(q!.choices.some((c) => c.id === q!.answer)).toBe(true);
  });

  // Confidence is fitted on annotated news (scripts/fit-confidence.mjs). "And later added, …" is a
  // subjectless speech clause continuing the previous quotation's named speaker (measured with "he
  // added" pronoun continuations); Graham's partial "not the dumbest idea …" has its speaker as the
  // subject of the speech verb governing it, with no other person in between ("far clean").
  it('has all 11 at confidence ≥ 0.8', () => {
    for (const [start] of expected) {
      expect(quiz.questions.find((x) => x.quote.startsWith(start))!.confidence).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('has exactly these 11 questions and no false quotation', () => {
    expect(quiz.questions).toHaveLength(11);
    // readers get 5–8 by default: confident ones, no speaker the answer to more than about a third
    const selected = quiz.questions.filter((q) => q.selected);
    expect(selected.length).toBeGreaterThanOrEqual(5);
    expect(selected.length).toBeLessThanOrEqual(8);
    const per = new Map<string, number>();
    for (const q of selected) per.set(q.answer, (per.get(q.answer) ?? 0) + 1);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(Math.round(selected.length / 3));
    // every extracted quotation is one of the 11 or the one-word partial "promised"
    for (const q of ex.quotes) {
      expect(expected.some(([s]) => q.text.startsWith(s)) || q.text === 'promised').toBe(true);
    }
  });

  it('resolves "he said", "He continued:" and "And later added" to the right person', () => {
    const by = (s: string) => ex.quotes.find((q) => q.text.startsWith(s))?.speaker?.name;
    expect(by('Moreover')).toBe('Dmitry Peskov');
    expect(by('The fact that')).toBe('Donald Trump');
    expect(by('Putin is an enemy')).toBe('Ben Sasse');
    expect(by('(Trump is)')).toBe('Lindsey Graham');
  });

  it('takes no programme titles as quotations', () => {
    expect(ex.quotes.map((q) => q.text)).not.toContain('Face the Nation,');
    expect(ex.quotes.some((q) => /Face the Nation|Meet the Press/.test(q.text))).toBe(false);
  });

  it('makes no people from page noise', () => {
    const names = ex.people.map((p) => p.name).join(' | ');
    expect(names).not.toMatch(/Tillerson|Washington|CNN|Story|Highlights/);
    expect(ex.people.filter((p) => p.kind === 'person').map((p) => p.name).sort()).toEqual(
      ['Ben Sasse', 'Dmitry Peskov', 'Donald Trump', 'John McCain', 'Lindsey Graham', 'Vladimir Putin'],
    );
  });

  it('builds choices by the rules', () => {
    for (const q of quiz.questions) {
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      expect(q.choices.length).toBeLessThanOrEqual(4);
      expect(new Set(q.choices.map((c) => c.id)).size).toBe(q.choices.length);
      expect(q.choices.filter((c) => c.id === q.answer)).toHaveLength(1);
      // never someone the quotation names in the third person
      if (q.quote.includes('Putin')) expect(q.choices.map((c) => c.label)).not.toContain('Vladimir Putin');
      expect(q.explanation).toContain(q.quote.replace(/ …$/, '').slice(0, 30));
      // the explanation names the speaker: the article's sentence, or the name the pipeline resolved
      expect(q.explanation).toContain(q.speaker.split(' ').pop()!);
    }
    // the right answer is not always in the same place
    expect(new Set(quiz.questions.map((q) => q.choices.findIndex((c) => c.id === q.answer))).size).toBeGreaterThan(1);
  });

  it('gives ids that depend only on the quotation', () => {
    const again = buildQuiz({ text: article });
    expect(again.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    expect(again.questions.map((q) => q.choices.map((c) => c.id))).toEqual(quiz.questions.map((q) => q.choices.map((c) => c.id)));
  });
});
