// Stage 5 — confidence: how often attributions like this one named the right
// speaker on annotated news. An attribution is described by a few structural
// features (the rule that found the speaker, whether the verb was near and
// strong, rival people in reach, how far back the speaker was named, whether
// the speaker is surely a person); the table in data/confidence-table.ts holds
// right/total counts for each description, from coarse to fine, and the
// estimate backs off from fine to coarse where counts are few. Refit with
// `node scripts/fit-confidence.mjs --write` after changing stages 2–4.
// Families pool rules that find the speaker the same way: a pronoun or a
// subjectless clause ("He later added", "And later added") that continues the
// previous quotation's speaker is one 'continuation' family; partial quotations
// add rows measured on the partial quotations annotators marked. An inherited
// speaker is never surer than the quotation it is inherited from (index.ts).

import type { Quotation } from './02-quotations';
import type { People } from './03-people';
import type { Attributed, Rule } from './04-attribute';
import { CONFIDENCE_COUNTS, PRIOR_WEIGHT, UNMEASURED } from './data/confidence-table';

/** No description is ever certain: the best rows are right about 97–99% of the time. */
const MAX_CONFIDENCE = 0.98;
/**
 * A speaker the article leaves open between two people (a pronoun either of two men the sentence
 * names could be, "Flynn said Trump was right when he said …"; a surname two people share; a
 * quotation that talks of that speaker in the third person) is a guess the corpora have too few
 * cases to measure: never published unreviewed.
 */
const AMBIGUOUS = 0.6;

export interface Features {
  rule: Rule;
  far: boolean;
  /** A far verb whose subject can only be the speaker (see Attributed.clean). */
  clean: boolean;
  weak: boolean;
  /**
   * The speaker continues the previous quotation's speaker, said again by a pronoun or a
   * subjectless clause in this or the next paragraph: "He later added, …", "And later added, …".
   */
  continuation: boolean;
  /** Other people in reach (0, 1, 2 = two or more). */
  rivals: number;
  /** Paragraphs back to the speaker's last naming or quotation (0, 1, 2 = two or more). */
  distance: number;
  /** The speaker is a person the article gives a full name, honorific or title. */
  solid: boolean;
  /** The quotation runs over a paragraph break. */
  open: boolean;
  /** A speech verb before the quotation introduces it as a sentence of its own ("X said, "It …""). */
  intro: boolean;
  /** Words woven into the reporter's sentence (called it "bizarre"), not a whole utterance. */
  partial: boolean;
  /** The speaker is someone the article describes but does not name ("protesters", "a citizen"). */
  unnamed: boolean;
  /** A description matched a role the article gave the speaker ("the health secretary"). */
  byRole: boolean;
  /** At most a few words since the paragraph's previous quotation: "…," she said. "…" */
  tight: boolean;
  /** A pronoun someone else named before it in its sentence could be (Attributed.ambiguous). */
  ambiguous: boolean;
}

export function features(a: Attributed, q: Quotation, people: People): Features {
  const e = a.entity === null ? null : people.entities[a.entity]!;
  return {
    rule: a.rule, far: a.far, clean: a.far && a.clean, weak: a.weak,
    continuation: a.chain && (a.rule === 'coordinated' || /^pronoun/.test(a.rule)),
    rivals: Math.min(2, a.rivals), distance: Math.min(2, a.distance),
    solid: !!e && (e.person.kind === 'organisation' || e.person.name.includes(' ') || e.personish),
    open: q.leftOpen || q.continues,
    partial: q.kind === 'partial',
    intro: a.intro && /-before$/.test(a.rule),
    tight: a.gap >= 0 && a.gap <= 4,
    unnamed: a.entity === null && a.unnamed !== null,
    byRole: a.byRole,
    ambiguous: a.ambiguous,
  };
}

/** Rules that find the speaker the same way, pooled where a rule alone has few cases. */
const FAMILY: Record<Rule, string> = {
  'name-after': 'named', 'name-before': 'named', 'according-to': 'named', 'pronoun-after': 'pronoun',
  'pronoun-before': 'pronoun', 'descriptor-after': 'descriptor', 'descriptor-before': 'descriptor',
  paragraph: 'inherited', continues: 'inherited', carry: 'inherited', elliptical: 'inherited', coordinated: 'inherited', reported: 'inherited',
  'colon-intro': 'colon', subject: 'subject', none: 'none',
};

/** The descriptions of an attribution, coarse to fine: the keys of the count table. */
export function confidenceKeys(f: Features): string[] {
  const fam = f.continuation ? 'continuation' : FAMILY[f.rule];
  const r = ` r${f.rivals}`;
  const k3 = `${f.rule}${f.byRole ? ' role' : ''}${f.far ? (f.clean ? ' far clean' : ' far') : ''}${f.weak ? ' weak' : ''}${f.tight ? ' tight' : ''}${f.intro ? ' intro' : ''}`;
  const k5 = `${k3}${r} d${f.distance}`;
  // unnamed speakers are measured apart: a description is right less often than a name
  if (f.unnamed) return ['[unnamed]', `[unnamed] ${f.rule}`, `[unnamed] ${k3}`];
  const keys = [`[${fam}]`, `[${fam}]${r}`, f.rule, k3, k3 + r, k5, `${k5}${f.solid ? '' : ' single'}${f.open ? ' open' : ''}`];
  // Partial quotations: the whole-utterance rows first, then how partial ones fared where annotated.
  return f.partial ? ['partial', `partial [${fam}]`, `partial ${f.rule}`, `partial ${k3}`] : keys;
}

/**
 * Smoothed estimate: each finer row pulls the coarser estimate toward its own rate. A finer row is
 * mostly a subset of the coarser one, so its cases must not count twice: the prior it is pulled
 * from is the coarser row's rate over the cases outside it (a row that repeats its parent adds
 * nothing, and three right cases stay three right cases however many rows hold them).
 */
export function estimate(keys: string[], counts: Record<string, readonly [number, number]> = CONFIDENCE_COUNTS): number {
  let prior = UNMEASURED;
  let parent: readonly [number, number] | null = null;
  for (const k of keys) {
    const row = counts[k];
    if (!row) continue;
    const [right, n] = row;
    if (parent) {
      const [pr, pn] = parent;
      // (rows that are not subsets, "partial" after a whole-utterance chain: the parent's estimate)
      prior = right <= pr && n - right <= pn - pr
        ? (pr - right + PRIOR_WEIGHT * prior) / (pn - n + PRIOR_WEIGHT)
        : (pr + PRIOR_WEIGHT * prior) / (pn + PRIOR_WEIGHT);
    }
    parent = row;
  }
  const p = parent ? (parent[0] + PRIOR_WEIGHT * prior) / (parent[1] + PRIOR_WEIGHT) : prior;
  return Math.min(MAX_CONFIDENCE, p);
}

export function confidence(a: Attributed, q: Quotation, people: People): number {
  if (a.entity === null && a.unnamed === null) return 0;
  const f = features(a, q, people);
  const c = Math.min(estimate(confidenceKeys(f)), f.ambiguous ? AMBIGUOUS : 1);
  return Math.round(Math.max(0, Math.min(1, c)) * 1000) / 1000;
}
