// Readers' answers on their way to their quiz's QuizStats object (docs/scores-design.md).
// The readers' Worker checks an answer itself, from the quiz it keeps in the isolate, and
// answers at once; the answer is counted by the object, which gets this isolate's answers
// to a quiz together, one call per BATCH_MS rather than one per answer. The call is made
// in the first request's waitUntil, which keeps the isolate alive until it is made. An
// answer lost with the isolate in those few milliseconds comes back with the reader's
// finish or beacon, like one lost with an object's restart: counted once, then.
//
// This isolate also keeps the first verdict it gave each (quiz, session, question), so a
// copy of an answer sent with another choice gets the verdict already given; the object
// counts the first answer it receives whichever isolate sent it.
import type { CountedAnswer } from './tally';

/** How long an isolate gathers a quiz's answers before passing them on. */
export const BATCH_MS = 100;
/** A batch passed on no larger than this (the call's size stays small); the next answer opens another. */
export const MAX_BATCH = 256;
/** First verdicts remembered, oldest forgotten first (a reader answers a question once; copies come within seconds). */
const MAX_REMEMBERED = 20_000;

const open = new Map<string, CountedAnswer[]>();
const firsts = new Map<string, Pick<CountedAnswer, 'choice' | 'ok'>>();
const sending = new Set<Promise<void>>();

/**
 * The answer this isolate already gave the session for this question, if any; else `answer`,
 * remembered and queued for counting.
 */
export function relayAnswer(env: Pick<Env, 'QUIZ_STATS'>, ctx: Pick<ExecutionContext, 'waitUntil'>, quizId: string, answer: CountedAnswer): Pick<CountedAnswer, 'choice' | 'ok'> {
  const key = `${quizId}\n${answer.session}\n${answer.question}`;
  const first = firsts.get(key);
  if (first) return first;
  if (firsts.size >= MAX_REMEMBERED) firsts.delete(firsts.keys().next().value!);
  const verdict = { choice: answer.choice, ok: answer.ok };
  firsts.set(key, verdict);
  let batch = open.get(quizId);
  if (!batch) {
    open.set(quizId, (batch = []));
    const passing = passOn(env, quizId, batch).finally(() => sending.delete(passing));
    sending.add(passing);
    ctx.waitUntil(passing);
  }
  batch.push(answer);
  if (batch.length >= MAX_BATCH) open.delete(quizId);
  return verdict;
}

async function passOn(env: Pick<Env, 'QUIZ_STATS'>, quizId: string, batch: CountedAnswer[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, BATCH_MS));
  if (open.get(quizId) === batch) open.delete(quizId);
  try {
    await env.QUIZ_STATS.getByName(quizId).countAnswers(quizId, batch);
  } catch (err) {
    // The readers' pages send these answers again with their finish or beacon.
    console.error(`answers to quiz "${quizId}" not passed on (${batch.length}; their finish brings them back): ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Resolves once every answer this isolate has relayed so far has been passed on (what a test waits for before reading figures). */
export async function allPassedOn(): Promise<void> {
  while (sending.size) await Promise.all(sending);
}
