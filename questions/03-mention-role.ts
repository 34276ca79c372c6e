// Stage 3, part 1d — the role a mention's words give its person: the titles peeled off the name, a
// role before it ("Kremlin spokesman Dmitry Peskov", "the health secretary, Wes Streeting,", an office
// opening the sentence: "Guma Gup, Sangay Tenzin,"), or an appositive after it ("Jeff Traeger, president
// of UFCW Local 832,").

import { bare, givenName } from './03-names';
import type { NameReading } from './03-not-a-name';
import { isRoleNoun, readableRole, RELATIONAL, roleHead, tidyRole } from './03-roles';
import { lowerWordBeforeSpaces } from './03-scan';
import { ROLE_PARTICIPLES } from './data/roles';
import { HONORIFICS, RANK_TITLES, TITLES } from './data/titles';
import { perText } from './memo';

/** Role written before the name in lower case: "Kremlin spokesman Dmitry Peskov". */
// (whole words only: "52-year-old taxi driver", not "-year-old …"; "the group's adviser", not "s adviser")
const ROLE_BEFORE = /((?<![\p{L}\d'’.-])(?:\b\p{Lu}[\p{L}.'’&-]*\s+){0,3}(?:[\p{Ll}\d-]+\s+){0,2}[\p{Ll}-]+)\s+$/u;
/** The role before the name, set off by a comma: "the health secretary, Wes Streeting". */
const ROLE_BEFORE_COMMA = /\b(?:the|a|an|its|their)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+),\s+$/iu;
/** The same after an owner named with "'s", in lower case: "Moviment Lokalità's public relations officer, Jean-Paul Mifsud". */
const OWNERS_ROLE_BEFORE_COMMA = /\p{L}['’]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*),\s+$/u;
/** Heads that say how someone stands to another, no office: "Obama's predecessor, George W. Bush". */
const NO_OFFICE = /^(?:predecessor|successor|rival|opponent|ally|deputy|protégé|protege|mentor|boss)$/;
/** The text ends with a word in capitals and spaces ("… of Police "): where an office of something may end. */
function capitalWordBefore(before: string): boolean {
  let i = before.length - 1;
  if (i < 0 || before.charCodeAt(i) !== 32 && before[i] !== '\u00a0') return false;
  while (i >= 0 && (before.charCodeAt(i) === 32 || before[i] === '\u00a0')) i--;
  while (i > 0 && /[\p{L}'’-]/u.test(before[i - 1]!)) i--;
  return i >= 0 && /\p{Lu}/u.test(before[i]!);
}

/** An office's initials in brackets: "(DS)", "(DTC)" (a pattern's source, for the patterns that read one). */
// ("(DCP, Noida)": the place the office is of may follow the letters)
const INITIALS_IN_BRACKETS = String.raw`\(\p{Lu}{2,6}(?:,\s+\p{Lu}[\p{L} -]{1,24})?\)`;
/** Capitalised words that open a sentence before an office: "On Monday", "In Galle", "Yesterday". */
const SENTENCE_OPENERS = /^(?:(?:On|In|At|By|From|For|After|Before|Then|And|But|Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \u00a0]+)+/;
/** An office in capitals before its bracketed initials: "Galgamuwa Divisional Secretary (DS) ". */
const OFFICE_BEFORE_INITIALS = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,3}\p{Lu}[\p{L}'’-]*)[ \u00a0]+${INITIALS_IN_BRACKETS}[ \u00a0]+$`, 'u');
/** An office's initials in brackets between it and the name: "deputy traffic commissioner (DTC) Helen Marsden". */
const INITIALS_BEFORE_NAME = new RegExp(String.raw`\s+${INITIALS_IN_BRACKETS}\s+$`, 'u');
/** An office in capitals with what it is of, right before the name: "Deputy Superintendent of Police Carlton Rowe". */
const OFFICE_OF_BEFORE = /((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;
/** An appositive after the name: "Jeff Traeger, president of UFCW Local 832,". */
const ROLE_AFTER = /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;:()"“”]{3,70}?)(?=[,.;]|\s+(?:said|says|told|added)\b)/u;

/** The role the text gives the person: the titles peeled off, a role before the name, or an appositive after it. */
/** An office, by a title word before its first preposition: "officer in charge of …", "military spokesman in Baghdad"; not "father of three". */
const officePhrase = (phrase: string): boolean => phrase.split(/\s+(?:of|in|at|for|from|with|on)\s+/)[0]!.toLowerCase().split(/\s+/).some((w) => TITLES.has(w) && !RELATIONAL.test(w));

export function roleOf(r: NameReading): string | undefined {
  let role: string | undefined;
  // (a name that opens on an apostrophe keeps it out of what stands before it: "MFM's finance manager, 'Mathabo Ntsane,")
  const beforeName = /\s['’]$/.test(r.before) ? r.before.slice(0, -1) : r.before;
  // ("deputy traffic commissioner (DTC) Helen Marsden": the office's initials in brackets between it and the name)
  const before = beforeName.endsWith(') ') ? beforeName.replace(INITIALS_BEFORE_NAME, ' ') : beforeName;
  // (the lower-case word right before the name must be a role before the longer pattern is tried)
  // (the regexes read only the end of `before`: anchored at its end, they would scan it all)
  const lastWord = lowerWordBeforeSpaces(before.slice(-30));
  // "the health secretary, Wes Streeting,": the role and the name set off by commas (British style)
  // (set off on both sides: not "… than that of the CIA chief, Zuckoff said", where the name opens a clause of its own)
  const closed = /^(?:[,.;:)]|$)/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 1));
  // ("one of the diocese's archdeacons, the Ven. Joanna Ruddle,": "the" and an honorific between the comma and the name)
  const setOff = r.honorific && /,\s+the\s+$/i.test(beforeName.slice(-8)) ? beforeName.replace(/the\s+$/i, '') : beforeName;
  const comma = closed && /,\s+$/.test(setOff.slice(-3));
  const setOffPhrase = comma ? oneOfThem(ROLE_BEFORE_COMMA.exec(setOff)) ?? ownersRole(setOff, r) : undefined;
  const setOffHead = setOffPhrase?.split(/\s+/).pop() ?? '';
  // (the phrase right before the name, or the one set off before it by a comma)
  const setOffRole = !(lastWord && roleHead(lastWord)) && !!setOffPhrase && roleHead(setOffHead) && !RELATIONAL.test(setOffHead);
  const rolePhrase = lastWord && roleHead(lastWord) ? ROLE_BEFORE.exec(before)?.[1] : setOffRole ? setOffPhrase : undefined;
  // (honorifics alone are no role: "Alhaji Musa Danladi, chairman of the market association," has the appositive's)
  if (r.titleTokens.some((t) => !HONORIFICS.has(bare(t)))) role = r.titleTokens.join(' ');
  if (rolePhrase && roleHead(rolePhrase.split(/\s+/).pop() ?? '')) {
    const phrase = rolePhrase.split(/\s+/);
    // keep the role noun and the capitalised words/adjectives right before it
    const keep: string[] = [];
    for (let i = phrase.length - 1; i >= 0 && keep.length < 4; i--) {
      const w = phrase[i]!;
      // (a role is a noun phrase: it stops at a preposition, "Goals from captain Jonny Pritchard" is the captain's)
      // ("built around captain Usman ul-Haq")
      if (i < phrase.length - 1 && /^(?:the|a|an|and|by|to|of|with|for|from|in|on|at|over|after|into|against|under|between|behind|than|like|about|around|through|near|beside|among|across|towards?|without|within|via|past|upon|onto|during|beyond|alongside|said|says|told|that|as|who|is|was)$/i.test(w)) break;
      // (nor does it run back over a sentence's end: "met police on Friday. Youth Councils organiser")
      if (i < phrase.length - 1 && /\p{Ll}{2,}\.$/u.test(w)) break;
      // (nor over a verb whose object the person is: "a pay deal that lifted managing director Brett Kowalczyk's pay";
      // participles that describe someone stay: "retired teacher", "embattled chief executive")
      if (i < phrase.length - 1 && /^\p{L}+ed$/u.test(w) && !ROLE_PARTICIPLES.has(w.toLowerCase())) break;
      keep.unshift(w);
    }
    // ("Its vice-chancellor, Professor Morven Lister": the appositive is the role; the title is how she is addressed)
    role = tidyRole((setOffRole ? keep : [...keep, ...r.titleTokens]).join(' '));
  }
  // ("Deputy Minister of Economy Lilit Hovhannisyan": the portfolio the people stage peeled off the name finishes the office before it)
  // (not a name the office's words still open: "Intelligence James Clapper")
  const withPortfolio = r.titleTokens.length > 0 && / (?:of|for) (?:the )?$/.test(before) && givenName(r.tokens[0]!) ? `${before}${r.titleTokens.join(' ')} ` : '';
  if (withPortfolio) role = officeInCapitals(OFFICE_OF_BEFORE.exec(withPortfolio.slice(-70)), 0) ?? role;
  if (!role && capitalWordBefore(before)) role = officeInCapitals(OFFICE_OF_BEFORE.exec(before.slice(-70)), 0);
  // (or in capitals alone before its bracketed initials, which end the name's segment: "Galgamuwa Divisional Secretary (DS)
  // K.A. Nilmini Perera"; not the words that open the sentence: "On Monday Divisional Secretary (DS) Nilmini Perera")
  if (!role && r.text[r.offset - 2] === ')') role = officeInCapitals(OFFICE_BEFORE_INITIALS.exec(r.text.slice(Math.max(0, r.offset - 80), r.offset)), 1, SENTENCE_OPENERS);
  // (a rank the name carries is how the person is addressed, an office set off after the name what they are: "Insp. Carla
  // Nordstrom, the officer in charge of the Whitehorse RCMP detachment,"; a description is not: "Capt. Tom Brown, a father of three,")
  const rankOnly = !!role && !rolePhrase && r.titleTokens.every((t) => RANK_TITLES.has(bare(t)));
  if (!role || rankOnly) {
    // (the pattern opens with a comma: most names have none after them)
    // ("Shahinur Rahman, officer-in-charge (OC) of Sherpur Police Station,": over the office's initials in brackets)
    const ra = r.segText[r.m.index + r.m[0].length] === ',' ? ROLE_AFTER.exec(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 120).replace(BRACKETED_INITIALS, '')) : null;
    // ("Priya Raghavan, a software engineer who lives in the area,": the role ends where a clause about them begins)
    let phrase = ra?.[1]?.split(/\s+(?:who|whom|whose|which|that|where|when)\b/)[0];
    // ("an epidemiologist at the University of Cape Town", "deputy director of the Ben Tre Department of Agriculture and
    // Environment": a long one keeps what comes before its preposition; "in charge" is the office's own: "the officer in charge
    // of the Whitehorse RCMP detachment" is an officer in charge, whom the article may call "the OIC")
    if (phrase && phrase.split(/\s+/).length > 5) phrase = phrase.split(/\s+(?:at|for|with|in(?!\s+charge\b)|from|on)\s+/)[0];
    if (phrase && phrase.split(/\s+/).length > 5) phrase = phrase.split(/\s+of\s+/)[0];
    if (phrase && roleHead(phrase) && (!rankOnly || officePhrase(phrase))) role = tidyRole(phrase);
  }
  if (!role && r.before.endsWith(', ')) role = officeOpeningSentence(r);
  // ("the committee, which met with Senator Farzana Qaimkhani in the chair", "a meeting chaired by Tom Brown")
  if (IN_THE_CHAIR.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 14)) || r.before.endsWith('chaired by ')) role = role ? `${role}, chair` : 'Chair';
  // ("Samuel Langat, who chairs the Ol Kalou cooperative, …": the office a relative clause gives, then "the chairman says")
  const leads = role ? null : WHO_LEADS.exec(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 90));
  if (leads) role = `${LEADER_OF[leads[1]!]} of ${leads[2]!}`;
  return role === undefined ? undefined : readableRole(role);
}

/**
 * An office in capitals a pattern found (its words up to the office in group 1), where its last word is an office: the match's
 * group `group`, without what `opening` matches at its start.
 */
function officeInCapitals(office: RegExpExecArray | null, group: 0 | 1, opening?: RegExp): string | undefined {
  const head = office?.[1]!.trim().split(/\s+/).pop()!.toLowerCase();
  return office && head && (TITLES.has(head) || isRoleNoun(head)) ? tidyRole(opening ? office[group]!.replace(opening, '') : office[group]!) : undefined;
}

/** An owner's role set off before the name, where the name has no title of its own and the role is an office. */
function ownersRole(setOff: string, r: NameReading): string | undefined {
  if (r.titleTokens.length > 0) return undefined;
  const phrase = OWNERS_ROLE_BEFORE_COMMA.exec(setOff.slice(-60))?.[1];
  return phrase && !NO_OFFICE.test(phrase.split(/\s+/).pop()!) ? phrase : undefined;
}

/** "one of the diocese's archdeacons, Joanna Ruddle": one of a group set off before the name holds the group's role, in the singular. */
function oneOfThem(m: RegExpExecArray | null): string | undefined {
  const phrase = m?.[1];
  const head = phrase?.split(/\s+/).pop() ?? '';
  const oneOf = !!m && head.endsWith('s') && !roleHead(head) && roleHead(head.slice(0, -1)) && /\bone\s+of\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index));
  return oneOf ? phrase!.slice(0, -1) : phrase;
}

/** An office's initials in brackets after it: " (OC)". */
const BRACKETED_INITIALS = new RegExp(String.raw`\s+${INITIALS_IN_BRACKETS}(?=[\s,])`, 'u');

/** ", who chairs the …,", ", who chairs Independent Pharmacy Alliance North (IPAN),": a relative clause that gives someone an office, and the office each verb gives. */
const WHO_LEADS = /^,\s+who\s+(chairs|heads|coaches|captains|manages)\s+((?:the|a|an)\s+[^,.;:"“”()]{2,60}?|\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*))*?\s+\p{Lu}[\p{L}'’-]*)(?=[,.;]|\s+\(|\s+(?:and|since|for)\b)/u;
const LEADER_OF: Record<string, string> = { chairs: 'chair', heads: 'head', coaches: 'coach', captains: 'captain', manages: 'manager' };

/** " in the chair": who presides over a meeting. */
const IN_THE_CHAIR = /^\s+in the chair\b/;

/** An office in capitals opening the sentence, set off by commas before the name (the `^` only where the paragraph begins). */
const OFFICE_OPENING = new RegExp(String.raw`(^|[.!?]["”’]?\s+)((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)(?:\s+${INITIALS_IN_BRACKETS})?,\s+$`, 'u');

/**
 * "Guma Gup, Sangay Tenzin, said", "Dzongkhag Agriculture Officer (DAO), Deki Choden, said": the office
 * opens the sentence and the name stands between commas, as South Asian outlets write it. Its last word
 * must be a role, or one the article itself uses for a speaker ("the gup said").
 */
function officeOpeningSentence(r: NameReading): string | undefined {
  if (r.segText[r.m.index + r.m[0].length] !== ',') return undefined;
  const m = OFFICE_OPENING.exec(r.before);
  if (!m || m[1] === '' && r.m.index > r.before.length) return undefined;
  const phrase = m[2]!;
  const head = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  if (!isRoleNoun(head) && !TITLES.has(head) && !speakerNouns(r.text).has(head)) return undefined;
  return tidyRole(phrase);
}

/** "the gup said", "according to the gup": the nouns an article makes speakers of, read once per article. */
const SPEAKER_NOUN = /\bthe (\p{Ll}+)\s+(?:said|says|told|added|noted|explained|recalled)\b|\baccording to the (\p{Ll}+)\b/gu;
const speakerNouns = perText((text: string): ReadonlySet<string> => {
  const nouns = new Set<string>();
  for (const m of text.matchAll(SPEAKER_NOUN)) nouns.add((m[1] ?? m[2])!);
  return nouns;
});

