import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { requireEditor } from './auth';
import { errorBody, errorResponse } from './errors';
import { pages } from './routes/pages';
import { previewLinks, previews } from './routes/preview';
import { quizzes } from './routes/quizzes';
import { editorStats } from './routes/stats';
import { forgetQuiz } from './storage/quizzes';
import { nosniff } from './nosniff';

// The readers' Worker (wrangler.toml). Thin entry: one error handler, one not-found,
// one sub-app per area. Editors' requests are authenticated here, then passed whole to
// the editor Worker (worker/editor-index.ts), so the attribution pipeline never loads
// where readers are served; only their statistics, which live with each quiz's Durable
// Object, are answered here.
const app = new Hono<{ Bindings: Env }>();

app.onError(errorResponse);
app.use(nosniff);
app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`), 404));

// The readers' API is public and credential-free: any origin may call it, including
// WordPress's sandboxed oEmbed frames, whose requests carry `Origin: null`.
app.use('/api/quizzes/*', cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type'], maxAge: 86400 }));
app.route('/api/quizzes', quizzes);
app.use('/api/editor/*', requireEditor);
app.route('/api/editor/quizzes', editorStats);
app.route('/api/editor/quizzes', previewLinks);
/** Headers only this Worker sets on what it passes to the editor Worker (a client's own are dropped). */
const INTERNAL = 'x-wsi-';
const toEditor = async (c: { req: { raw: Request }; env: Env }) => {
  const headers = new Headers([...c.req.raw.headers].filter(([name]) => !name.toLowerCase().startsWith(INTERNAL)));
  if (c.env.IMPORT_ALLOW) headers.set(`${INTERNAL}import-allow`, c.env.IMPORT_ALLOW);
  const res = await c.env.EDITOR.fetch(new Request(c.req.raw, { headers }));
  // An editor changed a quiz: readers get the change at once from this isolate's cache and from its
  // Durable Object (which checks the answers of isolates without the quiz, and what isolates relay);
  // other isolates' caches expire within seconds.
  const changed = res.ok && c.req.raw.method !== 'GET' && /^\/api\/editor\/quizzes\/([^/]+)/.exec(new URL(c.req.raw.url).pathname)?.[1];
  if (changed) {
    forgetQuiz(changed);
    await c.env.QUIZ_STATS.getByName(changed).quizChanged();
  }
  return res;
};
app.all('/api/editor/*', toEditor);
app.all('/editor', toEditor);
app.all('/editor/*', toEditor);
app.route('/', previews);
app.route('/', pages);

export { QuizStats } from './stats/quiz-stats';
export default { fetch: app.fetch } satisfies ExportedHandler<Env>;
