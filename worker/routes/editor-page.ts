// GET /editor: the editors' dashboard as a data-free HTML shell. A browser
// navigation cannot send the bearer token, so the shell is the same static
// page for everyone — no quiz, title or count in it — and the dashboard script
// asks for the token and gets every piece of data from the bearer-authenticated
// /api/editor/* API. Mounted at "/" by worker/index.ts.
import { Hono } from 'hono';
import { assets } from '../generated/assets';
import { escapeHtml } from '../html';

export const EDITOR_ROOT_ID = 'editor-root';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const shell = `<!doctype html><html lang="en"><head><meta charset="utf-8"/>\
<meta name="viewport" content="width=device-width, initial-scale=1"/>\
<meta name="robots" content="noindex, nofollow"/><title>Editor — Who Said It?</title>\
<link rel="stylesheet" href="${escapeHtml(assets.editorCss)}"/>\
<script type="module" src="${escapeHtml(assets.editorJs)}"></script></head>\
<body><div id="${EDITOR_ROOT_ID}"><noscript>The editors' dashboard needs JavaScript.</noscript></div></body></html>`;

export const editorPage = new Hono<{ Bindings: EditorEnv }>()
  .get('/editor', (c) =>
    c.body(shell, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'X-Robots-Tag': 'noindex, nofollow',
    }),
  )
  .get('/editor/', (c) => c.redirect('/editor', 301));
