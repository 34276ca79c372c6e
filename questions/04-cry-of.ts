// Stage 4 — words as a shout the sentence names: "greeted with boos and a chant of “Let us vote!”", "prompting a cry of
// “Catch it, Dad!” from his daughter, Evie". The shout is whoever "from" names after the words; with no one named, someone
// unnamed (the crowd), never the sentence's subject, who heard it.

import { isWord, type Candidate, type Reading } from './04-candidate';
import { authorAfter } from './04-read-aloud';
import { isDescriptorWord } from './04-subject-descriptor';
import { DETERMINERS } from './data/function-words';

/** Nouns of a shout, a chant or a call. */
const CRY_NOUNS = /^(?:cry|cries|chant|chants|chanting|shout|shouts|call|calls|chorus|roar|yell|yells|scream|screams|cheer|cheers|plea)$/;

/** The quotation at toks[qi] is the words of "a cry of …" in [lo, hi): who gave it (a name, someone unnamed), else null. */
export function cryOf(r: Reading, lo: number, qi: number, hi: number): Candidate | null {
  const { toks } = r;
  const noun = qi - 2;
  if (!(noun >= lo && isWord(toks[qi - 1], /^of$/) && isWord(toks[noun], CRY_NOUNS))) return null;
  // ("from his daughter, Evie": the name a description ends on, read as a document's author is; "from the crowd": the
  // description, where it is someone's, not a place's: "from the gallery" is the shout's own)
  const from = isWord(toks[qi + 1], /^from$/) ? authorAfter(toks, qi, hi) : null;
  if (from && 'entity' in from) return { entity: from.entity, rule: 'name-after', pattern: 'cry-from', weak: true };
  if (from && isDescriptorWord(/(\p{L}+)$/u.exec(r.d.doc.text.slice(...from.unnamed))?.[1]?.toLowerCase() ?? '')) {
    return { entity: null, rule: 'descriptor-after', pattern: 'cry-from', weak: true, unnamed: from.unnamed };
  }
  // (no one named: the shout itself, "a chant", as the crowd gave it)
  let det = noun - 1;
  while (det > lo && det > noun - 3 && toks[det]!.t === 'w' && !DETERMINERS.has((toks[det] as { w: string }).w)) det--;
  const start = isWord(toks[det], (w) => DETERMINERS.has(w)) && det >= lo ? toks[det]!.start : toks[noun]!.start;
  return { entity: null, rule: 'descriptor-before', pattern: 'cry-of', weak: true, unnamed: [start, toks[noun]!.end] };
}
