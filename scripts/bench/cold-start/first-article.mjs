// One fresh process: CPU time of building a quiz from the first articles it sees, with or
// without the Worker's start-up warm-up (worker/warm-pipeline.ts) run first. Prints JSON.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

const [root, warm, articlesFile] = process.argv.slice(2);
register();
const { buildQuiz } = await import(`${root}/questions/index.ts`);
const texts = JSON.parse(readFileSync(articlesFile, 'utf8'));
const cpu = (fn) => { const t = process.cpuUsage(); fn(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
const warmUp = warm === 'warm' ? cpu(() => buildQuiz({ text: readFileSync(`${root}/worker/demo/article.txt`, 'utf8') })) : 0;
console.log(JSON.stringify({ warmUp, articles: texts.map((text) => cpu(() => buildQuiz({ text }))) }));
