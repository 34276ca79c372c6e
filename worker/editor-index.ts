import { Hono } from 'hono';
import { errorBody, errorResponse } from './errors';
import { editor } from './routes/editor';
import { editorPage } from './routes/editor-page';
import { warmEditor } from './warm-editor';
import { nosniff } from './nosniff';

// The editors' Worker (wrangler.editor.toml). It has no public address: only the readers'
// Worker reaches it, through its EDITOR service binding, passing /editor and the editors'
// API requests it has already authenticated (worker/auth.ts). Thin entry, like worker/index.ts.
const app = new Hono<{ Bindings: EditorEnv }>();

app.onError(errorResponse);
app.use(nosniff);
app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`), 404));

app.route('/api/editor/quizzes', editor);
app.route('/', editorPage);

warmEditor(app);

export { QuizWrites } from './quiz-writes';
export default { fetch: app.fetch } satisfies ExportedHandler<EditorEnv>;
