// Builds the browser code into public/ (served by Workers Static Assets):
//   public/embed.js                      the publisher's script (stable URL, short cache)
//   public/assets/frame.[hash].js|css    the quiz frame (content-hashed, immutable)
//   public/assets/demo.[hash].css        the demo article page's styles
//   public/favicon.ico                   the icon browsers ask for on their own
//   public/_headers                      cache and nosniff headers for the above
// and writes worker/generated/assets.ts, the manifest the Worker imports to
// link the hashed files from the pages it renders.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { faviconIco } from './favicon.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = join(root, 'public');
const assetsDir = join(publicDir, 'assets');
const manifestFile = join(root, 'worker', 'generated', 'assets.ts');

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  platform: 'browser',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
};

await rm(assetsDir, { recursive: true, force: true });
await mkdir(assetsDir, { recursive: true });

/**
 * The end screen's extra code (widget/end/), loaded by the frame only when a reader reaches the
 * end. A classic script of its own, built first so the frame can be given its hashed addresses.
 * It renders with the frame's Preact (a second copy would not share its hooks): preact's imports
 * are mapped to what the frame puts on `self.wsiHost` (widget/frame.tsx).
 */
const hostPreact = {
  name: 'host-preact',
  setup(b) {
    b.onResolve({ filter: /^preact(?:\/hooks|\/jsx-runtime)?$/ }, (args) => ({ path: args.path, namespace: 'host-preact' }));
    b.onLoad({ filter: /.*/, namespace: 'host-preact' }, () => ({
      contents: 'const h = self.wsiHost; export const jsx = h.jsx, jsxs = h.jsx, Fragment = h.Fragment, useState = h.useState;',
      loader: 'js',
    }));
  },
};
const publicUrl = (out) => '/' + relative(publicDir, join(root, out)).split('\\').join('/');
/** Builds one hashed entry; returns its output's public URL. */
async function hashedEntry(name, entry, options = {}) {
  const result = await build({ ...common, entryPoints: { [name]: entry }, outdir: assetsDir, entryNames: '[name].[hash]', format: 'iife', metafile: true, ...options });
  const out = Object.keys(result.metafile.outputs)[0];
  if (out.endsWith('.js')) await squeeze(join(root, out));
  return publicUrl(out);
}
// Its stylesheet first: the script adds it, so it must know its hashed address.
const endFiles = { css: await hashedEntry('end', 'widget/end/end.css') };
endFiles.js = await hashedEntry('end', 'widget/end/end-entry.tsx', { plugins: [hostPreact], define: { END_CSS: JSON.stringify(endFiles.css) } });

// Entry name → source. The editor's entry is built once it exists.
const entryPoints = { frame: 'widget/frame.tsx', demo: 'widget/styles/demo.css' };
if (existsSync(join(root, 'widget/editor/main.tsx'))) entryPoints.editor = 'widget/editor/main.tsx';

const hashed = await build({
  ...common,
  entryPoints,
  outdir: assetsDir,
  entryNames: '[name].[hash]',
  assetNames: '[name].[hash]',
  // Classic scripts (loaded with defer), not modules: a module script is a CORS
  // fetch, which fails from WordPress's sandboxed (opaque-origin) oEmbed frames.
  format: 'iife',
  metafile: true,
  define: { END_JS: JSON.stringify(endFiles.js) },
});

/**
 * A second pass with terser over esbuild's minified scripts: about 2.5% smaller gzipped,
 * which keeps the frame inside its 15 KB budget. Content-hashed names stay valid: both
 * passes are deterministic, so a name still changes exactly when its source does.
 */
async function squeeze(file) {
  const { code } = await minify(await readFile(file, 'utf8'), { compress: { passes: 2 }, mangle: true, format: { comments: false } });
  await writeFile(file, code);
}

for (const out of Object.keys(hashed.metafile.outputs)) if (out.endsWith('.js')) await squeeze(join(root, out));

const byEntry = {};
for (const [out, meta] of Object.entries(hashed.metafile.outputs)) {
  if (!meta.entryPoint) continue;
  const name = basename(out).split('.')[0]; // "[name].[hash].ext" → the entry's name
  const url = '/' + relative(publicDir, join(root, out)).split('\\').join('/');
  if (out.endsWith('.js')) byEntry[name + 'Js'] = url;
  if (out.endsWith('.css')) byEntry[name + 'Css'] = url;
  if (meta.cssBundle) byEntry[name + 'Css'] = '/' + relative(publicDir, join(root, meta.cssBundle)).split('\\').join('/');
}
const manifest = { frameJs: byEntry.frameJs, frameCss: byEntry.frameCss, endJs: endFiles.js, endCss: endFiles.css, demoCss: byEntry.demoCss };
for (const [k, v] of Object.entries(manifest)) if (!v) throw new Error(`build-widget: no output for ${k}`);
if (entryPoints.editor) Object.assign(manifest, { editorJs: byEntry.editorJs, editorCss: byEntry.editorCss });

await build({
  ...common,
  entryPoints: ['widget/embed.ts'],
  outfile: join(publicDir, 'embed.js'),
  format: 'iife',
});
await squeeze(join(publicDir, 'embed.js'));

await writeFile(join(publicDir, 'favicon.ico'), faviconIco());

await writeFile(
  join(publicDir, '_headers'),
  `# Written by scripts/build-widget.mjs
# Browsers must take scripts and styles for what they are declared, never guess.
/*
  X-Content-Type-Options: nosniff
/assets/*
  Cache-Control: public, max-age=31536000, immutable
/embed.js
  Cache-Control: public, max-age=300, stale-while-revalidate=86400
/favicon.ico
  Cache-Control: public, max-age=86400
`,
);

await mkdir(dirname(manifestFile), { recursive: true });
await writeFile(
  manifestFile,
  `// Generated by scripts/build-widget.mjs. Do not edit; not committed.
export const assets = ${JSON.stringify(manifest, null, 2)} as const;
`,
);

console.log('build-widget:', Object.values(manifest).join(' '), '/embed.js');
