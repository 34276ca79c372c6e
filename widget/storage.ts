// Every access to the reader's saved progress goes through here. Which store a
// reader gets depends on the host (README, "Embedding"):
//
// - "local": localStorage works (the quiz's own origin, partitioned per site by
//   the browser). Progress survives reloads of the article.
// - "fragment": localStorage is blocked or throws (WordPress's and other
//   sandboxed frames have an opaque origin; some browsers block third-party
//   storage). Progress is kept in memory and mirrored into the frame's own URL
//   fragment with history.replaceState, so it survives a reload of the frame
//   itself. Only this frame's document can read its location: the host cannot
//   (cross-origin), fragments are never sent to servers, and, unlike
//   window.name, the value does not follow the frame to another origin if the
//   host navigates it elsewhere. A reload of the host page starts a fresh frame.
// - "memory": the fragment could not be written either (or the value is too
//   long for a URL); progress lasts for the page view.

export type StoreKind = 'local' | 'fragment' | 'memory';

export interface KeyValueStore {
  readonly kind: StoreKind;
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Longest value mirrored into the URL fragment. */
const MAX_FRAGMENT_VALUE = 8_000;

/** The fragment as parameters: WordPress writes `#?secret=…`; we keep its shape. */
const fragmentParams = () => new URLSearchParams(location.hash.replace(/^#\??/, ''));

export function createStore(): KeyValueStore {
  const memory = new Map<string, string>();
  let kind: StoreKind = 'local';
  try {
    localStorage.setItem('whosaidit:probe', '1');
    localStorage.removeItem('whosaidit:probe');
  } catch {
    kind = 'fragment';
  }
  return {
    get kind() {
      return kind;
    },
    get(key) {
      try {
        return memory.get(key) ?? (kind === 'local' ? localStorage.getItem(key) : fragmentParams().get(key));
      } catch {
        return null; // blocked since the probe: memory only
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        if (kind === 'local') {
          localStorage.setItem(key, value);
        } else if (kind === 'fragment') {
          if (value.length > MAX_FRAGMENT_VALUE) throw new RangeError('too long for a URL');
          const params = fragmentParams();
          params.set(key, value);
          history.replaceState(history.state, '', `${location.pathname}${location.search}#?${params}`);
        }
      } catch {
        // Full, blocked, or not writable: memory keeps it.
        if (kind === 'fragment') kind = 'memory';
      }
    },
  };
}
