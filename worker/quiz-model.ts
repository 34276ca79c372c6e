import type { Person, QuizDraft } from '../questions/types';
import type { PublicChoice, PublicQuiz } from './contract';

/** Questions at or above this confidence are selected without an editor's review. */
export const PUBLISH_CONFIDENCE = 0.8;

export interface StoredQuestion {
  id: string;
  quote: string;
  speakerId: string;
  speaker: string;
  confidence: number;
  explanation: string;
  choices: PublicChoice[];
  /** The right choice's id. */
  answer: string;
  /** Whether readers get this question (editors deselect; low confidence starts deselected). */
  selected: boolean;
}

/** A quiz as stored under its key: the editor's whole draft plus its publication state. */
export interface StoredQuiz {
  id: string;
  title: string;
  status: 'draft' | 'published';
  createdAt: string;
  updatedAt: string;
  /** The normalised article text every quotation must be verbatim part of. */
  articleText: string;
  sourceUrl?: string;
  people: Person[];
  questions: StoredQuestion[];
  /**
   * Writes so far (absent before the first: 0). Edits carry the version they were made on
   * and a stale one is refused (worker/quiz-writes.ts).
   */
  version?: number;
}

/** What readers may see: selected questions, and nothing that gives the answer away. */
export function toPublicQuiz(quiz: StoredQuiz): PublicQuiz {
  return {
    id: quiz.id,
    title: quiz.title,
    questions: quiz.questions
      .filter((q) => q.selected)
      .map((q) => ({ id: q.id, quote: q.quote, choices: q.choices.map(({ id, label, description }) => (description ? { id, label, description } : { id, label })) })),
  };
}

export function findReaderQuestion(quiz: StoredQuiz, questionId: string): StoredQuestion | undefined {
  return quiz.questions.find((q) => q.id === questionId && q.selected);
}

/** A new quiz from the question builder's draft: confident questions start selected. */
export function quizFromDraft(
  id: string,
  draft: QuizDraft,
  options: { status: StoredQuiz['status']; title?: string; sourceUrl?: string; now?: Date },
): StoredQuiz {
  const at = (options.now ?? new Date()).toISOString();
  return {
    id,
    title: options.title?.trim() || draft.title,
    status: options.status,
    createdAt: at,
    updatedAt: at,
    articleText: draft.text,
    ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
    people: draft.people,
    questions: draft.questions.map((q) => ({
      id: q.id,
      quote: q.quote,
      speakerId: q.speakerId,
      speaker: q.speaker,
      confidence: q.confidence,
      explanation: q.explanation,
      choices: q.choices,
      answer: q.answer,
      selected: q.selected === true && q.confidence >= PUBLISH_CONFIDENCE,
    })),
  };
}
