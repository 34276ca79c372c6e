// One Durable Object per quiz counts its readers' answers (docs/scores-design.md).
// It is the quiz's single writer: requests reach it one at a time, so a reader's
// first answer to a question is decided exactly once, however many copies race.
// The readers' Worker checks most answers itself and passes them on in batches
// (worker/stats/answer-relay.ts → countAnswers); an isolate without the quiz has the
// object check one (answer), which returns the session's first verdict.
//
// It keeps the published quiz in memory (read from KV at most once a minute, and
// again at once when the readers' Worker passes on an editor's change), so an
// answer costs no KV operation. Answers are counted in memory as they come (the
// live tallies editors read) and written down per session, with the durable
// tallies, in one transaction: when the reader finishes, when the reader's page
// goes away (the widget's beacon sends its answers again), after IDLE_MS without
// an answer, and whenever the object has had no request for QUIET_MS (the runtime
// takes an idle object out of memory after about ten seconds). On a busy quiz a
// session is thus written once, not once per answer. If the object restarts
// before that, its unwritten answers are gone from memory but not from the
// reader's page, which sends them again with its finish or beacon; they count
// then, once. The durable tallies are copied to KV (`stats:{quiz}`) at most every
// SNAPSHOT_MS.
import { DurableObject } from 'cloudflare:workers';
import { answerResult, checkAnswer } from '../answer-check';
import type { AnswerResult, ReaderStanding } from '../contract';
import { currentPersonId, selectedIds, type StoredQuiz } from '../quiz-model';
import { ANSWER_LIMIT, ANSWER_LIMIT_MS, ClientWindows } from './client-limit';
import { statsKey } from '../storage/keys';
import { loadQuiz } from '../storage/quizzes';
import { createTables, newRecord, readRecord, readSession, writeSessions, writeSnapshotTime, type StatsRecord } from './session-log';
import { applyEvents, emptySession, recordAnswer, today, type AnswerRecord, type CountedAnswer, type SessionState, type StatsEvent, type Tallies } from './tally';

/** Write a session down after this long without an answer (a reader who left without a beacon). */
export const IDLE_MS = 2 * 60_000;
/**
 * Write every session down once the object has had no request for this long: an idle object is
 * taken out of memory after about 10 s ("hibernation", which also stops its billing), and with it
 * whatever was not written. Busy objects are never this quiet, so their sessions are written once.
 */
export const QUIET_MS = 8_000;
/** Copy the durable tallies to KV at most this often: Workers Free allows 1,000 KV writes a day. */
export const SNAPSHOT_MS = 5 * 60_000;
/** Read the quiz from KV again after this long, in case a change was not passed on. */
export const QUIZ_TTL_MS = 60_000;
/**
 * What a client's relayed answers may count in one clock minute: twice what one isolate lets through in a
 * minute of its own (a clock minute can overlap two of an isolate's), so no answer an isolate accepted from
 * a client it alone serves is left uncounted, whatever order the batches come in.
 */
export const RELAYED_CAP = 2 * ANSWER_LIMIT;
/** Storage key of the deleted quiz's `createdAt` (QuizStats.purge). */
const PURGED_KEY = 'purged';
/** Forget written sessions not heard from for this long (they are read back from storage if needed). */
const EVICT_MS = 10 * 60_000;

/** Which quiz a call is about; `createdAt` tells a reused id (a new quiz) from the one counted. */
export interface QuizRef {
  id: string;
  createdAt: string;
}

/** A refusal the readers' Worker turns into its 4xx JSON error. */
export interface Refusal {
  /** `retryAfter`: seconds, for a 429's Retry-After. */
  refused: { status: 400 | 404 | 429; code: string; message: string; retryAfter?: number };
}

interface Entry {
  state: SessionState;
  /** Events counted live but not yet in storage. */
  events: StatsEvent[];
  lastActive: number;
}

export interface LiveStats {
  tallies: Tallies;
  /** Answers counted but not yet written down. */
  pending: number;
  savedAt: string | null;
}

/** A client past its answer limit: 429, with the seconds until its window closes (`ms` from now). */
export const tooManyAnswers = (ms: number): Refusal => ({
  refused: { status: 429, code: 'rate_limited', message: 'Too many answers from your network in the last minute; please wait a moment and try again.', retryAfter: Math.max(1, Math.ceil(ms / 1000)) },
});
export const notPublished = (id: string): Refusal => ({ refused: { status: 404, code: 'quiz_not_found', message: `No published quiz "${id}".` } });

/** What this instance has cost in billed operations (read by the cost test, test/worker/reader-cost.test.ts). */
export interface Usage {
  kvReads: number;
  kvWrites: number;
  rowsWritten: number;
  alarmsSet: number;
}

export class QuizStats extends DurableObject<Env> {
  readonly usage: Usage = { kvReads: 0, kvWrites: 0, rowsWritten: 0, alarmsSet: 0 };
  private record: StatsRecord | null = null;
  private live: Tallies | null = null;
  private readonly sessions = new Map<string, Entry>();
  private alarmAt: number | null = null;
  private lastRequest = 0;
  /** The quiz as stored, whatever its status (null: none); read at `readAt`. */
  private quiz: { value: StoredQuiz | null; readAt: number } | null = null;
  /** The `createdAt` of the quiz last deleted under this id: a late answer or a stale KV read of it counts nothing. */
  private purged: string | null = null;
  /** Answers this object checks itself, per client: 120 a minute, then 429 (as the isolates do). */
  private readonly limits = new ClientWindows(ANSWER_LIMIT, ANSWER_LIMIT_MS);
  /** Answers isolates relay, per client and clock minute answered in: a cap for clients spread over isolates. */
  private readonly relayedCaps = new ClientWindows(RELAYED_CAP, 2 * ANSWER_LIMIT_MS);

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.blockConcurrencyWhile(async () => {
      createTables(ctx.storage.sql);
      this.record = readRecord(ctx.storage.sql);
      this.live = this.record ? structuredClone(this.record.tallies) : null;
      this.alarmAt = await ctx.storage.getAlarm();
      this.purged = (await ctx.storage.get<string>(PURGED_KEY)) ?? null;
    });
  }

  /**
   * Checks and counts a reader's answer for an isolate that does not have the quiz (worker/routes/quizzes.ts),
   * and returns the verdict that counts: the session's first answer to the question, whatever races it.
   */
  async answer(quizId: string, session: string, question: string, picked: string, client: string | null): Promise<AnswerResult | Refusal> {
    const wait = client === null ? 0 : this.limits.take(client, Date.now());
    if (wait > 0) return tooManyAnswers(wait);
    const quiz = await this.publishedQuiz(quizId);
    if (!quiz) return notPublished(quizId);
    const verdict = checkAnswer(quiz, question, picked);
    if (!('ok' in verdict)) return { refused: verdict };
    const opened = this.open(quiz, session);
    if (this.countIn(opened, quiz, { question, choice: verdict.choice, ok: verdict.ok, day: today() })) await this.wakeAt(this.lastRequest + QUIET_MS);
    const [, ok] = opened.entry.state.answers[question]!;
    return answerResult(verdict.asked, ok);
  }

  /**
   * Counts the answers an isolate of the readers' Worker checked and answered (worker/stats/answer-relay.ts),
   * with the verdicts their readers were given: each session's first answer to a question counts, whichever
   * copy comes first. Only for the quiz the isolate had (`ref.createdAt`), published or no longer; its version
   * may be older or newer than this object's (an edit that replaced a choice), so the question and choice are
   * counted as the isolate checked them (a merged person as who they are now). Past RELAYED_CAP new answers in
   * a clock minute a client's further ones count nothing (each isolate refuses a client past ANSWER_LIMIT; this
   * caps one spread over isolates). Returns how many counted.
   */
  async countAnswers(ref: QuizRef, answers: readonly CountedAnswer[]): Promise<number> {
    const quiz = await this.storedQuiz(ref.id);
    if (!quiz || quiz.createdAt !== ref.createdAt) return 0;
    let counted = 0;
    for (const { session, client, at, ...record } of answers) {
      const opened = this.open(quiz, session);
      // (a copy, or one counted already, costs the client nothing)
      if (opened.entry.state.answers[record.question]) continue;
      if (client !== null && this.relayedCaps.take(`${client}|${Math.floor(at / ANSWER_LIMIT_MS)}`, at) > 0) continue;
      if (this.countIn(opened, quiz, { ...record, choice: currentPersonId(quiz, record.choice) })) counted += 1;
    }
    if (counted) await this.wakeAt(this.lastRequest + QUIET_MS);
    return counted;
  }

  /**
   * The reader's page sends every answer it was shown the result of: when it finishes, and when it
   * is hidden or closed. Counts any the object does not have (after a restart; answers to questions
   * the quiz no longer asks are skipped), writes the session down, and returns the reader's standing.
   */
  async finish(quizId: string, session: string, answers: ReadonlyArray<{ question: string; choice: string }>): Promise<ReaderStanding | Refusal> {
    const quiz = await this.publishedQuiz(quizId);
    if (!quiz) return notPublished(quizId);
    const { entry, live } = this.open(quiz, session);
    const selected = selectedIds(quiz);
    for (const { question, choice: picked } of answers) {
      const checked = checkAnswer(quiz, question, picked);
      if (!('ok' in checked)) continue;
      const events = recordAnswer(entry.state, { question, choice: checked.choice, ok: checked.ok, day: today() }, selected, quiz.earlierSets);
      if (!events) continue;
      applyEvents(live, events);
      entry.events.push(...events);
    }
    entry.lastActive = Date.now();
    if (entry.events.length) this.writeDown([session]);
    return standingOf(session, entry.state, live, selected);
  }

  /** The reader's standing among everyone who finished, without counting anything. */
  async standing(quizId: string, session: string): Promise<ReaderStanding | Refusal> {
    const quiz = await this.publishedQuiz(quizId);
    if (!quiz) return notPublished(quizId);
    const { entry, live } = this.open(quiz, session);
    return standingOf(session, entry.state, live, selectedIds(quiz));
  }

  /** Exact figures now, for the editors: everything counted, written down or not. */
  async stats(quiz: QuizRef): Promise<LiveStats> {
    const { live } = this.open(quiz, null);
    let pending = 0;
    for (const e of this.sessions.values()) pending += e.events.filter((ev) => ev.kind === 'answer').length;
    return { tallies: live, pending, savedAt: this.record?.savedAt ?? null };
  }

  /** An editor changed the quiz: read it again before the next answer. */
  async quizChanged(): Promise<void> {
    this.quiz = null;
  }

  /**
   * The quiz (made at `createdAt`) was deleted: its statistics go with it (storage, memory, the KV copy),
   * and it is remembered as deleted, so answers still on their way, or a KV read that has not yet seen the
   * deletion, count nothing.
   */
  async purge(quizId: string, createdAt: string | null): Promise<void> {
    const counted = this.record?.createdAt ?? this.quiz?.value?.createdAt;
    this.sessions.clear();
    this.record = null;
    this.live = null;
    this.alarmAt = null;
    this.quiz = null;
    await this.ctx.storage.deleteAll();
    createTables(this.ctx.storage.sql);
    // (the route's own read of the quiz may have come back empty: what this object knew of it then)
    const marker = createdAt ?? counted ?? this.purged;
    this.purged = marker;
    if (marker) await this.ctx.storage.put(PURGED_KEY, marker);
    await this.env.QUIZ_KV.delete(statsKey(quizId));
  }

  override async alarm(): Promise<void> {
    this.alarmAt = null;
    if (!this.record) return;
    const now = Date.now();
    const quiet = now - this.lastRequest >= QUIET_MS;
    const due = [...this.sessions].filter(([, e]) => e.events.length && (quiet || now - e.lastActive >= IDLE_MS)).map(([id]) => id);
    if (due.length) this.writeDown(due);
    await this.copyToKv(now);
    for (const [id, e] of this.sessions) if (!e.events.length && now - e.lastActive >= EVICT_MS) this.sessions.delete(id);
    const pending = [...this.sessions.values()].filter((e) => e.events.length);
    const next = Math.min(...(pending.length ? [this.lastRequest + QUIET_MS] : []), ...pending.map((e) => e.lastActive + IDLE_MS), this.snapshotDue() ?? Infinity);
    if (Number.isFinite(next)) await this.wakeAt(Math.max(next, now + 1000));
  }

  /** Counts one answer in the session `open` gave; true when it is the session's first to that question. */
  private countIn({ entry, live }: { entry: Entry; live: Tallies }, quiz: Pick<StoredQuiz, 'questions' | 'earlierSets'>, record: AnswerRecord): boolean {
    const events = recordAnswer(entry.state, record, selectedIds(quiz), quiz.earlierSets);
    entry.lastActive = Date.now();
    if (!events) return false;
    applyEvents(live, events);
    entry.events.push(...events);
    return true;
  }

  /** The quiz as stored, published or not (null: none, or the one deleted), read at most every QUIZ_TTL_MS. */
  private async storedQuiz(quizId: string): Promise<StoredQuiz | null> {
    const now = Date.now();
    if (!this.quiz || now - this.quiz.readAt >= QUIZ_TTL_MS) {
      const stored = await loadQuiz(this.env.QUIZ_KV, quizId);
      this.usage.kvReads += 1;
      this.quiz = { value: stored && stored.createdAt !== this.purged ? stored : null, readAt: now };
    }
    return this.quiz.value;
  }

  private async publishedQuiz(quizId: string): Promise<StoredQuiz | null> {
    const stored = await this.storedQuiz(quizId);
    return stored?.status === 'published' ? stored : null;
  }

  /** The session's entry (from memory or storage) and the live tallies, for this quiz. Every call comes through here. */
  private open(quiz: QuizRef, session: string | null): { entry: Entry; live: Tallies } {
    this.lastRequest = Date.now();
    if (!this.record || this.record.createdAt !== quiz.createdAt || this.record.quizId !== quiz.id) this.startOver(quiz);
    const live = this.live!;
    if (session === null) return { entry: { state: emptySession(), events: [], lastActive: 0 }, live };
    let entry = this.sessions.get(session);
    if (!entry) {
      entry = { state: readSession(this.ctx.storage.sql, session) ?? emptySession(), events: [], lastActive: Date.now() };
      this.sessions.set(session, entry);
    }
    return { entry, live };
  }

  /** A quiz this object has not counted (first use, or an id reused after a delete): nothing carries over. */
  private startOver(quiz: QuizRef): void {
    if (this.record) {
      this.ctx.storage.sql.exec('DELETE FROM sessions');
      this.ctx.storage.sql.exec('DELETE FROM record');
    }
    this.sessions.clear();
    this.record = newRecord(quiz.id, quiz.createdAt);
    this.live = structuredClone(this.record.tallies);
  }

  private writeDown(ids: readonly string[]): void {
    const pending = ids.map((id) => ({ id, entry: this.sessions.get(id)! }));
    const written = writeSessions(
      this.ctx.storage,
      this.record!,
      pending.map(({ id, entry }) => ({ id, state: entry.state, events: entry.events })),
      new Date(),
    );
    this.record = written.record;
    this.usage.rowsWritten += written.rowsWritten;
    for (const { entry } of pending) entry.events = [];
  }

  /** When the KV copy is next due: SNAPSHOT_MS after the last one, if anything was written since. */
  private snapshotDue(): number | null {
    const r = this.record;
    if (!r || r.version <= r.snapshotVersion) return null;
    return r.snapshotAt ? Date.parse(r.snapshotAt) + SNAPSHOT_MS : 0;
  }

  private async copyToKv(now: number): Promise<void> {
    const due = this.snapshotDue();
    const r = this.record;
    if (due === null || due > now || !r) return;
    await this.env.QUIZ_KV.put(statsKey(r.quizId), JSON.stringify({ quizId: r.quizId, savedAt: r.savedAt, tallies: r.tallies }));
    this.usage.kvWrites += 1;
    this.record = { ...r, snapshotVersion: r.version, snapshotAt: new Date(now).toISOString() };
    this.usage.rowsWritten += writeSnapshotTime(this.ctx.storage.sql, this.record);
  }

  private async wakeAt(at: number): Promise<void> {
    if (this.alarmAt !== null && this.alarmAt <= at) return;
    this.alarmAt = at;
    this.usage.alarmsSet += 1;
    await this.ctx.storage.setAlarm(at);
  }
}

/** "You did better than N% of readers": this session against every other completed one. */
export function standingOf(session: string, state: SessionState, live: Tallies, selected: readonly string[]): ReaderStanding {
  const answered = selected.filter((q) => state.answers[q]).length;
  const complete = state.score !== null;
  const score = state.score ?? selected.reduce((sum, q) => sum + (state.answers[q]?.[1] ?? 0), 0);
  let below = 0;
  let same = 0;
  let above = 0;
  for (const [s, n] of Object.entries(live.all.scores)) {
    const value = Number(s);
    // This session's own completion is in the histogram: leave it out.
    const count = complete && value === score ? n - 1 : n;
    if (value < score) below += count;
    else if (value === score) same += count;
    else above += count;
  }
  const others = below + same + above;
  return { session, answered, questions: selected.length, complete, score, others, below, same, above, betterThan: complete && others ? Math.floor((100 * below) / others) : null };
}
