// Stage 4 — the agent of a passive of telling or asking: "she had been told by the committee that the information was ‘not
// held in a reportable format’", "Asked by procurator fiscal depute Fiona Grant whether it had been ‘anywhere near the top of
// the list’, he replied". Who was told or asked did not say the words (04-tokens toldInPassive); whoever the "by" names did.

import { isPunct, isWord, type Candidate, type Reading } from './04-candidate';
import { isDescriptorWord } from './04-subject-descriptor';
import { BE_FORMS, isRoleWord, PASSIVE_TOLD, type Tok } from './04-tokens';
import { DETERMINERS } from './data/function-words';
import { isSpeechVerb } from './speech-verbs';

/** Participles of asking whose agent put the question in the words quoted. */
const ASKED = /^(?:asked|pressed|questioned)$/;
/** What opens the question asked: "whether it had been ‘…’". */
const QUESTION_AFTER = /^(?:whether|if|what|why|how|when|where|who|about)$/;

/**
 * The verb at toks[i] is a passive of telling ("been told by X that") or a participle of asking ("Asked by X whether")
 * before `hi`: the agent (a name, or a description the discourse resolves), else undefined.
 */
export function toldBy(r: Reading, i: number, hi: number): Candidate | undefined {
  const { toks } = r;
  if (!isWord(toks[i + 1], /^by$/)) return undefined;
  const told = isWord(toks[i], (w) => PASSIVE_TOLD.has(w)) && isWord(toks[i - 1], (w) => BE_FORMS.has(w));
  if (!told && !isWord(toks[i], ASKED)) return undefined;
  const opens = (j: number) => j < hi && (told ? thatAt(toks, j) : isWord(toks[j], QUESTION_AFTER));
  // (over the words of an office before the name: "by procurator fiscal depute Fiona Grant")
  let a = i + 2;
  while (a < hi && a < i + 6 && isWord(toks[a], (w) => isRoleWord(w) || /^(?:fiscal|depute|deputy|senior|chief)$/.test(w)) && toks[a + 1]?.t !== 'p') a++;
  const agent = toks[a];
  if (agent?.t === 'n' && !agent.possessive && opens(a + 1)) return { entity: agent.entity, rule: 'name-before', pattern: 'told-by', weak: true };
  if (a !== i + 2 || !isWord(agent, (w) => DETERMINERS.has(w))) return undefined;
  // (over the words that modify the head: "by the health committee", "by a senior official")
  for (let j = i + 3; j < hi && j <= i + 6; j++) {
    const k = toks[j]!;
    if (k.t === 'w' && isDescriptorWord(k.w) && opens(j + 1)) {
      return { ...r.d.described(k.w, r.para, k.start, [agent!.start, k.end]), rule: 'descriptor-before', pattern: 'told-by', weak: true };
    }
    if (k.t !== 'w' && k.t !== 'n' || isPunct(k, ',')) return undefined;
  }
  return undefined;
}

/** "that" at toks[j], or after a comma: the words told follow. */
const thatAt = (toks: Tok[], j: number): boolean => isWord(toks[j], /^that$/) || isPunct(toks[j], ',') && isWord(toks[j + 1], /^that$/);

/**
 * The agent of a passive of telling or asking in toks[lo, qi) whose words run up to the quotation at qi: theirs, whatever
 * verb of saying follows it ("Asked by … Fiona Grant whether it had been ‘…’, he replied": not the one who replied).
 */
export function agentBefore(r: Reading, lo: number, qi: number): Candidate | undefined {
  for (let i = lo; i < qi - 2; i++) {
    const agent = toldBy(r, i, qi);
    // (the words told or asked run up to the quotation: no clause of someone saying stands between, "Asked by Matt Lauer
    // whether she had practised, she said, “…”")
    if (agent && !r.toks.slice(i + 2, qi).some((k) => k.t === 'p' && /^[,:;]$/.test(k.p) || k.t === 'w' && isSpeechVerb(k.w))) return agent;
  }
  return undefined;
}
