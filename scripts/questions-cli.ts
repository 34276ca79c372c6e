// Command line for the questions/ pipeline.
//   npm run --silent questions -- extract --jsonl        JSON lines {"id","text"} in, {"id","quotes":[…]} out
//   npm run questions -- extract FILE [--json]           quotations and speakers of one article
//   npm run questions -- quiz FILE [--json]              the quiz built from an article (text or .html)
//   npm run --silent questions -- quiz --jsonl           JSON lines {"id","text"} in, {"id","quiz"} out (the drafts)
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyse, buildQuiz } from '../questions/index';
import type { ArticleInput } from '../questions/types';

const args = process.argv.slice(2);
const command = args[0];
const flags = new Set(args.filter((a) => a.startsWith('--')));
const file = args.slice(1).find((a) => !a.startsWith('--'));

function readArticle(path: string): ArticleInput {
  const body = readFileSync(path, 'utf8');
  return /\.html?$/i.test(path) || /^\s*<(?:!doctype|html|body|article|p|div)\b/i.test(body) ? { html: body } : { text: body };
}

/** Each {"id","text"} line of standard input mapped to one output line, written when all are read. */
async function mapJsonl(each: (id: string, text: string) => object): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of rl) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    out.push(JSON.stringify({ id, ...each(id, text) }));
  }
  process.stdout.write(out.join('\n') + '\n');
}

/** The quotations of each article, as the scorer reads them. */
function extractQuotes(_id: string, text: string): object {
  const { explained } = analyse({ text });
  // Whole utterances only, as annotated corpora count them; --all adds partial quotations.
  // Narrator quotations ("…," I said) are listed without a speaker, as some corpora annotate
  // them, though extract() and the quiz leave them out.
  const quotes = explained.filter((q) => flags.has('--all') || q.quoteKind === 'speech').map((q) => ({
    start: q.open, end: q.close, speaker: q.speaker?.name ?? q.unnamedSpeaker ?? null, confidence: q.confidence,
    ...(flags.has('--debug') ? { rule: q.rule, pattern: q.pattern, chain: q.chain, far: q.far, weak: q.weak, kind: q.quoteKind, ambiguous: !!q.features?.ambiguous } : {}),
  }));
  return { quotes };
}

function printQuiz(path: string): void {
  const quiz = buildQuiz(readArticle(path));
  if (flags.has('--json')) { console.log(JSON.stringify(quiz, null, 2)); return; }
  console.log(`# ${quiz.title}`);
  console.log(`people: ${quiz.people.map((p) => p.name + (p.role ? ` (${p.role})` : '') + (p.kind === 'organisation' ? ' [org]' : '')).join('; ')}\n`);
  const selected = quiz.questions.filter((q) => q.selected).length;
  console.log(`${quiz.questions.length} questions, ${selected} selected by default (✓); editors can include the others\n`);
  quiz.questions.forEach((q, i) => {
    console.log(`${q.selected ? '✓' : ' '} ${i + 1}. [${q.id}] “${q.quote}”   (confidence ${q.confidence.toFixed(2)})`);
    for (const c of q.choices) console.log(`   ${c.id === q.answer ? '*' : ' '} ${c.label}${c.description ? ` — ${c.description}` : ''}`);
    console.log(`   because: ${q.explanation}\n`);
  });
}

function printExtraction(path: string): void {
  const { extraction, explained } = analyse(readArticle(path));
  if (flags.has('--json')) { console.log(JSON.stringify(extraction, null, 2)); return; }
  for (const q of explained) {
    console.log(`${q.confidence.toFixed(2)} ${(q.speaker?.name ?? '—').padEnd(22)} ${q.pattern.padEnd(19)} ${q.quoteKind.padEnd(7)} “${q.text.slice(0, 90)}”`);
  }
}

if (command === 'extract' && flags.has('--jsonl')) await mapJsonl(extractQuotes);
else if (command === 'extract' && file) printExtraction(file);
else if (command === 'quiz' && flags.has('--jsonl')) await mapJsonl((_id, text) => ({ quiz: buildQuiz({ text }) }));
else if (command === 'quiz' && file) printQuiz(file);
else {
  console.error('usage: questions extract --jsonl < articles.jsonl | questions quiz --jsonl < articles.jsonl | questions extract FILE [--json] | questions quiz FILE [--json]');
  process.exit(2);
}
