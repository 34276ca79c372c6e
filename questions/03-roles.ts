// Stage 3, part 2 — roles: what a phrase before or after a name says the person
// is ("Kremlin spokesman", "president of UFCW Local 832"), in a short readable form.

import { NOT_AGENT_NOUNS, ROLE_NOUNS } from './data/roles';
import { ORG_NOUNS, ORG_WORDS } from './data/organisations';
import type { Entity } from './03-entity';
import { BEFORE_SRI, HONORIFICS, TITLES } from './data/titles';
import { memoised, perText } from './memo';
import { hasWord } from './03-quote-names';

/** A role noun: from the table, or an agent noun ("cartoonist", "organizer", "librarian"). */
export function isRoleNoun(w: string): boolean {
  // (the pattern only on a word ending as its suffixes end: t, n or r)
  const last = w.charCodeAt(w.length - 1);
  // ("co-author", "co-owner": one of those who hold the role)
  if (w.startsWith('co-')) return isRoleNoun(w.slice(3));
  // ("officer-in-charge", "editor-in-chief": the compound's head)
  // (not a relation by marriage: "son-in-law")
  const inAt = w.indexOf('-in-');
  if (inAt > 0) return !w.endsWith('-in-law') && isRoleNoun(w.slice(0, inAt));
  return ROLE_NOUNS.has(w) || ((last === 116 || last === 110 || last === 114) && /^[a-z]{4,}(?:ist|ian|er|or)$/.test(w) && !NOT_AGENT_NOUNS.has(w));
}

export function roleHead(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return words.some((w) => isRoleNoun(w) || TITLES.has(w.replace(/\.$/, '')) && w.length > 3);
}

export function tidyRole(s: string): string | undefined {
  // ("Kwame Mensah, its president": the owner's determiner is no part of the role)
  const r = s.trim().replace(/^(?:the|a|an|its|their|and|but|said|says|told|former)\s+/i, (m) => (/former/i.test(m) ? m : ''));
  if (!r || r.split(/\s+/).length > 8) return undefined;
  return r.charAt(0).toUpperCase() + r.slice(1);
}

/** Abbreviated or plural titles, written out in the singular: "GOP Sens." → "Republican Senator". */
const TITLE_WORDS: Record<string, string> = {
  sen: 'Senator', sens: 'Senator', senator: 'Senator', senators: 'Senator', rep: 'Representative', reps: 'Representative',
  representatives: 'Representative', gov: 'Governor', govs: 'Governor', governors: 'Governor', lt: 'Lieutenant', gen: 'General',
  col: 'Colonel', capt: 'Captain', sgt: 'Sergeant', cpl: 'Corporal', maj: 'Major', adm: 'Admiral', cmdr: 'Commander',
  det: 'Detective', const: 'Constable', insp: 'Inspector', supt: 'Superintendent', prof: 'Professor', atty: 'Attorney',
  pres: 'President', sec: 'Secretary', councilmember: 'Councilmember', amb: 'Ambassador', cr: 'Councillor', cllr: 'Councillor', coun: 'Councillor', ald: 'Alderman', gop: 'Republican', dem: 'Democratic', dems: 'Democratic',
};
/** Words that say how someone relates to another person, not what they are: alone, no role. */
export const RELATIONAL = /^(?:colleague|partner|friend|wife|husband|son|daughter|mother|father|brother|sister|dad|mom|mum|neighbou?r|boyfriend|girlfriend|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|fianc[ée]e?|spouse|parent|child|kid|relative)$/i;

/**
 * A short readable role, or none: titles written out in the singular ("Sens." → "Senator"),
 * honorifics dropped, and nothing that is a clause ("who created …") or only a relation ("Colleague").
 */
export const readableRole: (role: string) => string | undefined = memoised(readRole, 5_000);

/** A title in the plural, lower case: "commissioners", "councillors" (of two or more people named after it). */
export const pluralTitle = (b: string): boolean => b.endsWith('s') && TITLES.has(b.slice(0, -1)) && !TITLES.has(b);

const NOT_A_ROLE_OPENER = /^(?:even|also|both|consider|another|still|only|just|meanwhile|indeed)$/i;

function readRole(role: string): string | undefined {
  const out: string[] = [];
  for (const t of role.trim().split(/\s+/)) {
    const b = t.replace(/\.$/, '').toLowerCase();
    if (HONORIFICS.has(b)) continue;
    if (b === 'sri' && BEFORE_SRI.has(out[out.length - 1]?.toLowerCase() ?? '')) { out.pop(); continue; }
    const w = TITLE_WORDS[b];
    if (w) { if (out[out.length - 1] !== w) out.push(w); continue; }
    // a plural office: "Councillors" → "Councillor"
    if (pluralTitle(b)) { out.push(t.slice(0, -1)); continue; }
    out.push(t);
  }
  // (a sentence's adverb, an imperative or "another" opens no role: "Even HBO comedian", "Consider Rep.", "Another former state party chairman";
  // and a phrase cut off at its preposition ends before it: "Spokesman for" is a spokesman)
  while (out.length > 0 && NOT_A_ROLE_OPENER.test(out[0]!)) out.shift();
  while (out.length > 0 && /^(?:to|of|for|at|in|with|by|from|on|and|or)$/i.test(out[out.length - 1]!)) out.pop();
  if (out.length === 0 || out.length > 6) return undefined;
  if (/^(?:who|whom|whose|which|that|where|when|while|as|after|before|because|if|and|but|or|he|she|they|it|we|i|you|ask|tell|say)$/i.test(out[0]!)) return undefined;
  // (nor a clause: "Then became a supporter", "Even after federal judge ruled")
  if (out.some((w) => /^(?:said|says|told|tells|added|is|was|are|were|has|had|have|became|becomes|ruled|he|she|they)$/i.test(w))) return undefined;
  if (out.every((w) => RELATIONAL.test(w) || /^(?:the|a|an|his|her|their|new|longtime|long-time|close|old|former|late)$/i.test(w))) return undefined;
  const r = out.join(' ');
  return r.charAt(0).toUpperCase() + r.slice(1);
}

/**
 * The initials of a role of two to five words, lower case ("deputy traffic commissioner" → "dtc"), or undefined; the words
 * of a compound joined by "-in-" count ("officer-in-charge" → "oc", as South Asian papers write "the OC").
 */
export function roleInitials(role: string | undefined): string | undefined {
  const words = officeWords(role);
  return words && words.length >= 2 && words.length <= 5 ? initialsOf(words) : undefined;
}

const initialsOf = (words: readonly string[]) => words.map((w) => w[0]).join('');

/** The words of a role its initials are made of, lower case, without "of", "the" and "and". */
function officeWords(role: string | undefined): string[] | undefined {
  // ("Officer-in-charge of Sherpur Police Station" is "the OC": such a compound is the office, the rest where it is held)
  const office = role && /^\p{L}+-in-\p{L}+(?=\s|$)/u.exec(role)?.[0];
  // ("Vice-Chancellor" is "the VC", "Director-General" "the DG": a hyphened office's words each have their initial)
  return (office || role)?.toLowerCase().replace(/(\p{L})-in-(\p{L})/gu, '$1 $2').replace(/(\p{L})-(\p{L})/gu, '$1 $2').split(/[\s,]+/).filter((w) => /^\p{L}/u.test(w) && w !== 'of' && w !== 'the' && w !== 'and');
}

/**
 * The initials a role may go by: the whole role's, and its last words' where a place or a body stands first ("Kongwa District
 * Commissioner" is "the DC", "Galgamuwa Divisional Secretary" "the DS").
 */
export const roleInitialForms = (role: string | undefined): readonly string[] => role === undefined ? [] : initialFormsOf(role);

/** (kept by the role: the people stage and the attribution stage ask of every person's) */
const initialFormsOf = memoised((role: string): readonly string[] => {
  const whole = roleInitials(role);
  if (!whole) return [];
  const words = officeWords(role)!, out = [whole];
  // (the last words' only where the role ends on its office and what goes before is capitalised, a place or a body:
  // not "Ambassador to the United States" → "us", "Head of Public Relations" → "pr")
  const last = words[words.length - 1]!;
  if (!(isRoleNoun(last) || TITLES.has(last))) return out;
  const capitalised = role.split(/[\s,]+/).filter((w) => /^\p{L}/u.test(w) && !/^(?:of|the|and)$/i.test(w)).map((w) => /^\p{Lu}/u.test(w));
  for (let from = 1; from <= words.length - 2 && capitalised[from - 1]; from++) out.push(initialsOf(words.slice(from)));
  return out;
}, 5_000);

/**
 * The initials of the offices an article gives people, where it writes them in capitals ("Additional Government Pleader
 * S. Rajasekaran … the AGP"; "deputy traffic commissioner (DTC)"), lower case: the people stage drops "AGP" as no one, and
 * the attribution stage reads "the AGP said" as the office.
 */
export function officeInitials(text: string, entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  let written: ReadonlySet<string> | undefined;
  for (const e of entities) {
    if (e.person.kind !== 'person') continue;
    for (const initials of roleInitialForms(e.person.role)) {
      // (one pass over the text for all of them: a long article names a hundred offices)
      const upper = initials.toUpperCase();
      if (/^[A-Z]+$/.test(upper) ? (written ??= capitalRuns(text)).has(upper) : hasWord(text, upper)) out.add(initials);
    }
  }
  return out;
}

/** A letter, for what stands next to a run of capitals: ASCII by its code, any other by its Unicode class. */
const isLetterCode = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : i >= 0 && i < text.length && /\p{L}/u.test(text[i]!);
};

/**
 * The runs of two to five ASCII capitals a text writes as words (no letter on either side): "AGP", "DTC", "US"; kept for
 * the last text, as the people stage and the attribution stage both ask.
 */
export const capitalRuns: (text: string) => ReadonlySet<string> = perText(readCapitalRuns);

function readCapitalRuns(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 65 && text.charCodeAt(j) <= 90) j++;
    if (j - i >= 2 && j - i <= 5 && !isLetterCode(text, i - 1) && !isLetterCode(text, j)) out.add(text.slice(i, j));
    i = j;
  }
  return out;
}

/**
 * The offices an article gives people that no table knows as roles, by their head word ("Guma Gup, Sangay Tenzin," →
 * "gup"; "chairman of the panel" is a chairman, not a panel), and by their initials where the article writes them
 * ("deputy traffic commissioner (DTC)" → "dtc"): "the gup said", "the DTC said" describe someone.
 */
export function articleRoles(text: string, entities: readonly Entity[]): Set<string> {
  const roles = officeInitials(text, entities);
  for (const e of entities) {
    const role = e.person.kind === 'person' ? e.person.role : undefined;
    if (!role) continue;
    const head = /(\p{L}{3,})$/u.exec(role.split(/\s+(?:of|for|at|with|in|on|from)\s+/)[0]!)?.[1]?.toLowerCase();
    if (head && !isRoleNoun(head) && !ORG_NOUNS.has(head) && !ORG_WORDS.has(head)) roles.add(head);
  }
  return roles;
}

/** The capitalised words a description puts before its head ("the Zimbabwe captain": zimbabwe), lower case. */
export const descriptionModifiers = (before: string): string[] => before.split(/\s+/)
  .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An|Another|One|His|Her|Their|Its)$/.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
