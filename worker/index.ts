import { Hono } from 'hono';
import { requireEditor } from './auth';
import { errorBody, errorResponse } from './errors';
import { pages } from './routes/pages';
import { quizzes } from './routes/quizzes';

// Thin entry: one error handler, one not-found, one sub-app per area.
const app = new Hono<{ Bindings: Env }>();

app.onError(errorResponse);
app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`), 404));

app.use('/api/editor/*', requireEditor);
app.route('/api/quizzes', quizzes);
app.route('/', pages);

export default app;
