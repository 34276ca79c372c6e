// Importing an article from its URL: fetch the page (public addresses only,
// every redirect re-checked, time-limited, HTML only, size-capped while
// streaming) and keep its headline and body paragraphs with HTMLRewriter — no
// navigation, ads, captions, scripts or other page furniture.
import { decodeEntities } from '../questions/00-html';
import { ApiError } from './errors';
import { refusal } from './url-guard';
import { importMessages } from './import-messages';

export interface ImportedArticle {
  title?: string;
  text: string;
  /** The URL the article was finally read from (after redirects). */
  url: string;
}

export interface ImportOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** "host:port" pairs fetched although local (IMPORT_ALLOW: local development and tests only). */
  allow?: readonly string[];
}

export const IMPORT_TIMEOUT_MS = 10_000;
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_REDIRECTS = 5;

/** Elements whose content is never article prose (nor the headline). */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'aside', 'figure', 'figcaption', 'form', 'button',
  'select', 'textarea', 'iframe', 'object', 'video', 'audio', 'canvas', 'footer', 'dialog', 'menu', 'head',
]);
/** Page furniture by class or id: ads, promos, share bars, captions, related links, comments… */
const NOISE_ATTR =
  /(?:^|[\s_-])(?:ad|ads|advert\w*|adslot|dfp|promo\w*|sponsor\w*|related|recommend\w*|newsletter|signup|share|sharing|social|caption|credit|breadcrumbs?|cookie\w*|consent|subscribe|paywall|comments?|sidebar|outbrain|taboola|tweet|twitter-tweet|instagram-media|byline|author-bio|tags?|toolbar|modal|popup|banner|masthead|footer|nav\w*|menu)(?:$|[\s_-])/i;
const NOISE_ROLE = /^(?:navigation|complementary|banner|contentinfo|search|dialog|menu|menubar|toolbar|alert)$/i;
const ARTICLE_ROLE = /^(?:main|article)$/i;

/** Elements without content or end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

interface Frame {
  tag: string;
  /** Nothing inside is kept. */
  drop: boolean;
  /** Inside the page's <header>: its paragraphs are furniture, but the headline is kept. */
  header: boolean;
  inArticle: boolean;
}

interface Paragraph {
  text: string;
  inArticle: boolean;
}

/** Collects headline and paragraphs from HTMLRewriter callbacks. */
class Collector {
  private stack: Frame[] = [];
  private paragraph: { parts: string[]; inArticle: boolean; depth: number } | null = null;
  private heading: { parts: string[]; depth: number } | null = null;
  readonly paragraphs: Paragraph[] = [];
  h1?: string;
  ogTitle?: string;
  private titleParts: string[] | null = null;
  docTitle?: string;

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  element(el: Element): void {
    const tag = el.tagName.toLowerCase();
    if (tag === 'meta') {
      const prop = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if ((prop === 'og:title' || prop === 'twitter:title') && !this.ogTitle) this.ogTitle = clean(el.getAttribute('content') ?? '') || undefined;
      return;
    }
    if (tag === 'title') {
      if (this.docTitle === undefined && !this.titleParts) {
        this.titleParts = [];
        el.onEndTag(() => {
          this.docTitle = clean(this.titleParts?.join('') ?? '');
          this.titleParts = null;
        });
      }
      return;
    }
    if (VOID.has(tag)) {
      if (tag === 'br' && this.paragraph && !this.top()?.drop) this.paragraph.parts.push(' ');
      return;
    }
    // <p> cannot nest: a new one (or a block) ends an unclosed one.
    if ((tag === 'p' || tag === 'div' || tag === 'blockquote') && this.top()?.tag === 'p') this.pop(this.stack.length - 1);

    const parent = this.top();
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const role = el.getAttribute('role') ?? '';
    const hidden = el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
    const frame: Frame = {
      tag,
      drop: !!parent?.drop || DROPPED.has(tag) || hidden || NOISE_ROLE.test(role) || (tag !== 'article' && tag !== 'main' && tag !== 'body' && NOISE_ATTR.test(cls)),
      header: !!parent?.header || tag === 'header',
      inArticle: !!parent?.inArticle || tag === 'article' || tag === 'main' || ARTICLE_ROLE.test(role) || el.getAttribute('itemprop') === 'articleBody',
    };
    this.stack.push(frame);
    const depth = this.stack.length;
    try {
      el.onEndTag(() => this.pop(depth - 1));
    } catch {
      // A self-closing element of foreign content (<path/> in SVG) has no end tag.
      this.stack.pop();
      return;
    }

    if (frame.drop) return;
    if (tag === 'h1' && this.h1 === undefined && !this.heading) this.heading = { parts: [], depth };
    else if (tag === 'p' && !frame.header && !this.paragraph) this.paragraph = { parts: [], inArticle: frame.inArticle, depth };
  }

  /** Closes frames down to (and including) the one at `index`. */
  private pop(index: number): void {
    while (this.stack.length > index) {
      const depth = this.stack.length;
      this.stack.pop();
      if (this.paragraph?.depth === depth) {
        const text = clean(this.paragraph.parts.join(''));
        if (text) this.paragraphs.push({ text, inArticle: this.paragraph.inArticle });
        this.paragraph = null;
      }
      if (this.heading?.depth === depth) {
        const text = clean(this.heading.parts.join(''));
        if (text) this.h1 = text;
        this.heading = null;
      }
    }
  }

  text(chunk: Text): void {
    if (this.titleParts) {
      this.titleParts.push(chunk.text);
      return;
    }
    if (this.top()?.drop) return;
    this.paragraph?.parts.push(chunk.text);
    this.heading?.parts.push(chunk.text);
  }

  finish(): void {
    this.pop(0);
  }

  article(): { title?: string; text: string } {
    const inArticle = this.paragraphs.filter((p) => p.inArticle);
    const chosen = inArticle.length ? inArticle : this.paragraphs;
    const title = this.h1 ?? this.ogTitle ?? this.docTitle;
    const text = chosen.map((p) => p.text).join('\n\n');
    return title ? { title, text } : { text };
  }
}

function clean(raw: string): string {
  return decodeEntities(raw).replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Reads a page's HTML with HTMLRewriter, keeping the headline and article paragraphs. */
export async function extractArticle(body: Uint8Array<ArrayBuffer> | string, contentType = 'text/html; charset=utf-8'): Promise<{ title?: string; text: string }> {
  const c = new Collector();
  const rewriter = new HTMLRewriter()
    .on('*', { element: (el) => c.element(el) })
    .onDocument({ text: (t) => c.text(t) });
  const out = rewriter.transform(new Response(body, { headers: { 'content-type': contentType } }));
  if (out.body) await out.body.pipeTo(new WritableStream());
  c.finish();
  return c.article();
}

function parseUrl(raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new ApiError(400, 'invalid_url', `"${raw.slice(0, 200)}" is not a URL.`);
  }
}

/** The URL if the import may fetch it; otherwise refused, saying why (and nothing a target answered). */
function checkUrl(url: URL, allow: readonly string[], redirected: boolean): URL {
  const why = refusal(url, allow);
  if (!why) return url;
  if (redirected) throw new ApiError(422, 'url_refused', `The page redirects to an address that is refused: ${why}.`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ApiError(400, 'invalid_url', 'Only http:// and https:// article URLs can be imported.');
  if (url.username || url.password) throw new ApiError(400, 'invalid_url', 'An article URL must not contain a user name or password.');
  throw new ApiError(422, 'url_refused', `That address is refused: ${why}.`);
}

/** Reads the body, counting bytes as they stream; null (and the rest cancelled) once past `max`. */
async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(seen);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

/** Fetches an article page and extracts its headline and body text. Throws ApiError with a clear message. */
export async function importArticle(rawUrl: string, options: ImportOptions = {}): Promise<ImportedArticle> {
  const timeoutMs = options.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? IMPORT_MAX_REDIRECTS;
  const allow = options.allow ?? [];
  let url = checkUrl(parseUrl(rawUrl), allow, false);
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = () => new ApiError(422, 'url_timeout', importMessages.timedOut(url.host, timeoutMs));

  try {
    let res: Response;
    for (let redirects = 0; ; redirects++) {
      try {
        res = await fetch(url.href, {
          redirect: 'manual',
          signal,
          headers: { accept: 'text/html,application/xhtml+xml;q=0.9', 'user-agent': 'WhoSaidIt-ArticleImport/1.0' },
        });
      } catch (err) {
        if (signal.aborted) throw timedOut();
        throw new ApiError(422, 'url_unreachable', importMessages.unreachable(url.host, err));
      }
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) break;
      await res.body?.cancel();
      if (redirects >= maxRedirects) throw new ApiError(422, 'too_many_redirects', `The URL redirected more than ${maxRedirects} times.`);
      url = checkUrl(new URL(location, url), allow, true);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new ApiError(422, 'url_fetch_failed', importMessages.httpError(url.host, res.status));
    }
    const type = res.headers.get('content-type') ?? '';
    if (!/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(type)) {
      await res.body?.cancel();
      throw new ApiError(422, 'url_not_html', importMessages.notHtml(type));
    }
    const length = Number(res.headers.get('content-length') ?? '0');
    if (length > maxBytes) {
      await res.body?.cancel();
      throw new ApiError(422, 'url_too_large', importMessages.tooLarge(maxBytes));
    }
    let html: Uint8Array<ArrayBuffer> | null;
    try {
      html = res.body ? await readCapped(res.body, maxBytes) : new Uint8Array();
    } catch {
      if (signal.aborted) throw timedOut();
      throw new ApiError(422, 'url_unreachable', importMessages.broken(url.host));
    }
    if (!html) throw new ApiError(422, 'url_too_large', importMessages.tooLarge(maxBytes));
    const article = await extractArticle(html, type);
    if (!article.text) throw new ApiError(422, 'no_article_text', 'Found no article text on that page; paste the article instead.');
    return { ...article, url: url.href };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (signal.aborted) throw timedOut();
    throw err;
  }
}
