import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { FocusTarget, QuizModel } from '../model/quiz-model';

/** The one DOM method this needs; keeps components free of DOM types (they also render on the server). */
export interface Focusable {
  focus(options?: { preventScroll?: boolean }): void;
}

/**
 * Returns a ref callback. After a render, if the model asks for focus on
 * `target`, focuses that element. Focus only ever moves after a reader's action
 * (never on load: that would scroll the publisher's page to the quiz).
 */
export function useFocusTarget(model: QuizModel, target: Exclude<FocusTarget, null>): (el: Focusable | null) => void {
  const el = useRef<Focusable | null>(null);
  useEffect(() => {
    if (model.focus.peek() === target && el.current) {
      el.current.focus();
      model.focusHandled();
    }
  });
  return useCallback((node: Focusable | null) => {
    el.current = node;
  }, []);
}
