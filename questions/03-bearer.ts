// Stage 3 — what the words around a name say of its bearer: an age ("Mrs Reid, 58,"), which of two by age ("the younger
// Mr Goh", and the relative so called), how they are related to someone ("his wife, Meena Patel"), whether an appositive or a
// relative clause says they are someone ("Kunhimoosa, the master builder,") and a pronoun's gender after it.
// Read by 03-mentions for each name sequence.

import { RELATIONS } from './data/roles';
import { ADDRESSING_VERBS } from './data/function-words';
import type { Gender } from './03-names';
import type { Entity } from './03-entity';
import { relationWord } from './03-scan';
import { isRoleNoun } from './03-roles';
import { isSpeechVerb } from './speech-verbs';

/**
 * The words a tail ends with when the seniority patterns match it (relationWord reads '' before
 * "Mr. ": no word stands right before the spaces).
 */
export const SENIORITY_WORDS = new Set(['younger', 'junior', 'elder', 'older', 'senior', 'mr', 'mrs', 'ms', 'miss', 'dr', '']);

/** "the younger Mr Goh", "the elder Mr. Bush": which of two by age. */
export function seniorityOf(tail: string): 'younger' | 'older' | undefined {
  return /\b(?:younger|junior)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/i.test(tail) ? 'younger' : /\b(?:elder|older|senior)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/i.test(tail) ? 'older' : undefined;
}

/** The age given with a name: "58-year-old Morag Reid", "Mrs Reid, 58," or "Reid (58)". */
export function ageOf(before: string, after: string): number | undefined {
  const a = /\b(\d{1,3})-year-old\s+$/.exec(before)?.[1] ?? /^(?:,\s+|\s+\()(\d{1,3})(?:[,)]|\.(?!\d))/.exec(after)?.[1];
  return a === undefined ? undefined : Number(a);
}

/** "his wife, Meena Patel": a relation word right before the name. */
const RELATION_BEFORE = new RegExp(`\\b(${Object.keys(RELATIONS).join('|')})\\b,?\\s+$`, 'i');
/** "Her father, the calligrapher Lin Chao-ming": the relation set off before what the relative is. */
const RELATION_SET_OFF = new RegExp(`\\b(${Object.keys(RELATIONS).join('|')}),\\s+the\\s+(?:[a-z'’-]+\\s+){1,3}$`);
/** RELATION_BEFORE's words, for its pre-check: a Set looks a word up faster than an object's own keys. */
const RELATION_WORDS = new Set(Object.keys(RELATIONS));

/** How the words before a name relate its bearer to someone (RELATIONS gives the relation's gender), or undefined. */
export function relationBefore(before: string): string | undefined {
  const tail = before.slice(-16);
  if (RELATION_WORDS.has(relationWord(tail))) return RELATION_BEFORE.exec(tail)?.[1]?.toLowerCase();
  const wide = before.slice(-48);
  return wide.includes(', the ') ? RELATION_SET_OFF.exec(wide)?.[1] : undefined;
}

/** An appositive right after a name, set off by commas: "…, the master builder,"; group 1 its last word. */
const APPOSITIVE_AFTER = /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+),/u;

/**
 * "Kunhimoosa, the master builder, is 74", "Syahrial, who heads …": a word the article names someone by, set off by what
 * its bearer does (a role noun; "Kestrel, the insurer," is read as an organisation by its kind before this is asked), is a
 * person's name, whatever data set knows it.
 */
export function describedAsPerson(after: string, opensSentence: boolean): boolean {
  if (!after.startsWith(',')) return false;
  // ("Syahrial, who heads the district environment office and … goes by one name, said": a relative clause of what its
  // bearer does, where the name opens the sentence; inside one, it may be of a name before: "a lawyer at Bailey & Glasser,
  // who represents …")
  if (opensSentence && WHO_DOES_AFTER.test(after)) return true;
  const head = APPOSITIVE_AFTER.exec(after)?.[1];
  return head !== undefined && isRoleNoun(head);
}
/** A relative clause after a name of what its bearer does, a verb in the singular: ", who heads", ", who is a". */
const WHO_DOES_AFTER = /^,\s+who\s+(?:heads|leads|runs|chairs|directs|manages|oversees|represents|works|teaches|owns|founded|co-founded|is\s+(?:a|an|the)\s)/;

/**
 * "… said he", "…, who has her": the gender of a he/she/his/her within a few words, in the same
 * clause; or, for a name that opens a short sentence, of the "He"/"She" that opens the next one
 * ("Bell is less sure. He …"; not "…, Lohmar said. She was taken …").
 */
export function pronounGenderAfter(after: string, opensSentence: boolean): Gender {
  // (not someone the name speaks to or of: "Whitfield asked whether she would …", "Smith told her")
  const m = (PRONOUN_NEAR.test(after.slice(0, 33)) ? PRONOUN_AFTER.exec(after) : null) ??
    (opensSentence && (after.includes('He') || after.includes('She')) ? /^(?![^.!?]*\b(?:said|says|told)\b)[^.;:!?"“”]{0,40}[.!?]\s+(He|She)\b/.exec(after) : null);
  return !m ? undefined : /^(?:he|his|him)$/i.test(m[1]!) ? 'm' : 'f';
}

/** PRONOUN_AFTER's pre-check: its pronoun ends within 33 characters, and the pattern's look-ahead is tried at each. */
const PRONOUN_NEAR = /\b(?:he|his|him|she|her)\b/i;
const PRONOUN_AFTER = new RegExp(`^(?![^.;:!?"“”]{0,30}?\\b(?:${ADDRESSING_VERBS.join('|')})\\b)[^.;:!?"“”]{0,30}?\\b(he|his|him|she|her)\\b`, 'i');

/** Who "the younger" and "the elder" of a family name are, by their relation to the other. */
const YOUNGER_RELATIONS: ReadonlySet<string> = new Set(['son', 'daughter']);
const OLDER_RELATIONS: ReadonlySet<string> = new Set(['father', 'mother']);

/**
 * The one child (for "younger") or parent (for "older") among `entities` whom the article names by a given name alone: one
 * met already, as the people stage adds such names where it first reads them.
 */
export function relativeByGivenName(entities: readonly Entity[], seniority: 'younger' | 'older'): number | undefined {
  const relations = seniority === 'younger' ? YOUNGER_RELATIONS : OLDER_RELATIONS;
  const found = entities.flatMap((e, i) => e.person.kind === 'person' && e.relation && relations.has(e.relation) && !e.person.name.includes(' ') ? [i] : []);
  return found.length === 1 ? found[0] : undefined;
}

/** "Ross McKinnon, a retired orchardist who died of cancer in March": the article says the bearer of the name ending at `end` died. */
export function diedAfter(text: string, end: number): boolean {
  // (the pattern only where "died" or "passed" follows within 80 characters: most names have neither)
  const after = text.slice(end, end + 80);
  return (after.includes('died') || after.includes('passed')) && /^(?:,\s+[^,.;:"“”]{0,60}?\bwho\s+|\s+)(?:had\s+|has\s+)?(?:died|passed\s+away)\b/u.test(after);
}

/** "who is not related to", "no relation to", "unrelated to" right before a name, or its honorific ("… to Ms Letsie"). */
export const UNRELATED_BEFORE = /\b(?:(?:[Nn]ot|n[’']t)\s+related|[Nn]o\s+relation|[Uu]nrelated)\s+to\s+(?:\p{Lu}\p{Ll}*\.?\s+)?$/u;

/** Where the sentence holding `at` starts: after the last line break, or full stop, question or exclamation mark and a space. */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) if (text[i] === '\n' || text[i] === ' ' && /[.!?]/.test(text[i - 1]!)) return i + 1;
  return 0;
}

/** The lower-case word right after a name, over a comma and "also" (", also said"), in the 24 characters `after` it. */
const wordAfter = (after: string) => /^,?\s+(?:also\s+)?(\p{Ll}+)\b/u.exec(after)?.[1] ?? '';

/** A verb of saying right after a name (the name is a speaker's: "…," Wang said). */
export const saysAfter = (after: string): boolean => isSpeechVerb(wordAfter(after));

/** "McKinnon says": a verb of saying in the present tense right after a name, which no one who died says. */
export const saysNowAfter = (after: string): boolean => { const w = wordAfter(after); return /[^s]s$/.test(w) && isSpeechVerb(w); };
