// Pure counting for quiz statistics: no storage here. A reader's answers become
// events (start, answer, complete), decided once, when the answer arrives; the
// quiz's Durable Object applies them to its live tallies at once and to its
// durable tallies when it writes the session down (worker/stats/quiz-stats.ts),
// so both always agree on what was decided.

/** Counts for one scope: all time, or one UTC day. */
export interface Tally {
  /** Sessions whose first counted answer falls in this scope. */
  starts: number;
  /** Sessions that answered every selected question (counted on the day of the completing answer). */
  completions: number;
  answers: number;
  correct: number;
  questions: Record<string, QuestionTally>;
  /** Score (right answers) → completed sessions. */
  scores: Record<string, number>;
}

export interface QuestionTally {
  answers: number;
  correct: number;
  /** Choice id → times picked. */
  choices: Record<string, number>;
}

/** A quiz's counts, all time and per UTC day. */
export interface Tallies {
  all: Tally;
  days: Record<string, Tally>;
}

/** Today's UTC day, YYYY-MM-DD: what answers are counted under. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** One reader's first answer to one question. */
export interface AnswerRecord {
  question: string;
  choice: string;
  ok: 0 | 1;
  /** UTC day, YYYY-MM-DD. */
  day: string;
}

/** An answer as the readers' Worker passes it to the quiz's object: the verdict the reader was given, and whose it was. */
export interface CountedAnswer extends AnswerRecord {
  session: string;
  /** The keyed hash of the reader's address (worker/rate-limit.ts); null: not limited (no address, loopback). */
  client: string | null;
  /** When the isolate answered it (ms): the client's answers are capped by the minute they were answered in. */
  at: number;
}

/** What is known of one session: its first answers, and its score once it completed. */
export interface SessionState {
  /** Question id → [choice, 1 right / 0 wrong, day]. */
  answers: Record<string, [choice: string, ok: 0 | 1, day: string]>;
  /** The score counted at completion; null while not complete. */
  score: number | null;
}

export type StatsEvent =
  | { kind: 'start'; day: string }
  | { kind: 'answer'; record: AnswerRecord }
  | { kind: 'complete'; score: number; day: string };

export function emptyTally(): Tally {
  return { starts: 0, completions: 0, answers: 0, correct: 0, questions: {}, scores: {} };
}

export function emptyTallies(): Tallies {
  return { all: emptyTally(), days: {} };
}

export function emptySession(): SessionState {
  return { answers: {}, score: null };
}

/**
 * Records a reader's answer in its session and returns what it counts for, or
 * null when the session already answered that question (only the first answer
 * counts). Rules: a session "starts" with its first answer; it "completes" once,
 * when its answers cover every question selected for readers now, with the right
 * answers among those as its score. A reader whose page was loaded before an edit
 * plays the questions of that earlier version: covering one of the `earlier` sets
 * (the quiz's earlier published versions) completes the session too, scored on it.
 */
export function recordAnswer(session: SessionState, record: AnswerRecord, selected: readonly string[], earlier: ReadonlyArray<readonly string[]> = []): StatsEvent[] | null {
  if (session.answers[record.question]) return null;
  const events: StatsEvent[] = [];
  if (Object.keys(session.answers).length === 0) events.push({ kind: 'start', day: record.day });
  session.answers[record.question] = [record.choice, record.ok, record.day];
  events.push({ kind: 'answer', record });
  const covered = session.score === null ? [selected, ...earlier].find((set) => set.length > 0 && set.every((q) => session.answers[q])) : undefined;
  if (covered) {
    session.score = covered.reduce((sum, q) => sum + (session.answers[q]?.[1] ?? 0), 0);
    events.push({ kind: 'complete', score: session.score, day: record.day });
  }
  return events;
}

function dayTally(t: Tallies, day: string): Tally {
  return (t.days[day] ??= emptyTally());
}

function addEvent(t: Tally, e: StatsEvent): void {
  if (e.kind === 'start') {
    t.starts += 1;
  } else if (e.kind === 'complete') {
    t.completions += 1;
    t.scores[e.score] = (t.scores[e.score] ?? 0) + 1;
  } else {
    const r = e.record;
    t.answers += 1;
    t.correct += r.ok;
    const q = (t.questions[r.question] ??= { answers: 0, correct: 0, choices: {} });
    q.answers += 1;
    q.correct += r.ok;
    q.choices[r.choice] = (q.choices[r.choice] ?? 0) + 1;
  }
}

/** Adds events to the all-time tally and to the tally of the day each happened on. */
export function applyEvents(t: Tallies, events: readonly StatsEvent[]): void {
  for (const e of events) {
    addEvent(t.all, e);
    addEvent(dayTally(t, e.kind === 'answer' ? e.record.day : e.day), e);
  }
}
