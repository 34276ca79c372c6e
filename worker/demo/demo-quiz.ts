import { buildQuiz } from '../../questions/index';
import { quizFromDraft, type StoredQuiz } from '../quiz-model';
import article from './article.txt';

export const DEMO_QUIZ_ID = 'demo';
export { article as demoArticle };

/**
 * The demo quiz, built from the bundled article by the same question builder editors use.
 * Run at build time (scripts/build-demo.mjs writes worker/generated/demo-quiz.ts), so the
 * readers' Worker serves it without loading the builder. Its dates are fixed: a build
 * gives the same quiz every time, and its statistics carry on across builds.
 */
export function buildDemoQuiz(): StoredQuiz {
  return quizFromDraft(DEMO_QUIZ_ID, buildQuiz({ text: article }), { status: 'published', now: new Date('2017-07-10T00:00:00.000Z') });
}
