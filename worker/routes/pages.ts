// HTML pages: the demo publisher page (GET /), the quiz frame (GET /embed/:id,
// first question server-rendered with the same components the browser
// hydrates), and oEmbed (GET /oembed). Mounted at "/" by worker/index.ts.
import { renderDemoPage, renderFrameNotFound, renderFramePage } from '#ssr';
import { Hono, type Context } from 'hono';
import { serializeBootData, type BootData } from '../../widget/boot-data';
import { parseHostOrigin } from '../../widget/embed-protocol';
import { declaredFrameHeight, FRAME_MAX_WIDTH } from '../../widget/frame-size';
import { accentCss, parseAccent, parseTheme, type ThemeName } from '../../widget/theme';
import { articleView } from '../demo/article-view';
import article from '../demo/article.txt';
import { ApiError } from '../errors';
import { assets } from '../generated/assets';
import { escapeHtml } from '../html';
import { DEMO_QUIZ_ID, loadPublicQuiz, loadPublishedQuiz } from '../storage/quizzes';

const QUIZ_ID = /^[A-Za-z0-9_-]{1,64}$/;
const PRODUCT = 'Who Said It?';

type AppContext = Context<{ Bindings: Env }>;

/**
 * Origins allowed to frame the quiz: ALLOWED_ORIGINS (wrangler.toml [vars]),
 * space- or comma-separated origins, or "*" for any (local development: `npm start`
 * sets it). Unset or empty, no other site may frame it: a deployment must name its
 * publishers (README, "Deploying").
 */
function allowedOrigins(env: Env): string[] | '*' {
  const raw = (env.ALLOWED_ORIGINS ?? '').trim();
  if (raw === '*') return '*';
  return raw
    .split(/[\s,]+/)
    .map((o) => parseHostOrigin(o.replace(/\/$/, '')))
    .filter((o): o is string => o !== null);
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * Rendered frames, per quiz version and look: every reader of a quiz gets the same
 * HTML, so it is rendered once per isolate, not once per view. A quiz's updatedAt
 * is in the key, so an edit is a new entry; the oldest entries go first.
 */
const FRAME_CACHE_SIZE = 100;
const frameCache = new Map<string, string>();
const accentHashes = new Map<string, string>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= FRAME_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** No inline script; inline style only the validated accent rule, by its hash. */
export function csp(frameAncestors: string, styleHash?: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self'${styleHash ? ` 'sha256-${styleHash}'` : ''}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export function html(c: AppContext, body: string, status: 200 | 403 | 404, headers: Record<string, string>): Response {
  return c.body(body, status, {
    'Content-Type': 'text/html; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...headers,
  });
}

/** The look a quiz URL asks for (`?theme=dark&accent=%23c2410c`), validated; unknown values are dropped. */
function lookParams(theme: ThemeName, accent: string | null): string {
  const params = new URLSearchParams();
  if (theme !== 'auto') params.set('theme', theme);
  if (accent) params.set('accent', accent);
  const query = params.toString();
  return query ? `?${query}` : '';
}

const oembedLink = (origin: string, frameUrl: string) => `${origin}/oembed?url=${encodeURIComponent(frameUrl)}&format=json`;

async function framePage(c: AppContext): Promise<Response> {
  const id = c.req.param('id') ?? '';
  const origins = allowedOrigins(c.env);
  const frameAncestors = origins === '*' ? '*' : ["'self'", ...origins].join(' ');
  const theme = parseTheme(c.req.query('theme'));
  const accent = parseAccent(c.req.query('accent'));
  const accentStyle = accent ? accentCss(accent) : null;
  const accentHash = accentStyle ? (accentHashes.get(accentStyle) ?? remember(accentHashes, accentStyle, await sha256Base64(accentStyle))) : undefined;
  const headers = { 'Content-Security-Policy': csp(frameAncestors, accentHash) };
  const requestUrl = new URL(c.req.url);
  let host = parseHostOrigin(c.req.query('host'));
  if (host && origins !== '*' && !origins.includes(host) && host !== requestUrl.origin) host = null;
  const doc = { theme, accentStyle, cssHref: assets.frameCss, scriptHref: assets.frameJs };

  const stored = QUIZ_ID.test(id) ? await loadPublishedQuiz(c.env.QUIZ_KV, id) : null;
  const publicQuiz = stored ? await loadPublicQuiz(c.env.QUIZ_KV, id) : null;
  if (!stored || !publicQuiz) {
    // The "not available" page carries boot data too: it reports its height, so hosts shrink it.
    const boot: BootData = { quizId: QUIZ_ID.test(id) ? id : '', quiz: null, host };
    const page = renderFrameNotFound({ ...doc, title: `Quiz not found — ${PRODUCT}`, bootJson: serializeBootData(boot) });
    return html(c, page, 404, { ...headers, 'Cache-Control': 'no-store' });
  }
  const key = [id, stored.updatedAt, theme, accent, host, requestUrl.origin].join('|');
  const page =
    frameCache.get(key) ??
    remember(
      frameCache,
      key,
      renderFramePage({
        ...doc,
        title: `${PRODUCT} ${stored.title}`,
        quiz: publicQuiz,
        bootJson: serializeBootData({ quizId: id, quiz: publicQuiz, host }),
        oembedHref: oembedLink(requestUrl.origin, `${requestUrl.origin}/embed/${id}${lookParams(theme, accent)}`),
      }),
    );
  return html(c, page, 200, { ...headers, 'Cache-Control': 'public, max-age=60' });
}

export const pages = new Hono<{ Bindings: Env }>()
  .get('/', (c) => {
    const origin = new URL(c.req.url).origin;
    const page = renderDemoPage({
      ...articleView(article),
      cssHref: assets.demoCss,
      product: PRODUCT,
      // Pasting the demo page's address into a CMS embeds its quiz.
      oembedHref: oembedLink(origin, `${origin}/embed/${DEMO_QUIZ_ID}`),
    });
    return html(c, page, 200, { 'Content-Security-Policy': csp("'self'"), 'Cache-Control': 'public, max-age=300' });
  })
  .get('/embed/:id', framePage)
  .get('/embed/:id/', framePage)
  .get('/oembed', async (c) => {
    const format = c.req.query('format') ?? 'json';
    if (format !== 'json') throw new ApiError(501, 'format_not_implemented', 'Only format=json is implemented.');
    const origin = new URL(c.req.url).origin;
    let target: URL;
    try {
      target = new URL(c.req.query('url') ?? '');
    } catch {
      throw new ApiError(400, 'invalid_url', 'url must be a quiz URL like ' + origin + '/embed/ID.');
    }
    // Consumers put the URL the reader pasted into `url` (WordPress replaces the discovered link's own):
    // the demo page stands for its quiz.
    const id = target.pathname === '/' ? DEMO_QUIZ_ID : /^\/embed\/([A-Za-z0-9_-]{1,64})\/?$/.exec(target.pathname)?.[1];
    if (target.origin !== origin || !id) {
      throw new ApiError(404, 'not_embeddable', 'url must be a quiz URL like ' + origin + '/embed/ID.');
    }
    const quiz = await loadPublicQuiz(c.env.QUIZ_KV, id);
    if (!quiz) throw new ApiError(404, 'quiz_not_found', `No published quiz "${id}".`);
    const limit = (name: string, fallback: number): number => {
      const n = Number.parseInt(c.req.query(name) ?? '', 10);
      return Number.isFinite(n) && n > 0 ? Math.min(n, fallback) : fallback;
    };
    const width = limit('maxwidth', FRAME_MAX_WIDTH);
    const height = limit('maxheight', declaredFrameHeight(quiz, width));
    const look = lookParams(parseTheme(target.searchParams.get('theme')), parseAccent(target.searchParams.get('accent')));
    const src = `${origin}/embed/${id}${look}`;
    const title = `${PRODUCT} ${quiz.title}`;
    // WordPress loads its wp-embed.js (which sizes the frame) only for oEmbed HTML with a
    // blockquote link, and shows that link until the frame reports its height. Other
    // consumers keep the style and show just the frame.
    const fallback = `<blockquote class="wp-embedded-content" style="display:none"><a href="${escapeHtml(src)}">${escapeHtml(title)}</a></blockquote>`;
    // width="100%", not the number: WordPress strips styles, and a fixed width overflows a phone's column
    // (and would get a block-editor aspect-ratio class that fixes the height).
    const iframe = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" frameborder="0" loading="lazy" style="border:0;max-width:${width}px"></iframe>`;
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({ version: '1.0', type: 'rich', provider_name: PRODUCT, provider_url: origin + '/', title: quiz.title, width, height, html: fallback + iframe });
  });
