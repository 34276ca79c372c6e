// Stage 6, part 3 — the choices of one question: the speaker and two or three wrong answers of
// the same kind (people with people, organisations with organisations), people the reader met
// in the article and that a choice may show (06-speakers), quoted people first and, where the
// article has them, people of comparable roles (a politician against politicians). Never the
// speaker under another name, nor someone the quotation itself names ("I told Meena"). When the quotation tells
// who said it (06-fairness), the wrong answers are chosen to share what it tells; failing that, no
// choices are offered and the question is not asked. (Role labels stay: the editors' API shows each
// choice with its person's role, so a question cannot hide them.)

import { namesItsSpeaker } from './03-quote-names';
import { memoised } from './memo';
import { giveAways, traitsOf, type Trait } from './06-fairness';
import { roleClass, shortRole, type Speaker } from './06-speakers';
import { hash, mix } from './06-text';
import type { DraftChoice, Person } from './types';

export interface ChoiceOptions {
  /** Ids of people quoted in the article, most quoted first: the best wrong answers. */
  quoted?: string[];
  /** Seed for the order (the question id). */
  seed?: string;
  /** At most this many choices, right one included (default 4). */
  max?: number;
}

/** A name's words in lower case, kept by the name (every question compares its choices' names pairwise): never to be changed by a caller. */
const nameWords: (name: string) => readonly string[] = memoised((name) => name.toLowerCase().split(/\s+/), 5_000);

/**
 * Maybe the same person under another name: one surname, and a name alone or the same first name
 * ("Trump", "Donald J. Trump"), or every word of one name in the other ("Rozilah" and "Rozilah Mohd
 * Yusof", "Kwok" and "Kwok Wai-keung": a given name or a surname written first). Relatives differ.
 */
export function sameName(a: Person, b: Person): boolean {
  const x = nameWords(a.name), y = nameWords(b.name);
  if (x.at(-1) === y.at(-1) && (x.length === 1 || y.length === 1 || x[0] === y[0])) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

/**
 * The pool of possible choices sorted once per article: the quoted (most quoted first) and the rest
 * (in the pool's order), each also by role class. A question then walks them in the order wrong
 * answers are best without sorting the pool again, and stops once it has its choices: a long
 * article's questions cost each a few steps, not a sort of everyone the article names.
 */
export interface ChoiceOrder {
  quoted: Speaker[];
  rest: Speaker[];
  quotedByClass: Map<string, Speaker[]>;
  restByClass: Map<string, Speaker[]>;
}

export function choiceOrder(pool: Speaker[], quoted: string[]): ChoiceOrder {
  const quotedAt = new Map(quoted.map((id, i) => [id, i]));
  const q = pool.filter((s) => quotedAt.has(s.person.id)).sort((a, b) => quotedAt.get(a.person.id)! - quotedAt.get(b.person.id)!);
  const rest = pool.filter((s) => !quotedAt.has(s.person.id));
  const byClass = (list: Speaker[]) => {
    const m = new Map<string, Speaker[]>();
    for (const s of list) if (s.roleClass) { const l = m.get(s.roleClass); if (l) l.push(s); else m.set(s.roleClass, [s]); }
    return m;
  };
  return { quoted: q, rest, quotedByClass: byClass(q), restByClass: byClass(rest) };
}

/** Wrong answers in the order they are best: quoted and of the speaker's role class, quoted, of its class, the rest. */
function* ranked(answer: Speaker, order: ChoiceOrder): Generator<Speaker> {
  const c = answer.roleClass;
  const groups = c
    ? [order.quotedByClass.get(c) ?? [], order.quoted, order.restByClass.get(c) ?? [], order.rest]
    : [order.quoted, order.rest];
  for (const [g, list] of groups.entries()) {
    // (the whole lists come after their class's part: the class's people were offered already)
    const skipClass = c !== undefined && g % 2 === 1;
    for (const s of list) if (s.person.id !== answer.person.id && !(skipClass && s.roleClass === c)) yield s;
  }
}

/** The choices as DraftChoices (label and role as the person has them, as the editors' API shows them too), in an order the seed mixes. */
function asChoices(picked: Speaker[], seed: string): DraftChoice[] {
  const choices = picked.map((s): DraftChoice => ({ id: s.person.id, label: s.person.name, ...(s.person.role ? { description: s.person.role } : {}) }));
  return mix(choices, seed);
}

/** A wrong answer that may stand beside those picked: of the answer's kind, no one picked under another name, not named in the quotation. */
function fits(s: Speaker, picked: Speaker[], quote: string): boolean {
  return s.person.kind === picked[0]!.person.kind && !picked.some((x) => x.person.id === s.person.id || sameName(x.person, s.person)) &&
    !namesItsSpeaker(quote, s.person);
}

/**
 * Onto `picked` (the answer first), up to `max` in all: the best wrong answer that shares `want`,
 * or with no trait wanted, the best of the rest. (Functions of the module, not closures made per
 * question: bundlers that keep names, as tsx and wrangler do, pay for every named closure made.)
 */
function addChoices(picked: Speaker[], max: number, order: ChoiceOrder, quote: string, want: Trait | null): void {
  for (const s of ranked(picked[0]!, order)) {
    if (picked.length >= max) return;
    if ((want === null || want.has(s)) && fits(s, picked, quote)) { picked.push(s); if (want) return; }
  }
}

/**
 * The choices for a question whose answer is `answer`, from `pool` (the people a choice may
 * show), or null when they cannot be fair: no way to keep the quotation from telling who said it.
 * `strict: false` (an editor adding a question by hand) offers the best it can all the same.
 */
export function pickChoices(answer: Speaker, pool: Speaker[] | ChoiceOrder, quote: string, options: ChoiceOptions & { strict?: boolean } = {}): DraftChoice[] | null {
  const max = options.max ?? 4;
  const picked: Speaker[] = [answer];
  const order = Array.isArray(pool) ? choiceOrder(pool, options.quoted ?? []) : pool;
  const traits = traitsOf(quote, answer);
  // first someone who shares each thing the quotation tells of its speaker, then the best of the rest
  for (const t of traits) if (giveAways([t], picked).length) addChoices(picked, max, order, quote, t);
  addChoices(picked, max, order, quote, null);
  return giveAways(traits, picked).length === 0 || options.strict === false ? asChoices(picked, options.seed ?? hash(quote)) : null;
}

/** A person as a choice with nothing known of them but what the Person says (an editor's list). */
const plain = (p: Person): Speaker => {
  const role = shortRole(p.role);
  return { person: p, relation: undefined, role, roleClass: roleClass(role), evidence: 'listed' };
};

/**
 * Choices for a question whose right answer is `speaker`, from a list of people (the editors'
 * API adds questions this way): the same rules, every listed person taken as a possible choice.
 */
export function choicesFor(speaker: Person, people: Person[], quote: string, options: ChoiceOptions = {}): DraftChoice[] {
  return pickChoices(plain(speaker), people.map(plain), quote, { ...options, strict: false })!;
}
