// Every access to Web Storage goes through here. Storage can be missing or throw
// (third-party frames with storage blocked, sandboxed frames, private modes,
// quota): then values live in memory for this page view only.

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export function createStore(): KeyValueStore {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        const value = localStorage.getItem(key);
        if (value != null) return value;
      } catch {
        // blocked: memory only
      }
      return memory.get(key) ?? null;
    },
    set(key, value) {
      memory.set(key, value);
      try {
        localStorage.setItem(key, value);
      } catch {
        // blocked or full: memory keeps it
      }
    },
  };
}
