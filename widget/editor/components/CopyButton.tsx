import { useState } from 'preact/hooks';

export interface CopyButtonProps {
  text: string;
  /** What is copied, for the accessible name: "Copy the script tag". */
  label: string;
  /** The id of the field holding the text (selected as a fallback). */
  fieldId: string;
}

async function copy(text: string, fieldId: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an old browser): select the text for Ctrl+C.
    const field = document.getElementById(fieldId);
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
      field.focus();
      field.select();
      try {
        return document.execCommand('copy');
      } catch {
        return false;
      }
    }
    return false;
  }
}

/** Copies a snippet, and says so. */
export function CopyButton({ text, label, fieldId }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'select'>('idle');
  return (
    <span class="ed-copy">
      <button type="button" class="ed-small" aria-label={label} onClick={() => void copy(text, fieldId).then((ok) => setState(ok ? 'copied' : 'select'))}>
        Copy
      </button>
      <span role="status" class="ed-hint">
        {state === 'copied' ? 'Copied.' : state === 'select' ? 'Selected: press Ctrl+C (⌘C) to copy.' : ''}
      </span>
    </span>
  );
}
