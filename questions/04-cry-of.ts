// Stage 4 — words as a shout the sentence names: "greeted with boos and a chant of “Let us vote!”", "prompting a cry of
// “Catch it, Dad!” from his daughter, Evie". The shout is whoever "from" names after the words; with no one named, someone
// unnamed (the crowd), never the sentence's subject, who heard it.

import { isPunct, isWord, type Candidate, type Reading } from './04-candidate';
import { isDescriptorWord } from './04-subject-descriptor';
import { DETERMINERS } from './data/function-words';

/** Nouns of a shout, a chant or a call. */
const CRY_NOUNS = /^(?:cry|cries|chant|chants|chanting|shout|shouts|call|calls|chorus|roar|yell|yells|scream|screams|cheer|cheers|plea)$/;

/** The quotation at toks[qi] is the words of "a cry of …" in [lo, hi): who gave it (a name, someone unnamed), else null. */
export function cryOf(r: Reading, lo: number, qi: number, hi: number): Candidate | null {
  const { toks } = r;
  const noun = qi - 2;
  if (!(noun >= lo && isWord(toks[qi - 1], /^of$/) && isWord(toks[noun], CRY_NOUNS))) return null;
  // ("from his daughter, Evie": the name the description is set off with; "from the crowd": the description)
  if (isWord(toks[qi + 1], /^from$/)) {
    for (let j = qi + 2; j < hi && j < qi + 8; j++) {
      const t = toks[j]!;
      if (t.t === 'n') return t.possessive ? null : { entity: t.entity, rule: 'name-after', pattern: 'cry-from', weak: true };
      if (isPunct(t, ',') && isWord(toks[j - 1], isDescriptorWord) && toks[j + 1]?.t === 'n') continue;
      if (isWord(t, isDescriptorWord) && !(isPunct(toks[j + 1], ',') && toks[j + 2]?.t === 'n')) {
        return { entity: null, rule: 'descriptor-after', pattern: 'cry-from', weak: true, unnamed: [toks[qi + 2]!.start, t.end] };
      }
      if (t.t !== 'w') break;
    }
  }
  // (no one named: the shout itself, "a chant", as the crowd gave it)
  let det = noun - 1;
  while (det > lo && det > noun - 3 && toks[det]!.t === 'w' && !DETERMINERS.has((toks[det] as { w: string }).w)) det--;
  const from = isWord(toks[det], (w) => DETERMINERS.has(w)) && det >= lo ? toks[det]!.start : toks[noun]!.start;
  return { entity: null, rule: 'descriptor-before', pattern: 'cry-of', weak: true, unnamed: [from, toks[noun]!.end] };
}
