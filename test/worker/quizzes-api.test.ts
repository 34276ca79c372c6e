import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AnswerResult, ApiErrorBody, PublicQuiz } from '../../worker/contract';
import { demoQuiz } from '../../worker/generated/demo-quiz';
import { postJson, storeFixtureQuiz } from './fixtures';
import { getStats } from './stats-helpers';

const session = 'session-0123456789';

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as ApiErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
}

describe('GET /api/quizzes/:id', () => {
  it('serves the demo quiz, built from the demo article with no manual step', async () => {
    const res = await SELF.fetch('http://quiz.test/api/quizzes/demo');
    expect(res.status).toBe(200);
    const quiz = (await res.json()) as PublicQuiz;
    expect(quiz.id).toBe('demo');
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    for (const q of quiz.questions) {
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      expect(q.choices.length).toBeLessThanOrEqual(4);
    }
  });

  it('reveals no answer: no speaker, no correct flag, no explanation', async () => {
    await storeFixtureQuiz('reveal');
    const text = await (await SELF.fetch('http://quiz.test/api/quizzes/reveal')).text();
    const quiz = JSON.parse(text) as PublicQuiz;
    expect(quiz.questions.map((q) => q.id)).toEqual(['q-one', 'q-two']);
    expect(Object.keys(quiz).sort()).toEqual(['id', 'questions', 'title']);
    for (const q of quiz.questions) expect(Object.keys(q).sort()).toEqual(['choices', 'id', 'quote']);
    expect(text).not.toMatch(/speaker|answer|correct|confidence|explanation/);
  });

  it('closes a quotation cut before its attribution with a full stop, its words as the article has them', async () => {
    const quiz = (await (await SELF.fetch('http://quiz.test/api/quizzes/demo')).json()) as PublicQuiz;
    const stored = demoQuiz.questions.filter((q) => q.selected);
    // The demo asks at least one quotation that ends in the comma before "he said".
    expect(stored.some((q) => q.quote.endsWith(','))).toBe(true);
    quiz.questions.forEach((q, i) => {
      expect(q.quote).not.toMatch(/,\s*$/);
      expect(q.quote.slice(0, -1)).toBe(stored[i]!.quote.slice(0, -1));
    });
  });

  it('404s an unknown quiz and an unpublished one', async () => {
    await expectError(await SELF.fetch('http://quiz.test/api/quizzes/nope'), 404, 'quiz_not_found');
    await storeFixtureQuiz('still-draft', 'draft');
    await expectError(await SELF.fetch('http://quiz.test/api/quizzes/still-draft'), 404, 'quiz_not_found');
  });

  it('400s an id that cannot be a quiz id', async () => {
    await expectError(await SELF.fetch('http://quiz.test/api/quizzes/bad%20id!'), 400, 'invalid_request');
  });
});

describe('POST /api/quizzes/:id/answers', () => {
  it('marks a right answer, explains it, and records it once', async () => {
    await storeFixtureQuiz('answer-right');
    const res = await SELF.fetch(postJson('/api/quizzes/answer-right/answers', { session, question: 'q-one', choice: 'p-ada-lovelace' }));
    expect(res.status).toBe(200);
    expect((await res.json()) as AnswerResult).toEqual({ correct: true, answer: 'p-ada-lovelace', explanation: 'Lovelace said, in her notes.' });
    expect((await getStats('answer-right')).answers).toBe(1);
  });

  it('marks a wrong answer and names the right choice', async () => {
    await storeFixtureQuiz('answer-wrong');
    const res = await SELF.fetch(postJson('/api/quizzes/answer-wrong/answers', { session, question: 'q-two', choice: 'p-ada-lovelace' }));
    expect((await res.json()) as AnswerResult).toMatchObject({ correct: false, answer: 'p-charles-babbage' });
  });

  it('is idempotent per (session, question): a repeat gets the first result and is not recorded again', async () => {
    await storeFixtureQuiz('answer-repeat');
    const first = await SELF.fetch(postJson('/api/quizzes/answer-repeat/answers', { session, question: 'q-one', choice: 'p-charles-babbage' }));
    const again = await SELF.fetch(postJson('/api/quizzes/answer-repeat/answers', { session, question: 'q-one', choice: 'p-ada-lovelace' }));
    const firstBody = (await first.json()) as AnswerResult;
    expect(firstBody.correct).toBe(false);
    expect((await again.json()) as AnswerResult).toEqual(firstBody);
    expect((await getStats('answer-repeat')).answers).toBe(1);
    const other = await SELF.fetch(postJson('/api/quizzes/answer-repeat/answers', { session: 'another-session-42', question: 'q-one', choice: 'p-ada-lovelace' }));
    expect(((await other.json()) as AnswerResult).correct).toBe(true);
    expect((await getStats('answer-repeat')).answers).toBe(2);
  });

  const bad: Array<[string, () => Request, number, string]> = [
    ['malformed JSON', () => postJson('/api/quizzes/answer-bad/answers', '{"session": '), 400, 'invalid_json'],
    ['a missing field', () => postJson('/api/quizzes/answer-bad/answers', { session, question: 'q-one' }), 400, 'invalid_request'],
    ['a session that is too short', () => postJson('/api/quizzes/answer-bad/answers', { session: 'x', question: 'q-one', choice: 'p-ada-lovelace' }), 400, 'invalid_request'],
    ['a field of the wrong type', () => postJson('/api/quizzes/answer-bad/answers', { session, question: 1, choice: 'p-ada-lovelace' }), 400, 'invalid_request'],
    ['a choice the question does not offer', () => postJson('/api/quizzes/answer-bad/answers', { session, question: 'q-one', choice: 'p-nobody' }), 400, 'invalid_choice'],
    ['an unknown question', () => postJson('/api/quizzes/answer-bad/answers', { session, question: 'q-nope', choice: 'p-ada-lovelace' }), 404, 'question_not_found'],
    ['a question readers are not shown', () => postJson('/api/quizzes/answer-bad/answers', { session, question: 'q-hidden', choice: 'p-ada-lovelace' }), 404, 'question_not_found'],
    ['an unknown quiz', () => postJson('/api/quizzes/nope/answers', { session, question: 'q-one', choice: 'p-ada-lovelace' }), 404, 'quiz_not_found'],
    ['an oversized body', () => postJson('/api/quizzes/answer-bad/answers', { session, question: 'q-one', choice: 'p-ada-lovelace', padding: 'x'.repeat(10_000) }), 413, 'payload_too_large'],
  ];
  it.each(bad)('rejects %s and stores nothing', async (_name, request, status, code) => {
    await storeFixtureQuiz('answer-bad');
    await expectError(await SELF.fetch(request()), status, code);
    expect((await getStats('answer-bad')).answers).toBe(0);
  });

  const badFinish: Array<[string, () => Request, number, string]> = [
    ['malformed JSON', () => postJson('/api/quizzes/answer-bad/finish', '{"session": '), 400, 'invalid_json'],
    ['no answers list', () => postJson('/api/quizzes/answer-bad/finish', { session }), 400, 'invalid_request'],
    ['a bad answer inside it', () => postJson('/api/quizzes/answer-bad/finish', { session, answers: [{ question: 'q-one', choice: 7 }] }), 400, 'invalid_request'],
    ['too many answers', () => postJson('/api/quizzes/answer-bad/finish', { session, answers: Array.from({ length: 101 }, () => ({ question: 'q-one', choice: 'p-ada-lovelace' })) }), 400, 'invalid_request'],
    ['a form body', () => postJson('/api/quizzes/answer-bad/finish', 'session=x', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type'],
    ['an oversized body', () => postJson('/api/quizzes/answer-bad/finish', { session, answers: [], padding: 'x'.repeat(20_000) }), 413, 'payload_too_large'],
  ];
  it.each(badFinish)('a finish with %s is refused and counts nothing', async (_name, request, status, code) => {
    await storeFixtureQuiz('answer-bad');
    await expectError(await SELF.fetch(request()), status, code);
    expect((await getStats('answer-bad')).answers).toBe(0);
  });

  it('takes a finish sent as text/plain (navigator.sendBeacon), and skips answers to questions readers are not asked', async () => {
    await storeFixtureQuiz('answer-beacon');
    const body = { session, answers: [{ question: 'q-one', choice: 'p-ada-lovelace' }, { question: 'q-hidden', choice: 'p-ada-lovelace' }, { question: 'q-gone', choice: 'p-x' }] };
    const res = await SELF.fetch(postJson('/api/quizzes/answer-beacon/finish', body, { headers: { 'content-type': 'text/plain;charset=UTF-8' } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ session, answered: 1, questions: 2, complete: false });
    expect((await getStats('answer-beacon')).answers).toBe(1);
  });

  it('answers unknown routes with the error shape', async () => {
    await expectError(await SELF.fetch('http://quiz.test/api/nothing-here'), 404, 'not_found');
  });
});
