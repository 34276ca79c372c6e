// `npm start`: the local Worker. Editors need a token; unless .dev.vars sets
// EDITOR_TOKEN, the local one is "local-editor-token" (named in the README).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const LOCAL_TOKEN = 'local-editor-token';
const devVars = existsSync('.dev.vars') ? readFileSync('.dev.vars', 'utf8') : '';
const args = ['wrangler', 'dev', ...process.argv.slice(2)];
if (!/^\s*EDITOR_TOKEN\s*=/m.test(devVars)) args.push('--var', `EDITOR_TOKEN:${LOCAL_TOKEN}`);

const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
