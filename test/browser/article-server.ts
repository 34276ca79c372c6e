// A local "news site" for URL-import tests (no internet in tests): article
// pages with page furniture, redirects, a non-HTML file, a huge page, a page
// that never answers, a 404. Used by the browser test directly and, as a
// vitest globalSetup, by the workerd tests (its origin provided as
// "articleServer", read with inject()).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ARTICLE_TITLE = 'City council approves new harbour bridge';

/** Paragraphs of the article proper: what an import must keep. */
export const ARTICLE_PARAGRAPHS = [
  'The city council voted on Tuesday to build a new bridge across the harbour, ending a decade of debate.',
  'Council member Robert Okafor voted against the plan. "We are spending money we simply do not have on a vanity project," Okafor said at the meeting.',
  'Local shop owner Tom Becker was less sure. "I worry the construction will drive my customers away for years," Becker told reporters.',
  'Mayor Jane Smith said the first cars could cross by 2029. “We promised the people a bridge, and we are going to deliver it on time,” she said.',
  'Harbour master Ines Duarte said the shipping lanes would stay open. "No ship will wait a single hour because of this work," Duarte said.',
];

/** The article as an editor would paste it. */
export const ARTICLE_TEXT = [ARTICLE_TITLE, ...ARTICLE_PARAGRAPHS].join('\n\n');

/** Furniture an import must drop: each string appears only outside the article body. */
export const FURNITURE = ['Home', 'Sports', 'Subscribe now', 'Advertisement: buy a boat', 'Photo: the old bridge', 'trackPageView', 'Related: ferry fares rise', '© 2026 Harbour Times'];

const articleHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bridge vote | Harbour Times</title>
<meta property="og:title" content="${ARTICLE_TITLE}">
<script>window.trackPageView && trackPageView("Subscribe now");</script>
<style>.ad { color: red }</style></head>
<body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/sports">Sports</a></nav><p>Subscribe now</p></header>
<main>
<article>
<header><h1>City council approves new harbour&nbsp;bridge</h1><p class="byline">By A. Reporter</p></header>
<p>${ARTICLE_PARAGRAPHS[0]}</p>
<div class="ad ad-slot"><p>Advertisement: buy a boat</p></div>
<figure><img src="/bridge.jpg" alt=""><figcaption>Photo: the old bridge</figcaption></figure>
<p>${ARTICLE_PARAGRAPHS[1]!.replace(/"/g, '&quot;')}</p>
<p>${ARTICLE_PARAGRAPHS[2]}
<p>${ARTICLE_PARAGRAPHS[3]!.replace('“', '&ldquo;').replace('”', '&#8221;')}</p>
<aside><p>Related: ferry fares rise</p></aside>
<p>${ARTICLE_PARAGRAPHS[4]}</p>
</article>
</main>
<footer><p>© 2026 Harbour Times</p></footer>
<script>trackPageView();</script>
</body></html>`;

const noQuotesHtml = `<!doctype html><html><head><title>Weather</title></head><body><article><h1>Sunny week ahead</h1>
<p>The forecast shows sunshine every day this week, with light winds from the west.</p></article></body></html>`;

export interface ArticleServer {
  origin: string;
  close(): Promise<void>;
}

export async function startArticleServer(): Promise<ArticleServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const html = (body: string, status = 200) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    switch (path) {
      case '/publisher.html': {
        // A publisher's page embedding a quiz by script tag: ?quiz=ID&base=QUIZ_ORIGIN (both checked).
        const quiz = url.searchParams.get('quiz') ?? '';
        const base = url.searchParams.get('base') ?? '';
        if (!/^[A-Za-z0-9_-]{1,64}$/.test(quiz) || !/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) return html('bad publisher params', 400);
        return html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Times</title></head><body>
<h1>${ARTICLE_TITLE}</h1><p>${ARTICLE_PARAGRAPHS[0]}</p>
<script src="${base}/embed.js" data-quiz="${quiz}" async></script></body></html>`);
      }
      case '/news/bridge.html':
        return html(articleHtml);
      case '/news/weather.html':
        return html(noQuotesHtml);
      case '/go/bridge':
        res.writeHead(302, { location: '/news/bridge.html' });
        return res.end();
      case '/go/loop':
        res.writeHead(302, { location: '/go/loop' });
        return res.end();
      case '/go/ftp':
        res.writeHead(302, { location: 'ftp://example.com/file' });
        return res.end();
      case '/go/elsewhere': {
        // A redirect to any address (?to=…): a public page may send the importer to a private one.
        res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
        return res.end();
      }
      case '/files/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return res.end('%PDF-1.4 not a web page');
      case '/news/huge.html': {
        // 3 MB of HTML, chunked (no content-length): the cap must apply while streaming.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = '<p>' + 'filler words '.repeat(5000) + '</p>\n';
        let sent = 0;
        const write = () => {
          while (sent < 3 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', write);
          }
          res.end();
        };
        return write();
      }
      case '/news/declared-huge.html':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        return res.end();
      case '/news/slow.html':
        // Headers now, the body never: only a timeout ends this.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body>');
        return;
      default:
        return html('<h1>Not found</h1>', 404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    articleServer: string;
  }
}

/** vitest globalSetup (workerd project): start the server, provide its origin, stop it after. */
export default async function setup({ provide }: { provide: (key: 'articleServer', value: string) => void }): Promise<() => Promise<void>> {
  const server = await startArticleServer();
  provide('articleServer', server.origin);
  return () => server.close();
}
