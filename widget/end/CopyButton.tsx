import { useState } from 'preact/hooks';
import { copyText, type CopyOutcome } from './copy-text';

export interface CopyButtonProps {
  /** The button's text. */
  label: string;
  /** What is copied. */
  text: string;
  /** Offered to the Web Share API first, where the browser has one and the frame may use it. */
  share?: ShareData;
  /** The button's class (the share button is a primary button). */
  class?: string;
}

const SAID: Record<CopyOutcome, string> = { copied: 'Copied.', select: 'Selected: press Ctrl+C (⌘C) to copy.' };

/**
 * Shares or copies `text`. Its field is there for the copy fallbacks (a selected field for the
 * copy command; shown when even that fails) and is otherwise hidden from everyone.
 */
export function CopyButton({ label, text, share, class: cls = 'wsi__link-button' }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  let field: HTMLInputElement | null = null;
  const copy = () => void copyText(text, () => field).then(setOutcome);
  const onClick = () => {
    if (!share || typeof navigator.share !== 'function' || navigator.canShare?.(share) === false) return copy();
    // Cancelling the share sheet is no failure; a frame not allowed to share copies instead.
    navigator.share(share).then(
      () => setOutcome(null),
      (e: Error) => (e.name === 'AbortError' ? undefined : copy()),
    );
  };
  return (
    <span class="wsi__copy">
      <input
        class={outcome === 'select' ? 'wsi__copy-field' : 'wsi__copy-field wsi__hidden'}
        readOnly
        tabIndex={outcome === 'select' ? 0 : -1}
        aria-hidden={outcome === 'select' ? undefined : 'true'}
        aria-label="Text to copy"
        value={text}
        ref={(el) => {
          field = el;
        }}
      />
      <button type="button" class={cls} onClick={onClick}>
        {label}
      </button>
      <span class="wsi__copy-status" role="status">
        {outcome ? SAID[outcome] : ''}
      </span>
    </span>
  );
}
