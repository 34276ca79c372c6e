// Two editors, or an editor and a publish, writing one quiz at once: every write names
// the version it was made on, and exactly one of two writes on the same version lands.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { EditorQuiz, EditorQuizList } from '../../worker/editor-contract';
import { DEMO_QUIZ_ID } from '../../worker/storage/quizzes';
import { api, asEdit, createQuiz, expectError, snapshotQuizzes } from './editor-helpers';

const json = async (res: Response) => (await res.json()) as EditorQuiz;

describe('versioned edits', () => {
  it('gives each write a new version, also as the ETag', async () => {
    const quiz = await createQuiz();
    expect(quiz.version).toBe(1);
    const got = await api('GET', `/${quiz.id}`);
    expect(got.headers.get('etag')).toBe('"1"');
    const saved = await api('PUT', `/${quiz.id}`, asEdit(quiz));
    expect(saved.headers.get('etag')).toBe('"2"');
    expect((await json(saved)).version).toBe(2);
  });

  it('refuses an edit that names no version (428) and changes nothing', async () => {
    const quiz = await createQuiz();
    const { version: _, ...unversioned } = asEdit(quiz);
    const before = await snapshotQuizzes();
    await expectError(await api('PUT', `/${quiz.id}`, unversioned), 428, 'version_required');
    expect(await snapshotQuizzes()).toEqual(before);
  });

  it('takes the version from If-Match too, and refuses a stale one (409) without writing', async () => {
    const quiz = await createQuiz();
    const { version: _, ...edit } = asEdit(quiz);
    const first = await api('PUT', `/${quiz.id}`, { ...edit, title: 'First' }, { 'if-match': '"1"' });
    expect(first.status).toBe(200);
    const before = await snapshotQuizzes();
    const message = await expectError(await api('PUT', `/${quiz.id}`, { ...edit, title: 'Second' }, { 'if-match': 'W/"1"' }), 409, 'version_conflict');
    expect(message).toContain('version 2');
    expect(await snapshotQuizzes()).toEqual(before);
    expect((await json(await api('GET', `/${quiz.id}`))).title).toBe('First');
  });

  it('lets exactly one of two racing edits on the same version land, and loses neither silently', async () => {
    const quiz = await createQuiz();
    const edit = asEdit(quiz);
    const a = { ...edit, title: 'Edit A' };
    const b = { ...edit, title: 'Edit B', questions: edit.questions.map((q) => ({ ...q, selected: false })).map((q, i) => (i === 0 ? { ...q, selected: true } : q)) };
    const results = await Promise.all([api('PUT', `/${quiz.id}`, a), api('PUT', `/${quiz.id}`, b)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = await json(results.find((r) => r.status === 200)!);
    const stored = await json(await api('GET', `/${quiz.id}`));
    // What is stored is exactly what the winner was told, all of it.
    expect(stored).toEqual(winner);
    expect(stored.version).toBe(2);
  });

  it('lets an edit and a publish race on one version: one lands, the other is told', async () => {
    const quiz = await createQuiz();
    const edit = { ...asEdit(quiz), title: 'Edited while publishing' };
    const [put, publish] = await Promise.all([api('PUT', `/${quiz.id}`, edit), api('POST', `/${quiz.id}/publish`, undefined, { 'if-match': '"1"' })]);
    expect([put.status, publish.status].sort()).toEqual([200, 409]);
    const stored = await json(await api('GET', `/${quiz.id}`));
    expect(stored.version).toBe(2);
    if (put.status === 200) expect({ title: stored.title, status: stored.status }).toEqual({ title: 'Edited while publishing', status: 'draft' });
    else expect({ title: stored.title, status: stored.status }).toEqual({ title: quiz.title, status: 'published' });
  });

  it('keeps a deleted demo deleted: not listed, not readable, not embeddable', async () => {
    expect((await api('DELETE', `/${DEMO_QUIZ_ID}`)).status).toBe(204);
    await expectError(await api('GET', `/${DEMO_QUIZ_ID}`), 404, 'quiz_not_found');
    const list = (await (await api('GET', '')).json()) as EditorQuizList;
    expect(list.quizzes.map((q) => q.id)).not.toContain(DEMO_QUIZ_ID);
    expect((await SELF.fetch(`http://quiz.test/api/quizzes/${DEMO_QUIZ_ID}`)).status).toBe(404);
    expect((await SELF.fetch(`http://quiz.test/embed/${DEMO_QUIZ_ID}`)).status).toBe(404);
  });
});
