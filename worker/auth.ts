import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors';

/** Compares two strings in time that does not depend on where they differ (digests make lengths equal). */
async function timingSafeEqualStrings(a: string, b: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [da, db] = await Promise.all([crypto.subtle.digest('SHA-256', enc.encode(a)), crypto.subtle.digest('SHA-256', enc.encode(b))]);
  // Fixed-length digests compared without an early exit.
  const x = new Uint8Array(da);
  const y = new Uint8Array(db);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/**
 * Every editor route needs `Authorization: Bearer <EDITOR_TOKEN>`. A deployment
 * without the secret refuses every editor request (fails closed).
 */
export const requireEditor = createMiddleware<{ Bindings: { EDITOR_TOKEN?: string } }>(async (c, next) => {
  const expected = c.env.EDITOR_TOKEN;
  if (!expected) throw new ApiError(503, 'editor_disabled', 'Editing is disabled: this deployment has no EDITOR_TOKEN secret.');
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1] || !(await timingSafeEqualStrings(match[1], expected))) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new ApiError(401, 'unauthorized', 'An editor token is required: send "Authorization: Bearer <EDITOR_TOKEN>".');
  }
  await next();
});
