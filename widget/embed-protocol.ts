/**
 * The postMessage protocol between a publisher's page (embed.js, the "host")
 * and the quiz frame (`/embed/:id`, the "frame"). Version 1.
 *
 * Only the frame talks; the host only listens. No iframe-resizer library.
 *
 * 1. Our own message, frame → host:
 *
 *      { type: "whosaidit:resize", v: 1, quiz: "<quiz id>", height: <CSS px, integer> }
 *
 *    - embed.js puts its page's origin into the frame URL:
 *      `/embed/<id>?host=<encodeURIComponent(location.origin)>`. The frame
 *      posts ONLY to that origin (targetOrigin = host), never to "*". Without a
 *      valid `host` param (e.g. a plain `<iframe>` embed) the frame sends no
 *      `whosaidit:*` message.
 *    - The host accepts a message only if `event.origin` is the origin embed.js
 *      was loaded from AND `event.source` is the contentWindow of the iframe it
 *      created AND the data passes `isResizeMessage` (height is clamped by the
 *      host to MIN_HEIGHT…MAX_HEIGHT).
 *    - The frame measures itself with a ResizeObserver and posts on every change
 *      (and once when it starts).
 *
 * 2. WordPress's embed protocol (wp-embed.js), frame → parent:
 *
 *      { secret: "<secret>", message: "height", value: <px> }
 *
 *    WordPress loads oEmbed iframes with `#?secret=<alnum>` appended to the src
 *    and `data-secret` on the iframe; its wp-embed script sizes the iframe whose
 *    data-secret and contentWindow match. The frame sends this only when such a
 *    secret is in its URL hash. It must use targetOrigin "*" (WordPress sandboxes
 *    the frame and the parent origin is unknown); the payload is only a height.
 */

export const MESSAGE_NAMESPACE = 'whosaidit:';
export const RESIZE = 'whosaidit:resize';
export const PROTOCOL_VERSION = 1;
/** Clamp for heights the host applies (CSS px). */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;
/** Height the host reserves before the frame reports (CSS px). */
export const RESERVED_HEIGHT = 460;

export interface ResizeMessage {
  type: typeof RESIZE;
  v: typeof PROTOCOL_VERSION;
  quiz: string;
  height: number;
}

/** WordPress wp-embed's message (see wp-includes/js/wp-embed.js). */
export interface WordPressEmbedMessage {
  secret: string;
  message: 'height';
  value: number;
}

export type FrameMessage = ResizeMessage;

export function resizeMessage(quiz: string, height: number): ResizeMessage {
  return { type: RESIZE, v: PROTOCOL_VERSION, quiz, height: Math.ceil(height) };
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<Record<keyof ResizeMessage, unknown>>;
  return (
    m.type === RESIZE &&
    m.v === PROTOCOL_VERSION &&
    typeof m.quiz === 'string' &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height)
  );
}

export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

/** `#?secret=abc123` → "abc123" (WordPress only uses [A-Za-z0-9]). */
export function wordPressSecret(hash: string): string | null {
  const m = /[#&?]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash);
  return m?.[1] ?? null;
}

/** A host origin from `?host=`: only an exact http(s) origin, else null. */
export function parseHostOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === value ? url.origin : null;
  } catch {
    return null;
  }
}
