import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { requireEditor } from './auth';
import { errorBody, errorResponse } from './errors';
import { editor } from './routes/editor';
import { editorPage } from './routes/editor-page';
import { pages } from './routes/pages';
import { quizzes } from './routes/quizzes';
import { editorStats } from './routes/stats';
import { scheduled } from './stats/cron';

// Thin entry: one error handler, one not-found, one sub-app per area.
const app = new Hono<{ Bindings: Env }>();

app.onError(errorResponse);
app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`), 404));

// The readers' API is public and credential-free: any origin may call it, including
// WordPress's sandboxed oEmbed frames, whose requests carry `Origin: null`.
app.use('/api/quizzes/*', cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type'], maxAge: 86400 }));
app.use('/api/editor/*', requireEditor);
app.route('/api/quizzes', quizzes);
app.route('/api/editor/quizzes', editorStats);
app.route('/api/editor/quizzes', editor);
app.route('/', editorPage);
app.route('/', pages);

export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;
