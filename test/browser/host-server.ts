// A stand-in publisher: static HTML pages on another 127.0.0.1 port (so another
// origin than the quiz's), embedding the quiz the ways publishers do.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  origin: string;
  /** Serves `body` at `path` (text/html unless `type` says otherwise) from now on. */
  serve(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

const HOSTILE = '<style>* { color: red !important; font-size: 40px !important; font-family: "Comic Sans MS", cursive !important; background: yellow !important }</style>';

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head>
<body><h1>${title}</h1><p>Some article text before the quiz.</p>${body}<p id="after">Text after the quiz.</p></body></html>`;
}

export async function startHostServer(quizBase: string): Promise<HostServer> {
  const types: Record<string, string> = {};
  const pages: Record<string, string> = {
    '/script.html': page('Script embed', `<script src="${quizBase}/embed.js" data-quiz="demo" async></script>`),
    '/hostile.html': page('Hostile host', `<script src="${quizBase}/embed.js" data-quiz="demo" async></script>`, HOSTILE),
    '/dark.html': page('Dark theme', `<script src="${quizBase}/embed.js" data-quiz="demo" data-theme="dark" data-accent="#c2410c" async></script>`),
    '/bad-options.html': page('Bad options', `<script src="${quizBase}/embed.js" data-quiz="demo" data-theme="neon" data-accent="red;}body{x:y" data-loading="lazy"></script>`),
    '/iframe.html': page('Plain iframe', `<iframe src="${quizBase}/embed/demo" title="Who said it? quiz" width="100%" height="640" style="border:0"></iframe>`),
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const body = pages[url.pathname];
    // ?delay=MS answers late: a slow script, as on a heavy publisher page.
    const delay = Math.min(10_000, Number(url.searchParams.get('delay')) || 0);
    setTimeout(() => {
      res.writeHead(body ? 200 : 404, { 'content-type': types[url.pathname] ?? 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve(path, body, type) {
      pages[path] = body;
      if (type) types[path] = type;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
