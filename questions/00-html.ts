// A small, pure HTML-to-text converter: block elements become paragraph
// breaks, page furniture (script, style, nav, figcaption, aside, header,
// footer, form, and elements whose class or id names a caption, byline,
// share bar, related-links box …) is dropped, <q> gets its quote marks,
// entities are decoded. Linear in the input; no DOM needed.

import { BLOCK_ELEMENTS, DROPPED_ELEMENTS, ENTITIES, FURNITURE_CLASS, RAW_TEXT_ELEMENTS, VOID_ELEMENTS } from './data/page-noise';

export interface HtmlText {
  text: string;
  title?: string;
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Windows-1252 numbers that pages use for curly quotes and dashes (&#147; &#148; &#151;).
      const cp = code >= 0x80 && code <= 0x9f ? CP1252[code - 0x80] ?? code : code;
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[body] ?? ENTITIES[body.toLowerCase()] ?? m;
  });
}

const CP1252: (number | undefined)[] = [
  0x20ac, undefined, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, undefined, 0x017d, undefined,
  undefined, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, undefined, 0x017e, 0x0178,
];

// Every branch can end at the end of the input: a tag left open (an unclosed quote in an attribute,
// "<!" with no ">") runs to the end instead of failing after a scan to the end, which made the
// search restart at every later "<" (quadratic). With each branch able to end there, a match never
// fails once it has begun, and the text is read once.
const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*(?:>|$)|<\?[^>]*(?:>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*)(?:>|$)/g;

/**
 * The text of the first <name> element: found with indexOf, not a lazy regex that would
 * rescan the rest of the page from every unclosed <h1> (quadratic); the content of
 * script, style and other raw-text elements inside it is no part of its text.
 */
function firstElementText(html: string, name: string, lower = html.toLowerCase()): string | undefined {
  const open = new RegExp(`<${name}\\b`, 'g');
  const at = open.exec(lower);
  if (!at) return undefined;
  const start = lower.indexOf('>', at.index);
  const end = start < 0 ? -1 : lower.indexOf(`</${name}`, start);
  if (end < 0) return undefined;
  const inner = html
    .slice(start + 1, end)
    .replace(/<(script|style|template|noscript|svg|math)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<[^>]*>/g, '');
  const t = decodeEntities(inner).replace(/\s+/g, ' ').trim();
  return t || undefined;
}

const ATTRIBUTE = /\s(class|id|role)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * The element is hidden, or is page furniture by its class, id or role
 * (class="story-caption", id="related-links", role="navigation"). As in
 * Readability, a name that says it holds the article ("sidebar-content",
 * "article-body") keeps it, and state classes ("has-sidebar", "menu-open" on
 * a wrapper) are read as a state, not as furniture.
 */
function isFurniture(name: string, attrs: string): boolean {
  if (!attrs || CONTAINERS.has(name)) return false;
  if (/\shidden(?:\s|=|\/|$)|aria-hidden\s*=\s*["']?true|display\s*:\s*none/i.test(attrs)) return true;
  let furniture = false;
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(attrs); a; a = ATTRIBUTE.exec(attrs)) {
    for (const cls of (a[2] ?? a[3] ?? a[4] ?? '').toLowerCase().split(/\s+/)) {
      const tokens = cls.split(/[_-]+/).filter(Boolean);
      const first = tokens[0] ?? '', head = tokens[tokens.length - 1] ?? '';
      if (STATE_WORDS.has(first) || STATE_WORDS.has(head)) continue;
      // The last word names the thing (story-caption, sidebar-content); the first its kind (share-tools).
      if (FURNITURE_CLASS.has(head)) furniture = true;
      else if (ARTICLE_WORDS.has(head)) return false;
      else if (FURNITURE_CLASS.has(first)) furniture = true;
    }
  }
  return furniture;
}

const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
const ARTICLE_WORDS = new Set(['article', 'body', 'content', 'main', 'story', 'entry', 'column', 'prose']);
const STATE_WORDS = new Set(['has', 'with', 'no', 'is', 'open', 'opened', 'active', 'fixed', 'sticky', 'visible', 'enabled']);

export function htmlToText(html: string): HtmlText {
  const parts: string[] = [];
  let dropping: string | null = null; // the element whose content is being skipped
  let dropDepth = 0;
  let last = 0;
  let lower: string | undefined; // for finding end tags of raw text, made once
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    // In HTML any run of whitespace is one space; only block elements break paragraphs.
    if (!dropping) parts.push(html.slice(last, m.index).replace(/\s+/g, ' '));
    last = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, CDATA
    const closing = m[1] === '/';
    const attrs = m[3] ?? '';
    const selfClosing = attrs.endsWith('/') || VOID_ELEMENTS.has(name);
    // Script and style hold raw text, not markup: skip straight to their end tag.
    if (!closing && !selfClosing && RAW_TEXT_ELEMENTS.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, last);
      last = end < 0 ? html.length : end;
      TAG.lastIndex = last;
      continue;
    }
    if (dropping) {
      if (name === dropping && !selfClosing) dropDepth += closing ? -1 : 1;
      if (dropDepth === 0) { dropping = null; if (BLOCK_ELEMENTS.has(name)) parts.push('\n\n'); }
      continue;
    }
    if (!closing && !selfClosing && (DROPPED_ELEMENTS.has(name) || isFurniture(name, attrs))) {
      dropping = name;
      dropDepth = 1;
      if (BLOCK_ELEMENTS.has(name)) parts.push('\n\n');
      continue;
    }
    if (name === 'q') parts.push(closing ? '”' : '“'); // browsers draw <q>'s marks
    else if (BLOCK_ELEMENTS.has(name)) parts.push('\n\n');
  }
  if (!dropping) parts.push(html.slice(last).replace(/\s+/g, ' '));
  const text = decodeEntities(parts.join(''))
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  lower ??= html.toLowerCase();
  const title = firstElementText(html, 'h1', lower) ?? firstElementText(html, 'title', lower);
  return title ? { text, title } : { text };
}
