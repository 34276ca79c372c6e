import { env, SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import type { ApiErrorBody } from '../../worker/contract';
import type { EditorQuiz } from '../../worker/editor-contract';

export const TOKEN = 'test-editor-token';

/** A short article with five quoted people (the same one the local news site serves). */
export const BRIDGE_ARTICLE = `City council approves new harbour bridge

The city council voted on Tuesday to build a new bridge across the harbour, ending a decade of debate.

Council member Robert Okafor voted against the plan. "We are spending money we simply do not have on a vanity project," Okafor said at the meeting.

Local shop owner Tom Becker was less sure. "I worry the construction will drive my customers away for years," Becker told reporters.

Mayor Jane Smith said the first cars could cross by 2029. "We promised the people a bridge, and we are going to deliver it on time," she said.

Harbour master Ines Duarte said the shipping lanes would stay open. "No ship will wait a single hour because of this work," Duarte said.`;

export function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`http://quiz.test/api/editor/quizzes${path}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

export async function expectError(res: Response, status: number, code: string): Promise<string> {
  const body = (await res.json()) as ApiErrorBody;
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error.message;
}

export async function createQuiz(body: unknown = { text: BRIDGE_ARTICLE }): Promise<EditorQuiz> {
  const res = await api('POST', '', body);
  expect(res.status).toBe(201);
  return (await res.json()) as EditorQuiz;
}

/** Every quiz key with its raw stored value: to show a refused request changed nothing. */
export async function snapshotQuizzes(): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const k of (await env.QUIZ_KV.list({ prefix: 'quiz:' })).keys) out[k.name] = await env.QUIZ_KV.get(k.name);
  return out;
}

/** The PUT body that gives a quiz back unchanged. */
export function asEdit(quiz: EditorQuiz) {
  return {
    title: quiz.title,
    questions: quiz.questions.map((q) => ({ id: q.id, quote: q.quote, speakerId: q.speakerId, choices: q.choices.map((c) => ({ id: c.id })), selected: q.selected })),
    version: quiz.version,
  };
}
