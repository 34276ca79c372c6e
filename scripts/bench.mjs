// `npm run bench`: runs every benchmark module in scripts/bench/ and prints its figures.
// Benchmarks measure; they don't pass or fail (tests do that).
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
// Every module there but the helpers it shares.
const files = (await readdir(dir)).filter((f) => f.endsWith('.mjs') && f !== 'dev-server.mjs').sort();
for (const file of files) {
  const name = file.replace(/\.mjs$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  const mod = await import(pathToFileURL(path.join(dir, file)).href);
  await mod.run();
}
