// Shapes of the statistics APIs (type-only: the editor dashboard and the reader
// widget import them with `import type`, nothing is bundled).

/** GET /api/editor/quizzes/:id/stats */
export interface QuizStats {
  quizId: string;
  title: string;
  /** When these figures were read. */
  generatedAt: string;
  /** When the quiz's statistics were last written to durable storage (null: never). */
  savedAt: string | null;
  /** Answers counted (and included here) but not yet written to durable storage. */
  pending: number;
  /** Sessions with at least one counted answer (readers who started). */
  starts: number;
  /** Sessions that answered every question selected for readers. */
  completions: number;
  /** completions / starts, 0–1; null with no starts. */
  completionRate: number | null;
  answers: number;
  correct: number;
  /** Mean score of completed sessions; null with none. */
  averageScore: number | null;
  /** Questions selected for readers now (the highest possible score). */
  maxScore: number;
  questions: QuestionStats[];
  /** Score → completed sessions. */
  scores: Record<string, number>;
  /** Every UTC day from the first answer to today's, in order. */
  days: DayStats[];
}

export interface QuestionStats {
  id: string;
  /** 1-based position among the questions readers get; null when readers don't get it now. */
  position: number | null;
  /** False when the editor deselected it after readers answered it. */
  selected: boolean;
  /** True when the quiz no longer has this question (its figures stay). */
  removed: boolean;
  quote: string | null;
  /** The right choice's id and label. */
  answer: string | null;
  answerLabel: string | null;
  answers: number;
  correct: number;
  /** 0–100, rounded to one decimal; null with no answers. */
  percentCorrect: number | null;
  /** Choice id → times picked. */
  choices: Record<string, number>;
  /** Choice id → its label (the person's name). */
  labels: Record<string, string>;
  /** The wrong choice picked most (ties: the one listed first); null when nobody answered wrong. */
  topWrong: { id: string; label: string; count: number } | null;
}

export interface DayStats {
  /** YYYY-MM-DD, UTC. */
  day: string;
  starts: number;
  completions: number;
  answers: number;
  correct: number;
  averageScore: number | null;
  scores: Record<string, number>;
  /** Question id → that day's answers, right answers and picks. */
  questions: Record<string, { answers: number; correct: number; choices: Record<string, number> }>;
}

/** GET /api/quizzes/:id/standing?session=… */
export interface ReaderStanding {
  session: string;
  answered: number;
  questions: number;
  complete: boolean;
  score: number;
  /** Completed sessions other than this one. */
  others: number;
  below: number;
  same: number;
  above: number;
  /** "You did better than N% of readers": floor(100 × below / others); null when not complete or no others. */
  betterThan: number | null;
}
