// Copying a link or a result from inside the quiz frame. The Clipboard API needs a
// permission cross-origin frames are given only by their host (embed.js asks for
// `clipboard-write`); a sandboxed frame falls back to the older copy command on a
// selected field; where neither works, the field stays shown and selected for the
// reader to copy.

export type CopyOutcome = 'copied' | 'select';

export async function copyText(text: string, field: () => HTMLInputElement | null): Promise<CopyOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const input = field();
    if (!input) return 'select';
    input.value = text;
    input.focus();
    input.select();
    try {
      return document.execCommand('copy') ? 'copied' : 'select';
    } catch {
      return 'select';
    }
  }
}
