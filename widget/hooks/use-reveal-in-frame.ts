import { useCallback, useEffect, useRef } from 'preact/hooks';

/** The one DOM method this needs; keeps components free of DOM types (they also render on the server). */
interface Measurable {
  getBoundingClientRect(): { top: number; bottom: number };
}

/** Room kept for the sticky action bar at the bottom of the frame (CSS px). */
const ACTION_BAR = 76;
const MARGIN = 8;

/**
 * In a frame shorter than the quiz (a plain iframe of fixed height, AMP before
 * it resizes), scrolls the frame's own document so the element shows above the
 * sticky action bar when `trigger` changes to something truthy. Scrolls only
 * this document: scrollIntoView could also scroll the publisher's page.
 */
export function useRevealInFrame(trigger: unknown): (el: Measurable | null) => void {
  const el = useRef<Measurable | null>(null);
  useEffect(() => {
    const node = el.current;
    const scroller = typeof document === 'undefined' ? null : document.scrollingElement;
    if (!trigger || !node || !scroller) return;
    const box = node.getBoundingClientRect();
    const visibleBottom = window.innerHeight - ACTION_BAR;
    if (box.bottom <= visibleBottom) return;
    // Bring its bottom into view, but never push its top out of view.
    scroller.scrollTop += Math.max(0, Math.min(box.bottom - visibleBottom, box.top - MARGIN));
  }, [trigger]);
  return useCallback((node: Measurable | null) => {
    el.current = node;
  }, []);
}
