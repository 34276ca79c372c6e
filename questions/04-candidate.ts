// Stage 4 — the shapes shared by its parts: a candidate speaker for a
// quotation, the rule family and the named pattern that proposed it, and what
// a rule reads (the paragraph's tokens and the discourse so far).

import type { Discourse } from './04-discourse';
import type { Tok } from './04-tokens';

/**
 * Rule families, as the confidence features and the CLI's --debug name them: where the speaker was
 * found (named, pronoun or description; after or before the quotation) or how it was inherited.
 */
export type Rule =
  | 'name-after' | 'name-before' | 'pronoun-after' | 'pronoun-before' | 'descriptor-after'
  | 'descriptor-before' | 'according-to' | 'paragraph' | 'colon-intro' | 'continues' | 'subject'
  | 'elliptical' | 'coordinated' | 'carry' | 'reported' | 'none';

export type Side = 'after' | 'before';

/** A candidate speaker: who, found how. */
export interface Candidate {
  /** Index into People.entities; null for someone unnamed or unknown. */
  entity: number | null;
  rule: Rule;
  /** The named pattern that found it ("name-verb", "verb-name", "appositive", "carry", …). */
  pattern: string;
  /** The verb was weak ("called", "described") or the subject was found past an appositive. */
  weak: boolean;
  /** Several words stand between the speech verb and the quotation. */
  far?: boolean;
  /** Nothing but the speaker could be the subject of the words between verb and quotation. */
  clean?: boolean;
  /** "…," I said: the writer's own exchange. */
  narrator?: boolean;
  /** Where the text describes a speaker it does not name ("a citizen", "protesters"). */
  unnamed?: [number, number];
  /** A description matched a role the article gave the speaker. */
  byRole?: boolean;
  /** Offset of the pronoun that named the speaker ("he said"): for the ambiguity check. */
  pronounAt?: number;
  /** The quotation whose speaker this one inherits, if any. */
  from?: number | null;
}

/** What a rule reads: the paragraph's tokens, its sentences, and the discourse so far. */
export interface Reading {
  d: Discourse;
  toks: Tok[];
  para: number;
  /** Sentence of each token (04-tokens sentenceSpans). */
  sentences: { from: number[]; to: number[] };
  /** words[i]: tokens other than punctuation before toks[i] (length toks.length + 1). */
  words: number[];
}

/** The rule of a kind found on one side of the quotation: "name-after", "pronoun-before". */
export const sided = (kind: 'name' | 'pronoun' | 'descriptor', side: Side): Rule => `${kind}-${side}`;

export const isPunct = (k: Tok | undefined, p: string): boolean => k?.t === 'p' && k.p === p;
export const isWord = (k: Tok | undefined, test: RegExp | ((w: string) => boolean)): boolean =>
  k?.t === 'w' && (typeof test === 'function' ? test(k.w) : test.test(k.w));
export const wordOf = (k: Tok | undefined): string | undefined => (k?.t === 'w' ? k.w : undefined);
/** "one" at toks[i] as a pronoun, after "what", "that" or "which" ("what one described to her as …"): the subject of the verb after it. */
export const pronounOne = (toks: readonly Tok[], i: number): boolean => isWord(toks[i], /^one$/) && isWord(toks[i - 1], /^(?:what|that|which)$/);
