// Stage 4 — relative clauses before a speech verb and whom they are about: "Rahul Menon, who studies …, and was not
// involved, calls", "a lawyer at the firm, who represented …, said", "The notice, a copy of which is with The Hindu,
// states".
// Read by 04-subject-left, which walks back from the verb over them.

import { isPunct, isWord, type Reading } from './04-candidate';
import { endsSentence, type Tok } from './04-tokens';
import { OBJECT_PREPOSITIONS } from './data/function-words';

/**
 * A relative pronoun opens the words in [from, to), or stands in them after a preposition ("a copy of which", "all of
 * whom").
 */
export function relativeClauseTo(toks: readonly Tok[], from: number, to: number): boolean {
  if (isWord(toks[from], /^(?:which|who|whose)$/)) return true;
  for (let x = from + 1; x < to && x < from + 6; x++) if (isWord(toks[x], /^(?:which|whom)$/) && isWord(toks[x - 1], (w) => OBJECT_PREPOSITIONS.has(w))) return true;
  return false;
}

/** The person a ", who" clause before toks[j] is about ("Rahul Menon, who studies …"), within the sentence; else null. */
export function whoseRelativeClause(r: Reading, lo: number, j: number): number | null {
  const { toks, d } = r;
  for (let k = j - 1; k >= lo && k > j - 40; k--) {
    const t = toks[k]!;
    if (t.t === 'q' || endsSentence(t)) return null;
    if (isWord(t, /^who$/) && isPunct(toks[k - 1], ',')) {
      const ante = toks[k - 2];
      return ante?.t === 'n' && !ante.possessive && d.isPerson(ante.entity) && k - 2 >= lo ? ante.entity : null;
    }
  }
  return null;
}

/**
 * The person an appositive ending on an organisation at toks[k] describes: "Ingrid Solheim, a partner at … Holm Berge"; else
 * null (the organisation is no one's appositive).
 */
export function personBeforeAppositive(r: Reading, lo: number, k: number): number | null {
  const { toks, d } = r;
  const org = toks[k];
  if (org?.t !== 'n' || org.possessive || d.isPerson(org.entity)) return null;
  for (let c = k - 1; c >= lo && c > k - 16; c--) {
    const t = toks[c]!;
    if (t.t === 'q' || endsSentence(t)) return null;
    if (!isPunct(t, ',')) continue;
    const who = toks[c - 1];
    return who?.t === 'n' && !who.possessive && d.isPerson(who.entity) && c - 1 >= lo && isWord(toks[c + 1], /^(?:a|an|the)$/) ? who.entity : null;
  }
  return null;
}
