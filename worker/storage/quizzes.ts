import type { PublicQuiz } from '../contract';
import { buildDemoQuiz, DEMO_QUIZ_ID } from '../demo/demo-quiz';
import { toPublicQuiz, type StoredQuiz } from '../quiz-model';
import { quizKey } from './keys';

export async function loadQuiz(kv: KVNamespace, id: string): Promise<StoredQuiz | null> {
  const quiz = await kv.get<StoredQuiz>(quizKey(id), 'json');
  if (quiz || id !== DEMO_QUIZ_ID) return quiz;
  // The demo exists with no manual step: built from the bundled article on first use.
  const demo = buildDemoQuiz();
  await saveQuiz(kv, demo);
  return demo;
}

export async function saveQuiz(kv: KVNamespace, quiz: StoredQuiz): Promise<void> {
  await kv.put(quizKey(quiz.id), JSON.stringify(quiz));
}

/** A quiz readers may see, or null when it does not exist or is not published. */
export async function loadPublishedQuiz(kv: KVNamespace, id: string): Promise<StoredQuiz | null> {
  const quiz = await loadQuiz(kv, id);
  return quiz?.status === 'published' ? quiz : null;
}

export async function loadPublicQuiz(kv: KVNamespace, id: string): Promise<PublicQuiz | null> {
  const quiz = await loadPublishedQuiz(kv, id);
  return quiz ? toPublicQuiz(quiz) : null;
}
