import { createMiddleware } from 'hono/factory';

/**
 * Every response says its Content-Type is to be believed (static files get the same
 * from public/_headers): a JSON error that echoes input must never be run as a script.
 */
export const nosniff = createMiddleware(async (c, next) => {
  await next();
  // Hono copies a finished response (such as one passed on from the editor Worker) to change it.
  c.header('X-Content-Type-Options', 'nosniff');
});
