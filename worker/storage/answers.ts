import type { AnswerResult } from '../contract';
import { answerKey } from './keys';

/** Stored with each answer so counts can be read back from list() without a get per key. */
export interface AnswerMetadata {
  /** The choice picked. */
  c: string;
  /** 1 when right. */
  ok: 0 | 1;
  /** Day answered, YYYY-MM-DD (UTC). */
  d: string;
}

export interface AnswerInput {
  quizId: string;
  session: string;
  questionId: string;
  choice: string;
  result: AnswerResult;
}

/**
 * Records a reader's answer once per (session, question) and returns the result
 * that counts: the first one. The key is the reader's own, so concurrent readers
 * never contend; a repeat from the same session gets the stored result back.
 */
export async function recordAnswer(kv: KVNamespace, input: AnswerInput, now = new Date()): Promise<AnswerResult> {
  const key = answerKey(input.quizId, input.session, input.questionId);
  const first = await kv.get<AnswerResult>(key, 'json');
  if (first) return first;
  const metadata: AnswerMetadata = { c: input.choice, ok: input.result.correct ? 1 : 0, d: now.toISOString().slice(0, 10) };
  await kv.put(key, JSON.stringify(input.result), { metadata });
  return input.result;
}
