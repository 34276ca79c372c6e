// Stage 4 — the choice: which candidate speaker a quotation gets. The
// candidates come in the decision list's order (the quotation's own sentence
// first, then the context rules in CONTEXT_RULES order). A conditional-logit
// model fitted on the annotated corpora (data/choice-model.ts, by
// scripts/fit-choice.mjs) scores each candidate by what found it, its place in
// the list, what the people stage knows of it, and how many other candidates
// name the same speaker; the best scored wins. Without fitted weights, or
// between equal scores, the decision list's order decides.

import type { People } from './03-people';
import type { Candidate } from './04-candidate';
import { CHOICE_WEIGHTS } from './data/choice-model';

/** The features of candidate `i` among `cands`, as the choice model's weights are keyed. */
export function candidateFeatures(cands: Candidate[], i: number, people: People): string[] {
  const c = cands[i]!;
  const names = [`rank:${Math.min(i, 4)}`, `pattern:${c.pattern}`, `rule:${c.rule}`];
  if (c.weak) names.push('weak');
  if (c.far) names.push('far');
  if (c.clean) names.push('clean');
  if (c.entity === null) { names.push('nobody'); return names; }
  let agree = 0;
  for (const o of cands) if (o !== c && o.entity === c.entity) agree++;
  if (agree > 0) names.push(agree > 1 ? 'agree2' : 'agree1');
  const e = people.entities[c.entity]!;
  const single = !e.person.name.includes(' ');
  if (e.person.kind === 'organisation') names.push('organisation');
  if (e.personish) names.push('personish');
  if (single) names.push('single');
  if (single && !e.personish && e.person.kind === 'person') names.push('unsure');
  if (e.mentions <= 1) names.push('once');
  return names;
}

/** The candidate the model scores best (the decision list's order between equal scores). */
export function choose(cands: Candidate[], people?: People, weights: Record<string, number> = CHOICE_WEIGHTS): Candidate | null {
  if (cands.length <= 1 || !people || Object.keys(weights).length === 0) return cands[0] ?? null;
  let best = 0, bestScore = -Infinity;
  cands.forEach((_, i) => {
    let s = 0;
    for (const n of candidateFeatures(cands, i, people)) s += weights[n] ?? 0;
    if (s > bestScore + 1e-9) { best = i; bestScore = s; }
  });
  return cands[best]!;
}
