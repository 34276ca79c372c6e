#!/usr/bin/env node
// Scores questions/ against the annotated corpora in ../shared (seed, GGT dev,
// PolNeAR dev) with ../shared/eval/score.mjs. Skips with a message when ../shared
// is missing (a user's clone does not have it).
//   npm run eval                 all three corpora
//   npm run eval -- --errors 20  also print misattributions
//   npm run eval -- --calibrate  per-rule precision and a reliability table (dev data)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.log('eval: ../shared is missing (annotated corpora are not part of the repository); nothing to score.');
  process.exit(0);
}
const args = process.argv.slice(2);
const corpora = [
  ['seed', 'corpus/seed/seed.jsonl'],
  ['GGT dev', 'corpus/ggt/dev.jsonl'],
  ['PolNeAR dev', 'corpus/polnear/dev.jsonl'],
];
const extractor = ['npx', 'tsx', join(root, 'scripts/questions-cli.ts'), 'extract', '--jsonl'];

if (args.includes('--calibrate')) {
  await calibrate(args.includes('--train') ? [['PolNeAR train', 'corpus/polnear/train.jsonl'], ...corpora.slice(1)] : corpora.slice(1));
  process.exit(0);
}
for (const [name, path] of corpora) {
  console.log(`\n== ${name} ==`);
  const r = spawnSync('node', [join(shared, 'eval/score.mjs'), '--gold', join(shared, path), ...args, '--', ...extractor], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}

// Per-rule precision and a reliability table: of predictions at confidence in a
// bin, how many named the right speaker (surname rule, gold speakers with a name).
async function calibrate(sets) {
  const HON = /^(mr|mrs|ms|miss|dr|sen|sens|senator|rep|gov|president|prof|sir|st)\.?$/i;
  const words = (s) => (s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/).filter((w) => w && !HON.test(w)).map((w) => w.toLowerCase());
  const PRON = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her', 'them', 'you']);
  const bins = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
  for (const [name, path] of sets) {
    const gold = readFileSync(join(shared, path), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const input = gold.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
    const r = spawnSync(extractor[0], [...extractor.slice(1), '--debug'], { input, cwd: root, maxBuffer: 1 << 28 });
    const pred = new Map(r.stdout.toString().split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((p) => [p.id, p]));
    const byRule = new Map();
    const byBin = bins.slice(0, -1).map(() => ({ n: 0, right: 0, sum: 0 }));
    for (const d of gold) {
      for (const q of pred.get(d.id)?.quotes ?? []) {
        if (!q.speaker) continue;
        let g = null;
        for (const x of d.quotes) {
          const ov = Math.max(0, Math.min(x.end, q.end) - Math.max(x.start, q.start));
          if (ov / (x.end - x.start) >= 0.8 && ov / (q.end - q.start) >= 0.5) { g = x; break; }
        }
        let right;
        if (!g) right = false; // a false quotation with a speaker is a wrong pair
        else if (!g.speaker || (!g.speaker_resolved && (PRON.has(g.speaker.trim().toLowerCase()) || !/\p{Lu}/u.test(g.speaker)))) continue;
        else { const p = words(q.speaker); right = p.length > 0 && words(g.speaker).includes(p[p.length - 1]); }
        const key = `${q.rule}${q.chain ? ' +chain' : ''}${q.far ? ' far' : ''}${q.weak ? ' weak' : ''}${q.kind === 'partial' ? ' (partial)' : ''}`;
        const e = byRule.get(key) ?? { n: 0, right: 0, conf: 0 };
        e.n++; e.right += right ? 1 : 0; e.conf += q.confidence; byRule.set(key, e);
        const b = bins.findIndex((lo, i) => q.confidence >= lo && q.confidence < bins[i + 1]);
        byBin[b].n++; byBin[b].right += right ? 1 : 0; byBin[b].sum += q.confidence;
      }
    }
    console.log(`\n== ${name}: per rule (evaluable predictions with a speaker) ==`);
    for (const [k, e] of [...byRule].sort((a, b) => b[1].n - a[1].n)) {
      console.log(`${k.padEnd(28)} n=${String(e.n).padStart(5)}  right ${(100 * e.right / e.n).toFixed(1).padStart(5)}%  mean conf ${(e.conf / e.n).toFixed(2)}`);
    }
    console.log(`-- reliability --`);
    byBin.forEach((b, i) => {
      if (b.n) console.log(`conf [${bins[i].toFixed(2)}, ${Math.min(1, bins[i + 1]).toFixed(2)})  n=${String(b.n).padStart(5)}  mean conf ${(b.sum / b.n).toFixed(2)}  right ${(100 * b.right / b.n).toFixed(1)}%`);
    });
  }
}
