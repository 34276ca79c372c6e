import { buildQuiz } from '../../questions/index';
import { quizFromDraft, type StoredQuiz } from '../quiz-model';
import article from './article.txt';

export const DEMO_QUIZ_ID = 'demo';
export { article as demoArticle };

/** The demo quiz, built from the bundled article by the same question builder editors use. */
export function buildDemoQuiz(): StoredQuiz {
  return quizFromDraft(DEMO_QUIZ_ID, buildQuiz({ text: article }), { status: 'published' });
}
