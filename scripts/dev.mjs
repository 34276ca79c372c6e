// `npm start`: both Workers under one `wrangler dev` (workerd, local KV and Durable
// Objects): the readers' Worker on the port, the editor Worker behind its EDITOR service
// binding. Extra arguments go to wrangler (the browser tests and benchmarks pass --port,
// --persist-to …). Editors need a token; unless .dev.vars sets EDITOR_TOKEN or the
// arguments do, the local one is "local-editor-token" (named in the README); and any
// site may frame the quiz (ALLOWED_ORIGINS "*"), which a deployment must narrow.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOCAL_TOKEN = 'local-editor-token';
const extra = process.argv.slice(2);
const devVars = existsSync(join(root, '.dev.vars')) ? readFileSync(join(root, '.dev.vars'), 'utf8') : '';
const args = ['wrangler', 'dev', '-c', 'wrangler.toml', '-c', 'wrangler.editor.toml', ...extra];
/** Local defaults, unless .dev.vars or the arguments set them: the local editor token, and any site may frame the quiz. */
const defaults = { EDITOR_TOKEN: LOCAL_TOKEN, ALLOWED_ORIGINS: '*' };
for (const [name, value] of Object.entries(defaults)) {
  if (!new RegExp(`^\\s*${name}\\s*=`, 'm').test(devVars) && !extra.some((a) => a.startsWith(`${name}:`))) args.push('--var', `${name}:${value}`);
}

const child = spawn('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
