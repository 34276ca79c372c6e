// Per-client rate limits on the readers' API (Workers Rate Limiting bindings,
// wrangler.toml [[ratelimits]]): one client cannot flood the statistics with
// self-made sessions. A client is its address as Cloudflare sees it
// (CF-Connecting-IP; an IPv6 address by its /64, which one household or phone
// holds), and the limiter only ever sees a keyed hash of it: no address is
// stored or kept, by us or in the limiter's counters.
import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors';

type Limiter = 'ANSWER_LIMIT' | 'FINISH_LIMIT';

/** What a client's address counts as: IPv4 whole, IPv6 by its first four groups (its /64). */
export function clientOf(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':') + '::/64';
}

async function keyOf(client: string, secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${secret}|${client}`));
  return btoa(String.fromCharCode(...new Uint8Array(digest).slice(0, 18)));
}

/** Loopback: a client on the machine itself (`npm start`, its tests). Cloudflare never gives one. */
const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

/**
 * Refuses a client past `limiter`'s limit with 429 and Retry-After. A request with no
 * client address or a loopback one (never from Cloudflare's network: tests calling the
 * Worker directly, a browser on the developer's own machine) is not limited.
 */
export const rateLimit = (limiter: Limiter, what: string) =>
  createMiddleware<{ Bindings: Env }>(async (c, next) => {
    const address = c.req.header('cf-connecting-ip');
    if (address && !LOOPBACK.test(address)) {
      // The hash is keyed with the deployment's editor secret, so no one can map keys back to addresses.
      const { success } = await c.env[limiter].limit({ key: await keyOf(clientOf(address), c.env.EDITOR_TOKEN ?? '') });
      if (!success) {
        c.header('Retry-After', '60');
        throw new ApiError(429, 'rate_limited', `Too many ${what} from your network in the last minute; please wait a moment and try again.`);
      }
    }
    await next();
  });
