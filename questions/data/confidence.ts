// Calibration table: how often each attribution rule named the right speaker
// (surname rule) on development data — PolNeAR train (840 articles) and GGT dev;
// `npm run eval -- --calibrate --train` prints the figures these come from.
// Probabilities, not scores: 0.9 means about 9 in 10 were right. PolNeAR's gold
// leaves pronoun speakers unresolved, so pronoun rules are fitted on GGT.
// `chain`: the speaker is also the previous quotation's, in this or the previous paragraph.

import type { Rule } from '../04-attribute';

export const RULE_PRECISION: Record<Rule, { alone: number; chain: number }> = {
  'name-after': { alone: 0.96, chain: 0.95 }, // PolNeAR train 96.9% (n=963) / 95.8% (n=427); GGT 96.9% / 100%
  'name-before': { alone: 0.78, chain: 0.86 }, // 78.3% (n=92) / 87.2% (n=78)
  'pronoun-after': { alone: 0.58, chain: 0.8 }, // GGT 57.7% (n=26) / 82.1% (n=39)
  'pronoun-before': { alone: 0.45, chain: 0.5 }, // few cases; conservative
  'descriptor-after': { alone: 0.2, chain: 0.2 }, // 4–21%, small n
  'descriptor-before': { alone: 0.15, chain: 0.15 },
  'according-to': { alone: 0.85, chain: 0.75 }, // 6 of 6 / 1 of 2
  paragraph: { alone: 0.4, chain: 0.78 }, // 33% (n=9) / PolNeAR 79.9% (n=837), GGT 73.9% (n=92)
  'colon-intro': { alone: 0.55, chain: 0.55 }, // 56–75%
  continues: { alone: 0.3, chain: 0.35 }, // PolNeAR 21.7%, GGT 3 of 3
  subject: { alone: 0.3, chain: 0.3 },
  elliptical: { alone: 0.15, chain: 0.25 }, // 13.3% / 27.3%
  reported: { alone: 0.15, chain: 0.45 }, // 11% (n=9) / PolNeAR 33.3% (n=96), GGT 71.4% (n=14)
  carry: { alone: 0.25, chain: 0.45 }, // 26.5% / PolNeAR 34.2% (n=117), GGT 76.5% (n=34)
  none: { alone: 0, chain: 0 },
};

/** Multipliers for what makes a rule less sure. */
export const PENALTY = {
  /** a weak verb ("called") or a subject found past an appositive */
  weak: 0.9,
  /** several words between the speech verb and the quotation: 54–67% right where near ones are 78–97% */
  far: 0.7,
  /** a partial quotation woven into the reporter's sentence */
  partial: 0.95,
  /** the paragraph never closes the quotation */
  leftOpen: 0.95,
  /** the speaker was never given a full name in the article */
  singleName: 0.9,
};
