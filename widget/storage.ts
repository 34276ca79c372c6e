// Every access to Web Storage goes through here. Storage can be missing or throw
// (third-party frames with storage blocked, sandboxed frames, Safari private
// mode, quota): then values live in memory for this page view only.

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function createStore(): KeyValueStore {
  const memory = new Map<string, string>();
  const local = (): Storage | null => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      try {
        const value = local()?.getItem(key);
        if (value != null) return value;
      } catch {
        // blocked: fall through to memory
      }
      return memory.get(key) ?? null;
    },
    set(key, value) {
      memory.set(key, value);
      try {
        local()?.setItem(key, value);
      } catch {
        // blocked or full: memory keeps it
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        local()?.removeItem(key);
      } catch {
        // ignore
      }
    },
  };
}
