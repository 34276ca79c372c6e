// Stage 4 — the choice: which candidate speaker a quotation gets. The
// candidates come in the decision list's order (the quotation's own sentence
// first, then the context rules in CONTEXT_RULES order).

import type { Candidate } from './04-candidate';

/** The first candidate of the decision list. */
export function choose(cands: Candidate[]): Candidate | null {
  return cands[0] ?? null;
}
