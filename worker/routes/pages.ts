// HTML pages: the demo publisher page (GET /), the quiz frame (GET /embed/:id,
// first question server-rendered with the same components the browser
// hydrates), and oEmbed (GET /oembed). Mounted at "/" by worker/index.ts.
import { renderDemoPage, renderFrameNotFound, renderFramePage } from '#ssr';
import { Hono, type Context } from 'hono';
import { serializeBootData, type BootData } from '../../widget/boot-data';
import { parseHostOrigin, RESERVED_HEIGHT } from '../../widget/embed-protocol';
import { accentCss, parseAccent, parseTheme } from '../../widget/theme';
import { articleView } from '../demo/article-view';
import article from '../demo/article.txt';
import { ApiError } from '../errors';
import { assets } from '../generated/assets';
import { escapeHtml } from '../html';
import { loadPublicQuiz } from '../storage/quizzes';

const QUIZ_ID = /^[A-Za-z0-9_-]{1,64}$/;
const PRODUCT = 'Who Said It?';

type AppContext = Context<{ Bindings: Env }>;

/**
 * Origins allowed to frame the quiz: ALLOWED_ORIGINS (wrangler.toml [vars]),
 * space- or comma-separated origins, or "*" / unset for any (local dev).
 */
function allowedOrigins(env: Env): string[] | '*' {
  const raw: string | undefined = env.ALLOWED_ORIGINS;
  if (!raw || raw.trim() === '' || raw.trim() === '*') return '*';
  const list = raw
    .split(/[\s,]+/)
    .map((o) => parseHostOrigin(o.replace(/\/$/, '')))
    .filter((o): o is string => o !== null);
  return list.length ? list : '*';
}

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** No inline script; inline style only the validated accent rule, by its hash. */
function csp(frameAncestors: string, styleHash?: string): string {
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

function html(c: AppContext, body: string, status: 200 | 404, headers: Record<string, string>): Response {
  return c.body(body, status, {
    'Content-Type': 'text/html; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...headers,
  });
}

export const pages = new Hono<{ Bindings: Env }>()
  .get('/', (c) =>
    html(c, renderDemoPage({ ...articleView(article), cssHref: assets.demoCss, product: PRODUCT }), 200, {
      'Content-Security-Policy': csp("'self'"),
      'Cache-Control': 'public, max-age=300',
    }),
  )
  .get('/embed/:id', async (c) => {
    const id = c.req.param('id');
    const origins = allowedOrigins(c.env);
    const frameAncestors = origins === '*' ? '*' : ["'self'", ...origins].join(' ');
    const theme = parseTheme(c.req.query('theme'));
    const accent = parseAccent(c.req.query('accent'));
    const accentStyle = accent ? accentCss(accent) : null;
    const headers = {
      'Content-Security-Policy': csp(frameAncestors, accentStyle ? await sha256Base64(accentStyle) : undefined),
    };
    const doc = { theme, accentStyle, cssHref: assets.frameCss };

    const quiz = QUIZ_ID.test(id) ? await loadPublicQuiz(c.env.QUIZ_KV, id) : null;
    if (!quiz) {
      const page = renderFrameNotFound({ ...doc, title: `Quiz not found — ${PRODUCT}` });
      return html(c, page, 404, { ...headers, 'Cache-Control': 'no-store' });
    }

    const requestUrl = new URL(c.req.url);
    let host = parseHostOrigin(c.req.query('host'));
    if (host && origins !== '*' && !origins.includes(host) && host !== requestUrl.origin) host = null;
    const boot: BootData = { quiz, host };
    const frameUrl = `${requestUrl.origin}/embed/${id}`;
    const page = renderFramePage({
      ...doc,
      title: `${PRODUCT} ${quiz.title}`,
      quiz,
      bootJson: serializeBootData(boot),
      scriptHref: assets.frameJs,
      oembedHref: `${requestUrl.origin}/oembed?url=${encodeURIComponent(frameUrl)}&format=json`,
    });
    return html(c, page, 200, { ...headers, 'Cache-Control': 'public, max-age=60' });
  })
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
    const id = /^\/embed\/([A-Za-z0-9_-]{1,64})\/?$/.exec(target.pathname)?.[1];
    if (target.origin !== origin || !id) {
      throw new ApiError(404, 'not_embeddable', 'url must be a quiz URL like ' + origin + '/embed/ID.');
    }
    const quiz = await loadPublicQuiz(c.env.QUIZ_KV, id);
    if (!quiz) throw new ApiError(404, 'quiz_not_found', `No published quiz "${id}".`);
    const limit = (name: string, fallback: number): number => {
      const n = Number.parseInt(c.req.query(name) ?? '', 10);
      return Number.isFinite(n) && n > 0 ? Math.min(n, fallback) : fallback;
    };
    const width = limit('maxwidth', 640);
    const height = limit('maxheight', RESERVED_HEIGHT);
    const src = `${origin}/embed/${id}`;
    const title = `${PRODUCT} ${quiz.title}`;
    const iframe = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}" frameborder="0" loading="lazy"></iframe>`;
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({ version: '1.0', type: 'rich', provider_name: PRODUCT, provider_url: origin + '/', title: quiz.title, width, height, html: iframe });
  });
