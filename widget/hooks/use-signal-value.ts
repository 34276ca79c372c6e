import type { ReadonlySignal } from '@preact/signals-core';
import { useEffect, useReducer, useRef } from 'preact/hooks';

/** A signal's value; the component re-renders when it changes. (No Preact adapter needed; see model/quiz-model.ts.) */
export function useSignalValue<T>(source: ReadonlySignal<T>): T {
  const value = source.value;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const shown = useRef(value);
  shown.current = value;
  useEffect(
    () =>
      source.subscribe((next) => {
        if (next !== shown.current) rerender(undefined);
      }),
    [source],
  );
  return value;
}
