// A small, pure HTML-to-text converter: block elements become paragraph
// breaks, page furniture (script, style, nav, figcaption, aside, …) is
// dropped, entities are decoded. Linear in the input; no DOM needed.

import { BLOCK_ELEMENTS, DROPPED_ELEMENTS, ENTITIES } from './data/page-noise';

export interface HtmlText {
  text: string;
  title?: string;
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body] ?? ENTITIES[body.toLowerCase()] ?? m;
  });
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

function firstElementText(html: string, name: string): string | undefined {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'i').exec(html);
  if (!m?.[1]) return undefined;
  const t = decodeEntities(m[1].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return t || undefined;
}

export function htmlToText(html: string): HtmlText {
  const parts: string[] = [];
  let dropping: string | null = null; // the element whose content is being skipped
  let dropDepth = 0;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    // In HTML any run of whitespace is one space; only block elements break paragraphs.
    if (!dropping) parts.push(html.slice(last, m.index).replace(/\s+/g, ' '));
    last = TAG.lastIndex;
    const name = m[1]?.toLowerCase();
    if (!name) continue; // comment, doctype, CDATA
    const closing = m[0][1] === '/';
    const selfClosing = m[2] === '/';
    if (dropping) {
      if (name === dropping && !selfClosing) dropDepth += closing ? -1 : 1;
      if (dropDepth === 0) dropping = null;
      continue;
    }
    if (DROPPED_ELEMENTS.has(name) && !closing && !selfClosing) {
      dropping = name;
      dropDepth = 1;
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) parts.push('\n\n');
  }
  if (!dropping) parts.push(html.slice(last).replace(/\s+/g, ' '));
  const text = decodeEntities(parts.join(''))
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = firstElementText(html, 'h1') ?? firstElementText(html, 'title');
  return title ? { text, title } : { text };
}
