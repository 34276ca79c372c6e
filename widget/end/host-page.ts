// The article page the quiz is embedded in, as far as the frame may know it. embed.js
// puts the page's address in the frame URL's fragment (`#?article=…`), which browsers
// never send to a server; WordPress's and plain iframes know nothing of it, and then the
// end screen has no link to the article. Pure but for reading this frame's location.

/** The article's address from this frame's fragment: an http(s) URL without its own fragment, or null. */
export function articleUrl(hash: string, frameOrigin: string, framePath: string): string | null {
  const raw = new URLSearchParams(hash.replace(/^#\??/, '')).get('article');
  if (!raw || raw.length > 2000) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // Never the frame's own address.
    if (url.origin === frameOrigin && url.pathname === framePath) return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * A frame sandboxed without `allow-same-origin` has the opaque origin "null": such frames
 * (WordPress's) may not navigate the page around them either, so links are copied instead.
 */
export const canNavigateTop = (origin: string): boolean => origin !== 'null';

/** Words at each end of a long quotation that the text fragment names (`text=start,end`). */
const EDGE_WORDS = 4;

/** A text-fragment part: percent-encoded, with "-", "," and "&" (its own syntax) encoded too. */
const part = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** The text directive naming the quotation: short ones whole, long ones by their first and last words. */
export function textDirective(quote: string): string {
  const words = quote
    .replace(/^\s*(?:…|\.\.\.)\s*|\s*(?:…|\.\.\.)\s*$/g, '')
    // Readers see a closing comma as a full stop (worker/quiz-model.ts): the article has either.
    .replace(/[.,;:]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 2 * EDGE_WORDS ? part(words.join(' ')) : `${part(words.slice(0, EDGE_WORDS).join(' '))},${part(words.slice(-EDGE_WORDS).join(' '))}`;
}

/**
 * The article's address pointing at the quotation (`#:~:text=`): browsers that support text
 * fragments scroll to it and highlight it; others open the article.
 */
export const sentenceLink = (article: string, quote: string): string => `${article}#:~:text=${textDirective(quote)}`;

/** The page embed.js framed us in (its `?host=`), which takes "goto" messages (widget/embed-protocol.ts). */
export function embedHost(search: string): string | null {
  const host = new URLSearchParams(search).get('host');
  return host && /^https?:\/\/[^/]+$/.test(host) ? host : null;
}
