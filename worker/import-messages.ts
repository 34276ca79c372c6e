// What an editor reads when an article cannot be imported from its URL: one sentence
// each, saying what happened in the editor's terms and what to do about it. Kept apart
// from the fetching (worker/article-import.ts) so the wording can change without
// touching how pages are fetched. The runtime's own error text ("Network connection
// lost.") is never passed on: it names the wrong cause as often as the right one.

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} seconds`;

/** A DNS failure reads differently from a refused or dropped connection. */
const NO_SUCH_HOST = /dns|resolv|not known|no such host|ENOTFOUND|name/i;

export const importMessages = {
  unreachable: (host: string, err: unknown): string =>
    NO_SUCH_HOST.test(err instanceof Error ? err.message : '')
      ? `No site answers at ${host}; check the address.`
      : `${host} refused the connection or could not be reached; check the address, or paste the article's text instead.`,
  broken: (host: string): string => `The connection to ${host} broke while the page was being read; try again, or paste the article's text instead.`,
  timedOut: (host: string, ms: number): string => `${host} did not send the page within ${seconds(ms)}; try again later, or paste the article's text instead.`,
  httpError: (host: string, status: number): string =>
    status === 404 || status === 410 ? `${host} has no page at that address (HTTP ${status}); check the link.` : `${host} refused to send that page (HTTP ${status}); paste the article's text instead.`,
  notHtml: (contentType: string): string => {
    // Named only when it reads as a media type: the header is the site's to fill with anything.
    const type = /^[\w.+-]{1,40}\/[\w.+-]{1,60}$/.exec(contentType.split(';')[0]?.trim() ?? '')?.[0];
    return `That address is not a web page${type ? ` (it is ${type})` : ''}; paste the article's text instead.`;
  },
  tooLarge: (max: number): string => `That page is larger than ${mb(max)}, too large to import; paste the article's text instead.`,
};
