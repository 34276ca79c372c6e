// Readers' answers on their way to their quiz's QuizStats object (docs/scores-design.md).
// The readers' Worker checks an answer itself, from the quiz it keeps in the isolate, and
// answers at once; the answer is counted by the object, which gets this isolate's answers
// to a quiz together, one call per BATCH_MS rather than one per answer. The call is made
// in the first request's waitUntil, which keeps the isolate alive until it is made, and
// tried again on an error the runtime calls retryable (counting is idempotent: a session's
// first answer to a question counts once). An answer lost with the isolate, or to a call
// that keeps failing, comes back with the reader's finish or beacon, like one lost with an
// object's restart: counted once, then.
//
// Each answer carries the quiz's `createdAt`, so the object counts none for another quiz
// of the same id (deleted and made again while this isolate had the old one).
//
// This isolate also keeps the first verdict it gave each (quiz, session, question), so a
// copy of an answer sent with another choice gets the verdict already given; the object
// counts the first answer it receives whichever isolate sent it.
import type { QuizRef } from './quiz-stats';
import type { CountedAnswer } from './tally';

/** How long an isolate gathers a quiz's answers before passing them on. */
export const BATCH_MS = 100;
/** A batch passed on no larger than this (the call's size stays small); the next answer opens another. */
export const MAX_BATCH = 256;
/** Waits before trying a failed call again (retryable errors only): well inside waitUntil's 30 s. */
export const RETRY_MS: readonly number[] = [200, 1_000, 4_000];
/**
 * A batch still open this long after it opened was not passed on (its request's context ended
 * before its timer ran): the next answer passes it on.
 */
const STALE_MS = 20 * BATCH_MS;
/** First verdicts remembered, oldest forgotten first (a reader answers a question once; copies come within seconds). */
const MAX_REMEMBERED = 20_000;

interface Batch {
  /** The quiz's id and createdAt: its key in `open`. */
  key: string;
  quiz: QuizRef;
  answers: CountedAnswer[];
  openedAt: number;
}

type StatsBinding = Pick<Env, 'QUIZ_STATS'>;

const open = new Map<string, Batch>();
/** Batches not yet passed on, open or full. */
const unsent = new Set<Batch>();
const firsts = new Map<string, Pick<CountedAnswer, 'choice' | 'ok'>>();
const sending = new Set<Promise<void>>();

/**
 * The verdict this isolate already gave the session for this question, if any; else `answer`'s,
 * remembered, with the answer queued for counting.
 */
export function relayAnswer(env: StatsBinding, ctx: Pick<ExecutionContext, 'waitUntil'>, quiz: QuizRef, answer: CountedAnswer): Pick<CountedAnswer, 'choice' | 'ok'> {
  const batchKey = `${quiz.id}\n${quiz.createdAt}`;
  const key = `${batchKey}\n${answer.session}\n${answer.question}`;
  const first = firsts.get(key);
  if (first) return first;
  if (firsts.size >= MAX_REMEMBERED) firsts.delete(firsts.keys().next().value!);
  const verdict = { choice: answer.choice, ok: answer.ok };
  firsts.set(key, verdict);
  const now = Date.now();
  for (const stale of unsent) if (now - stale.openedAt > STALE_MS) track(ctx, passOn(env, stale, 0));
  let batch = open.get(batchKey);
  if (!batch) {
    // (the quiz's identity only: the call carries no more than the answers)
    open.set(batchKey, (batch = { key: batchKey, quiz: { id: quiz.id, createdAt: quiz.createdAt }, answers: [], openedAt: now }));
    unsent.add(batch);
    track(ctx, passOn(env, batch, BATCH_MS));
  }
  batch.answers.push(answer);
  if (batch.answers.length >= MAX_BATCH) open.delete(batchKey);
  return verdict;
}

function track(ctx: Pick<ExecutionContext, 'waitUntil'>, passing: Promise<void>): void {
  const tracked = passing.finally(() => sending.delete(tracked));
  sending.add(tracked);
  ctx.waitUntil(tracked);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An error the runtime marks as worth trying again (not an overloaded object, which retrying makes worse). */
const retryable = (err: unknown) => {
  const e = err as { retryable?: boolean; overloaded?: boolean } | null;
  return !!e?.retryable && !e.overloaded;
};

async function passOn(env: StatsBinding, batch: Batch, after: number): Promise<void> {
  if (after) await wait(after);
  if (open.get(batch.key) === batch) open.delete(batch.key);
  // (once only: a stale batch may be passed on by a later answer before its own timer runs)
  if (!unsent.delete(batch)) return;
  for (let attempt = 0; ; attempt++) {
    try {
      await env.QUIZ_STATS.getByName(batch.quiz.id).countAnswers(batch.quiz, batch.answers);
      return;
    } catch (err) {
      if (attempt < RETRY_MS.length && retryable(err)) {
        await wait(RETRY_MS[attempt]!);
        continue;
      }
      // The readers' pages send these answers again with their finish or beacon.
      console.error(`answers to quiz "${batch.quiz.id}" not passed on (${batch.answers.length}; their finish brings them back): ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
  }
}

/** Resolves once every answer this isolate has relayed so far has been passed on (what a test waits for before reading figures). */
export async function allPassedOn(): Promise<void> {
  while (sending.size) await Promise.all(sending);
}
