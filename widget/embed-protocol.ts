/**
 * The contract between the quiz frame (`/embed/:id`) and the pages that frame it.
 * Version 1. Shared by both sides: embed.js (our host script) and frame.tsx.
 *
 * The frame reports its content height; what it sends depends on who framed it.
 * It never sends anything to "*" unless the host asked for it in the frame's URL
 * (WordPress's secret, AMP's flag), and then only a height.
 *
 * 1. Our own host, embed.js:
 *
 *      frame → host  { type: "whosaidit:resize", v: 1, quiz: "<quiz id>", height: <CSS px, integer> }
 *
 *    - embed.js puts its page's origin into the frame URL:
 *      `/embed/<id>?host=<encodeURIComponent(location.origin)>`. The frame
 *      posts ONLY to that origin (targetOrigin = host), never to "*". Without a
 *      valid `host` param the frame sends no `whosaidit:*` message.
 *    - The host accepts a message only if `event.origin` is the origin embed.js
 *      was loaded from AND `event.source` is the contentWindow of the iframe it
 *      created AND the data passes `isResizeMessage` (height is clamped by the
 *      host to MIN_HEIGHT…MAX_HEIGHT).
 *
 * 2. WordPress (oEmbed by URL or Embed block; wp-includes/js/wp-embed.js):
 *
 *      frame → parent  { secret: "<secret>", message: "height", value: <px> }
 *      parent → frame  { secret: "<secret>", message: "ready" }
 *
 *    WordPress loads untrusted oEmbed frames with `#?secret=<alnum>` appended
 *    to the src, `data-secret` on the iframe and `sandbox="allow-scripts"`, and
 *    hides the iframe behind the oEmbed's `<blockquote>` link until the frame
 *    sends a height. wp-embed.js sizes the iframe whose data-secret and
 *    contentWindow match (capped at 200…1000 px). Because its script may load
 *    after the frame has reported, it posts "ready" once it is listening; the
 *    frame answers by sending its height again. The frame sends WordPress
 *    messages only when a secret is in its URL hash, and must use targetOrigin
 *    "*" (the sandboxed frame cannot know its parent's origin); the payload is
 *    only a height.
 *
 * 3. AMP (`<amp-iframe resizable src=".../embed/<id>?amp=1">`):
 *
 *      frame → parent  { sentinel: "amp", type: "embed-size", height: <px> }
 *
 *    Sent only when the frame URL carries `amp=1`, to "*" (the page may be
 *    served from an AMP cache's origin). AMP resizes when it can, else shows the
 *    amp-iframe's `overflow` element, which resizes on the reader's tap.
 *
 * The frame measures itself with a ResizeObserver and reports on every change,
 * once when it starts, and again when WordPress says it is ready.
 *
 * 4. Back to the article (embed.js only): the end screen's "Find it in the article"
 *
 *      frame → host  { type: "whosaidit:goto", v: 1, quiz: "<quiz id>", text: "<text directive>" }
 *
 *    asks embed.js to move its own page to `#:~:text=<text>` (a text fragment: the
 *    browser scrolls to the quotation and highlights it). The link itself would open the
 *    same address, but browsers apply a text fragment only to navigations the page's own
 *    origin starts. Same rules as resize: sent only to `host`, accepted only from the
 *    frame embed.js made; the directive must be a text fragment's characters, so the
 *    host never goes anywhere but a place on its own page.
 */

export const MESSAGE_NAMESPACE = 'whosaidit:';
export const RESIZE = 'whosaidit:resize';
export const PROTOCOL_VERSION = 1;
/** Clamp for heights the host applies (CSS px). */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;
/** Height embed.js reserves before the frame reports (CSS px). */
export const RESERVED_HEIGHT = 460;
/** The frame URL's query flag that turns on AMP's resize messages. */
export const AMP_PARAM = 'amp';

export interface ResizeMessage {
  type: typeof RESIZE;
  v: typeof PROTOCOL_VERSION;
  quiz: string;
  height: number;
}

/** WordPress wp-embed's height message (frame → parent). */
export interface WordPressHeightMessage {
  secret: string;
  message: 'height';
  value: number;
}

/** WordPress wp-embed's "ready" message (parent → frame). */
export interface WordPressReadyMessage {
  secret: string;
  message: 'ready';
}

/** AMP's resize request (frame → amp-iframe). */
export interface AmpEmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** The end screen asks the host page to show a quotation (a text directive for `#:~:text=`). */
export interface GotoMessage {
  type: typeof GOTO;
  v: typeof PROTOCOL_VERSION;
  quiz: string;
  text: string;
}

export const GOTO = 'whosaidit:goto';
/** A text directive's start[,end], percent-encoded: nothing that could leave the fragment. */
const TEXT_DIRECTIVE = /^[A-Za-z0-9%._~!$'()*+-]{1,600}(?:,[A-Za-z0-9%._~!$'()*+-]{1,600})?$/;

export function isGotoMessage(data: unknown): data is GotoMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<Record<keyof GotoMessage, unknown>>;
  return m.type === GOTO && m.v === PROTOCOL_VERSION && typeof m.quiz === 'string' && typeof m.text === 'string' && TEXT_DIRECTIVE.test(m.text);
}

export type FrameMessage = ResizeMessage | WordPressHeightMessage | AmpEmbedSizeMessage | GotoMessage;

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

/** WordPress's "ready" for this frame's own secret. */
export function isWordPressReady(data: unknown, secret: string): data is WordPressReadyMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<Record<keyof WordPressReadyMessage, unknown>>;
  return m.message === 'ready' && m.secret === secret;
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
