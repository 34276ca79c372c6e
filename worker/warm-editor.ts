// The editor Worker's start-up warm-up. Workers count global-scope work against isolate
// start-up, not against a request's CPU time; without it, the first article an editor
// imports into a fresh isolate pays for V8 compiling the pipeline's code and regular
// expressions, the routes' validation and the router (about 40 ms of CPU, beyond Workers
// Free's 10 ms per request). Warmed, an import costs a few ms (`npm run bench -- cold-start`).
// Pure computation, all synchronous: no I/O, no clock, nothing stored.
import type { Hono } from 'hono';
import { buildQuiz } from '../questions/index';
import article from './demo/article.txt';
import varied from './demo/warm-up.txt';
import british from './demo/warm-up-british.txt';
import { quizFromDraft } from './quiz-model';
import { editorSchemas, toEditorQuiz } from './routes/editor';

export function warmEditor(app: Hono<{ Bindings: EditorEnv }>): void {
  // The demo article, and two short ones in other house styles that take the paths the demo
  // does not (colon and "according to" introductions, organisations, ages, families, "Mr";
  // British single quotation marks, partial quotations, "it said", someone unnamed, initials).
  buildQuiz({ text: article });
  buildQuiz({ text: british });
  const quiz = quizFromDraft('warm-up', buildQuiz({ text: varied }), { status: 'draft' });
  // What a request does around the pipeline: validate the body, shape the answer, route.
  editorSchemas.createBody.safeParse({ text: varied });
  editorSchemas.editBody.safeParse({ title: quiz.title, questions: quiz.questions.map((q) => ({ id: q.id, quote: q.quote, speakerId: q.speakerId, selected: q.selected })) });
  JSON.stringify(toEditorQuiz(quiz, 'https://warm-up.invalid'));
  for (const [method, path] of [['POST', '/api/editor/quizzes'], ['GET', '/api/editor/quizzes/warm-up'], ['PUT', '/api/editor/quizzes/warm-up']] as const) app.router.match(method, path);
}
