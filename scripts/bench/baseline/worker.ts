// The baselines the readers' path is measured against (`npm run bench`, `npm run load`):
// a hello-world Hono Worker with one KV operation per request, on the same wrangler and
// workerd as the product; and, for the answers route, the same with one Durable Object
// call instead (POST /do: the body passed to a SQLite-backed object and back).
import { DurableObject } from 'cloudflare:workers';
import { Hono } from 'hono';

interface BaselineEnv {
  KV: KVNamespace;
  ECHO: DurableObjectNamespace<Echo>;
}

export class Echo extends DurableObject<BaselineEnv> {
  async echo(body: unknown): Promise<unknown> {
    return body;
  }
}

const app = new Hono<{ Bindings: BaselineEnv }>();
app.post('/do', async (c) => c.json(await c.env.ECHO.getByName('one').echo(await c.req.json())));
app.get('*', async (c) => c.text((await c.env.KV.get('hello')) ?? 'hello'));

export default app;
