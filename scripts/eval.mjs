#!/usr/bin/env node
// Scores questions/ against the annotated corpora in ../shared (seed, GGT dev,
// PolNeAR dev) with ../shared/eval/score.mjs. Skips with a message when ../shared
// is missing (a user's clone does not have it).
//   npm run eval                 all three corpora
//   npm run eval -- --errors 20  also print misattributions
//   npm run eval -- --calibrate  per-rule precision and a reliability table (dev data)
//   npm run eval -- --audit      what the wrong pairs at confidence >= 0.8 are: a wrong speaker on an
//                                annotated quotation, a span unlike the annotated one, or a quotation
//                                the corpus did not annotate at all
//   npm run eval -- --questions  how publishable the quizzes are (scripts/question-metrics.mjs): questions per
//                                article, non-person choices, give-aways, explanations that name the speaker,
//                                right attributions and speaker balance; --list also names what it found
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluable, matchGold, surnameIsTitle, surnameRight, words } from './scoring.mjs';
import { judgeQuiz, report } from './question-metrics.mjs';

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
if (args.includes('--questions')) {
  for (const [name, path] of corpora) console.log(report(name, quizzes(path), { list: args.includes('--list') }));
  process.exit(0);
}
if (args.includes('--audit')) {
  await audit(corpora);
  process.exit(0);
}
for (const [name, path] of corpora) {
  console.log(`\n== ${name} ==`);
  const r = spawnSync('node', [join(shared, 'eval/score.mjs'), '--gold', join(shared, path), ...args, '--', ...extractor], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
  withoutDuplicateGold(path);
}

/**
 * A gold file that lists a quotation twice (the same span, the same speaker; GGT dev does so 14 times):
 * one-to-one matching can credit only one of each pair, so recall counts the other as missed. The
 * scorer's figures again with each such span counted once, beside (never instead of) the figures above.
 */
function withoutDuplicateGold(path) {
  let dropped = 0;
  const lines = readFileSync(join(shared, path), 'utf8').split('\n').filter(Boolean).map((l) => {
    const d = JSON.parse(l);
    const seen = new Set();
    const quotes = d.quotes.filter((q) => { const k = `${q.start}:${q.end}:${q.speaker}`; if (seen.has(k)) { dropped++; return false; } seen.add(k); return true; });
    return JSON.stringify({ ...d, quotes });
  });
  if (!dropped) return;
  const dir = mkdtempSync(join(tmpdir(), 'wsi-eval-'));
  const gold = join(dir, 'gold.jsonl');
  writeFileSync(gold, lines.join('\n') + '\n');
  const r = spawnSync('node', [join(shared, 'eval/score.mjs'), '--gold', gold, '--', ...extractor], { cwd: root });
  rmSync(dir, { recursive: true, force: true });
  const figures = r.stdout.toString().split('\n').filter((l) => /^quotes|^pairs {2}confidence >= 0\.8:/.test(l));
  console.log(`(the gold lists ${dropped} quotations twice, same span and speaker; each counted once:)`);
  for (const l of figures) console.log(`  ${l}`);
}

/** The quiz drafts built from a corpus's articles, each judged against the article's gold. */
function quizzes(path) {
  const gold = readFileSync(join(shared, path), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const input = gold.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
  const r = spawnSync(extractor[0], [extractor[1], extractor[2], 'quiz', '--jsonl'], { input, cwd: root, maxBuffer: 1 << 28 });
  const byId = new Map(r.stdout.toString().split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((p) => [p.id, p.quiz]));
  return gold.map((d) => judgeQuiz(byId.get(d.id), d.quotes));
}

/** The corpus and the extractor's predictions for it, by article id. */
function predict(path, flags = []) {
  const gold = readFileSync(join(shared, path), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const input = gold.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
  const r = spawnSync(extractor[0], [...extractor.slice(1), ...flags], { input, cwd: root, maxBuffer: 1 << 28 });
  const pred = new Map(r.stdout.toString().split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((p) => [p.id, p.quotes]));
  return { gold, pred };
}

/**
 * Every prediction with a speaker, judged as the scorer judges it: right, wrong, or left out
 * (its gold speaker is a pronoun or unnamed). `g` is the matched gold quotation, if any.
 */
function* judged(path, flags = []) {
  const { gold, pred } = predict(path, flags);
  for (const d of gold) {
    const preds = pred.get(d.id) ?? [];
    const used = matchGold(d.quotes, preds);
    for (const [i, q] of preds.entries()) {
      if (!q.speaker) continue;
      const g = used.get(i);
      if (g && !evaluable(g)) continue;
      yield { d, q, g, right: !!g && surnameRight(q.speaker, g.speaker) };
    }
  }
}

// Per-rule precision and a reliability table: of predictions at confidence in a
// bin, how many named the right speaker (surname rule, gold speakers with a name).
async function calibrate(sets) {
  const bins = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
  for (const [name, path] of sets) {
    const byRule = new Map();
    const byBin = bins.slice(0, -1).map(() => ({ n: 0, right: 0, sum: 0 }));
    for (const { q, right } of judged(path, ['--debug'])) {
      const key = `${q.rule}${q.chain ? ' +chain' : ''}${q.far ? ' far' : ''}${q.weak ? ' weak' : ''}${q.kind === 'partial' ? ' (partial)' : ''}`;
      const e = byRule.get(key) ?? { n: 0, right: 0, conf: 0 };
      e.n++; e.right += right ? 1 : 0; e.conf += q.confidence; byRule.set(key, e);
      const b = bins.findIndex((lo, i) => q.confidence >= lo && q.confidence < bins[i + 1]);
      byBin[b].n++; byBin[b].right += right ? 1 : 0; byBin[b].sum += q.confidence;
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

// The scorer counts every prediction with a speaker that matches no gold quotation as a wrong
// pair. Split the wrong pairs at the publishing threshold by why they are wrong.
async function audit(sets, threshold = 0.8) {
  for (const [name, path] of sets) {
    const c = { right: 0, wrongSpeaker: 0, titleSurname: 0, otherSpan: 0, unannotated: 0 };
    const examples = [];
    for (const { d, q, g, right } of judged(path)) {
      if (q.confidence < threshold) continue;
      if (right) { c.right++; continue; }
      // "Mr. King": the scorer drops title words, so a surname that is one can never match
      const kind = g ? (words(g.speaker).length === 0 || surnameIsTitle(q.speaker) && surnameIsTitle(g.speaker.replace(/,.*$/, '')) ? 'titleSurname' : 'wrongSpeaker')
        : d.quotes.some((x) => Math.min(x.end, q.end) > Math.max(x.start, q.start)) ? 'otherSpan' : 'unannotated';
      c[kind]++;
      examples.push(`  ${kind.padEnd(13)} ${q.confidence.toFixed(2)} ${q.speaker.padEnd(22)} gold=${g?.speaker ?? '-'}  ${JSON.stringify(d.text.slice(q.start, q.end).slice(0, 70))}`);
    }
    const kept = Object.values(c).reduce((a, b) => a + b, 0);
    const annotated = c.right + c.wrongSpeaker + c.titleSurname;
    const pct = (x, n) => (100 * x / n).toFixed(1);
    console.log(`\n== ${name}: pairs at confidence >= ${threshold} ==`);
    console.log(`kept ${kept}: right ${c.right} (${pct(c.right, kept)}%, the scorer's precision)`);
    console.log(`wrong: ${c.wrongSpeaker} wrong speaker on an annotated quotation, ${c.titleSurname} surname that is a title word ("Mr. King"), ` +
      `${c.otherSpan} span unlike the annotated one, ${c.unannotated} quotation not annotated at all`);
    console.log(`speaker right on annotated quotations: ${pct(c.right, annotated)}% of ${annotated}`);
    if (args.includes('--examples')) for (const e of examples) console.log(e);
  }
}
