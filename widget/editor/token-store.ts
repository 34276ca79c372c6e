// The editor token lives in sessionStorage (this tab only, gone when it closes).
// Storage can be missing or throw (blocked, sandboxed, private mode): then the
// token lives in memory for this page view only.

const KEY = 'wsi-editor-token';

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

export function createTokenStore(storage: () => Storage | null = () => globalThis.sessionStorage ?? null): TokenStore {
  let memory: string | null = null;
  const session = (): Storage | null => {
    try {
      return storage();
    } catch {
      return null;
    }
  };
  return {
    get() {
      try {
        const value = session()?.getItem(KEY);
        if (value) return value;
      } catch {
        // blocked: memory only
      }
      return memory;
    },
    set(token) {
      memory = token;
      try {
        session()?.setItem(KEY, token);
      } catch {
        // blocked or full: memory keeps it
      }
    },
    clear() {
      memory = null;
      try {
        session()?.removeItem(KEY);
      } catch {
        // ignore
      }
    },
  };
}
