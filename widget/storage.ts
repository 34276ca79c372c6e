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
// - "memory": neither works; progress lasts for the page view.

export type StoreKind = 'local' | 'fragment' | 'memory';

export interface KeyValueStore {
  readonly kind: StoreKind;
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Longest value mirrored into the URL fragment; longer ones stay in memory only. */
const MAX_FRAGMENT_VALUE = 8_000;
const PROBE_KEY = 'whosaidit:probe';

function localStorageWorks(): boolean {
  try {
    localStorage.setItem(PROBE_KEY, '1');
    localStorage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The fragment as parameters: WordPress writes `#?secret=…`; we keep its shape. */
function fragmentParams(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#\??/, ''));
}

function writeFragment(key: string, value: string): boolean {
  if (value.length > MAX_FRAGMENT_VALUE) return false;
  try {
    const params = fragmentParams();
    params.set(key, value);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#?${params}`);
    return true;
  } catch {
    return false;
  }
}

function fragmentWorks(): boolean {
  try {
    history.replaceState(history.state, '', location.href);
    return true;
  } catch {
    return false;
  }
}

export function createStore(): KeyValueStore {
  const memory = new Map<string, string>();
  const kind: StoreKind = localStorageWorks() ? 'local' : fragmentWorks() ? 'fragment' : 'memory';
  return {
    kind,
    get(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      try {
        if (kind === 'local') return localStorage.getItem(key);
        if (kind === 'fragment') return fragmentParams().get(key);
      } catch {
        // blocked since the probe: memory only
      }
      return null;
    },
    set(key, value) {
      memory.set(key, value);
      try {
        if (kind === 'local') localStorage.setItem(key, value);
        if (kind === 'fragment') writeFragment(key, value);
      } catch {
        // full or blocked since the probe: memory keeps it
      }
    },
  };
}
