// WordPress as a host, for the browser tests: what WordPress 6.1 does to an
// untrusted provider's oEmbed HTML before it prints it in a post (a port of
// wp_filter_oembed_result() in wp-includes/embed.php), and WordPress's own
// wp-embed.js, the script that sizes such frames, read from Debian's wordpress
// package (scripts/setup-test-deps.sh extracts it; never copied into the repository).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WP_EMBED_CANDIDATES = [
  process.env.WP_EMBED_JS,
  '/usr/share/wordpress/wp-includes/js/wp-embed.js',
  join(process.cwd(), '.cache/wordpress/usr/share/wordpress/wp-includes/js/wp-embed.js'),
].filter((p): p is string => !!p);

/** WordPress's real wp-embed.js. */
export function wpEmbedScript(): string {
  const path = WP_EMBED_CANDIDATES.find((p) => existsSync(p));
  if (!path) throw new Error(`WordPress's wp-embed.js not found (tried ${WP_EMBED_CANDIDATES.join(', ')}): run scripts/setup-test-deps.sh`);
  return readFileSync(path, 'utf8');
}

type Allowed = Record<string, string[]>;

/** wp_kses() for this markup: only allowed tags (others dropped, their text kept) and allowed attributes. */
function kses(html: string, allowed: Allowed): string {
  return html.replace(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g, (_all, close: string, tag: string, attrs: string) => {
    const name = tag.toLowerCase();
    const ok = allowed[name];
    if (!ok) return '';
    if (close) return `</${name}>`;
    const kept = [...attrs.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)]
      .filter((m) => ok.includes(m[1]!.toLowerCase()))
      .map((m) => ` ${m[1]!.toLowerCase()}="${m[2] ?? m[3]}"`);
    return `<${name}${kept.join('')}>`;
  });
}

/** The post's HTML for a provider's oEmbed `html`, as WordPress 6.1 prints it (null when WordPress would refuse it). */
export function wordPressEmbedHtml(oembedHtml: string, secret: string): string | null {
  const allowed: Allowed = {
    a: ['href'],
    blockquote: [],
    iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
  };
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(kses(oembedHtml, allowed));
  if (!content?.[2]) return null;
  let html = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(html);
  if (src) {
    const q = src[1]!;
    html = html.replace(src[0], ` src=${q}${src[2]}#?secret=${secret}${q} data-secret=${q}${secret}${q}`);
    html = html.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  if (content[1]) {
    // A blockquote to fall back on: the frame stays hidden until it reports a height.
    html = html.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    html = html.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return html.replace(/<iframe/i, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** WordPress prints wp-embed.js only when the embed has such a blockquote (wp_maybe_enqueue_oembed_host_js). */
export function wordPressLoadsEmbedScript(postHtml: string): boolean {
  return /<blockquote\s[^>]*?wp-embedded-content/.test(postHtml);
}
