// Copying a link or a result from inside the quiz frame. The Clipboard API needs a
// permission cross-origin frames are given only by their host (embed.js asks for
// `clipboard-write`); otherwise the older copy command runs on a selected field. A frame
// sandboxed without same-origin (WordPress's) cannot know whether either copied anything
// (Chromium reports success and copies nothing), so there the field is shown, selected,
// for the reader to copy: the frame never claims a copy it cannot vouch for.

export type CopyOutcome = 'copied' | 'select';

export async function copyText(text: string, field: () => HTMLInputElement | null, sandboxed = self.origin === 'null'): Promise<CopyOutcome> {
  if (!sandboxed) {
    try {
      await navigator.clipboard.writeText(text);
      return 'copied';
    } catch {
      // No permission here: the copy command below.
    }
  }
  const input = field();
  if (!input) return 'select';
  input.value = text;
  input.focus();
  input.select();
  try {
    return document.execCommand('copy') && !sandboxed ? 'copied' : 'select';
  } catch {
    return 'select';
  }
}
