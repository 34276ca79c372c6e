// Issue 16: people and explanations in the editors' API (PUT /api/editor/quizzes/:id):
// rename, the role readers see, merge (aliases), add a person, every question taking the
// change; explanations verbatim or marked as the editor's own; refusals change nothing.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { PublicQuiz } from '../../worker/contract';
import type { EditorQuiz } from '../../worker/editor-contract';
import { api, asEdit, createQuiz, expectError, snapshotQuizzes } from './editor-helpers';

// An edit made on `quiz` as it is (its version as If-Match, which wins over a body's "version").
const put = async (quiz: EditorQuiz, body: unknown) => api('PUT', `/${quiz.id}`, body, { 'if-match': `"${quiz.version}"` });
const ok = async (res: Response) => {
  expect(res.status).toBe(200);
  return (await res.json()) as EditorQuiz;
};
const person = (quiz: EditorQuiz, name: string) => quiz.people.find((p) => p.name === name)!;

describe('people', () => {
  it('renames a person and sets the role readers see: every question naming them takes it, ids stay', async () => {
    const quiz = await createQuiz();
    const becker = person(quiz, 'Robert Okafor');
    const edited = await ok(await put(quiz, { ...asEdit(quiz), people: [{ id: becker.id, name: 'Rob Okafor', role: 'Councillor, Ward 3' }] }));
    expect(person(edited, 'Rob Okafor')).toMatchObject({ id: becker.id, role: 'Councillor, Ward 3' });
    const naming = edited.questions.filter((q) => q.choices.some((c) => c.id === becker.id));
    expect(naming.length).toBeGreaterThan(1);
    for (const q of naming) expect(q.choices.find((c) => c.id === becker.id)).toEqual({ id: becker.id, label: 'Rob Okafor', description: 'Councillor, Ward 3' });
    const spoken = edited.questions.find((q) => q.speakerId === becker.id)!;
    expect(spoken.speaker).toBe('Rob Okafor');
    // Same ids: statistics carry on.
    expect(edited.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    // role null removes it.
    const cleared = await ok(await put(edited, { ...asEdit(edited), people: [{ id: becker.id, role: null }] }));
    expect(person(cleared, 'Rob Okafor').role).toBeUndefined();
  });

  it('merges one person into another: names become aliases, questions name the other, the speaker’s question keeps its id', async () => {
    const quiz = await createQuiz();
    const okafor = person(quiz, 'Robert Okafor');
    const smith = person(quiz, 'Jane Smith');
    const edited = await ok(await put(quiz, { ...asEdit(quiz), people: [{ id: okafor.id, mergeInto: smith.id }] }));
    expect(edited.people.some((p) => p.id === okafor.id)).toBe(false);
    expect(person(edited, 'Jane Smith').aliases).toEqual(expect.arrayContaining(['Robert Okafor', ...okafor.aliases]));
    for (const q of edited.questions) {
      expect(q.choices.some((c) => c.id === okafor.id)).toBe(false);
      expect(new Set(q.choices.map((c) => c.id)).size).toBe(q.choices.length);
    }
    const was = quiz.questions.find((q) => q.speakerId === okafor.id)!;
    const now = edited.questions.find((q) => q.quote === was.quote)!;
    expect(now).toMatchObject({ id: was.id, speakerId: smith.id, speaker: 'Jane Smith', answer: smith.id });
  });

  it('adds a person, who can then be picked by id or matched by name', async () => {
    const quiz = await createQuiz();
    const edit = asEdit(quiz);
    const edited = await ok(await put(quiz, { ...edit, people: [{ name: 'Min-jun Park', role: 'Harbour engineer' }], questions: edit.questions.map((q, i) => (i === 0 ? { ...q, choices: [...q.choices.slice(0, 2), { name: 'min-jun park' }] } : q)) }));
    const park = person(edited, 'Min-jun Park');
    expect(park).toMatchObject({ id: 'p-min-jun-park', role: 'Harbour engineer', kind: 'person' });
    expect(edited.questions[0]!.choices).toContainEqual({ id: 'p-min-jun-park', label: 'Min-jun Park', description: 'Harbour engineer' });
  });

  const refused: Array<[string, (q: EditorQuiz) => unknown, number, string]> = [
    ['an unknown person', () => [{ id: 'p-nobody', name: 'X' }], 422, 'unknown_person'],
    ['a merge into an unknown person', (q) => [{ id: q.people[0]!.id, mergeInto: 'p-nobody' }], 422, 'unknown_person'],
    ['a merge into themselves', (q) => [{ id: q.people[0]!.id, mergeInto: q.people[0]!.id }], 422, 'invalid_merge'],
    ['a rename to another person’s name', (q) => [{ id: q.people[0]!.id, name: q.people[1]!.name }], 422, 'duplicate_person'],
    ['a new person with an existing name', (q) => [{ name: q.people[0]!.name.toUpperCase() }], 422, 'duplicate_person'],
    ['an empty name', (q) => [{ id: q.people[0]!.id, name: '  ' }], 400, 'invalid_request'],
    ['a new person without a name', () => [{ role: 'Mayor' }], 400, 'invalid_request'],
    ['a merge that also renames', (q) => [{ id: q.people[0]!.id, mergeInto: q.people[1]!.id, name: 'Y' }], 400, 'invalid_request'],
    ['an unknown field', (q) => [{ id: q.people[0]!.id, nickname: 'Y' }], 400, 'invalid_request'],
  ];
  it.each(refused)('refuses %s and stores nothing', async (_name, people, status, code) => {
    const quiz = await createQuiz();
    const before = await snapshotQuizzes();
    await expectError(await put(quiz, { ...asEdit(quiz), people: people(quiz) }), status, code);
    expect(await snapshotQuizzes()).toEqual(before);
  });
});

describe('explanations', () => {
  it('takes a verbatim part of the article, refuses other text unless marked as the editor’s, and readers get the editor’s note marked', async () => {
    const quiz = await createQuiz();
    const edit = asEdit(quiz);
    const target = quiz.questions[0]!;
    const sentence = 'The city council voted on Tuesday to build a new bridge across the harbour, ending a decade of debate.';
    const verbatim = await ok(await put(quiz, { ...edit, questions: edit.questions.map((q, i) => (i === 0 ? { ...q, explanation: sentence } : q)) }));
    expect(verbatim.questions[0]).toMatchObject({ id: target.id, explanation: sentence });
    expect(verbatim.questions[0]!.explanationBy).toBeUndefined();

    const before = await snapshotQuizzes();
    const invented = 'Becker runs the bookshop on the quay.';
    await expectError(await put(verbatim, { ...edit, questions: edit.questions.map((q, i) => (i === 0 ? { ...q, explanation: invented } : q)) }), 422, 'explanation_not_in_article');
    expect(await snapshotQuizzes()).toEqual(before);

    const mine = await ok(await put(verbatim, { ...edit, questions: edit.questions.map((q, i) => (i === 0 ? { ...q, explanation: invented, explanationBy: 'editor', selected: true } : q)) }));
    expect(mine.questions[0]).toMatchObject({ id: target.id, explanation: invented, explanationBy: 'editor' });
    // Sent back unchanged without explanationBy, it stays the editor's.
    const again = await ok(await put(mine, asEdit(mine)));
    expect(again.questions[0]!.explanationBy).toBe('editor');

    await ok(await api('POST', `/${quiz.id}/publish`));
    const publicQuiz = (await (await SELF.fetch(`http://quiz.test/api/quizzes/${quiz.id}`)).json()) as PublicQuiz;
    const q = publicQuiz.questions.find((x) => x.id === target.id)!;
    const res = await SELF.fetch(`http://quiz.test/api/quizzes/${quiz.id}/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'note-reader-1', question: q.id, choice: q.choices[0]!.id }) });
    expect(await res.json()).toMatchObject({ explanation: invented, editorNote: true });
  });
});
