// Stage 5 — confidence: turn the rule that found a speaker, and what made it
// less sure, into a calibrated probability that the speaker is right.

import type { Quotation } from './02-quotations';
import type { People } from './03-people';
import type { Attributed } from './04-attribute';
import { PENALTY, RULE_PRECISION } from './data/confidence';

export function confidence(a: Attributed, q: Quotation, people: People): number {
  if (a.entity === null) return 0;
  const row = RULE_PRECISION[a.rule];
  let c = a.chain ? row.chain : row.alone;
  if (a.weak && a.rule !== 'carry') c *= PENALTY.weak; // carry is always weak; its row already says so
  if (a.far) c *= PENALTY.far;
  if (q.kind === 'partial') c *= PENALTY.partial;
  if (q.leftOpen) c *= PENALTY.leftOpen;
  const e = people.entities[a.entity]!;
  if (e.person.kind === 'person' && !e.person.name.includes(' ')) c *= PENALTY.singleName;
  return Math.round(Math.max(0, Math.min(1, c)) * 1000) / 1000;
}
