// The questions/ pipeline: normalise → find quotations → find people →
// attribute → score confidence → build questions. Pure TypeScript: no Worker,
// DOM or Node APIs, so it runs the same in a Worker, a test and the CLI.

import { MAX_PEOPLE, MAX_QUOTATIONS, withinLimit } from './limits';
import { normalise } from './01-normalise';
import { findQuotations, type Quotation } from './02-quotations';
import { findPeople } from './03-people';
import { attribute, type Rule } from './04-attribute';
import { candidateFeatures } from './04-choose';
import { AMBIGUOUS, confidence, features, UNNAMED, type Features } from './05-confidence';
import { buildQuestions, type QuestionSource } from './06-questions';
import { shortRole, speakersOf, withHonorific } from './06-speakers';
import type { People } from './03-entity';
import type { ArticleInput, Attribution, Extraction, Person, QuizDraft } from './types';

export type * from './types';
export { ArticleTooComplex, MAX_PEOPLE, MAX_QUOTATIONS } from './limits';
export { choicesFor, questionText, hash } from './06-questions';
export type { ChoiceOptions } from './06-questions';
export { SELECT_CONFIDENCE } from './06-select';

/** An attribution with how it was found, for the CLI and calibration. */
export interface Explained extends Attribution {
  rule: Rule;
  /** The named pattern that found the speaker (questions/04-rules-*.ts, 04-subject-*.ts). */
  pattern: string;
  chain: boolean;
  far: boolean;
  weak: boolean;
  quoteKind: Quotation['kind'];
  /** Offsets including the quote marks, as the evaluation corpora mark quotations. */
  open: number;
  close: number;
  /** What the confidence was estimated from (null without a speaker). */
  features: Features | null;
  /** "…," I said: the writer's own exchange. Left out of the extraction and the quiz. */
  narrator: boolean;
  /** The most the article allows (an ambiguity, an inherited speaker's confidence, disagreeing marks); 1 when nothing caps it. */
  cap: number;
  /** Every candidate speaker the rules proposed (the decision list's order) and its features for the choice model (analyse's `candidates` option). */
  candidates: { name: string | null; features: string[] }[];
  /** The attributing sentence, [start, end) in the text. */
  sentenceSpan: [number, number];
  /** Index in the explained list of the quotation whose speaker this one inherits, if any. */
  inherits: number | null;
  /** The rest of the previous paragraph's quotation, left open there: as sure as that paragraph (no model estimate). */
  sameQuotation: boolean;
}

/** Rules that name the speaker as the subject or object of a verb of saying ("Peskov said", "according to Peskov"). */
const NAMED_RULES = new Set<Rule>(['name-after', 'name-before', 'according-to']);

/** A transcript's speaker label opening a quotation: "RAMOS: …", "Q: …". */
const TRANSCRIPT_TURN = /^\p{Lu}[\p{Lu}.'’ -]{0,30}:\s/u;

/** The most a quotation is trusted when its quote marks and its attributions disagree. */
const DISAGREEING_MARKS = 0.5;

/** Options: `candidates` lists every candidate speaker with its choice features (for scripts/fit-choice.mjs). */
export function analyse(input: ArticleInput, options: { candidates?: boolean } = {}): { extraction: Extraction; explained: Explained[]; people: People } {
  const doc = normalise(input);
  const quotes = findQuotations(doc);
  withinLimit('quotations', quotes.length, MAX_QUOTATIONS);
  const people = findPeople(doc, quotes);
  withinLimit('people', people.entities.length, MAX_PEOPLE);
  const attributed = attribute(doc, quotes, people);
  const explained: Explained[] = [];
  // An inherited speaker ("“…,” Kim says. “…”") is no surer than the quotation it comes from.
  const base = attributed.map((a) => confidence(a, quotes[a.quote]!, people));
  const conf = base.slice();
  const cap = attributed.map((a): number => Math.min(a.ambiguous ? AMBIGUOUS : 1, a.entity === null && a.unnamed !== null ? UNNAMED : 1));
  // A paragraph that opens a quotation the previous one left open is the same quotation, by the
  // article's own marks: as sure as the paragraph it continues, not the model's "continues" estimate
  // (the model sees few of them, some in transcripts the corpus credits to "Transcript"); not after a
  // partial quotation left open, more likely a closing mark the quotation finder missed.
  // ("RAMOS: Secretary Clinton, did you …": a transcript's turn, whoever its label names, is no such rest)
  const same = attributed.map((a, i) => a.rule === 'continues' && a.from === i - 1 && quotes[i - 1]!.leftOpen && quotes[i - 1]!.kind === 'speech' && quotes[i]!.continues &&
    !TRANSCRIPT_TURN.test(doc.text.slice(quotes[i]!.start, quotes[i]!.start + 40)));
  for (const [i, a] of attributed.entries()) {
    if (a.from !== null && a.from !== i) cap[i] = Math.min(cap[i]!, a.from < i ? conf[a.from]! : base[a.from]!);
    // A quotation the paragraph leaves open continues in the next one, which names someone else:
    // a closing mark is missing or the attribution is wrong, and the article does not say which.
    const next = attributed[i + 1];
    if (quotes[i]!.leftOpen && next && quotes[i + 1]!.continues && next.entity !== null && a.entity !== null && next.entity !== a.entity) {
      cap[i] = Math.min(cap[i]!, DISAGREEING_MARKS);
    }
    conf[i] = same[i] ? cap[i]! : Math.min(conf[i]!, cap[i]!);
  }
  const explainedAt = new Map<number, number>();
  for (const a of attributed) {
    const q = quotes[a.quote]!;
    if (q.kind === 'title') continue;
    explainedAt.set(a.quote, explained.length);
    const e = a.entity === null ? null : people.entities[a.entity]!;
    const speaker: Person | null = e ? e.person : null;
    explained.push({
      start: q.start, end: q.end, text: doc.text.slice(q.start, q.end), speaker,
      ...(a.entity === null && a.unnamed !== null ? { unnamedSpeaker: a.unnamed } : {}),
      confidence: conf[a.quote]!,
      sentence: doc.text.slice(a.sentenceStart, a.sentenceEnd).trim(),
      ...(q.kind === 'partial' ? { kind: 'partial' as const } : {}),
      rule: a.rule, pattern: a.pattern, chain: a.chain, far: a.far, weak: a.weak, quoteKind: q.kind, open: q.open, close: q.close,
      features: e || a.unnamed !== null ? features(a, q, people) : null, narrator: a.narrator, cap: cap[a.quote]!,
      candidates: !options.candidates ? [] : a.candidates.map((c, i) => ({ name: c.entity === null ? null : people.entities[c.entity]!.person.name, features: candidateFeatures(a.candidates, i, people) })),
      sentenceSpan: [a.sentenceStart, a.sentenceEnd], inherits: a.from === null ? null : explainedAt.get(a.from) ?? null, sameQuotation: same[a.quote]!,
    });
  }
  // People worth showing: named persons with a full name, an honorific or a quotation; organisations that spoke.
  const spoke = new Set(explained.map((x) => x.speaker?.id).filter(Boolean));
  const seen = new Set<string>();
  const shown: Person[] = [];
  for (const e of people.entities) {
    if (seen.has(e.person.id)) continue;
    if (e.person.kind === 'person' ? e.solid : spoke.has(e.person.id)) { shown.push(e.person); seen.add(e.person.id); }
  }
  // (a short role, as a choice shows it: "Rural Economic Development" or "L’Oréal Paris Men Expert" is none)
  for (const p of shown) { withHonorific(p); const role = shortRole(p.role); if (role) p.role = role; else delete p.role; }
  const quotesOut: Attribution[] = explained.filter((x) => !x.narrator)
    .map(({ rule: _r, pattern: _p, chain: _ch, far: _f, weak: _w, quoteKind: _k, open: _o, close: _c, features: _x, narrator: _n, cap: _cap, candidates: _cs, sentenceSpan: _s, inherits: _i, sameQuotation: _sq, ...a }) => a);
  return { extraction: { text: doc.text, ...(doc.title ? { title: doc.title } : {}), quotes: quotesOut, people: shown }, explained, people };
}

/** Direct quotations, who said each, and the people the article names. */
export function extract(input: ArticleInput): Extraction {
  return analyse(input).extraction;
}

/** The sentences of the quotations an attribution inherits its speaker from, nearest first. */
function earlierSentences(explained: Explained[], i: number): [number, number][] {
  const out: [number, number][] = [];
  for (let j = explained[i]!.inherits; j !== null && j < i && out.length < 8; j = explained[j]!.inherits) out.push(explained[j]!.sentenceSpan);
  return out;
}

/** A quiz draft: one question per attributed, question-sized quotation whose speaker may be a choice; 5–8 of them selected. */
export function buildQuiz(input: ArticleInput): QuizDraft {
  const { extraction: ex, explained, people } = analyse(input);
  const { entities } = people;
  // (the extraction's quotations are the explained ones less the narrator's, in the same order)
  const sources: QuestionSource[] = [];
  explained.forEach((x, i) => {
    if (!x.narrator) sources.push({ attribution: ex.quotes[sources.length]!, sentence: x.sentenceSpan, earlier: earlierSentences(explained, i) });
  });
  // (named as the subject of a verb of saying: evidence that a name is someone who speaks)
  const spoke = new Set(explained.filter((x) => x.speaker && NAMED_RULES.has(x.rule)).map((x) => x.speaker!.id));
  const spokeByName = new Set<number>();
  entities.forEach((e, i) => { if (spoke.has(e.person.id)) spokeByName.add(i); });
  const speakers = speakersOf(people, ex.people, ex.text, spokeByName, new Set(ex.quotes.map((q) => q.speaker?.id).filter((x): x is string => !!x)));
  return withGenerations({ title: ex.title ?? input.title ?? '', text: ex.text, people: ex.people, questions: buildQuestions({ text: ex.text, sources, speakers }) }, entities);
}

/**
 * "Ferdinand Marcos Jr.": a son named for his father is shown with his post-nominal, in the people and in every
 * choice. Added last: the stages before read a name's last word as its surname.
 */
function withGenerations(quiz: QuizDraft, entities: People['entities']): QuizDraft {
  const named = new Map<string, string>();
  for (const e of entities) if (e.generation && e.person.kind === 'person' && !named.has(e.person.id)) named.set(e.person.id, `${e.person.name} ${e.generation}`);
  if (!named.size) return quiz;
  return {
    ...quiz,
    people: quiz.people.map((p) => named.has(p.id) ? { ...p, name: named.get(p.id)! } : p),
    questions: quiz.questions.map((q) => ({ ...q, choices: q.choices.map((c) => named.has(c.id) ? { ...c, label: named.get(c.id)! } : c) })),
  };
}
