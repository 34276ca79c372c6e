import type { AnswerResult } from '../contract';
import type { AnswerRecord, SessionMarker } from '../stats/tally';
import { answerKey, foldedKey, parseAnswerKey } from './keys';

/**
 * Stored with each answer so counts can be read back from list() without a get
 * per key (a few dozen bytes, far under KV's 1024-byte metadata limit).
 */
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

/** Markers outlive the raw records they replace: a replay of the same session within this window is still not re-counted. */
export const STATS_MARKER_TTL_S = 30 * 24 * 3600;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAnswerResult(v: unknown): v is AnswerResult {
  return typeof v === 'object' && v !== null && typeof (v as AnswerResult).correct === 'boolean' && typeof (v as AnswerResult).answer === 'string';
}

/**
 * Records a reader's answer once per (session, question) and returns the result
 * that counts: the first one.
 *
 * KV cost: one bulk read (the answer's own key + the session's fold marker: 1 op,
 * billed as 2 reads) and, for a first answer, one write to a key no other session
 * ever writes. A repeat gets the stored result back: from the pending record, or
 * from the fold's marker once the record was folded and deleted. Two concurrent
 * first answers of the same (session, question) write the same key, so they can
 * only ever count once (the fold and the read path count keys, not requests).
 */
export async function recordAnswer(kv: KVNamespace, input: AnswerInput, now = new Date()): Promise<AnswerResult> {
  const key = answerKey(input.quizId, input.session, input.questionId);
  const found = await kv.get<unknown>([key, foldedKey(input.quizId, input.session)], 'json');
  const first = found.get(key);
  if (isAnswerResult(first)) return first;
  const marker = found.get(foldedKey(input.quizId, input.session)) as SessionMarker | null | undefined;
  const ok = marker?.a?.[input.questionId];
  if (ok !== undefined) return { ...input.result, correct: ok === 1 };

  const metadata: AnswerMetadata = { c: input.choice, ok: input.result.correct ? 1 : 0, d: now.toISOString().slice(0, 10) };
  try {
    await kv.put(key, JSON.stringify(input.result), { metadata });
  } catch {
    // KV takes one write per second per key: a concurrent duplicate of this very
    // answer may have just written it. Wait out the window, then keep whichever landed.
    await sleep(1100);
    const again = await kv.get<unknown>(key, 'json');
    if (isAnswerResult(again)) return again;
    await kv.put(key, JSON.stringify(input.result), { metadata });
  }
  return input.result;
}

function isMetadata(m: unknown): m is AnswerMetadata {
  if (typeof m !== 'object' || m === null) return false;
  const { c, ok, d } = m as Partial<AnswerMetadata>;
  return typeof c === 'string' && (ok === 0 || ok === 1) && typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
}

/** A listed answer key as a record, or null when the key or its metadata is not one of ours. */
export function toAnswerRecord(name: string, metadata: unknown): (AnswerRecord & { quizId: string; key: string }) | null {
  const parts = parseAnswerKey(name);
  if (!parts || !isMetadata(metadata)) return null;
  return { key: name, quizId: parts.quizId, session: parts.session, question: parts.questionId, choice: metadata.c, ok: metadata.ok, day: metadata.d };
}
