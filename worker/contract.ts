// The public HTTP API's shapes: the Worker produces them, the widget and any
// other client consume them (type-only imports, nothing bundled). Documented in
// README.md ("Public HTTP API"); change both together.

export interface PublicChoice {
  id: string;
  label: string;
  description?: string;
}

/** A question as readers see it: nothing here reveals the answer. */
export interface PublicQuestion {
  id: string;
  quote: string;
  choices: PublicChoice[];
}

/** GET /api/quizzes/:id */
export interface PublicQuiz {
  id: string;
  title: string;
  questions: PublicQuestion[];
}

/** POST /api/quizzes/:id/answers body. */
export interface AnswerRequest {
  /** A random id the client makes once per play (8–64 of [A-Za-z0-9_-]). */
  session: string;
  question: string;
  choice: string;
}

/** POST /api/quizzes/:id/answers response. */
export interface AnswerResult {
  correct: boolean;
  /** The right choice's id. */
  answer: string;
  /** The article's sentence that attributes the quotation (a long quotation in it cut to its first and last words). */
  explanation: string;
  /** Present (true) when the explanation is the editor's own note rather than the article's words. */
  editorNote?: true;
}

/**
 * POST /api/quizzes/:id/finish body: every answer the reader was shown the result
 * of, sent when they finish and when their page is hidden or closed (as
 * `navigator.sendBeacon` does, so `text/plain` is accepted too). Answers the
 * quiz already counted are not counted again.
 */
export interface FinishRequest {
  session: string;
  answers: Array<{ question: string; choice: string }>;
}

/** Every 4xx/5xx body. */
export interface ApiErrorBody {
  error: { code: string; message: string };
}

/**
 * GET /api/quizzes/:id/standing?session=… response: the reader's place among
 * the other readers who finished (their own session excluded). `betterThan` is
 * floor(100 × below / others), null until the session is complete or while no
 * one else has finished. Defined with the statistics types (one definition).
 */
export type { ReaderStanding } from './stats/types';
