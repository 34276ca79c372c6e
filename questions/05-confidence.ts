// Stage 5 — confidence: how likely the chosen speaker is right, from a model
// fitted on annotated news. An attribution is described by features (the rule
// and pattern that found the speaker, whether the verb was near and strong,
// rivals in reach, how far back the speaker was named, what the other
// candidates proposed, what says the speaker is a person or an organisation);
// a logistic model (weights in data/attribution-model.ts) turns them into a
// probability, and a calibration map fitted on outlets the model was not
// fitted on turns that into how often such attributions were right there.
// Refit with `node scripts/fit-confidence.mjs --write` after changing stages 2–4.
// Where the article itself leaves the speaker open (a pronoun two people could
// be, a surname two people share), the confidence is capped below publishing;
// an inherited speaker is never surer than the quotation it is inherited from
// (index.ts).

import type { Quotation } from './02-quotations';
import type { People } from './03-people';
import { givenName } from './03-names';
import type { Attributed, Rule } from './04-attribute';
import { BIAS, CALIBRATION, WEIGHTS } from './data/attribution-model';

/** No description is ever certain. */
const MAX_CONFIDENCE = 0.98;
/**
 * A speaker the article leaves open between two people (a pronoun either of two men the sentence
 * names could be, "Flynn said Trump was right when he said …"; a surname two people share; a
 * quotation that talks of that speaker in the third person) is a guess the corpora have too few
 * cases to measure: never published unreviewed.
 */
export const AMBIGUOUS = 0.6;
/**
 * A speaker the article describes but does not name ("a cashier", "the security firm") is never a
 * question's answer, and a description can name someone the article names elsewhere: below publishing.
 */
export const UNNAMED = 0.7;

export interface Features {
  rule: Rule;
  pattern: string;
  far: boolean;
  /** A far verb whose subject can only be the speaker (see Attributed.clean). */
  clean: boolean;
  weak: boolean;
  /** The speaker continues the previous quotation's, said again by a pronoun or a subjectless clause. */
  continuation: boolean;
  /** Other people in reach (0, 1, 2 = two or more). */
  rivals: number;
  /** Paragraphs back to the speaker's last naming or quotation (0, 1, 2 = two or more). */
  distance: number;
  /** The speaker is a person the article gives a full name, honorific or title, or an organisation. */
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
  /** A paragraph of quotation right after the speaker's quoted paragraph (Attributed.followsOn). */
  followsOn: boolean;
  /** Other candidates naming the same speaker, and someone else. */
  agree: boolean;
  disagree: boolean;
  /** What the people stage knows of the speaker (null when unnamed). */
  entity: null | {
    organisation: boolean;
    /** A first name, honorific, title or role says it is a person. */
    personish: boolean;
    /** One word only ("Davis", "Union"). */
    single: boolean;
    /** Named once outside quotations. */
    once: boolean;
    role: boolean;
    gender: boolean;
    /** The first of several words is a given name (data/given-names.ts). */
    givenName: boolean;
    /** Four words or more. */
    long: boolean;
  };
}

export function features(a: Attributed, q: Quotation, people: People): Features {
  const e = a.entity === null ? null : people.entities[a.entity]!;
  return {
    rule: a.rule, pattern: a.pattern, far: a.far, clean: a.far && a.clean, weak: a.weak,
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
    followsOn: a.followsOn,
    agree: a.agree > 0,
    disagree: a.disagree > 0,
    entity: !e ? null : {
      organisation: e.person.kind === 'organisation', personish: e.personish, single: !e.person.name.includes(' '),
      once: e.mentions <= 1, role: !!e.person.role, gender: !!e.gender,
      givenName: e.person.name.includes(' ') && !!givenName(e.person.name.split(' ')[0]!), long: e.person.name.split(' ').length >= 4,
    },
  };
}

/** Rules that find the speaker the same way, pooled where a rule alone has few cases. */
const FAMILY: Record<Rule, string> = {
  'name-after': 'named', 'name-before': 'named', 'according-to': 'named', 'pronoun-after': 'pronoun',
  'pronoun-before': 'pronoun', 'descriptor-after': 'descriptor', 'descriptor-before': 'descriptor',
  paragraph: 'inherited', continues: 'inherited', carry: 'inherited', elliptical: 'inherited', coordinated: 'inherited', reported: 'inherited',
  'colon-intro': 'colon', subject: 'subject', none: 'none',
};

/** The names of the features that hold, as the model's weights are keyed. */
export function featureNames(f: Features): string[] {
  const fam = f.continuation ? 'continuation' : FAMILY[f.rule];
  const on: [string, boolean][] = [
    ['weak', f.weak], ['far', f.far], ['clean', f.clean], ['tight', f.tight], ['intro', f.intro], ['open', f.open],
    ['byRole', f.byRole], ['ambiguous', f.ambiguous], ['agree', f.agree], ['disagree', f.disagree], ['followsOn', f.followsOn],
    ['rivals1', f.rivals === 1], ['rivals2', f.rivals >= 2], ['distance1', f.distance === 1], ['distance2', f.distance >= 2],
  ];
  const names = [`family:${fam}`, `rule:${f.rule}`, `pattern:${f.pattern}`];
  if (f.unnamed) names.push('unnamed');
  if (f.partial) names.push('partial', `partial:${fam}`);
  for (const [n, v] of on) if (v) names.push(n, `${fam}:${n}`);
  if (f.entity) {
    const x = f.entity;
    const evidence: [string, boolean][] = [
      ['organisation', x.organisation], ['personish', x.personish], ['single', x.single], ['once', x.once], ['role', x.role],
      ['gender', x.gender], ['unsure', !x.organisation && !x.personish && x.single], ['givenName', x.givenName], ['long', x.long],
    ];
    for (const [n, v] of evidence) if (v) names.push(`entity:${n}`);
    if (!f.solid) names.push('single-unsure');
  }
  return names;
}

/** The model's probability before calibration. */
export function rawScore(names: string[], weights: Record<string, number> = WEIGHTS, bias: number = BIAS): number {
  let z = bias;
  for (const n of names) z += weights[n] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** A monotone map from the model's probability to how often such attributions were right (piecewise linear). */
export function calibrate(p: number, map: readonly (readonly [number, number])[] = CALIBRATION): number {
  if (map.length === 0) return p;
  if (p <= map[0]![0]) return map[0]![1];
  for (let i = 1; i < map.length; i++) {
    const [x1, y1] = map[i]!;
    if (p <= x1) {
      const [x0, y0] = map[i - 1]!;
      return x1 === x0 ? y1 : y0 + (y1 - y0) * (p - x0) / (x1 - x0);
    }
  }
  return map[map.length - 1]![1];
}

export function confidence(a: Attributed, q: Quotation, people: People): number {
  if (a.entity === null && a.unnamed === null) return 0;
  const f = features(a, q, people);
  const c = Math.min(calibrate(rawScore(featureNames(f))), MAX_CONFIDENCE, f.ambiguous ? AMBIGUOUS : 1, f.unnamed ? UNNAMED : 1);
  return Math.round(Math.max(0, Math.min(1, c)) * 1000) / 1000;
}
