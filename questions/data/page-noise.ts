// Scraped-page furniture that is not article prose.

/** Lines that are labels of page widgets, not prose. */
export const NOISE_LINE = /^(?:story highlights|highlights|watch|watch now|related|read more|more:|advertisement|ad|photo|photos|video|image|getty images|share|share this|click here|subscribe|sign up|follow us|updated|posted|published|by\s+[A-Z][\w.'’ -]+|listen|play video|now playing|editor'?s note:?|breaking news|live updates?)\s*[:|]?\s*$/i;

/** Bullet characters that start a highlight line. */
export const BULLET = /^[•▪●◦‣∙·*►▶■□-](?=\s)/u;

/** A video length or clock time at the end of a caption: "… on Russia 01:15". */
export const TRAILING_TIMESTAMP = /\s*\b\d{1,2}:\d{2}(?::\d{2})?\s*$/;

/**
 * A dateline at the start of a paragraph, possibly glued to the first word:
 * "Washington (CNN)Kremlin …", "DALLAS (AP) — …", "NEW YORK, Nov. 19 (UPI) — …", "OTTAWA — …".
 */
export const DATELINE = /^(?:(?:[A-Z][\p{L}.'’-]*(?:[ ,]+[A-Z][\p{L}.'’-]*){0,4},?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?(?:\s+\d{4})?)?\s*)?\((?:[A-Z][\p{L}.&]*(?:\s[A-Z][\p{L}.&]*){0,3})\)|[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4},?\s+[—–]|[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}\s+-)\s*(?:[—–-]+\s*)?/u;

/** HTML elements whose content is never article text. */
export const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'nav', 'figcaption', 'aside', 'noscript', 'template', 'svg', 'iframe', 'form',
  'button', 'select', 'textarea', 'header', 'footer', 'canvas', 'video', 'audio', 'object', 'head',
]);

/** HTML elements that end a paragraph. */
export const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section',
  'article', 'main', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'pre', 'hr', 'figure', 'address',
  'details', 'summary', 'body', 'html', 'title',
]);

/** Named entities worth decoding; numeric ones are decoded generally. */
export const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è', aacute: 'á',
  iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä',
  laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', thinsp: ' ',
  ensp: ' ', emsp: ' ', zwnj: '', zwj: '', shy: '', lsaquo: '‹', rsaquo: '›', bdquo: '„', sbquo: '‚',
  prime: '′', Prime: '″', euro: '€', pound: '£', cent: '¢', yen: '¥', deg: '°', times: '×',
};
