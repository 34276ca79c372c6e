// Stage 3, part 1c — name sequences joined or cut by hand before they are read (03-mentions): an
// organisation's name with "of", "for", "and" or a plural owner in it ("Ministry for Primary Industries",
// "Securities and Exchange Commission", "Residents’ Association"), and an owner named before what they own
// ("Donald Trump’s White House"); a surname two given names share ("Tom and Jess Kriewaldt"); a company's name without its
// legal form ("Acme Foods" after "Acme Foods Ltd"); and, once read, the roles
// the words around a name give it (a portfolio before it, a plural title before a list of names).

import { bare, certainNameGender, firstNameGender, givenName, knownGivenName, nameKey } from './03-names';
import { lowerWordBeforeSpaces, NAME_SEQUENCE } from './03-scan';
import { LEGAL_FORMS, ORG_ON_WORDS, ORG_WORDS, PREMISES_WORDS } from './data/organisations';
import { DATE_WORDS, NON_NAME_WORDS } from './data/non-names';
import { GENDERED_HONORIFICS } from './data/pronouns';
import { SURNAME_SHARING_RELATIONS } from './data/roles';
import { HONORIFICS, PERSON_TITLES, SPEAKING_FOR_OFFICES, TITLES } from './data/titles';
import type { RawMention } from './03-mentions';
import { isRoleNoun, tidyRole } from './03-roles';

/** A name sequence cut or joined by hand, in the shape readMention takes. */
const nameMatch = (name: string, index: number): RegExpExecArray => Object.assign([name], { index, input: '' }) as unknown as RegExpExecArray;

/** A capitalised word of an organisation's name: a full stop only inside it ("U.S"), so "Patriots for Trump. Recently" ends at the sentence. */
const ORG_TOKEN = String.raw`\p{Lu}(?:[\p{L}'’&-]|\.(?=\p{L}))*`;

/** Days and months: "the council on Monday said" is no "Council on …". */
const DAYS_AND_MONTHS: ReadonlySet<string> = new Set(DATE_WORDS);
const onADay = (of: string) => DAYS_AND_MONTHS.has((/^ on (\p{L}+)/u.exec(of)?.[1] ?? '').toLowerCase());

// ("Ministry of Tourism, Culture and the Arts": a list of capitalised words closed by "and"; "Ministry for Primary Industries")
// ("Department of Climate Change, Energy, the Environment and Water": items of the list may be several words, after "the")
// ("Chamber of Mines of Namibia", "University of the West of England": a second "of" and the place the body is of)
// ("Senate Committee on Foreign Relations", "Standing Committee on Climate Change": "on" after the words that take it (ORG_ON_WORDS),
// not before a day or a month)
const ORG_OF = new RegExp(String.raw`^ (?:of|for|on) (?:the )?${ORG_TOKEN}(?: (?:and |for )?${ORG_TOKEN})*(?:(?:, (?:the )?${ORG_TOKEN}(?: ${ORG_TOKEN})*)+,? and (?:the )?${ORG_TOKEN}(?: ${ORG_TOKEN})?)?(?: of (?:the )?${ORG_TOKEN}(?: (?:and )?${ORG_TOKEN})*)?`, 'u');

/**
 * "Central Bank of Chile", "Ministry of Economy", "University of Toronto", "Ministry for Arctic Affairs", "Committee on
 * Foreign Relations": an organisation word before "of", "for" or "on" and a capitalised name makes one name (the sequence
 * scan resumes after it).
 */
export function withOrgOf(found: RegExpExecArray, segText: string): RegExpExecArray {
  // ("Food and General Workers Union of SA": a name joined by "and" may go on with "of")
  const m = withOrgAnd(found, segText);
  const owners = m !== found ? m : withOwnersOrg(m, segText);
  if (owners !== m) return owners;
  const last = m[0].slice(Math.max(m[0].lastIndexOf(' '), m[0].lastIndexOf('\u00a0')) + 1);
  if (!ORG_WORDS.has(last.toLowerCase()) || /['’]s$/.test(last)) return m;
  const of = ORG_OF.exec(segText.slice(m.index + m[0].length, m.index + m[0].length + 80));
  if (!of || of[0].startsWith(' on ') && (!ORG_ON_WORDS.has(last.toLowerCase()) || onADay(of[0]))) return m;
  const joined = beforePersonAfter(officeOfAfter(of[0]));
  NAME_SEQUENCE.lastIndex = m.index + m[0].length + joined.length;
  return nameMatch(m[0] + joined, m.index);
}

/**
 * "Department of Defense Chief of Staff Jeremy Bash": a second "of" after a title is the office's ("Chief of Staff"), no part
 * of the body's name, which ends before the title.
 */
function officeOfAfter(of: string): string {
  const second = of.indexOf(' of ', 1);
  if (second < 0) return of;
  const words = of.slice(0, second).split(' ');
  const title = words.findIndex((w, i) => i > 2 && TITLES.has(w.toLowerCase()));
  return title < 0 ? of : words.slice(0, title).join(' ');
}

/**
 * "Ministry of Climate Change Naveed Akhtar Bhatti": the body's name ends where a given name opens a
 * person's name of two words or more after it (the words of "of …" from its second on).
 */
function beforePersonAfter(of: string): string {
  const words = of.split(' ');
  // (words[0] is empty, words[1] "of" or "for", then perhaps "the")
  for (let k = words[2] === 'the' ? 4 : 3; k < words.length - 1; k++) {
    const w = words[k]!;
    if (givenName(w) && /^\p{Lu}\p{Ll}/u.test(words[k + 1]!) && !ORG_WORDS.has(words[k + 1]!.toLowerCase())) return words.slice(0, k).join(' ');
  }
  return of;
}

const OWNERS_ORG = new RegExp(String.raw`^['’](?: ${ORG_TOKEN}){1,3}`, 'u');

/** "Lavapiés Residents’ Association", "National Farmers' Union": a plural owner and an organisation word make one name. */
function withOwnersOrg(m: RegExpExecArray, segText: string): RegExpExecArray {
  if (!/s$/.test(m[0])) return m;
  const org = OWNERS_ORG.exec(segText.slice(m.index + m[0].length, m.index + m[0].length + 60));
  if (!org || !ORG_WORDS.has(org[0].split(' ').pop()!.toLowerCase())) return m;
  NAME_SEQUENCE.lastIndex = m.index + m[0].length + org[0].length;
  return nameMatch(m[0] + org[0], m.index);
}

const ORG_AND = new RegExp(String.raw`^ and ${ORG_TOKEN}(?: ${ORG_TOKEN})*`, 'u');

/**
 * "Securities and Exchange Commission", "Heart and Stroke Foundation", "Icelandic Food and Veterinary
 * Authority": up to three words, "and", and a name that ends in an organisation word make one name
 * (not when a word before "and" is a given name or a title: "John Smith and Acme Holdings" are two).
 */
function withOrgAnd(m: RegExpExecArray, segText: string): RegExpExecArray {
  // ("The Trinidad and Tobago Police Service": the sentence's capital "The" before the first word)
  if (segText.slice(m.index + m[0].length, m.index + m[0].length + 5) !== ' and ') return m;
  const first = m[0].replace(/^The[ \u00a0]+/, '');
  const words = first.split(/[ \u00a0]+/);
  if (words.length > 3 || /['’]s$/.test(first)) return m;
  // (a title's modifier is no title: "Health and Safety Authority")
  if (words.some((w) => firstNameGender(w) || PERSON_TITLES.has(bare(w)) || HONORIFICS.has(bare(w))) || words.length > 1 && givenName(words[0]!)) return m;
  const and = ORG_AND.exec(segText.slice(m.index + m[0].length, m.index + m[0].length + 80));
  if (!and || !ORG_WORDS.has(and[0].split(' ').pop()!.toLowerCase())) return m;
  NAME_SEQUENCE.lastIndex = m.index + m[0].length + and[0].length;
  return nameMatch(m[0] + and[0], m.index);
}

/** A hyphened participle of making or leading after a name: "-trained", "-owned", "-led". */
const MADE_BY = /-(?:trained|owned|led|backed|founded|run|designed|built|funded|sponsored|produced|directed|coached|managed|written|penned)(?=[ \u00a0]|$)/;

/**
 * "Jeanine Durning’s This Shape", "Donald Trump’s White House": an owner named by a first name and
 * a surname is a person of their own, and what they own is read apart; so is who made or leads it, "-trained", "-led".
 */
export function ownerApart(m: RegExpExecArray): RegExpExecArray[] {
  // ("the Sophie Brennan-trained Mistral Bay", "the Pelosi-led House": the name before a hyphened participle is who trained,
  // led or owns what follows, read apart as an owner's)
  const made = m[0].includes('-') ? MADE_BY.exec(m[0]) : null;
  if (made && made.index > 0) {
    const rest = m[0].slice(made.index + made[0].length).replace(/^[ \u00a0]+/, '');
    const maker = nameMatch(m[0].slice(0, made.index), m.index);
    return rest ? [maker, nameMatch(rest, m.index + m[0].length - rest.length)] : [maker];
  }
  const poss = m[0].includes("'s") || m[0].includes('’s') ? /['’]s[ \u00a0]+/.exec(m[0]) : null;
  if (!poss) return [m];
  const ws = m[0].slice(0, poss.index).split(/[ \u00a0]+/);
  const at = poss.index + poss[0].length;
  // (a rarer given name owns a title: "Tomasz Wierzbicki’s The Long Haul"; not "The Washington Post's Ed O'Keefe")
  const owner = ws[ws.length - 2] ?? '';
  const title = /^(?:The|A|An)[ \u00a0]/.test(m[0].slice(at));
  if (ws.length < 2 || !firstNameGender(owner) && !(title && givenName(owner))) return [m];
  return [nameMatch(m[0].slice(0, poss.index + 2), m.index), nameMatch(m[0].slice(at), m.index + at)];
}

/**
 * "Additional Secretary Power Division Zafar Iqbal Lodhi": a body's name, then a given name and a surname, are the body the
 * person serves and the person, read apart (not "Bank Julius Baer": a body of one word keeps what follows it).
 */
export function orgThenPerson(m: RegExpExecArray): RegExpExecArray[] {
  const ws = m[0].split(/[ \u00a0]+/);
  if (ws.length < 4) return [m];
  for (let k = 2, at = ws[0]!.length + ws[1]!.length + 2; k < ws.length - 1; at += ws[k]!.length + 1, k++) {
    // (not after an owner, whose possessive the name reading handles: "The Huffington Post’s Scott Conroy")
    if (!ORG_WORDS.has(bare(ws[k - 1]!)) || /['’]s$/.test(ws[k - 1]!) || !firstNameGender(ws[k]!) && !givenName(ws[k]!)) continue;
    // (a person's name of two to four words, none an organisation's or a common word: not "FBI Spring Into Action")
    const person = ws.slice(k);
    if (person.length > 4 || person.some((w) => ORG_WORDS.has(bare(w)) || NON_NAME_WORDS.has(bare(w)))) return [m];
    return [nameMatch(m[0].slice(0, at - 1), m.index), nameMatch(m[0].slice(at), m.index + at)];
  }
  return [m];
}

/**
 * "Minister for Sugar Industry Viliame Raiwalui": after a title and "for" or "of", a sequence of
 * three words or more opens on the rest of the office (the portfolio) and ends on the person: from
 * the first given name the data set knows, else the last two words. The portfolio joins the role.
 */
export function portfolioBeforeName(raws: RawMention[], text: string): void {
  // (not a name the article gives an organisation elsewhere: "from housing association Severn Marches Homes … A spokesperson
  // for Severn Marches Homes said")
  let bodies: Set<string> | undefined;
  for (const r of raws) {
    if (r.kind !== 'person' || r.honorific || r.tokens.length < 3) continue;
    bodies ??= new Set(raws.filter((x) => x.kind === 'organisation').map((x) => x.tokens.join(' ')));
    if (bodies.has(r.tokens.join(' '))) continue;
    const office = /\b(\p{L}+)\s+(for|of)\s+$/u.exec(text.slice(Math.max(0, r.start - 30), r.start));
    if (!office || !TITLES.has(office[1]!.toLowerCase())) continue;
    const given = r.tokens.findIndex((t) => !!givenName(t));
    // (without a given name, what follows "spokesperson for" is whom they speak for: "A spokesperson for Green Acre Homes said")
    if (given < 0 && office[2] === 'for' && SPEAKING_FOR_OFFICES.has(office[1]!.toLowerCase())) continue;
    const k = given >= 1 ? given : given === 0 ? 0 : r.tokens.length - 2;
    if (k === 0) continue;
    const at = text.indexOf(r.tokens[k]!, r.start);
    if (at < 0) continue;
    r.role ??= tidyRole(`${office[1]} ${office[2]} ${r.tokens.slice(0, k).join(' ')}`);
    r.start = at;
    r.tokens = r.tokens.slice(k);
  }
}

/** A plural role noun right before a name: "Stella's owners " → Stella's owner. */
const PLURAL_ROLE_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s+)?)(\p{Ll}[\p{Ll}-]+?)s\s+$/u;

/**
 * "GOP Sens. Ben Sasse, Lindsey Graham and John McCain", "Stella's owners Tore Sohlberg and Lehla
 * Abreder": a plural title or role noun before a list of names is each listed person's role.
 */
export function listedRoles(raws: RawMention[], text: string): void {
  let list: { role: string; end: number } | null = null;
  for (const r of raws) {
    if (r.role && r.titleTokens.some((t) => /^(?:sens|reps|senators|representatives|govs|governors)\.?$/i.test(t))) { list = { role: r.role, end: r.end }; continue; }
    const before = !r.role && r.kind === 'person' && r.tokens.length > 1 ? text.slice(Math.max(0, r.start - 40), r.start) : '';
    // (the pattern only after a lower-case word ending in s: most names have none)
    const plural = /s$/.test(lowerWordBeforeSpaces(before) ?? '') ? PLURAL_ROLE_BEFORE.exec(before) : null;
    if (plural && isRoleNoun(plural[2]!) && /^(?:,\s+|\s+and\s+)\p{Lu}/u.test(text.slice(r.end, r.end + 8))) {
      r.role = tidyRole(plural[1]! + plural[2]!);
      if (r.role) { list = { role: r.role, end: r.end }; continue; }
    }
    if (list && r.kind === 'person' && !r.possessive && /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(list.end, r.start)) && r.titleTokens.length === 0) {
      r.role ??= list.role;
      list.end = r.end;
    } else list = null;
  }
}

/**
 * "Tom and Jess Kriewaldt", "Ali and Sara Haddad": a given name alone before "and" and a given name and a
 * surname is one of two people who share that surname. The first takes it, so "Mr Kriewaldt" and "Ms
 * Kriewaldt" are two people told apart by the honorific.
 */
export function sharedSurnameBefore(raws: RawMention[], text: string): void {
  // (not a surname of someone named in full: "Warren and Bernie Sanders" after Elizabeth Warren)
  const surnames = new Set(raws.filter((r) => r.kind === 'person' && r.tokens.length > 1).map((r) => r.tokens[r.tokens.length - 1]!));
  for (let i = 0; i + 1 < raws.length; i++) {
    const r = raws[i]!, next = raws[i + 1]!;
    if (r.kind !== 'person' || r.tokens.length !== 1 || r.honorific || next.kind !== 'person' || next.tokens.length !== 2) continue;
    // (a given name the data set or the first names a paper shortens know: "Rob and Jen Kilgour")
    if (text.slice(r.end, next.start) !== ' and ' || !knownGivenName(r.tokens[0]!) || !knownGivenName(next.tokens[0]!) || surnames.has(r.tokens[0]!)) continue;
    r.tokens = [r.tokens[0]!, next.tokens[1]!];
  }
}

/**
 * "Graham Pettifer, 71, was found by his wife Susan": a given name alone after "his" or "her" and a relative is the
 * relative of the one the sentence named before, of the possessive's gender, and shares their surname ("Susan Pettifer",
 * whom "Mrs Pettifer" then names).
 */
export function relativeTakesSurname(raws: RawMention[], text: string): void {
  for (let i = 1; i < raws.length; i++) {
    const r = raws[i]!;
    if (r.kind !== 'person' || r.tokens.length !== 1 || r.honorific || !r.relation || !SURNAME_SHARING_RELATIONS.has(r.relation) || !knownGivenName(r.tokens[0]!)) continue;
    const owner = /\b(his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(Math.max(0, r.start - 40), r.start))?.[1];
    if (!owner) continue;
    const named = raws[i - 1]!;
    const gender = owner === 'his' ? 'm' : 'f';
    if (named.kind !== 'person' || named.tokens.length < 2 || named.para !== r.para || /[.!?]\s/.test(text.slice(named.end, r.start))) continue;
    if (certainNameGender(named.tokens[0]!) !== gender && GENDERED_HONORIFICS[named.honorific ?? ''] !== gender) continue;
    r.tokens = [r.tokens[0]!, named.tokens[named.tokens.length - 1]!];
  }
}

/** The nickname inside a name, "Jonas “Brisk” Lindqvist", noted as theirs (the marks' span, among a segment's mentions `raws`). */
export function noteNicknames(text: string, nicknames: readonly [number, number][], raws: readonly RawMention[], nicknamed: Map<string, string[]>): void {
  for (const [a, b] of nicknames) {
    const full = raws.find((r) => r.start < a && r.end > b && r.kind === 'person');
    const nick = text.slice(a, b).replace(/^[“"‘'(]+|[”"’')]+$/g, '').trim();
    if (full && /^\p{Lu}[\p{L}'’-]*$/u.test(nick)) nicknamed.set(nick, full.tokens);
  }
}

/** "Brisk said", after "Jonas “Brisk” Lindqvist": the nickname alone names the one whose name held it. */
export function nicknamesToNames(raws: RawMention[], nicknamed: ReadonlyMap<string, string[]>): void {
  if (nicknamed.size === 0) return;
  for (const r of raws) if (r.tokens.length === 1 && !r.possessive && nicknamed.has(r.tokens[0]!)) r.tokens = [...nicknamed.get(r.tokens[0]!)!];
}

/**
 * The name key of an organisation's name without the legal form or the kind of premises that ends it ("Acme Foods Ltd" →
 * "acme foods", "Rusty Spur Saloon" → "rusty spur"), else null.
 */
export function withoutLegalForm(r: RawMention): string | null {
  const last = bare(r.tokens[r.tokens.length - 1]!);
  return r.kind === 'organisation' && r.tokens.length > 2 && (LEGAL_FORMS.has(last) || PREMISES_WORDS.has(last)) ? nameKey(r.tokens.slice(0, -1)) : null;
}

/**
 * "Tŷ Newydd Living Ltd had applied … A spokesperson for Tŷ Newydd Living said": a name that is a company's name
 * without its legal form is that company, though nothing in it says a body.
 */
export function bodiesWithoutLegalForm(raws: RawMention[]): void {
  const short = new Set<string>();
  for (const r of raws) { const k = withoutLegalForm(r); if (k !== null) short.add(k); }
  if (short.size === 0) return;
  for (const r of raws) if (r.kind === 'person' && !r.honorific && short.has(nameKey(r.tokens))) r.kind = 'organisation';
}
