// Issue 16: readers' statistics survive an editor's changes. A reader who finished still
// counts as finished after an edit that changes questions; a reader whose page was loaded
// before the edit can still answer its questions and finish it; removed questions keep
// their quotation (and who said it) in the figures; a merge's old choice counts as the person.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { EditorQuiz } from '../../worker/editor-contract';
import { api, asEdit, createQuiz } from './editor-helpers';
import { getStats } from './stats-helpers';

const post = (path: string, body: unknown) => SELF.fetch(`http://quiz.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const ok = async (res: Response) => {
  expect(res.status).toBe(200);
  return (await res.json()) as EditorQuiz;
};

/** The bridge quiz with every question selected, published. */
async function published(): Promise<EditorQuiz> {
  const made = await createQuiz();
  const all = await ok(await api('PUT', `/${made.id}`, { ...asEdit(made), questions: asEdit(made).questions.map((q) => ({ ...q, selected: true })) }));
  return ok(await api('POST', `/${all.id}/publish`));
}

/** Two questions get another speaker (so new ids); the rest are unchanged. */
async function changeTwo(quiz: EditorQuiz): Promise<EditorQuiz> {
  const edit = asEdit(quiz);
  for (const q of edit.questions.slice(0, 2)) q.speakerId = q.choices.find((c) => c.id !== q.speakerId)!.id;
  return ok(await api('PUT', `/${quiz.id}`, edit));
}

const answerAll = async (quiz: EditorQuiz, session: string, questions = quiz.questions.filter((q) => q.selected)) => {
  for (const q of questions) expect((await post(`/api/quizzes/${quiz.id}/answers`, { session, question: q.id, choice: q.answer })).status).toBe(200);
};

describe('statistics across edits', () => {
  it('a reader who finished still counts as finished, and removed questions keep their quotation and speaker', async () => {
    const quiz = await published();
    await answerAll(quiz, 'edit-finished-1');
    const answers = quiz.questions.map((q) => ({ question: q.id, choice: q.answer }));
    expect(await (await post(`/api/quizzes/${quiz.id}/finish`, { session: 'edit-finished-1', answers })).json()).toMatchObject({ complete: true, score: quiz.questions.length });

    const edited = await changeTwo(quiz);
    const stats = await getStats(quiz.id);
    expect({ starts: stats.starts, completions: stats.completions, completionRate: stats.completionRate }).toEqual({ starts: 1, completions: 1, completionRate: 1 });
    const removed = stats.questions.filter((q) => q.removed);
    expect(removed.map((q) => q.quote).sort()).toEqual(quiz.questions.slice(0, 2).map((q) => q.quote).sort());
    for (const r of removed) {
      const was = quiz.questions.find((q) => q.id === r.id)!;
      expect(r).toMatchObject({ answerLabel: was.speaker, answers: 1, correct: 1, position: null, selected: false });
    }
    // The reader's own standing says finished too.
    const standing = await (await SELF.fetch(`http://quiz.test/api/quizzes/${quiz.id}/standing?session=edit-finished-1`)).json();
    expect(standing).toMatchObject({ complete: true });
    // The edit replaced them: the new questions are there, unanswered.
    expect(stats.questions.filter((q) => !q.removed && q.selected)).toHaveLength(edited.questions.length);
  });

  it('a reader whose page was loaded before the edit answers its old questions and finishes: counted as finished, scored on what they played', async () => {
    const quiz = await published();
    const [first, second, ...rest] = quiz.questions;
    await answerAll(quiz, 'edit-midway-1', [first!]);
    await changeTwo(quiz);
    // The old page goes on: the question the edit replaced is still answered (and checked against its old answer).
    const late = await post(`/api/quizzes/${quiz.id}/answers`, { session: 'edit-midway-1', question: second!.id, choice: second!.answer });
    expect(await late.json()).toMatchObject({ correct: true, answer: second!.answer });
    await answerAll(quiz, 'edit-midway-1', rest);
    const stats = await getStats(quiz.id);
    expect({ starts: stats.starts, completions: stats.completions }).toEqual({ starts: 1, completions: 1 });
    expect(stats.scores).toEqual({ [String(quiz.questions.length)]: 1 });
  });

  it('a merged person’s picks count for the person they are now; an old page may still send the merged id', async () => {
    const quiz = await published();
    const q = quiz.questions[0]!;
    const wrong = q.choices.find((c) => c.id !== q.answer)!;
    const into = quiz.people.find((p) => p.id !== wrong.id && p.id !== q.answer)!;
    await post(`/api/quizzes/${quiz.id}/answers`, { session: 'merge-reader-1', question: q.id, choice: wrong.id });
    await ok(await api('PUT', `/${quiz.id}`, { ...asEdit(quiz), people: [{ id: wrong.id, mergeInto: into.id }] }));
    // A page from before the merge offers the old id: accepted as the person they are now.
    const res = await post(`/api/quizzes/${quiz.id}/answers`, { session: 'merge-reader-2', question: q.id, choice: wrong.id });
    expect(res.status).toBe(200);
    const stats = await getStats(quiz.id);
    const row = stats.questions.find((x) => x.id === q.id)!;
    expect(row.choices[into.id]).toBe(2);
    expect(row.choices[wrong.id]).toBeUndefined();
    expect(row.topWrong).toMatchObject({ id: into.id, label: into.name, count: 2 });
  });

  it('keeps nothing extra for a quiz never published', async () => {
    const made = await createQuiz();
    const edit = asEdit(made);
    const res = await ok(await api('PUT', `/${made.id}`, { ...edit, questions: edit.questions.slice(1) }));
    expect(res.questions).toHaveLength(made.questions.length - 1);
    const stored = (await (await import('cloudflare:test')).env.QUIZ_KV.get(`quiz:${made.id}`, 'json')) as { retired?: unknown };
    expect(stored.retired).toBeUndefined();
  });
});
