// A stand-in publisher: static HTML pages on another 127.0.0.1 port (so another
// origin than the quiz's), embedding the quiz the ways publishers do.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  origin: string;
  close(): Promise<void>;
}

const HOSTILE = '<style>* { color: red !important; font-size: 40px !important; font-family: "Comic Sans MS", cursive !important; background: yellow !important }</style>';

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head>
<body><h1>${title}</h1><p>Some article text before the quiz.</p>${body}<p id="after">Text after the quiz.</p></body></html>`;
}

export async function startHostServer(quizBase: string): Promise<HostServer> {
  const pages: Record<string, string> = {
    '/script.html': page('Script embed', `<script src="${quizBase}/embed.js" data-quiz="demo" async></script>`),
    '/hostile.html': page('Hostile host', `<script src="${quizBase}/embed.js" data-quiz="demo" async></script>`, HOSTILE),
    '/dark.html': page('Dark theme', `<script src="${quizBase}/embed.js" data-quiz="demo" data-theme="dark" data-accent="#c2410c" async></script>`),
    '/bad-options.html': page('Bad options', `<script src="${quizBase}/embed.js" data-quiz="demo" data-theme="neon" data-accent="red;}body{x:y" data-loading="lazy"></script>`),
    '/iframe.html': page('Plain iframe', `<iframe src="${quizBase}/embed/demo" title="Who said it? quiz" width="100%" height="640" style="border:0"></iframe>`),
    '/wordpress.html': page(
      'WordPress-style embed',
      `<iframe src="${quizBase}/embed/demo#?secret=abc123XYZ" data-secret="abc123XYZ" sandbox="allow-scripts" security="restricted" title="quiz" width="600" height="338"></iframe>`,
      // wp-embed.js, reduced to the message check it does (inline: this host page has no CSP).
      `<script>window.wpMessages=[];addEventListener('message',function(e){var d=e.data;if(d&&d.secret&&d.message==='height'){window.wpMessages.push(d);var f=document.querySelector('iframe[data-secret="'+d.secret+'"]');if(f&&e.source===f.contentWindow)f.height=Math.min(1000,Math.max(200,parseInt(d.value,10)));}});</script>`,
    ),
  };
  const server: Server = createServer((req, res) => {
    const body = pages[(req.url ?? '').split('?')[0] ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
