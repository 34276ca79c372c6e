// Per-client rate limits on the readers' API: one client cannot flood the statistics
// with self-made sessions. A client is its address as Cloudflare sees it
// (CF-Connecting-IP; an IPv6 address by its /64, which one household or phone holds),
// and a limiter only ever sees a keyed hash of it: no address is stored or kept, by us
// or in a limiter's counters. Answers are limited in each isolate, at no call per answer
// (worker/stats/client-limit.ts); finishes by a Workers Rate Limiting binding (wrangler.toml
// [[ratelimits]] FINISH_LIMIT).
import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors';

/** What a client's address counts as: IPv4 whole, IPv6 by its first four groups (its /64). */
export function clientOf(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':') + '::/64';
}

/** Loopback: a client on the machine itself (`npm start`, its tests). Cloudflare never gives one. */
const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

/**
 * The key a request's client is limited by, or null when it is not limited: a request with
 * no client address or a loopback one (never from Cloudflare's network: tests calling the
 * Worker directly, a browser on the developer's own machine).
 */
export async function clientKey(address: string | undefined, env: Pick<Env, 'EDITOR_TOKEN'>): Promise<string | null> {
  if (!address || LOOPBACK.test(address)) return null;
  // The hash is keyed with the deployment's editor secret, so no one can map keys back to addresses.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${env.EDITOR_TOKEN ?? ''}|${clientOf(address)}`));
  return btoa(String.fromCharCode(...new Uint8Array(digest).slice(0, 18)));
}

/** Refuses a client past the FINISH_LIMIT binding's limit with 429 and Retry-After. */
export const finishLimit = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const key = await clientKey(c.req.header('cf-connecting-ip'), c.env);
  if (key !== null && !(await c.env.FINISH_LIMIT.limit({ key })).success) {
    c.header('Retry-After', '60');
    throw new ApiError(429, 'rate_limited', 'Too many finished quizzes from your network in the last minute; please wait a moment and try again.');
  }
  await next();
});
