// Stage 4 — the agent of a passive of telling: "she had been told by the committee that the information was ‘not held in a
// reportable format’", "was assured by Mr Khan that …". Who was told the words did not say them (04-tokens toldInPassive);
// whoever the "by" names did.

import { isPunct, isWord, type Candidate, type Reading } from './04-candidate';
import { isDescriptorWord } from './04-subject-descriptor';
import { BE_FORMS, PASSIVE_TOLD, type Tok } from './04-tokens';
import { DETERMINERS } from './data/function-words';

/**
 * The verb at toks[i] is a passive of telling whose agent follows with "by" and a "that" clause before `hi`: the agent
 * (a name, or a description the discourse resolves), else undefined.
 */
export function toldBy(r: Reading, i: number, hi: number): Candidate | undefined {
  const { toks } = r;
  if (!isWord(toks[i], (w) => PASSIVE_TOLD.has(w)) || !isWord(toks[i - 1], (w) => BE_FORMS.has(w)) || !isWord(toks[i + 1], /^by$/)) return undefined;
  const agent = toks[i + 2];
  if (agent?.t === 'n' && !agent.possessive && thatAfter(toks, i + 3, hi)) return { entity: agent.entity, rule: 'name-before', pattern: 'told-by', weak: true };
  if (!isWord(agent, (w) => DETERMINERS.has(w))) return undefined;
  // (over the words that modify the head: "by the health committee", "by a senior official")
  for (let j = i + 3; j < hi && j <= i + 6; j++) {
    const k = toks[j]!;
    if (k.t === 'w' && isDescriptorWord(k.w) && thatAfter(toks, j + 1, hi)) {
      return { ...r.d.described(k.w, r.para, k.start, [agent!.start, k.end]), rule: 'descriptor-before', pattern: 'told-by', weak: true };
    }
    if (k.t !== 'w' && k.t !== 'n' || isPunct(k, ',')) return undefined;
  }
  return undefined;
}

/** "that" at toks[j], or after a comma: the words told follow. */
const thatAfter = (toks: Tok[], j: number, hi: number): boolean => j < hi && (isWord(toks[j], /^that$/) || isPunct(toks[j], ',') && isWord(toks[j + 1], /^that$/));
