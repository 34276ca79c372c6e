// A reader's answer checked against the published quiz. One check, wherever a verdict is
// given or counted: the readers' answers route, a preview's, and the quiz's QuizStats
// object when a finish brings answers back.
import type { AnswerResult } from './contract';
import { shortenQuotationIn } from './explanation';
import { currentPersonId, findReaderQuestion, type StoredQuestion, type StoredQuiz } from './quiz-model';

export interface CheckedAnswer {
  asked: StoredQuestion;
  /** The picked person's current id (a page loaded before an editor merged two people may offer the merged one). */
  choice: string;
  ok: 0 | 1;
}

export interface AnswerRefusal {
  status: 400 | 404;
  code: 'question_not_found' | 'invalid_choice';
  message: string;
}

export function checkAnswer(quiz: StoredQuiz, question: string, picked: string): CheckedAnswer | AnswerRefusal {
  const asked = findReaderQuestion(quiz, question);
  if (!asked) return { status: 404, code: 'question_not_found', message: `Quiz "${quiz.id}" has no question "${question}".` };
  const choice = currentPersonId(quiz, picked);
  if (!asked.choices.some((c) => c.id === choice)) return { status: 400, code: 'invalid_choice', message: `Question "${question}" has no choice "${picked}".` };
  return { asked, choice, ok: choice === asked.answer ? 1 : 0 };
}

/** Explanations as readers get them, per question object (a cached quiz keeps its objects, so each is shortened once). */
const explanations = new WeakMap<StoredQuestion, string>();

/** What the reader is shown for a verdict on `asked`. */
export function answerResult(asked: StoredQuestion, ok: 0 | 1): AnswerResult {
  let explanation = explanations.get(asked);
  if (explanation === undefined) explanations.set(asked, (explanation = shortenQuotationIn(asked.explanation, asked.quote)));
  return { correct: ok === 1, answer: asked.answer, explanation, ...(asked.explanationBy === 'editor' ? { editorNote: true as const } : {}) };
}
