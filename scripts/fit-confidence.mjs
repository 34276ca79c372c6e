#!/usr/bin/env node
// Fits the confidence table (questions/data/confidence-table.ts): for every
// description of an attribution (questions/05-confidence.ts, confidenceKeys),
// how many of the attributions so described named the right speaker on the
// development corpora — PolNeAR train and GGT dev; PolNeAR dev is kept for
// reporting. Right = the scorer's surname rule; a false quotation with a speaker
// counts as wrong; gold speakers that are pronouns or unnamed are left out.
//   node scripts/fit-confidence.mjs            print the table
//   node scripts/fit-confidence.mjs --write    and write it
//   node scripts/fit-confidence.mjs --cv 6     how the table does on articles it was not fitted on:
//                                              GGT dev in 6 folds by article, each scored by a table
//                                              fitted on PolNeAR train and the other folds
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { cover, evaluable, surnameRight } from './scoring.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
if (!existsSync(shared)) { console.log('fit-confidence: ../shared is missing'); process.exit(0); }
register();
const { analyse } = await import(join(root, 'questions', 'index.ts'));
const confidence = await import(join(root, 'questions', '05-confidence.ts'));
const { confidenceKeys } = confidence;

const SETS = ['corpus/polnear/train.jsonl', 'corpus/ggt/dev.jsonl'];
const MIN_N = 3; // rows with fewer cases are left out (the coarser row decides)
const PRIOR_WEIGHT = 8;
const UNMEASURED = 0.3;


/** [features-keys, right] for every evaluable attribution of one corpus, matched as the scorer does. */
export function outcomes(path) {
  const out = [];
  for (const line of readFileSync(join(shared, path), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    const resolved = d.quotes.some((g) => g.speaker_resolved);
    // Whole utterances as the corpora annotate them; then partial quotations ("called it
    // "bizarre"") matched to the gold quotations left over (annotators mark only some).
    const all = analyse({ text: d.text }).explained;
    const preds = [...all.filter((q) => q.quoteKind === 'speech'), ...all.filter((q) => q.quoteKind === 'partial')];
    const used = new Map();
    const taken = new Set();
    for (const kind of ['speech', 'partial']) {
      for (const g of d.quotes) {
        if (taken.has(g)) continue;
        let best = -1, bestCover = 0;
        preds.forEach((q, i) => {
          if (used.has(i) || q.quoteKind !== kind) return;
          const c = cover(g, q.open, q.close);
          if (c > bestCover) { best = i; bestCover = c; }
        });
        if (best >= 0) { used.set(best, g); taken.add(g); }
      }
    }
    preds.forEach((q, i) => {
      const name = q.speaker?.name ?? q.unnamedSpeaker;
      if (!name || !q.features) return;
      const g = used.get(i);
      let right;
      if (!g && q.quoteKind === 'partial') return; // an unannotated partial quotation: no evidence either way
      if (!g) { right = false; }
      else if (!evaluable(g)) return;
      else right = surnameRight(name, g.speaker);
      // PolNeAR leaves pronoun and description speakers unresolved ("he", "the Florida senator"),
      // so where a pronoun or a description found the speaker it can only show the misses: those
      // rules are fitted on resolved corpora.
      if (!resolved && /^(?:pronoun|descriptor)/.test(q.rule)) return;
      const keys = [...new Set(confidenceKeys(q.features))];
      // what holds the confidence below its table estimate (an ambiguity cap, an inherited speaker's
      // confidence): cross-validation applies it to the fold's estimate too
      const limit = q.confidence < confidence.estimate(keys) - 1e-3 ? q.confidence : 1;
      out.push({ keys, right, unmatched: !g, confidence: q.confidence, limit, id: d.id, text: q.text });
    });
  }
  return out;
}

/** Count table over outcomes: key → [right, total], rows with fewer than MIN_N cases left out. */
function countTable(outs) {
  const counts = new Map();
  for (const o of outs) {
    for (const k of o.keys) { const c = counts.get(k) ?? [0, 0]; c[0] += o.right ? 1 : 0; c[1]++; counts.set(k, c); }
  }
  return new Map([...counts].filter(([, [, n]]) => n >= MIN_N));
}

function crossValidate(folds) {
  const { estimate } = confidence;
  const train = outcomes(SETS[0]);
  const ggt = outcomes(SETS[1]);
  const ids = [...new Set(ggt.map((o) => o.id))].sort();
  const scored = [];
  for (let f = 0; f < folds; f++) {
    const test = new Set(ids.filter((_, i) => i % folds === f));
    const table = Object.fromEntries(countTable([...train, ...ggt.filter((o) => !test.has(o.id))]));
    for (const o of ggt) if (test.has(o.id)) scored.push({ ...o, cv: Math.min(estimate(o.keys, table), o.limit) });
  }
  // whole utterances only, as `extract --jsonl` lists them
  const speech = scored.filter((o) => !o.keys.includes('partial'));
  const bins = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
  console.log(`GGT dev, ${folds}-fold cross-validation by article (${ids.length} articles, ${speech.length} attributions with a named gold speaker)`);
  for (let b = 0; b < bins.length - 1; b++) {
    const s = speech.filter((o) => o.cv >= bins[b] && o.cv < bins[b + 1]);
    if (s.length) console.log(`  conf [${bins[b].toFixed(2)}, ${Math.min(1, bins[b + 1]).toFixed(2)})  n=${String(s.length).padStart(4)}  mean ${(s.reduce((a, o) => a + o.cv, 0) / s.length).toFixed(2)}  right ${(100 * s.filter((o) => o.right).length / s.length).toFixed(1)}%`);
  }
  for (const t of [0.8, 0.9]) {
    const s = speech.filter((o) => o.cv >= t);
    console.log(`  confidence >= ${t}: ${s.length} kept, ${(100 * s.filter((o) => o.right).length / s.length).toFixed(1)}% right`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--cv')) {
  crossValidate(Number(process.argv[process.argv.indexOf('--cv') + 1]) || 6);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [...countTable(SETS.flatMap(outcomes))].sort((a, b) => a[0].localeCompare(b[0]));
  for (const [k, [r, n]] of rows) console.log(`${k.padEnd(40)} ${String(r).padStart(5)} / ${String(n).padStart(5)}  ${(100 * r / n).toFixed(1)}%`);
  if (process.argv.includes('--write')) {
    const body = rows.map(([k, [r, n]]) => `  ${JSON.stringify(k)}: [${r}, ${n}],`).join('\n');
    writeFileSync(join(root, 'questions', 'data', 'confidence-table.ts'),
      `// Generated by \`node scripts/fit-confidence.mjs --write\` from PolNeAR train and GGT dev: do not edit by hand.\n` +
      `// Each row: [right, total] attributions so described (questions/05-confidence.ts, confidenceKeys).\n` +
      `export const PRIOR_WEIGHT = ${PRIOR_WEIGHT};\nexport const UNMEASURED = ${UNMEASURED};\n` +
      `export const CONFIDENCE_COUNTS: Record<string, readonly [number, number]> = {\n${body}\n};\n`);
    console.log(`wrote ${rows.length} rows`);
  }
}
