// Pure counting logic for quiz statistics: no KV here. The Cron fold (storage/stats.ts)
// and the live read path both call `applySession`, so a figure computed live from
// pending records is the figure the fold will later write down.

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

/** One reader's first answer to one question, as read back from its KV key + metadata. */
export interface AnswerRecord {
  session: string;
  question: string;
  choice: string;
  ok: 0 | 1;
  /** UTC day, YYYY-MM-DD. */
  day: string;
}

/**
 * What the fold last committed, kept in the summary so a fold interrupted after
 * its commit can be finished (markers, deletes) without counting anything twice,
 * and so readers of summary + pending records skip records already inside it.
 */
export interface FoldBatch {
  seq: number;
  /** [session, question, ok] of every record counted by fold `seq`. */
  records: Array<[string, string, 0 | 1]>;
  /** [session, score] of sessions whose completion fold `seq` counted. */
  completed: Array<[string, number]>;
}

/** `stats:{quiz}`: written only by the fold (single writer). */
export interface Summary {
  v: 1;
  /** Folds committed so far; every marker carries the seq that wrote it. */
  seq: number;
  foldedAt: string | null;
  all: Tally;
  days: Record<string, Tally>;
  batch: FoldBatch | null;
}

/** `folded:{quiz}:{session}`: what the fold knows of one session (written only by the fold). */
export interface SessionMarker {
  /** Question id → 1 right / 0 wrong, for every counted answer. */
  a: Record<string, 0 | 1>;
  /** The fold that last wrote this marker. */
  seq: number;
  /** Set once the session's completion was counted: the fold that counted it, and the score. */
  done?: number;
  score?: number;
}

/** A session as already counted (by committed folds). */
export interface FoldedSession {
  answered: Record<string, 0 | 1>;
  /** The score counted at completion, or null while not completed. */
  completedScore: number | null;
}

export interface SessionOutcome {
  /** Records that counted now (first answers not counted before). */
  counted: AnswerRecord[];
  /** The score when this call counted the session's completion, else null. */
  completedScore: number | null;
  /** Everything now known of the session (counted before ∪ now). */
  after: FoldedSession;
}

export function emptyTally(): Tally {
  return { starts: 0, completions: 0, answers: 0, correct: 0, questions: {}, scores: {} };
}

export function emptySummary(): Summary {
  return { v: 1, seq: 0, foldedAt: null, all: emptyTally(), days: {}, batch: null };
}

export function cloneSummary(s: Summary): Summary {
  return structuredClone(s);
}

/** The session's counted state from its marker and, when the marker may lag it, the summary's last batch. */
export function foldedState(marker: SessionMarker | null, batch: FoldBatch | null, session: string): FoldedSession {
  const answered: Record<string, 0 | 1> = { ...(marker?.a ?? {}) };
  let completedScore = marker?.done !== undefined ? (marker.score ?? 0) : null;
  if (batch) {
    for (const [s, q, ok] of batch.records) if (s === session && answered[q] === undefined) answered[q] = ok;
    if (completedScore === null) for (const [s, score] of batch.completed) if (s === session) completedScore = score;
  }
  return { answered, completedScore };
}

function dayTally(target: Pick<Summary, 'days'>, day: string): Tally {
  return (target.days[day] ??= emptyTally());
}

function addAnswer(t: Tally, r: AnswerRecord): void {
  t.answers += 1;
  t.correct += r.ok;
  const q = (t.questions[r.question] ??= { answers: 0, correct: 0, choices: {} });
  q.answers += 1;
  q.correct += r.ok;
  q.choices[r.choice] = (q.choices[r.choice] ?? 0) + 1;
}

function addCompletion(t: Tally, score: number): void {
  t.completions += 1;
  t.scores[score] = (t.scores[score] ?? 0) + 1;
}

/**
 * Adds one session's pending records to `target` (its `all` and `days`), given
 * what was already counted for the session. Rules:
 * - only the first answer per (session, question) counts: a record for a question
 *   already counted is ignored (its KV key is one per (session, question), so
 *   pending records are already unique);
 * - a session "starts" with its first counted answer (day of the earliest new one);
 * - it "completes" once, when its counted answers cover every question selected
 *   for readers now; its score is the right answers among those questions, counted
 *   on the day of its latest answer.
 */
export function applySession(
  target: Pick<Summary, 'all' | 'days'>,
  folded: FoldedSession,
  records: readonly AnswerRecord[],
  selected: readonly string[],
): SessionOutcome {
  const answered = { ...folded.answered };
  const wasStarted = Object.keys(answered).length > 0;
  const counted: AnswerRecord[] = [];
  for (const r of records) {
    if (answered[r.question] !== undefined) continue;
    answered[r.question] = r.ok;
    counted.push(r);
  }
  let completedScore: number | null = null;
  if (counted.length) {
    const days = counted.map((r) => r.day).sort();
    if (!wasStarted) {
      target.all.starts += 1;
      dayTally(target, days[0]!).starts += 1;
    }
    for (const r of counted) {
      addAnswer(target.all, r);
      addAnswer(dayTally(target, r.day), r);
    }
    if (folded.completedScore === null && selected.length > 0 && selected.every((q) => answered[q] !== undefined)) {
      completedScore = selected.reduce((sum, q) => sum + (answered[q] ?? 0), 0);
      addCompletion(target.all, completedScore);
      addCompletion(dayTally(target, days[days.length - 1]!), completedScore);
    }
  }
  return { counted, completedScore, after: { answered, completedScore: folded.completedScore ?? completedScore } };
}

/** Groups records by session, keeping the input order of sessions. */
export function bySession<R extends AnswerRecord>(records: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of records) {
    const list = out.get(r.session);
    if (list) list.push(r);
    else out.set(r.session, [r]);
  }
  return out;
}
