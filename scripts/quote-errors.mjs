#!/usr/bin/env node
// Quotation-finding errors against a gold corpus in ../shared, with context:
// gold quotations the pipeline missed (and what it found there instead, of any
// kind) and predictions that match no gold quotation. Prints to the terminal
// only; corpus text is never written into the repository.
//   node scripts/quote-errors.mjs ../shared/corpus/ggt/dev.jsonl [--missed] [--false] [--limit N] [--context N] [--summary]
//   node scripts/quote-errors.mjs GOLD.jsonl --kinds [KIND]   how many of stage 2's quotations of each kind match
//                                                              gold; with KIND, list that kind's quotations
// Predictions are what `questions extract --jsonl` emits: whole utterances (kind 'speech'),
// spans including the marks (open..close).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const goldPath = args.find((a) => !a.startsWith('--') && /\.jsonl$/.test(a));
if (!goldPath) {
  console.error('usage: quote-errors.mjs GOLD.jsonl [--missed] [--false] [--limit N] [--context N] [--summary]');
  process.exit(2);
}
const num = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const limit = num('--limit', Infinity);
const ctx = num('--context', 90);
const onlyMissed = args.includes('--missed');
const onlyFalse = args.includes('--false');
const summary = args.includes('--summary');
const kindsAt = args.indexOf('--kinds');
const kinds = kindsAt >= 0;
const showKind = kinds && args[kindsAt + 1] && !args[kindsAt + 1].startsWith('--') ? args[kindsAt + 1] : null;

register();
const { analyse } = await import(join(root, 'questions', 'index.ts'));
const { normalise } = await import(join(root, 'questions', '01-normalise.ts'));
const { findQuotations } = await import(join(root, 'questions', '02-quotations.ts'));

const gold = readFileSync(goldPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (g, p) => { const o = overlap(g, p); return o / (g.end - g.start) >= 0.8 && o / (p.end - p.start) >= 0.5; };
const flat = (s) => s.replace(/\n+/g, ' ¶ ');
const show = (text, start, end) =>
  `${flat(text.slice(Math.max(0, start - ctx), start))}⟦${flat(text.slice(start, end))}⟧${flat(text.slice(end, end + ctx))}`;

if (kinds) {
  const stats = {};
  for (const d of gold) {
    for (const q of findQuotations(normalise({ text: d.text }))) {
      const hit = d.quotes.some((g) => matches(g, { start: q.open, end: q.close }));
      const k = `${q.kind}${q.leftOpen ? '+open' : ''}${q.continues ? '+cont' : ''}`;
      const e = (stats[k] ??= { gold: 0, notGold: 0 });
      e[hit ? 'gold' : 'notGold']++;
      if (showKind === q.kind) console.log(`${hit ? 'GOLD' : 'no  '} ${d.id} ${show(d.text, q.open, q.close)}`);
    }
  }
  console.table(stats);
  process.exit(0);
}

let missed = 0, falsePos = 0, nGold = 0, nPred = 0;
const missedLines = [], falseLines = [];
for (const d of gold) {
  const { explained } = analyse({ text: d.text });
  const preds = explained.filter((q) => q.quoteKind === 'speech').map((q) => ({ start: q.open, end: q.close }));
  // Every quotation stage 2 found, of any kind, to say what a miss was taken for.
  const all = findQuotations(normalise({ text: d.text }));
  nGold += d.quotes.length;
  nPred += preds.length;
  const used = new Set();
  for (const g of d.quotes) {
    const i = preds.findIndex((p, k) => !used.has(k) && matches(g, p));
    if (i >= 0) { used.add(i); continue; }
    missed++;
    const near = all.filter((q) => overlap(g, { start: q.open, end: q.close }) > 0)
      .map((q) => `${q.kind}${q.leftOpen ? '+open' : ''}${q.continues ? '+cont' : ''} [${q.open},${q.close})`);
    missedLines.push(`MISS ${d.id} [${g.start},${g.end}) found: ${near.join('; ') || 'nothing'}\n  ${show(d.text, g.start, g.end)}`);
  }
  preds.forEach((p, k) => {
    if (used.has(k)) return;
    falsePos++;
    const near = d.quotes.filter((g) => overlap(g, p) > 0).map((g) => `[${g.start},${g.end})`);
    falseLines.push(`FALSE ${d.id} [${p.start},${p.end}) gold overlapping: ${near.join(' ') || 'none'}\n  ${show(d.text, p.start, p.end)}`);
  });
}
if (!summary) {
  if (!onlyFalse) console.log(missedLines.slice(0, limit).join('\n\n'));
  if (!onlyMissed) console.log('\n' + falseLines.slice(0, limit).join('\n\n'));
}
const P = (nPred - falsePos) / nPred, R = (nGold - missed) / nGold;
console.log(`\n${gold.length} articles, ${nGold} gold, ${nPred} predicted: ${missed} missed, ${falsePos} false; P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(200 * P * R / (P + R)).toFixed(1)}`);
