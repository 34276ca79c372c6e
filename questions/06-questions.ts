// Stage 6 — build questions: each attributed quotation of 6–60 words becomes
// a "who said it?" question with 3–4 distinct people to choose from.

import { quoteNames } from './03-people';
import type { DraftChoice, DraftQuestion, Extraction, Person } from './types';

export const MIN_WORDS = 6;
export const MAX_WORDS = 60;

/** FNV-1a, 32 bits, as 8 hex digits: stable ids without any runtime API. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

/**
 * The quotation as a question shows it: verbatim when 6–60 words; a longer one
 * cut at the last sentence end that keeps it within 60 words, with "…".
 * Returns null when no such cut exists or it is too short.
 */
export function questionText(quote: string): string | null {
  const q = quote.trim();
  const n = wordCount(q);
  if (n < MIN_WORDS) return null;
  if (n <= MAX_WORDS) return q;
  const ends = /[.!?…]["”’)]?(?=\s+)/g;
  let cut = -1;
  for (let m = ends.exec(q); m; m = ends.exec(q)) {
    const upTo = m.index + m[0].length;
    if (wordCount(q.slice(0, upTo)) > MAX_WORDS) break;
    cut = upTo;
  }
  if (cut < 0) return null;
  const head = q.slice(0, cut).trim();
  return wordCount(head) >= MIN_WORDS ? head + ' …' : null;
}

/** Deterministic shuffle: the same seed always gives the same order. */
function mix<T>(items: T[], seed: string): T[] {
  const out = items.slice();
  let s = parseInt(hash(seed), 16) || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const surname = (p: Person) => p.name.split(/\s+/).pop()!.toLowerCase();
export interface ChoiceOptions {
  /** Ids of people quoted in the article, most quoted first: the best wrong answers. */
  quoted?: string[];
  /** Seed for the order (the question id). */
  seed?: string;
  /** At most this many choices, right one included (default 4). */
  max?: number;
}

/**
 * Choices for a question whose right answer is `speaker`: wrong answers come
 * first from other quoted people, then other people the article names; never
 * the speaker under another name, never someone the quotation itself names,
 * never an organisation among people. Order mixed by `seed`.
 */
export function choicesFor(speaker: Person, people: Person[], quote: string, options: ChoiceOptions = {}): DraftChoice[] {
  const max = options.max ?? 4;
  const picked: Person[] = [speaker];
  for (const p of candidatesInOrder(people, options.quoted ?? [])) {
    if (picked.length >= max) break;
    if (p.kind !== speaker.kind) continue;
    if (picked.some((x) => x.id === p.id || surname(x) === surname(p))) continue;
    if (quoteNames(quote, p)) continue;
    picked.push(p);
  }
  const choices = picked.map((p): DraftChoice => ({ id: p.id, label: p.name, ...(p.role ? { description: p.role } : {}) }));
  return mix(choices, options.seed ?? hash(quote));
}

/** People by id, built once per people list (a quiz asks many questions of the same list). */
const idIndex = new WeakMap<Person[], Map<string, Person>>();

/** The quoted people first, then everyone else, each once; lazily, so a question stops at its last choice. */
function* candidatesInOrder(people: Person[], quoted: string[]): Generator<Person> {
  let byId = idIndex.get(people);
  if (!byId) { byId = new Map(people.map((p) => [p.id, p])); idIndex.set(people, byId); }
  const given = new Set<string>();
  for (const id of quoted) { const p = byId.get(id); if (p && !given.has(p.id)) { given.add(p.id); yield p; } }
  for (const p of people) if (!given.has(p.id)) yield p;
}

export function buildQuestions(ex: Extraction): DraftQuestion[] {
  // The people quoted, most often first: they make the most plausible wrong answers.
  const counts = new Map<string, number>();
  for (const a of ex.quotes) if (a.speaker) counts.set(a.speaker.id, (counts.get(a.speaker.id) ?? 0) + 1);
  const quoted = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const questions: DraftQuestion[] = [];
  const seen = new Set<string>();
  for (const a of ex.quotes) {
    if (!a.speaker || a.speaker.kind !== 'person') continue; // "who said it" is asked about people
    const text = questionText(a.text);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const id = 'q-' + hash(text);
    const choices = choicesFor(a.speaker, ex.people, a.text, { quoted, seed: id });
    if (choices.length < 3) continue;
    questions.push({
      id, quote: text, start: a.start, end: a.end, speakerId: a.speaker.id, speaker: a.speaker.name,
      confidence: a.confidence, explanation: a.sentence, choices, answer: a.speaker.id,
    });
  }
  return questions;
}
