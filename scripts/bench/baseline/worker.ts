// The baseline the readers' path is measured against (`npm run bench`, `npm run load`):
// a hello-world Hono Worker with one KV operation per request, on the same wrangler and
// workerd as the product.
import { Hono } from 'hono';

const app = new Hono<{ Bindings: { KV: KVNamespace } }>();
app.get('*', async (c) => c.text((await c.env.KV.get('hello')) ?? 'hello'));

export default app;
