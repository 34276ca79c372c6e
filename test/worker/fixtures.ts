import { env } from 'cloudflare:test';
import type { StoredQuiz } from '../../worker/quiz-model';
import { saveQuiz } from '../../worker/storage/quizzes';

/** A small stored quiz written straight to KV, so API tests don't depend on the question builder's output. */
export function fixtureQuiz(id: string, status: StoredQuiz['status'] = 'published'): StoredQuiz {
  const choices = [
    { id: 'p-ada-lovelace', label: 'Ada Lovelace', description: 'mathematician' },
    { id: 'p-charles-babbage', label: 'Charles Babbage' },
    { id: 'p-mary-somerville', label: 'Mary Somerville' },
  ];
  const at = '2026-11-01T00:00:00.000Z';
  return {
    id,
    title: 'Engines',
    status,
    createdAt: at,
    updatedAt: at,
    articleText: 'Lovelace said, "The engine weaves algebraic patterns just as the loom weaves flowers."',
    people: [],
    questions: [
      { id: 'q-one', quote: 'The engine weaves algebraic patterns just as the loom weaves flowers.', speakerId: 'p-ada-lovelace', speaker: 'Ada Lovelace', confidence: 0.95, explanation: 'Lovelace said, in her notes.', choices, answer: 'p-ada-lovelace', selected: true },
      { id: 'q-two', quote: 'Propose to an Englishman any principle, or any instrument, however admirable.', speakerId: 'p-charles-babbage', speaker: 'Charles Babbage', confidence: 0.9, explanation: 'Babbage wrote.', choices, answer: 'p-charles-babbage', selected: true },
      { id: 'q-hidden', quote: 'A question the editor left out of the quiz for readers.', speakerId: 'p-mary-somerville', speaker: 'Mary Somerville', confidence: 0.5, explanation: 'Somerville said.', choices, answer: 'p-mary-somerville', selected: false },
    ],
  };
}

export async function storeFixtureQuiz(id: string, status: StoredQuiz['status'] = 'published'): Promise<StoredQuiz> {
  const quiz = fixtureQuiz(id, status);
  await saveQuiz(env.QUIZ_KV, quiz);
  return quiz;
}

export async function keysWithPrefix(prefix: string): Promise<string[]> {
  const listed = await env.QUIZ_KV.list({ prefix });
  return listed.keys.map((k) => k.name);
}

export function postJson(path: string, body: unknown, init: RequestInit = {}): Request {
  return new Request(`http://quiz.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}
