/** @jsxImportSource preact */
// HTML pages: the demo publisher page (GET /), the quiz frame (GET /embed/:id,
// first question server-rendered with the same components the browser
// hydrates), and oEmbed (GET /oembed). Mounted at "/" by worker/index.ts.
import { Hono, type Context } from 'hono';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { BOOT_DATA_ID, ROOT_ID, serializeBootData, type BootData } from '../../widget/boot-data';
import { QuizApp } from '../../widget/components/QuizApp';
import { parseHostOrigin, RESERVED_HEIGHT } from '../../widget/embed-protocol';
import { createQuizModel } from '../../widget/model/quiz-model';
import { accentCss, parseAccent, parseTheme, type ThemeName } from '../../widget/theme';
import type { PublicQuiz } from '../contract';
import article from '../demo/article.txt';
import { ApiError } from '../errors';
import { assets } from '../generated/assets';
import { loadPublicQuiz } from '../storage/quizzes';

const QUIZ_ID = /^[A-Za-z0-9_-]{1,64}$/;
const PRODUCT = 'Who Said It?';

type AppContext = Context<{ Bindings: Env }>;

// ---------------------------------------------------------------------------
// Headers

/**
 * Origins allowed to frame the quiz: ALLOWED_ORIGINS (wrangler.toml [vars]),
 * space- or comma-separated origins, or "*" / unset for any (local dev).
 */
function allowedOrigins(env: Env): string[] | '*' {
  const raw = (env as { ALLOWED_ORIGINS?: unknown }).ALLOWED_ORIGINS;
  if (typeof raw !== 'string' || raw.trim() === '' || raw.trim() === '*') return '*';
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
  return c.body('<!doctype html>' + body, status, {
    'Content-Type': 'text/html; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...headers,
  });
}

// ---------------------------------------------------------------------------
// The quiz frame

interface FramePageProps {
  title: string;
  theme: ThemeName;
  accentStyle: string | null;
  oembedHref?: string;
  script?: string;
  children: ComponentChildren;
}

function FramePage({ title, theme, accentStyle, oembedHref, script, children }: FramePageProps) {
  return (
    <html lang="en" data-theme={theme === 'auto' ? undefined : theme}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={assets.frameCss} />
        {accentStyle ? <style dangerouslySetInnerHTML={{ __html: accentStyle }} /> : null}
        {oembedHref ? <link rel="alternate" type="application/json+oembed" href={oembedHref} title={title} /> : null}
        {script ? <script defer src={script} /> : null}
      </head>
      <body>{children}</body>
    </html>
  );
}

function serverModel(quiz: PublicQuiz) {
  return createQuizModel(quiz, {
    answer: () => Promise.reject(new Error('not in the browser')),
    save: () => undefined,
    newSession: () => 'server-render',
  });
}

// ---------------------------------------------------------------------------
// The demo article page

interface ArticleView {
  title: string;
  highlights: string[];
  blocks: { kind: 'p' | 'h2'; text: string }[];
}

/** The scraped demo article, readable: drops repeated lines (video captions), timestamps, the "Story highlights" label. */
export function articleView(text: string): ArticleView {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  const [title = 'Demo article', ...rest] = lines.filter((l) => l !== '');
  const view: ArticleView = { title, highlights: [], blocks: [] };
  for (const line of rest) {
    if ((counts.get(line) ?? 0) > 1 || /\b\d{1,2}:\d{2}$/.test(line) || /^story highlights$/i.test(line)) continue;
    if (/^[•*·-]\s*/.test(line)) {
      view.highlights.push(line.replace(/^[•*·-]\s*/, ''));
      continue;
    }
    const isHeading = line.length < 80 && !/[.!?:"”')]$/.test(line) && line.split(/\s+/).length <= 10;
    view.blocks.push({ kind: isHeading ? 'h2' : 'p', text: line.replace(/^([A-Z][\w .]*\(CNN\))(?=\S)/, '$1 — ') });
  }
  return view;
}

function DemoPage({ view }: { view: ArticleView }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${view.title} — ${PRODUCT} demo`}</title>
        <link rel="stylesheet" href={assets.demoCss} />
      </head>
      <body>
        <header class="site">The Example Herald · {PRODUCT} demo</header>
        <main class="article">
          <article>
            <h1>{view.title}</h1>
            <p class="dateline">A CNN article, shown as a publisher would, with the quiz embedded below by one script tag.</p>
            {view.highlights.length ? (
              <ul class="highlights" aria-label="Story highlights">
                {view.highlights.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
            ) : null}
            {view.blocks.map((b, i) => (b.kind === 'h2' ? <h2 key={i}>{b.text}</h2> : <p key={i}>{b.text}</p>))}
          </article>
          <section class="quiz-slot" aria-labelledby="quiz-slot-title">
            <h2 id="quiz-slot-title">Test yourself</h2>
            <script src="/embed.js" data-quiz="demo" async />
          </section>
        </main>
      </body>
    </html>
  );
}

// ---------------------------------------------------------------------------
// Routes

export const pages = new Hono<{ Bindings: Env }>()
  .get('/', (c) =>
    html(c, renderToString(<DemoPage view={articleView(article)} />), 200, {
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

    const quiz = QUIZ_ID.test(id) ? await loadPublicQuiz(c.env.QUIZ_KV, id) : null;
    if (!quiz) {
      const page = (
        <FramePage title={`Quiz not found — ${PRODUCT}`} theme={theme} accentStyle={accentStyle}>
          <main class="wsi">
            <section class="wsi__card">
              <p class="wsi__kicker">Who said it?</p>
              <h1 class="wsi__title">This quiz is not available.</h1>
              <p>It may have been unpublished, or the link is wrong.</p>
            </section>
          </main>
        </FramePage>
      );
      return html(c, renderToString(page), 404, { ...headers, 'Cache-Control': 'no-store' });
    }

    const requestUrl = new URL(c.req.url);
    let host = parseHostOrigin(c.req.query('host'));
    if (host && origins !== '*' && !origins.includes(host) && host !== requestUrl.origin) host = null;
    const boot: BootData = { quiz, host };
    const frameUrl = `${requestUrl.origin}/embed/${id}`;
    const page = (
      <FramePage
        title={`${PRODUCT} ${quiz.title}`}
        theme={theme}
        accentStyle={accentStyle}
        oembedHref={`${requestUrl.origin}/oembed?url=${encodeURIComponent(frameUrl)}&format=json`}
        script={assets.frameJs}
      >
        <main id={ROOT_ID} class="wsi">
          <QuizApp model={serverModel(quiz)} />
        </main>
        <script type="application/json" id={BOOT_DATA_ID} dangerouslySetInnerHTML={{ __html: serializeBootData(boot) }} />
      </FramePage>
    );
    return html(c, renderToString(page), 200, { ...headers, 'Cache-Control': 'public, max-age=60' });
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
    const iframe = renderToString(
      <iframe src={src} title={`${PRODUCT} ${quiz.title}`} width={width} height={height} frameBorder="0" loading="lazy" />,
    );
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    return c.json({
      version: '1.0',
      type: 'rich',
      provider_name: PRODUCT,
      provider_url: origin + '/',
      title: quiz.title,
      width,
      height,
      html: iframe,
    });
  });
