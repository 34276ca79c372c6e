// embed.js: the publisher's one script tag.
//
//   <script src="https://HOST/embed.js" data-quiz="ID" async></script>
//   options: data-theme="light|dark|auto"  data-accent="#c2410c"  data-loading="lazy"
//
// Replaces nothing on the page: inserts one iframe to HOST/embed/ID right after
// the script, reserves space up front, and resizes it from the frame's
// messages (protocol: widget/embed-protocol.ts). No framework, no globals.
import { clampHeight, isGotoMessage, isResizeMessage, RESERVED_HEIGHT } from './embed-protocol';
import { parseAccent, parseTheme } from './theme';

const DONE = 'data-wsi-embedded';
const QUIZ_ID = /^[A-Za-z0-9_-]{1,64}$/;

function embed(script: HTMLScriptElement): void {
  if (script.hasAttribute(DONE)) return;
  script.setAttribute(DONE, '');
  const quiz = script.dataset.quiz ?? '';
  let origin: string;
  try {
    origin = new URL(script.src).origin;
  } catch {
    return;
  }
  if (!QUIZ_ID.test(quiz) || origin === 'null') return;

  const params = new URLSearchParams({ host: location.origin });
  const theme = parseTheme(script.dataset.theme);
  if (theme !== 'auto') params.set('theme', theme);
  const accent = parseAccent(script.dataset.accent);
  if (accent) params.set('accent', accent);

  const frame = document.createElement('iframe');
  // The article's address goes in the fragment, which the browser never sends to our server: the
  // frame's end screen links readers back to each quotation in it and shares it (never the frame's).
  frame.src = `${origin}/embed/${quiz}?${params}#?${new URLSearchParams({ article: location.href.split('#')[0]! })}`;
  frame.title = 'Who said it? A quiz about the quotations in this article';
  // Sharing a score with the browser's share sheet, or copying it, needs the page's leave.
  frame.allow = 'web-share; clipboard-write';
  if (script.dataset.loading === 'lazy') frame.loading = 'lazy';
  // CSSOM, not a style attribute: works under the host's own CSP. No max-width: the
  // page's own column rules (a CMS's content width) decide how wide the quiz may be.
  const s = frame.style;
  s.display = 'block';
  s.width = '100%';
  s.border = '0';
  s.height = RESERVED_HEIGHT + 'px';
  script.after(frame);

  addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const data: unknown = event.data;
    if (isResizeMessage(data) && data.quiz === quiz) s.height = clampHeight(data.height) + 'px';
    // A reader's "Find it in the article": a text fragment on this very page (the reader just clicked, so the browser applies it).
    if (isGotoMessage(data) && data.quiz === quiz) location.href = location.href.split('#')[0] + '#:~:text=' + data.text;
  });
}

const current = document.currentScript;
if (current instanceof HTMLScriptElement && current.dataset.quiz !== undefined) embed(current);
// async/defer scripts have no currentScript: embed every tag not yet done.
document.querySelectorAll<HTMLScriptElement>('script[data-quiz]').forEach((el) => {
  if (/\/embed\.js(?:[?#]|$)/.test(el.src)) embed(el);
});
