// Tells whoever framed the quiz how tall its content is, in each host's own
// protocol (see embed-protocol.ts): our embed.js, WordPress's wp-embed.js, AMP.
// A plain iframe gets nothing: its height is the one its snippet declares, and
// the frame's sticky action bar keeps the quiz usable inside it.
import {
  AMP_PARAM,
  isWordPressReady,
  resizeMessage,
  wordPressSecret,
  type AmpEmbedSizeMessage,
  type WordPressHeightMessage,
} from './embed-protocol';

export interface HeightReportOptions {
  /** The quiz id for our own messages (the not-found page has the id from its URL). */
  quiz: string;
  /** The validated host origin from `?host=` (embed.js), or null. */
  host: string | null;
}

/** The document's content height in CSS px. */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/** Starts reporting; returns false when nobody listens (not framed, or a plain iframe). */
export function reportHeight({ quiz, host }: HeightReportOptions): boolean {
  if (window.parent === window) return false;
  const secret = wordPressSecret(location.hash);
  const amp = new URLSearchParams(location.search).get(AMP_PARAM) === '1';
  if (!host && !secret && !amp) return false;

  let last = -1;
  const post = (force: boolean): void => {
    const height = contentHeight();
    if (height === last && !force) return;
    last = height;
    if (host) window.parent.postMessage(resizeMessage(quiz, height), host);
    if (secret) {
      const wp: WordPressHeightMessage = { secret, message: 'height', value: height };
      window.parent.postMessage(wp, '*');
    }
    if (amp) {
      const message: AmpEmbedSizeMessage = { sentinel: 'amp', type: 'embed-size', height };
      window.parent.postMessage(message, '*');
    }
  };

  if (secret) {
    // wp-embed.js may arrive after the first report: it says "ready", we say the height again.
    addEventListener('message', (event: MessageEvent) => {
      if (event.source === window.parent && isWordPressReady(event.data, secret)) post(true);
    });
  }
  new ResizeObserver(() => post(false)).observe(document.documentElement);
  post(true);
  return true;
}
