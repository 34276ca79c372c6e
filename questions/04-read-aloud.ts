// Stage 4 — a document read aloud: "Coroner Helen Price read a statement from the family: “…”", "Mr Dunne read an email
// from chief fire officer Peter Walsh: “…”", "Reading the family's statement outside court, DI John Ward said: “…”", or
// read out before its words come ("Ybarra read Haskins' letter into the record. … “…,” Ybarra read"). The
// words are the document's author's, not whoever read them out. Only where the sentence says who wrote it (from, by, on
// behalf of, an owner's name): "She read a statement: “…”" may be her own, and stays hers.

import { isPunct, isWord, type Candidate, type Reading } from './04-candidate';
import type { Discourse } from './04-discourse';
import type { Tok } from './04-tokens';
import { DETERMINERS, DOCUMENT_NOUNS } from './data/function-words';
import { isSpeechVerb } from './speech-verbs';

/** Verbs of reading someone's document out: "read", "read out", "quoting from". */
const READING_VERBS: ReadonlySet<string> = new Set(['read', 'reads', 'reading', 'quoted', 'quotes', 'quoting']);
/** Between a reading verb and its document: "read out a", "quoting from the", "read aloud from his". */
const BEFORE_DOCUMENT = /^(?:out|aloud|from|extracts|parts|part|sections|excerpts|of)$/;
/** What a document read aloud can be, besides DOCUMENT_NOUNS: "a family tribute", "a transcript". */
const READ_NOUNS = /^(?:tribute|transcript|testimony)$/;
/** A word for a document someone may read aloud. */
const isDocumentWord = (w: string) => DOCUMENT_NOUNS.test(w) || READ_NOUNS.test(w);
/** Before an author after the document: "from", "by", "written by", "on behalf of". */
const AUTHOR_LINKS = /^(?:from|by)$/;
const AGENT_PARTICIPLES = /^(?:written|sent|signed|issued|prepared|penned|drafted|submitted|compiled)$/;
const SUBJECT_PRONOUNS = /^(?:he|she|they|we|i)$/;
/** Words after which an author's description has ended: "from the family to the court", "by his widow, which said". */
const ENDS_DESCRIPTION = /^(?:to|at|in|on|outside|which|that|who|from|by|and|saying|stating)$/;

/** Who wrote the document read aloud: someone named, or the words describing someone unnamed ("the family"). */
type Author = { entity: number } | { unnamed: [number, number] };

/**
 * The author the sentence gives the document at toks[n], reading right up to `hi` ("from the family", "written by the dead
 * man's GP, Dr Alan Byrne", "on behalf of the Ulster Farmers' Union") or left over its modifiers ("the family's statement",
 * "Lesedi's report"); with the token after the author's words. Null where the sentence does not say, or says only "his"/"her".
 */
function authorOf(toks: readonly Tok[], n: number, hi: number): { author: Author; end: number } | null {
  const owner = ownerBefore(toks, n);
  if (owner) return { author: owner, end: n + 1 };
  let j = n + 1;
  if (isPunct(toks[j], ',') && (isWord(toks[j + 1], AUTHOR_LINKS) || isWord(toks[j + 1], AGENT_PARTICIPLES))) j++;
  if (isWord(toks[j], AGENT_PARTICIPLES) && isWord(toks[j + 1], /^by$/)) j++;
  if (isWord(toks[j], /^on$/) && isWord(toks[j + 1], /^behalf$/) && isWord(toks[j + 2], /^of$/)) j += 2;
  if (!isWord(toks[j], AUTHOR_LINKS) && !isWord(toks[j], /^of$/)) return null;
  return authorFrom(toks, j + 1, hi);
}

/** The author "from" or "by" after toks[n] names (a shout's too: "a cry of “…” from his daughter, Evie"), else null. */
export const authorAfter = (toks: readonly Tok[], n: number, hi: number): Author | null => authorFrom(toks, n + 2, hi)?.author ?? null;

/** The name a description from toks[from] ends on, or the description itself, with the token after it. */
function authorFrom(toks: readonly Tok[], from: number, hi: number): { author: Author; end: number } | null {
  // (over a description to the name it ends on: "from chief fire officer Peter Walsh", "by the dead man's GP, Dr Alan Byrne";
  // an owner's name is part of the description: "from Harbour Freight's chief executive, John Smith")
  let end = from;
  for (; end < hi && end <= from + 6; end++) {
    const t = toks[end]!;
    if (t.t === 'n' && !t.possessive) return { author: { entity: t.entity }, end: end + 1 };
    if (t.t === 'q' || t.t === 'p' && !(t.p === ',' || t.p === '.' || t.p === "'" || t.p === '’')) break;
    if (t.t === 'w' && end > from && (ENDS_DESCRIPTION.test(t.w) || isSpeechVerb(t.w))) break;
  }
  // (someone described, not named: "from the family", "on behalf of his widow")
  while (end > from && toks[end - 1]!.t === 'p') end--;
  return end > from ? { author: { unnamed: [toks[from]!.start, toks[end - 1]!.end] }, end } : null;
}

/** "the family's statement", "Lesedi's 2023 report": an owner over at most two modifiers; not "his"/"her", who may be the reader. */
function ownerBefore(toks: readonly Tok[], n: number): Author | null {
  for (let j = n - 1; j >= 0 && j >= n - 3; j--) {
    const t = toks[j]!;
    if (t.t === 'n') return t.possessive ? { entity: t.entity } : null;
    if (t.t !== 'w' || DETERMINERS.has(t.w)) return null;
    if (/['’]s$/.test(t.w)) {
      const det = toks[j - 1];
      return { unnamed: [isWord(det, /^(?:the|a|an)$/) ? det!.start : t.start, t.end - 2] };
    }
  }
  return null;
}

/** The document a reading verb at toks[v] takes: its noun's index, over "out", "from" and determiners; else -1. */
function documentRead(toks: readonly Tok[], v: number): number {
  for (let j = v + 1; j <= v + 6 && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.t === 'n' && t.possessive) continue;
    if (t.t !== 'w') return -1;
    if (isDocumentWord(t.w)) return j;
    if (!(BEFORE_DOCUMENT.test(t.w) || DETERMINERS.has(t.w) || /['’]s$/.test(t.w) || !t.cap && j > v + 1)) return -1;
  }
  return -1;
}

/**
 * The author of a document read aloud in toks[lo, hi), the words before a quotation in its sentence, as the quotation's
 * speaker; null where nothing is read aloud, no author is given, or someone else speaks between the document and the quotation.
 */
export function readAloud(r: Reading, lo: number, hi: number): Candidate | null {
  const { toks } = r;
  for (let v = lo; v < hi; v++) {
    const k = toks[v]!;
    if (k.t !== 'w' || !READING_VERBS.has(k.w)) continue;
    const n = documentRead(toks, v);
    const found = n >= 0 ? authorOf(toks, n, hi) : readIt(toks, lo, v);
    if (!found) continue;
    // (an opening participle's clause ends at its comma; the main clause's subject is the reader: "Reading …, Ward said:")
    const opening = v === lo && k.w.endsWith('ing');
    if (!opening && !nobodyElseBetween(toks, found.end, hi, found.author)) return null;
    if (opening && !mainClauseSays(toks, found.end, hi)) return null;
    const { author } = found;
    return 'entity' in author
      ? { entity: author.entity, rule: 'name-before', pattern: 'read-aloud', weak: true }
      : { entity: null, unnamed: author.unnamed, rule: 'descriptor-before', pattern: 'read-aloud', weak: true };
  }
  return null;
}

/**
 * "Jurors were shown a September 2022 email from Lindquist to a couple. Vaillancourt read it aloud: “…”": "it" after the
 * reading verb is the document the sentence before in the paragraph names with its author (the nearest document); else null.
 */
function readIt(toks: readonly Tok[], lo: number, v: number): { author: Author; end: number } | null {
  if (!isWord(toks[v + 1], /^it$/)) return null;
  const author = nearestDocumentAuthor(toks, lo - 1, Math.max(0, lo - 40), lo);
  return author ? { author, end: v + 2 } : null;
}

/** The author of the nearest document at or before toks[from], back to toks[floor], as authorOf reads it up to `hi`; else null. */
function nearestDocumentAuthor(toks: readonly Tok[], from: number, floor: number, hi: number): Author | null {
  for (let n = from; n >= floor; n--) if (isWord(toks[n], isDocumentWord)) return authorOf(toks, n, hi)?.author ?? null;
  return null;
}

/**
 * "a letter from Brady in which the accused said he was “sick to my stomach”": a verb of saying at toks[v] whose subject stands
 * right after "in which" after a document is the document's author's words (its author as authorOf reads it); else null.
 */
function authorInWhich(toks: readonly Tok[], lo: number, v: number): Author | null {
  let w = v - 1;
  while (w > lo && v - w <= 3 && !isWord(toks[w], /^which$/)) w--;
  if (!(isWord(toks[w], /^which$/) && isWord(toks[w - 1], /^in$/))) return null;
  return nearestDocumentAuthor(toks, w - 2, Math.max(lo, w - 10), w - 1);
}

/** The words before the quotation at toks[qi] say what a document says, "in which" its writer "said": the writer, as a candidate; else null. */
export function writerInWhich(r: Reading, lo: number, qi: number): Candidate | null {
  const { toks } = r;
  for (let v = qi - 1; v > lo + 2; v--) {
    if (!isWord(toks[v], isSpeechVerb)) continue;
    const author = authorInWhich(toks, lo, v);
    if (!author) return null;
    return 'entity' in author
      ? { entity: author.entity, rule: 'name-before', pattern: 'document-author', weak: true }
      : { entity: null, unnamed: author.unnamed, rule: 'descriptor-before', pattern: 'document-author', weak: true };
  }
  return null;
}

/** Between the document's author and the quotation: no one else named, no "he said", no other quotation. */
function nobodyElseBetween(toks: readonly Tok[], from: number, to: number, author: Author): boolean {
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    if (t.t === 'q' || t.t === 'n' && !t.possessive && !('entity' in author && t.entity === author.entity)) return false;
    if (t.t === 'w' && SUBJECT_PRONOUNS.test(t.w) && isWord(toks[j + 1], isSpeechVerb)) return false;
  }
  return true;
}

/** After an opening participle's clause, a main clause with a verb of saying ("…, Detective Inspector John Ward said:"). */
function mainClauseSays(toks: readonly Tok[], from: number, to: number): boolean {
  let comma = from;
  while (comma < to && !isPunct(toks[comma], ',')) comma++;
  let says = false;
  for (let j = comma + 1; j < to; j++) {
    if (toks[j]!.t === 'q') return false;
    if (isWord(toks[j], isSpeechVerb)) says = true;
  }
  return comma < to && says;
}

/**
 * The writer an appositive after a document names, where the comma at toks[comma] closes it: "a pre-sentence report, prepared
 * by the Probation Department," (the document noun right before the appositive's comma); else null.
 */
export function writerInAppositive(toks: readonly Tok[], lo: number, comma: number): { entity: number } | { unnamed: [number, number] } | null {
  let open = comma - 1;
  while (open > lo && comma - open <= 10 && !isPunct(toks[open], ',')) open--;
  const n = open - 1;
  if (n < lo || !isPunct(toks[open], ',') || !isWord(toks[n], isDocumentWord)) return null;
  return authorOf(toks, n, comma + 1)?.author ?? null;
}

/** Who read whose document out, by article: reader → its author and the paragraph ("Rep. Marisol Ybarra read Haskins' letter"). */
const documentsRead = new WeakMap<Discourse, Map<number, { author: Author; para: number }>>();

/**
 * Note the documents paragraph r reads out with their authors and readers, the subject named first in the sentence: "So state
 * Rep. Marisol Ybarra, D-Laredo, read Haskins' letter into the record" (the letter's words come later: "“…,” Ybarra read").
 */
export function noteDocumentsRead(r: Reading): void {
  const { toks, d, sentences } = r;
  for (let v = 0; v < toks.length; v++) {
    const k = toks[v]!;
    if (k.t !== 'w' || !READING_VERBS.has(k.w)) continue;
    const n = documentRead(toks, v);
    const found = n < 0 ? null : authorOf(toks, n, sentences.to[v]!);
    if (!found) continue;
    for (let j = sentences.from[v]!; j < v; j++) {
      const t = toks[j]!;
      if (t.t !== 'n' || t.possessive || !d.isPerson(t.entity)) continue;
      if (!('entity' in found.author && found.author.entity === t.entity)) {
        if (!documentsRead.has(d)) documentsRead.set(d, new Map());
        documentsRead.get(d)!.set(t.entity, { author: found.author, para: r.para });
      }
      break;
    }
  }
}

/** "“…,” Ybarra read": the author of the document `reader` was said to read out, within three paragraphs before; else null. */
export function authorReadBy(r: Reading, reader: number): Candidate | null {
  const read = documentsRead.get(r.d)?.get(reader);
  if (!read || r.para - read.para > 3) return null;
  const { author } = read;
  return 'entity' in author
    ? { entity: author.entity, rule: 'name-after', pattern: 'read-aloud', weak: true }
    : { entity: null, unnamed: author.unnamed, rule: 'descriptor-after', pattern: 'read-aloud', weak: true };
}
