// KV I/O for quiz statistics: the live read path (summary + pending records, read-only)
// and the Cron fold (the single writer of summaries and session markers). The counting
// itself is pure: worker/stats/tally.ts. Design and costs: docs/scores-design.md.
import type { StoredQuiz } from '../quiz-model';
import {
  applySession,
  bySession,
  cloneSummary,
  emptySummary,
  foldedState,
  type AnswerRecord,
  type FoldBatch,
  type Summary,
  type SessionMarker,
  type Tally,
} from '../stats/tally';
import type { ReaderStanding } from '../stats/types';
import { STATS_MARKER_TTL_S, toAnswerRecord } from './answers';
import { answerKey, answerPrefix, answerPrefixAll, foldedKey, statsKey, statsLeaseKey, statsSettledKey } from './keys';
import { loadQuiz } from './quizzes';

/** KV's list page size, bulk-get size and per-invocation operation limit. */
export const KV_LIST_PAGE = 1000;
export const KV_BULK_GET = 100;
export const KV_OPS_PER_INVOCATION = 1000;

export type PendingRecord = AnswerRecord & { key: string; quizId: string };

/** The questions readers get now, in quiz order. */
export function selectedQuestionIds(quiz: StoredQuiz | null): string[] {
  return quiz ? quiz.questions.filter((q) => q.selected).map((q) => q.id) : [];
}

/** Counts KV operations so one invocation never exceeds KV's limit (a bulk get or a list page is one). */
export class OpBudget {
  constructor(public remaining: number) {}
  spend(n = 1): void {
    if (!this.trySpend(n)) throw new BudgetExhausted();
  }
  trySpend(n = 1): boolean {
    if (n > this.remaining) return false;
    this.remaining -= n;
    return true;
  }
}
export class BudgetExhausted extends Error {
  constructor() {
    super('KV operation budget of this invocation exhausted');
  }
}

function isSummary(v: unknown): v is Summary {
  return typeof v === 'object' && v !== null && (v as Summary).v === 1 && typeof (v as Summary).seq === 'number';
}

/** Pending answer records under `prefix`, page by page, up to `max`. */
export async function listPending(
  kv: KVNamespace,
  prefix: string,
  opts: { max?: number; budget?: OpBudget } = {},
): Promise<{ records: PendingRecord[]; complete: boolean }> {
  const max = opts.max ?? Number.POSITIVE_INFINITY;
  const records: PendingRecord[] = [];
  let cursor: string | undefined;
  for (;;) {
    const limit = Math.min(KV_LIST_PAGE, max - records.length);
    if (limit <= 0) return { records, complete: false };
    opts.budget?.spend();
    const page = await kv.list<unknown>({ prefix, limit, ...(cursor ? { cursor } : {}) });
    for (const k of page.keys) {
      const r = toAnswerRecord(k.name, k.metadata);
      if (r) records.push(r);
    }
    if (page.list_complete) return { records, complete: true };
    cursor = page.cursor;
  }
}

/** JSON values of many keys, 100 per KV operation (bulk reads). */
export async function getMany(kv: KVNamespace, keys: readonly string[], budget?: OpBudget): Promise<Map<string, unknown>> {
  const chunks: string[][] = [];
  for (let i = 0; i < keys.length; i += KV_BULK_GET) chunks.push(keys.slice(i, i + KV_BULK_GET));
  budget?.spend(chunks.length);
  const maps = await Promise.all(chunks.map((chunk) => kv.get<unknown>(chunk, 'json')));
  return new Map(maps.flatMap((m) => [...m]));
}

function asMarker(v: unknown): SessionMarker | null {
  return v && typeof v === 'object' && typeof (v as SessionMarker).a === 'object' && (v as SessionMarker).a !== null ? (v as SessionMarker) : null;
}

/** Session markers, read in bulk (100 keys per KV operation). */
export async function readMarkers(kv: KVNamespace, quizId: string, sessions: readonly string[], budget?: OpBudget): Promise<Map<string, SessionMarker>> {
  const got = await getMany(kv, sessions.map((s) => foldedKey(quizId, s)), budget);
  const out = new Map<string, SessionMarker>();
  for (const s of sessions) {
    const m = asMarker(got.get(foldedKey(quizId, s)));
    if (m) out.set(s, m);
  }
  return out;
}

/** Workers allow 6 simultaneous connections per invocation: run KV writes 6 at a time, so a fold takes seconds, not a minute. */
export const FOLD_CONCURRENCY = 6;

async function forEachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const batchKeySet = (batch: FoldBatch | null) => new Set((batch?.records ?? []).map(([s, q]) => `${s}:${q}`));

export async function readSummary(kv: KVNamespace, quizId: string): Promise<Summary> {
  const s = await kv.get<unknown>(statsKey(quizId), 'json');
  return isSummary(s) ? s : emptySummary();
}

export interface LiveStats {
  /** The fold's summary as read. */
  summary: Summary;
  /** Summary + every pending record: exact as of the reads. */
  all: Tally;
  days: Record<string, Tally>;
  /** Pending records not yet inside the summary. */
  pending: number;
  /** Sessions whose completion the pending records complete: session → score. */
  completed: Map<string, number>;
}

/**
 * The read path: the fold's summary plus the pending records it has not folded,
 * read-only. Exact without any fold having run (local `wrangler dev` runs no Cron).
 * KV: 1 read + 1 list per 1000 pending records + 1 bulk read per 100 pending sessions.
 */
export async function readLiveStats(kv: KVNamespace, quizId: string, selected: readonly string[], known?: Summary): Promise<LiveStats> {
  const [summary, listed] = await Promise.all([known ?? readSummary(kv, quizId), listPending(kv, answerPrefix(quizId))]);
  const inBatch = batchKeySet(summary.batch);
  const pending = listed.records.filter((r) => !inBatch.has(`${r.session}:${r.question}`));
  const sessions = bySession(pending);
  const markers = await readMarkers(kv, quizId, [...sessions.keys()]);
  const live = { all: structuredClone(summary.all), days: structuredClone(summary.days) };
  const completed = new Map<string, number>();
  let counted = 0;
  for (const [session, records] of sessions) {
    const outcome = applySession(live, foldedState(markers.get(session) ?? null, summary.batch, session), records, selected);
    counted += outcome.counted.length;
    if (outcome.completedScore !== null) completed.set(session, outcome.completedScore);
  }
  return { summary, all: live.all, days: live.days, pending: counted, completed };
}

// ---------------------------------------------------------------- the fold

export type FoldStep = 'recovered' | 'committed' | 'marker-written' | 'deleted' | 'settled';

/**
 * KV is eventually consistent because each location caches what it reads (60 s by
 * default). The fold is the only writer, but other requests read its keys (summary,
 * markers) and leave cached copies behind; a fold run in such a location could read
 * a copy older than the previous run's writes. So runs are spaced: a run reads
 * nothing until `maxRunMs + cacheMs` after the previous run's start (recorded in the
 * fold-only `stats-lease:` key), by which time every copy cached before the previous
 * run's writes has expired; and it stops writing `maxRunMs` after its own start.
 */
export interface FoldSpacing {
  /** The longest any read caches a value (KV's default cacheTtl, 60 s) plus a margin. */
  cacheMs: number;
  /** A run issues no write later than this after its start. */
  maxRunMs: number;
  /** The longest a run waits for the previous run's writes to age out; beyond that it skips the quiz. */
  maxWaitMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const CRON_SPACING: FoldSpacing = { cacheMs: 62_000, maxRunMs: 15_000, maxWaitMs: 30_000 };

export class FoldOutOfTime extends Error {
  constructor() {
    super('fold run reached its time limit; the next run finishes it');
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface FoldOptions {
  /** KV operations this fold may spend (default: most of one invocation's 1000). */
  budget?: OpBudget;
  /** Space runs so none reads a cached copy older than the previous run's writes (the Cron uses CRON_SPACING). */
  spacing?: FoldSpacing;
  /** Most pending records to take in this run. */
  maxRecords?: number;
  now?: Date;
  /**
   * Called after each step (and after each marker write or delete, with its
   * running count). Throwing stops the fold there, as a crash would: tests use it
   * to interrupt a fold halfway.
   */
  onStep?: (step: FoldStep, count: number) => void | Promise<void>;
}

export interface FoldReport {
  quizId: string;
  /** Records of an earlier, interrupted fold whose markers and deletes this run finished. */
  recovered: number;
  counted: number;
  /** Pending records not counted because their (session, question) already was. */
  duplicates: number;
  sessions: number;
  completed: number;
  deleted: number;
  /** More pending records are left for the next run. */
  more: boolean;
  skipped?: string;
}

function markerFrom(prev: SessionMarker | undefined, answered: Record<string, 0 | 1>, completedScore: number | null, seq: number, doneSeq: number): SessionMarker {
  const m: SessionMarker = { a: answered, seq: Math.max(seq, prev?.seq ?? 0) };
  if (completedScore !== null) {
    m.done = prev?.done ?? doneSeq;
    m.score = completedScore;
  }
  return m;
}

const sameMarker = (a: SessionMarker | undefined, b: SessionMarker) =>
  !!a && a.done === b.done && Object.keys(b.a).every((q) => a.a[q] === b.a[q]);

/**
 * Folds one quiz's pending records into its summary. Steps, in this order:
 *  0. finish the previous fold if it was interrupted after its commit (its batch is
 *     in the summary but `stats-settled:` is behind): write its markers, delete its records;
 *  1. list pending records (skipping those of the summary's last batch) and read their
 *     sessions' markers; count each session's new first answers (pure: applySession);
 *  2. COMMIT: write the summary with the counts and the batch it just counted;
 *  3. write the sessions' markers; 4. delete the folded records; 5. write `stats-settled:`.
 * A crash before 2 changes nothing; after 2, the next run redoes 3–5 from the batch
 * (idempotent: markers are unions, deletes of deleted keys are no-ops) and never
 * counts the batch again. Only this function writes summaries and markers, and the
 * Cron runs it once a minute: a single writer, so its read-modify-writes are safe.
 */
export async function foldQuiz(kv: KVNamespace, quizId: string, opts: FoldOptions = {}): Promise<FoldReport> {
  const budget = opts.budget ?? new OpBudget(KV_OPS_PER_INVOCATION - 50);
  const step = opts.onStep ?? (() => {});
  const report: FoldReport = { quizId, recovered: 0, counted: 0, duplicates: 0, sessions: 0, completed: 0, deleted: 0, more: false };

  // Spacing (see FoldSpacing): claim the quiz for a start time at which nothing the
  // previous run wrote can still be cached stale anywhere, then wait for it.
  let deadline = Number.POSITIVE_INFINITY;
  const spacing = opts.spacing;
  const now = spacing?.now ?? Date.now;
  if (spacing) {
    budget.spend(2);
    const previous = await kv.get<unknown>(statsLeaseKey(quizId), 'json');
    const startAt = Math.max(now(), typeof previous === 'number' ? previous + spacing.maxRunMs + spacing.cacheMs : 0);
    if (startAt - now() > spacing.maxWaitMs) return { ...report, more: true, skipped: 'the previous fold of this quiz is too recent' };
    await kv.put(statsLeaseKey(quizId), JSON.stringify(startAt));
    if (startAt > now()) await (spacing.sleep ?? sleep)(startAt - now());
    deadline = startAt + spacing.maxRunMs;
  }
  /** Before every write: a run past its time stops, as if it crashed (the next run completes it). */
  const inTime = () => {
    if (now() > deadline) throw new FoldOutOfTime();
  };

  budget.spend(2);
  const head = await kv.get<unknown>([statsKey(quizId), statsSettledKey(quizId)], 'json');
  const got = head.get(statsKey(quizId));
  const summary = isSummary(got) ? got : emptySummary();
  const settledValue = head.get(statsSettledKey(quizId));
  let settled = typeof settledValue === 'number' ? settledValue : 0;
  const quiz = await loadQuiz(kv, quizId);
  const selected = selectedQuestionIds(quiz);

  // Pending records (whole sessions while the budget lasts), read before recovery
  // so it deletes only the interrupted batch's records that are still there.
  const reserve = 4; // marker bulk read(s), commit, settle
  const maxRecords = Math.max(0, Math.min(opts.maxRecords ?? 800, budget.remaining - reserve - 2));
  const listed = maxRecords > 0 ? await listPending(kv, answerPrefix(quizId), { max: maxRecords, budget }) : { records: [], complete: false };
  const inBatch = batchKeySet(summary.batch);
  const pending = listed.records.filter((r) => !inBatch.has(`${r.session}:${r.question}`));

  // 0. Recovery of an interrupted fold: its markers, then its records' deletes.
  const batch = summary.batch;
  if (batch && settled < batch.seq) {
    const sessions = [...new Set(batch.records.map(([s]) => s).concat(batch.completed.map(([s]) => s)))];
    if (!budget.trySpend(Math.ceil(sessions.length / KV_BULK_GET))) return { ...report, more: true };
    const markers = await readMarkers(kv, quizId, sessions);
    if ([...markers.values()].some((m) => m.seq > summary.seq)) return { ...report, skipped: 'summary read is older than a marker: KV has not caught up' };
    let written = 0;
    for (const s of sessions) {
      const f = foldedState(markers.get(s) ?? null, batch, s);
      const next = markerFrom(markers.get(s), f.answered, f.completedScore, batch.seq, batch.seq);
      if (sameMarker(markers.get(s), next)) continue;
      if (budget.remaining < 2) return { ...report, more: true }; // one op stays for the settle write
      budget.spend();
      inTime();
      await kv.put(foldedKey(quizId, s), JSON.stringify(next), { expirationTtl: STATS_MARKER_TTL_S });
      await step('marker-written', ++written);
    }
    // Only the batch's records still there: those listed, and those past the end of a cut-short list.
    const last = listed.records[listed.records.length - 1]?.key ?? '';
    const left = listed.records.filter((r) => inBatch.has(`${r.session}:${r.question}`)).map((r) => r.key);
    if (!listed.complete) left.push(...batch.records.map(([s, q]) => answerKey(quizId, s, q)).filter((k) => k > last));
    let deleted = 0;
    for (const key of left) {
      if (budget.remaining < 2) return { ...report, more: true };
      budget.spend();
      inTime();
      await kv.delete(key);
      await step('deleted', ++deleted);
    }
    report.recovered = batch.records.length;
    settled = batch.seq;
    await step('recovered', report.recovered);
  }

  const grouped = bySession(pending);
  const chosen: Array<[string, PendingRecord[]]> = [];
  let cost = reserve;
  for (const entry of grouped) {
    const c = entry[1].length + 1 + (chosen.length % KV_BULK_GET === 0 ? 1 : 0);
    if (cost + c > budget.remaining) break;
    cost += c;
    chosen.push(entry);
  }
  report.more = !listed.complete || chosen.length < grouped.size;

  if (chosen.length === 0) {
    if (batch && settled >= batch.seq && (typeof settledValue !== 'number' || settledValue < batch.seq)) {
      budget.spend();
      inTime();
      await kv.put(statsSettledKey(quizId), JSON.stringify(settled));
      await step('settled', settled);
    }
    return report;
  }

  const markers = await readMarkers(kv, quizId, chosen.map(([s]) => s), budget);
  if ([...markers.values()].some((m) => m.seq > summary.seq)) return { ...report, skipped: 'summary read is older than a marker: KV has not caught up' };

  const next = cloneSummary(summary);
  const seq = summary.seq + 1;
  const newBatch: FoldBatch = { seq, records: [], completed: [] };
  const markerWrites: Array<[string, SessionMarker]> = [];
  const deletes: string[] = [];
  for (const [session, records] of chosen) {
    const prev = markers.get(session);
    const outcome = applySession(next, foldedState(prev ?? null, batch, session), records, selected);
    for (const r of records) deletes.push(r.key);
    report.duplicates += records.length - outcome.counted.length;
    if (!outcome.counted.length) continue;
    report.counted += outcome.counted.length;
    report.sessions += 1;
    for (const r of outcome.counted) newBatch.records.push([session, r.question, r.ok]);
    if (outcome.completedScore !== null) {
      newBatch.completed.push([session, outcome.completedScore]);
      report.completed += 1;
    }
    markerWrites.push([session, markerFrom(prev, outcome.after.answered, outcome.after.completedScore, seq, seq)]);
  }
  next.seq = seq;
  next.foldedAt = (opts.now ?? new Date()).toISOString();
  next.batch = newBatch;

  // 2. Commit.
  budget.spend();
  inTime();
  await kv.put(statsKey(quizId), JSON.stringify(next));
  await step('committed', report.counted);
  // 3. Markers.
  let written = 0;
  budget.spend(markerWrites.length + deletes.length); // planned above
  await forEachLimit(markerWrites, FOLD_CONCURRENCY, async ([session, marker]) => {
    inTime();
    await kv.put(foldedKey(quizId, session), JSON.stringify(marker), { expirationTtl: STATS_MARKER_TTL_S });
    await step('marker-written', ++written);
  });
  // 4. Deletes (counted records and duplicates alike).
  await forEachLimit(deletes, FOLD_CONCURRENCY, async (key) => {
    inTime();
    await kv.delete(key);
    report.deleted += 1;
    await step('deleted', report.deleted);
  });
  // 5. Settled.
  budget.spend();
  inTime();
  await kv.put(statsSettledKey(quizId), JSON.stringify(seq));
  await step('settled', seq);
  return report;
}

/**
 * The Cron's work: find quizzes with pending records (a few list pages over
 * `answer:`) and fold each, sharing one invocation's KV operations between them.
 * With spacing, the invocation also ends its writes before the next minute's
 * invocation starts (`wallMs`), so two invocations never fold the same quiz at once.
 */
export async function foldAll(
  kv: KVNamespace,
  opts: Omit<FoldOptions, 'budget'> & { budget?: OpBudget; discoveryPages?: number; wallMs?: number } = {},
): Promise<FoldReport[]> {
  const budget = opts.budget ?? new OpBudget(KV_OPS_PER_INVOCATION - 50);
  const now = opts.spacing?.now ?? Date.now;
  const started = now();
  const wallMs = opts.wallMs ?? 55_000;
  const discovered = await listPending(kv, answerPrefixAll, { max: KV_LIST_PAGE * (opts.discoveryPages ?? 2), budget });
  const quizIds = [...new Set(discovered.records.map((r) => r.quizId))];
  const reports: FoldReport[] = [];
  for (let i = 0; i < quizIds.length; i++) {
    const quizId = quizIds[i]!;
    let spacing = opts.spacing;
    if (spacing) {
      // Wait only as long as still lets this quiz's run end within the invocation's wall time.
      const left = wallMs - (now() - started) - spacing.maxRunMs;
      if (left <= 0) {
        reports.push({ quizId, recovered: 0, counted: 0, duplicates: 0, sessions: 0, completed: 0, deleted: 0, more: true, skipped: 'no time left in this invocation' });
        continue;
      }
      spacing = { ...spacing, maxWaitMs: Math.min(spacing.maxWaitMs, left) };
    }
    const share = new OpBudget(Math.floor(budget.remaining / (quizIds.length - i)));
    const before = share.remaining;
    try {
      reports.push(await foldQuiz(kv, quizId, { ...opts, budget: share, ...(spacing ? { spacing } : {}) }));
    } catch (err) {
      // One quiz's failure must not stop the others; its next run recovers it.
      console.error(`fold of quiz ${quizId} stopped:`, (err as Error).message);
    }
    budget.spend(before - share.remaining);
  }
  return reports;
}

// ---------------------------------------------------------------- a reader's standing

/** A reader's standing: the readers' API shape (one definition, in stats/types.ts). */
export type Standing = ReaderStanding;

/** How old the fold's summary may be for a reader's standing to use it as it is (no pending records read). */
export const STANDING_SUMMARY_MAX_AGE_MS = 3 * 60_000;

/**
 * A reader's standing among completed sessions, excluding their own. KV: one bulk
 * read (the session's answer keys, its marker, the summary). When the fold ran in
 * the last few minutes its summary is the distribution (up to a minute behind);
 * otherwise (a quiet quiz, or local dev where no Cron runs) the live read path makes
 * it exact, which is cheap exactly then because few records are pending.
 */
export async function readStanding(kv: KVNamespace, quizId: string, quiz: StoredQuiz, session: string, now = new Date()): Promise<Standing> {
  const selected = selectedQuestionIds(quiz);
  const keys = [statsKey(quizId), foldedKey(quizId, session), ...selected.map((q) => answerKey(quizId, session, q))];
  const got = await getMany(kv, keys);
  const rawSummary = got.get(statsKey(quizId));
  const summary = isSummary(rawSummary) ? rawSummary : emptySummary();
  const marker = asMarker(got.get(foldedKey(quizId, session)));

  const own = foldedState(marker, summary.batch, session);
  const answered: Record<string, 0 | 1> = { ...own.answered };
  for (const q of selected) {
    const v = got.get(answerKey(quizId, session, q)) as { correct?: unknown } | null | undefined;
    if (answered[q] === undefined && v && typeof v.correct === 'boolean') answered[q] = v.correct ? 1 : 0;
  }
  const answeredCount = selected.filter((q) => answered[q] !== undefined).length;
  const computedScore = selected.reduce((sum, q) => sum + (answered[q] ?? 0), 0);

  let scores: Record<string, number>;
  let counted: number | null = null; // this session's score inside `scores`, if it is in there
  const fresh = summary.foldedAt !== null && now.getTime() - Date.parse(summary.foldedAt) <= STANDING_SUMMARY_MAX_AGE_MS;
  if (fresh) {
    scores = { ...summary.all.scores };
    if (marker?.done !== undefined && marker.done <= summary.seq) counted = marker.score ?? 0;
    else counted = summary.batch?.completed.find(([s]) => s === session)?.[1] ?? null;
  } else {
    const live = await readLiveStats(kv, quizId, selected, summary);
    scores = { ...live.all.scores };
    counted = own.completedScore ?? live.completed.get(session) ?? null;
  }
  if (counted !== null && (scores[counted] ?? 0) > 0) scores[counted] = (scores[counted] ?? 0) - 1;

  const complete = counted !== null || (selected.length > 0 && answeredCount === selected.length);
  const score = counted ?? computedScore;
  let below = 0;
  let same = 0;
  let above = 0;
  for (const [s, n] of Object.entries(scores)) {
    const v = Number(s);
    if (v < score) below += n;
    else if (v === score) same += n;
    else above += n;
  }
  const others = below + same + above;
  return {
    session,
    answered: answeredCount,
    questions: selected.length,
    complete,
    score,
    others,
    below,
    same,
    above,
    betterThan: complete && others > 0 ? Math.floor((100 * below) / others) : null,
  };
}

// ---------------------------------------------------------------- deleting a quiz's statistics

export interface PurgeReport {
  /** Pending answer records deleted. */
  answers: number;
  /** Records may be left (this invocation's KV budget ran out): see purgeQuizStats. */
  more: boolean;
}

/**
 * Removes a quiz's statistics when the quiz is deleted: its summary keys
 * (`stats:`, `stats-settled:`, `stats-lease:`) and its pending answer records
 * (`answer:{quizId}:`), listed page by page and deleted while this invocation's
 * KV operations last (a list page and each delete are one operation).
 *
 * What can remain: answer records beyond the budget (`more`), and answers that
 * arrive while other locations still serve their cached copy of the quiz (up to
 * a minute); the Cron folds those into a new, orphaned `stats:` summary under the
 * deleted id. Session markers (`folded:{quizId}:…`) are not listed: they expire
 * on their own after STATS_MARKER_TTL_S.
 */
export async function purgeQuizStats(kv: KVNamespace, quizId: string, budget = new OpBudget(KV_OPS_PER_INVOCATION - 50)): Promise<PurgeReport> {
  const summaryKeys = [statsKey(quizId), statsSettledKey(quizId), statsLeaseKey(quizId)];
  budget.spend(summaryKeys.length);
  await Promise.all(summaryKeys.map((key) => kv.delete(key)));

  const report: PurgeReport = { answers: 0, more: false };
  let cursor: string | undefined;
  for (;;) {
    // One op for the list, the rest for its deletes.
    const limit = Math.min(KV_LIST_PAGE, budget.remaining - 1);
    if (limit <= 0) return { ...report, more: true };
    budget.spend();
    const page = await kv.list({ prefix: answerPrefix(quizId), limit, ...(cursor ? { cursor } : {}) });
    const keys = page.keys.map((k) => k.name);
    budget.spend(keys.length);
    await forEachLimit(keys, FOLD_CONCURRENCY, async (key) => {
      await kv.delete(key);
      report.answers += 1;
    });
    if (page.list_complete) return report;
    cursor = page.cursor;
  }
}
