import { closeQuotation } from '../questions/06-text';
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
  /** Set when the explanation is the editor's own words (readers see it as an editor's note), not the article's. */
  explanationBy?: 'editor';
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
  /** When it was first published (absent: never, or stored before this was kept). */
  publishedAt?: string;
  /**
   * Questions readers may have been asked that the quiz no longer has (removed, or replaced by a
   * new id): their statistics keep their quotation, and a reader whose page still shows one can
   * still answer it. Kept once the quiz has been published; newest first, at most MAX_RETIRED.
   */
  retired?: StoredQuestion[];
  /** The sets of question ids readers were asked in earlier published versions, newest first (at most MAX_EARLIER_SETS). */
  earlierSets?: string[][];
  /** People merged into others: old id → the id of the person they are now. */
  merged?: Record<string, string>;
}

export const MAX_RETIRED = 100;
export const MAX_EARLIER_SETS = 10;

/** Whether readers may ever have played it (so its questions' statistics must be kept). */
export const everPublished = (quiz: StoredQuiz): boolean => quiz.status === 'published' || quiz.publishedAt !== undefined;

/** The ids of the questions readers get now. */
export const selectedIds = (quiz: Pick<StoredQuiz, 'questions'>): string[] => quiz.questions.filter((q) => q.selected).map((q) => q.id);

/** A person's current id (after merges). */
export const currentPersonId = (quiz: Pick<StoredQuiz, 'merged'>, id: string): string => quiz.merged?.[id] ?? id;

/**
 * What readers may see: selected questions, and nothing that gives the answer away. A quotation
 * cut before its attribution ("…no such goal," he said) closes with a full stop, as quoted
 * on its own; the stored one stays verbatim, as the article has it.
 */
export function toPublicQuiz(quiz: StoredQuiz): PublicQuiz {
  return {
    id: quiz.id,
    title: quiz.title,
    questions: quiz.questions
      .filter((q) => q.selected)
      .map((q) => ({ id: q.id, quote: closeQuotation(q.quote), choices: q.choices.map(({ id, label, description }) => (description ? { id, label, description } : { id, label })) })),
  };
}

/**
 * A question a reader may answer: one readers get now, or one an edit retired (a reader's page
 * loaded before the edit still shows it; their answer is checked against it and counted for it).
 */
export function findReaderQuestion(quiz: StoredQuiz, questionId: string): StoredQuestion | undefined {
  return quiz.questions.find((q) => q.id === questionId && q.selected) ?? quiz.retired?.find((q) => q.id === questionId);
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
