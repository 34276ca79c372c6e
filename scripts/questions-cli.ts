// Command line for the questions/ pipeline.
//   npm run --silent questions -- extract --jsonl        JSON lines {"id","text"} in, {"id","quotes":[…]} out
//   npm run questions -- extract FILE [--json]           quotations and speakers of one article
//   npm run questions -- quiz FILE [--json]              the quiz built from an article (text or .html)
//   npm run --silent questions -- quiz --jsonl           JSON lines {"id","text"} in, {"id","quiz"} out (the drafts)
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyse, buildQuiz } from '../questions/index';
import { ArticleTooComplex } from '../questions/limits';
import type { ArticleInput } from '../questions/types';

const args = process.argv.slice(2);
const command = args[0];
const flags = new Set(args.filter((a) => a.startsWith('--')));
const file = args.slice(1).find((a) => !a.startsWith('--'));

function readArticle(path: string): ArticleInput {
  const body = readFileSync(path, 'utf8');
  return /\.html?$/i.test(path) || /^\s*<(?:!doctype|html|body|article|p|div)\b/i.test(body) ? { html: body } : { text: body };
}

/**
 * Each {"id","text"} line of standard input mapped to one output line, in order. A line that
 * cannot be read, or an article the pipeline refuses, gives an error line
 * `{"id","line","error":{"code","message"}}` and the batch goes on; the exit code is then 1.
 */
async function mapJsonl(each: (id: string, text: string) => object): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    const result = jsonlResult(line, each);
    if ('error' in result) {
      failed++;
      console.error(`line ${lineNo}: ${result.error.message}`);
    }
    process.stdout.write(JSON.stringify({ ...result, ...('error' in result ? { line: lineNo } : {}) }) + '\n');
  }
  if (failed) process.exitCode = 1;
}

type JsonlResult = { id: string } & object | { id: string | null; error: { code: string; message: string } };

function jsonlResult(line: string, each: (id: string, text: string) => object): JsonlResult {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: null, error: { code: 'invalid_json', message: 'not a JSON line' } };
  }
  const { id, text } = (input ?? {}) as { id?: unknown; text?: unknown };
  const known = typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  if (known === null || typeof text !== 'string') {
    return { id: known, error: { code: 'invalid_request', message: 'a line must be {"id": string, "text": string}' } };
  }
  try {
    return { id: known, ...each(known, text) };
  } catch (err) {
    return { id: known, error: { code: err instanceof ArticleTooComplex ? 'article_too_complex' : 'failed', message: err instanceof Error ? err.message : String(err) } };
  }
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
