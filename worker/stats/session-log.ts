// The QuizStats Durable Object's storage: its SQLite tables and the one
// transaction that writes sessions down (worker/stats/quiz-stats.ts). Kept apart
// from the object so that tests can run a write against real storage and break
// it halfway (`onRow`), as a crash would.
import { applyEvents, emptyTallies, type SessionState, type StatsEvent, type Tallies } from './tally';

/** The object's one-row record: which quiz it counts, the durable tallies, and when they were written. */
export interface StatsRecord {
  quizId: string;
  /** The quiz's createdAt: a different one means the id was reused after a delete, and counting starts over. */
  createdAt: string;
  tallies: Tallies;
  savedAt: string | null;
  /** Writes so far; the KV copy is due when it is behind. */
  version: number;
  /** The version last copied to KV (`stats:{quiz}`), and when. */
  snapshotVersion: number;
  snapshotAt: string | null;
}

/** A session waiting to be written down: its state now, and the events not yet in the durable tallies. */
export interface PendingSession {
  id: string;
  state: SessionState;
  events: readonly StatsEvent[];
}

// Upserts, not INSERT OR REPLACE: a replace deletes the old row and inserts a new one,
// which SQLite counts (and Durable Objects bill) as two rows written.
const UPSERT_SESSION = 'INSERT INTO sessions (id, state) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state';
const UPSERT_RECORD = 'INSERT INTO record (id, json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json';

export function createTables(sql: SqlStorage): void {
  sql.exec('CREATE TABLE IF NOT EXISTS record (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)');
  // WITHOUT ROWID: the session id is the table's only key, so a write is one row, not a row and an index entry.
  sql.exec('CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, state TEXT NOT NULL) WITHOUT ROWID');
}

export function readRecord(sql: SqlStorage): StatsRecord | null {
  const row = sql.exec<{ json: string }>('SELECT json FROM record WHERE id = 1').toArray()[0];
  return row ? (JSON.parse(row.json) as StatsRecord) : null;
}

export function newRecord(quizId: string, createdAt: string): StatsRecord {
  return { quizId, createdAt, tallies: emptyTallies(), savedAt: null, version: 0, snapshotVersion: 0, snapshotAt: null };
}

export function readSession(sql: SqlStorage, id: string): SessionState | null {
  const row = sql.exec<{ state: string }>('SELECT state FROM sessions WHERE id = ?', id).toArray()[0];
  return row ? (JSON.parse(row.state) as SessionState) : null;
}

/**
 * Writes sessions down with the durable tallies they change, in one transaction:
 * after a crash anywhere inside it, storage holds everything or nothing of it, so
 * the durable tallies always count exactly the sessions stored. Returns the new
 * record; the caller's copy is untouched until the transaction commits.
 */
export function writeSessions(
  storage: DurableObjectStorage,
  record: StatsRecord,
  sessions: readonly PendingSession[],
  now: Date,
  onRow?: (written: number) => void,
): { record: StatsRecord; rowsWritten: number } {
  const next: StatsRecord = { ...structuredClone(record), savedAt: now.toISOString(), version: record.version + 1 };
  let rowsWritten = 0;
  storage.transactionSync(() => {
    let written = 0;
    for (const s of sessions) {
      applyEvents(next.tallies, s.events);
      rowsWritten += storage.sql.exec(UPSERT_SESSION, s.id, JSON.stringify(s.state)).rowsWritten;
      onRow?.(++written);
    }
    rowsWritten += storage.sql.exec(UPSERT_RECORD, JSON.stringify(next)).rowsWritten;
  });
  return { record: next, rowsWritten };
}

/** Only the copy-to-KV time changed: one row. Returns the rows written. */
export function writeSnapshotTime(sql: SqlStorage, record: StatsRecord): number {
  return sql.exec(UPSERT_RECORD, JSON.stringify(record)).rowsWritten;
}
