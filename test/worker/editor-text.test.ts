// Text readers will see: no invisible controls that make it read differently from
// what is stored, and names with letters in them.
import { describe, expect, it } from 'vitest';
import { HIDDEN_CONTROLS, personName, withoutHiddenControls, wordedText } from '../../worker/text-rules';
import { api, asEdit, BRIDGE_ARTICLE, createQuiz, expectError, snapshotQuizzes } from './editor-helpers';

describe('text rules', () => {
  it.each([
    ['Jane Smith', true],
    ['Jane \u202EhtimS', false], // right-to-left override
    ['\u2067Jane\u2069', false], // isolate
    ['Jane\u0007', false], // bell
    ['Jane\u0085', false], // C1 next line
    ['محمد\u200F', true], // right-to-left mark: Arabic and Hebrew text uses it
    ['मोनिका\u200D', true], // zero-width joiner: Indic scripts use it
    ['Line one\nline two', true],
  ])('%j has hidden controls: %s is %s', (text, visible) => {
    expect(!HIDDEN_CONTROLS.test(text)).toBe(visible);
  });

  it.each([
    ['Jane Smith', true],
    ["O'Neil", true],
    ['李明', true],
    ['...', false],
    ['— !', false],
    ['42', false],
    ['', false],
    ['   ', false],
  ])('person name %j accepted: %s', (name, ok) => {
    expect(personName(100).safeParse(name).success).toBe(ok);
  });

  it.each([
    ['Bridge quiz', true],
    ['2029', true],
    ['?!', false],
    ['Bridge \u202Ezziuq', false],
  ])('title %j accepted: %s', (title, ok) => {
    expect(wordedText(200).safeParse(title).success).toBe(ok);
  });

  it('drops hidden controls from imported text', () => {
    expect(withoutHiddenControls('Okafor\u202E said\u2066 it\u2069')).toBe('Okafor said it');
  });
});

describe('editor API refuses hidden controls and punctuation names, changing nothing', () => {
  const cases: [string, (e: ReturnType<typeof asEdit>) => unknown][] = [
    ['a title reversed by U+202E', (e) => ({ ...e, title: 'Bridge \u202Ezziuq' })],
    ['a title of punctuation', (e) => ({ ...e, title: '?!…' })],
    ['a typed speaker of punctuation', (e) => ({ ...e, questions: [{ ...e.questions[0]!, speakerId: undefined, speaker: '!!!' }, ...e.questions.slice(1)] })],
    ['a typed choice with an isolate', (e) => ({ ...e, questions: [{ ...e.questions[0]!, choices: [...e.questions[0]!.choices.slice(0, 2), { name: 'Tom\u2066 Becker' }] }, ...e.questions.slice(1)] })],
    ['a quotation with a bell', (e) => ({ ...e, questions: [{ ...e.questions[0]!, quote: 'We are\u0007 spending' }, ...e.questions.slice(1)] })],
  ];
  it.each(cases)('%s → 400', async (_, change) => {
    const quiz = await createQuiz();
    const before = await snapshotQuizzes();
    const message = await expectError(await api('PUT', `/${quiz.id}`, change(asEdit(quiz))), 400, 'invalid_request');
    expect(message).toMatch(/control|letter/);
    expect(await snapshotQuizzes()).toEqual(before);
  });

  it('refuses a new quiz titled with U+202E', async () => {
    await expectError(await api('POST', '', { text: BRIDGE_ARTICLE, title: 'Bridge \u202Ezziuq' }), 400, 'invalid_request');
  });

  it('drops hidden controls an imported article carries from its names, quotations and title', async () => {
    const quiz = await createQuiz({ html: `<title>x</title><h1>Council \u202Eapproves bridge</h1>${BRIDGE_ARTICLE.split('\n\n').slice(1).map((p) => `<p>${p.replace('Okafor said', 'Oka\u2067for said')}</p>`).join('')}` });
    const seen = JSON.stringify([quiz.title, quiz.people, quiz.questions]);
    expect(HIDDEN_CONTROLS.test(seen)).toBe(false);
    expect(quiz.title).toBe('Council approves bridge');
  });
});
