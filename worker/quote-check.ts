// Whether a quotation is a verbatim part of its article. Pure and import-free:
// the Worker enforces it on every edit and the editors' dashboard shows it live.

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const ELLIPSIS = /^(?:…|\.\.\.)\s*|\s*(?:…|\.\.\.)$/g;

/** The quotation without a leading/trailing ellipsis (which marks a cut), whitespace squashed. */
export function quoteCore(quote: string): string {
  return squash(squash(quote).replace(ELLIPSIS, ''));
}

/**
 * Whitespace runs count as one space, and a leading or trailing ellipsis
 * (marking a cut) is allowed; at least 3 characters must remain.
 */
export function isVerbatim(quote: string, articleText: string): boolean {
  const core = quoteCore(quote);
  return core.length >= 3 && squash(articleText).includes(core);
}

export { squash as squashSpace };
