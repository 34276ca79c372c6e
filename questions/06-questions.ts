// Stage 6 — build questions: each attributed quotation of 6–60 words whose speaker may stand as
// a choice (06-speakers) becomes a "who said it?" question with 3–4 fair choices (06-choices,
// 06-fairness) and an explanation that names the speaker (06-explain); then the quiz's default
// selection (06-select) marks 5–8 of them.

import { choiceOrder, pickChoices } from './06-choices';
import { explain } from './06-explain';
import { select } from './06-select';
import type { Speaker } from './06-speakers';
import { hash, questionText } from './06-text';
import type { Attribution, DraftQuestion } from './types';

export { choicesFor, type ChoiceOptions } from './06-choices';
export { hash, MAX_WORDS, MIN_WORDS, questionText } from './06-text';

/** One attribution as stage 6 reads it: where the article attributes it, and what it goes on from. */
export interface QuestionSource {
  attribution: Attribution;
  /** The attributing sentence, [start, end) in the text. */
  sentence: [number, number];
  /** Sentences of the quotations whose speaker it inherits, nearest first. */
  earlier: [number, number][];
}

export interface QuestionInput {
  text: string;
  sources: QuestionSource[];
  /** Everyone the extraction shows, by person id, as 06-speakers reads them. */
  speakers: Map<string, Speaker>;
}

/** People quoted, most often first: they make the most plausible wrong answers. */
function quotedOrder(sources: QuestionSource[]): string[] {
  const counts = new Map<string, number>();
  for (const { attribution: a } of sources) if (a.speaker) counts.set(a.speaker.id, (counts.get(a.speaker.id) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

export function buildQuestions({ text, sources, speakers }: QuestionInput): DraftQuestion[] {
  const quoted = quotedOrder(sources);
  const pool = choiceOrder([...speakers.values()].filter((s) => s.evidence !== null), quoted);
  const questions: DraftQuestion[] = [];
  const seen = new Set<string>();
  for (const { attribution: a, sentence, earlier } of sources) {
    const answer = a.speaker ? speakers.get(a.speaker.id) : undefined;
    if (!a.speaker || !answer || answer.evidence === null) continue;
    const quote = questionText(a.text);
    if (!quote || seen.has(quote)) continue;
    seen.add(quote);
    const id = 'q-' + hash(quote);
    const choices = pickChoices(answer, pool, a.text, { seed: id });
    if (!choices || choices.length < 3) continue;
    questions.push({
      id, quote, start: a.start, end: a.end, speakerId: a.speaker.id, speaker: a.speaker.name, confidence: a.confidence,
      explanation: explain({ text, speaker: a.speaker, sentence, earlier }), choices, answer: a.speaker.id,
    });
  }
  const chosen = select(questions.map((q) => ({ answer: q.answer, quote: q.quote, confidence: q.confidence, start: q.start })));
  return questions.map((q, i) => ({ ...q, selected: chosen.has(i) }));
}
