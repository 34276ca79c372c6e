// Scraped-page furniture that is not article prose.

/** Lines that are labels of page widgets, not prose. */
export const NOISE_LINE = /^(?:story highlights|highlights|watch|watch now|related|read more|more:|advertisement|ad|photo|photos|video|image|getty images|share|share this|click here|subscribe|sign up|follow us|updated|posted|published|listen|play video|now playing|editor'?s note:?|breaking news|live updates?)\s*[:|]?\s*$/i;

/**
 * A byline: "By Jane Smith, CNN", "BY JANE SMITH | The Star", "By Jane Smith and
 * John Doe, The Associated Press". Names and outlet capitalised, so that
 * "By then it was too late." or "By Monday, the bridge …" stay prose.
 */
export const BYLINE = /^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&)|\s*,\s*(?=\p{Lu}))*(?:\s*[,|/–—-]\s*\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|the|and|for))*)?\.?$/u;

/** A photo or video credit line, or a time stamp line: "Photo: Getty Images", "Updated 10:47 AM ET, Tue July 11, 2017". */
export const CREDIT_LINE = /^(?:(?:photo|photograph|image|picture|video|photo credit|file photo|credit|source)s?\s*(?:by\s*)?[:|]|(?:updated|posted|published|last updated|first published)\b[^.!?]{0,60}\d)/i;

/**
 * Labels that open a teaser, link or caption line in upper case: "READ MORE: …",
 * "WATCH: …", "WATCH | …", "RELATED: …", "LOOK: …". Only in capitals, so that
 * prose ("Watch: the …") and transcripts ("PENCE: Well, …") are not caught.
 */
export const NOISE_PREFIX = /^(?:READ MORE|READ|MORE|BYLINE|ALSO READ|SEE ALSO|RELATED(?: STORIES| STORY| ARTICLES?| VIDEO| LINKS?)?|WATCH(?: BELOW| MORE| LIVE| NOW| THE VIDEO)?|LOOK|LISTEN|PHOTOS?|VIDEO|GALLERY|PODCAST|SIGN UP|SUBSCRIBE|CLICK HERE|TRENDING|RECOMMENDED|MUST WATCH|MUST READ|ADVERTISEMENT|SPONSORED)\s*[:|]/;

/**
 * A photo caption or credit ending in a parenthesised credit: "… (Muriel Draaisma/CBC)",
 * "(AP Photo/Evan Vucci)", "(Getty Images)", "(Reuters)".
 */
export const CAPTION_CREDIT = /\((?:[^()]*\/[^()]*|[^()]*\b(?:Photo|Photos|Images|Getty|Reuters|Associated Press|Canadian Press|AFP|EPA|Shutterstock|file photo|handout|submitted|supplied)\b[^()]*)\)\.?$/i;

/** Bullet characters that start a highlight line. */
export const BULLET = /^[•▪●◦‣∙·*►▶■□-](?=\s)/u;

/** A video length or clock time at the end of a caption: "… on Russia 01:15". */
export const TRAILING_TIMESTAMP = /\s*\b\d{1,2}:\d{2}(?::\d{2})?\s*$/;

/**
 * A dateline at the start of a paragraph, possibly glued to the first word:
 * "Washington (CNN)Kremlin …", "DALLAS (AP) — …", "NEW YORK, Nov. 19 (UPI) — …", "OTTAWA — …", "Addis Abeba, April 20/2026 – …",
 * "Nairobi, 12 March 2026 – …".
 */
export const DATELINE = /^(?:[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3},\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:[/,]?\s*\d{4})?\s+[—–-](?=\s)|(?:[A-Z][\p{L}.'’-]*(?:[ ,]+[A-Z][\p{L}.'’-]*){0,4},?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?(?:\s+\d{4})?)?\s*)?\((?:[A-Z][\p{L}.&]*(?:\s[A-Z][\p{L}.&]*){0,3})\)(?=\s*(?:[—–-]|\p{Lu}|$))|[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4},?\s+[—–]|[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}\s+-)\s*(?:[—–-]+\s*)?/u;

/** A name with a nickname or a maiden name in brackets opening a paragraph, no dateline: "Joaquim (Jack) Medeiros, a fisherman, …". */
export const BRACKETED_NICKNAME_OPENING = /^\p{Lu}\p{Ll}+ \(\p{Lu}\p{Ll}+\) \p{Lu}[\p{L}'’-]+(?:,| [\p{Ll}])/u;

/** HTML elements whose content is never article text. */
export const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'nav', 'figcaption', 'aside', 'noscript', 'template', 'svg', 'iframe', 'form',
  'button', 'select', 'textarea', 'header', 'footer', 'canvas', 'video', 'audio', 'object', 'head',
]);

/** HTML elements whose content is raw text, not markup (a "<p>" inside a script is no paragraph). */
export const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea']);

/** HTML elements that never have content or an end tag. */
export const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
]);

/**
 * Words in an element's class, id or role (split at spaces, - and _) that mark
 * page furniture: captions, credits, bylines, share bars, related links, ads,
 * newsletter boxes, comment threads, navigation. Whole words only, so that
 * "article-body" or "has-ads" keep their text.
 */
export const FURNITURE_CLASS = new Set([
  'caption', 'captions', 'figcaption', 'credit', 'credits', 'byline', 'bylines', 'related', 'advertisement',
  'advert', 'adslot', 'adunit', 'promo', 'promos', 'newsletter', 'share', 'sharing', 'sharebar', 'social',
  'breadcrumb', 'breadcrumbs', 'comments', 'sidebar', 'outbrain', 'taboola', 'subscribe', 'subscription',
  'recirc', 'recirculation', 'readmore', 'popup', 'modal', 'cookie', 'cookies', 'consent', 'toolbar',
  'masthead', 'navbar', 'menu', 'nav', 'navigation', 'footer', 'header', 'visuallyhidden', 'complementary',
  'banner', 'contentinfo', 'dialog', 'search', 'tooltip', 'skip',
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
