// Stage 3 — find people (and organisations) and merge every form of a name:
// "Sen. Ben Sasse", "Sasse", "Mr. Sasse" and "Sasse's" are one person, named
// by the fullest form the article gives. Only text outside quotations counts.

import type { Doc } from './01-normalise';
import type { Quotation } from './02-quotations';
import { lowerCaseWords, officesWrittenAlone, organisationsByArticle, organisationsByName, ownsRelative, roleAcronyms, withoutNonSpeakers } from './03-entity-type';
import { slug, type RawMention } from './03-mentions';
import { bodiesWithoutLegalForm, listedRoles, portfolioBeforeName, relativeTakesSurname, sharedSurnameBefore, withoutLegalForm } from './03-joins';
import { collect, surnameAfterWord } from './03-collect';
import { bare, certainNameGender, formalGivenName, isFormOf, surnameOnly, FIRST_NAME_ONLY, firstNameGender, givenName, givenNamesOf, nameKey, surnamesOf, surnamesOfName, vietnameseGender, otherGender, type Gender } from './03-names';
import { ORG_WORDS } from './data/organisations';
import { NON_NAME_WORDS } from './data/non-names';
import { GENDERED_HONORIFICS } from './data/pronouns';
import { BURMESE_HONORIFICS, PERSON_TITLES } from './data/titles';
import { RELATIONS } from './data/roles';
import type { Entity, Mention, People } from './03-entity';
import { diedAfter, relativeByGivenName, saysAfter, saysNowAfter, sentenceStart, UNRELATED_BEFORE } from './03-bearer';
import { bracketedAcronym } from './03-acronym';

export type { Gender } from './03-names';
export { isRoleNoun } from './03-roles';
import { isRoleNoun } from './03-roles';
export type { Entity, Mention, People } from './03-entity';


/** An honorific that says a person: "Mr", "Dr", "Sen."; not "St." ("St. Regis", "St. Louis": a saint's name, a hotel, a place). */
const personHonorific = (r: RawMention) => !!r.honorific && r.honorific !== 'st';

/** A gender a given name tells, 'either' read as none. */
const givenGender = (t: string): Gender => { const g = givenName(t); return g === 'either' ? undefined : g; };

/** The entities of an article and the indexes that resolve a mention to one. */
class Register {
  /** `headlines`: the paragraphs that are a title or a heading (and the first, often a headline), whose title case runs names into words. */
  constructor(private readonly headlines: ReadonlySet<number> = new Set(), private readonly text = '') {}

  readonly entities: Entity[] = [];
  readonly byKey = new Map<string, number>();
  /** Entities with a first and a last name, by surname and by first name, in order of appearance. */
  readonly bySurname = new Map<string, number[]>();
  readonly byFirstName = new Map<string, number[]>();
  /** Full names of three words or more by their inner words: "Carrasco" of "María José Carrasco Ibáñez" (a first surname). */
  readonly byInnerName = new Map<string, number[]>();
  readonly fullCount = new Map<number, number>();
  /** The honorific a full name was first written with, and where each full name first appears. */
  readonly honorificOf = new Map<number, string>();
  /** People whose introduction opens a sentence: the sentence's subject. */
  private readonly introducedFirst = new Set<number>();
  /** Surnames of several words that several people named in full share ("Le Page"): resolved where each stands. */
  private readonly sharedSurnames = new Set<string>();
  readonly introducedAt = new Map<number, number>();
  /** People the article says died ("who died of cancer in March"): no "McKinnon says" of theirs. */
  private readonly died = new Set<number>();
  /** The paragraph each full name first appears in. */
  readonly introducedIn = new Map<number, number>();
  readonly lastBySurname = new Map<string, number>();
  /** Organisations by the first and the last word of their name ("Lumina" Therapeutics, the National Farmers "Union"). */
  readonly orgByFirstWord = new Map<string, number>();
  readonly orgByLastWord = new Map<string, number>();
  /** The mention read last: where it ended and whom it named (for an acronym in brackets after it). */
  private last: { end: number; idx: number } | null = null;

  add(r: RawMention): number {
    const name = r.tokens.join(' ');
    const full = r.tokens.length > 1;
    const hint = givenGender(r.tokens[0]!) ?? firstNameGender(r.tokens[0]!);
    this.entities.push({
      person: { id: slug(r.generation ? `${name} ${r.generation}` : name), name, aliases: [], kind: r.kind, ...(r.role ? { role: r.role } : {}) },
      // ("Dr. Ruth Abernathy": an honorific without a gender leaves it to the first name)
      gender: (r.honorific ? GENDERED_HONORIFICS[r.honorific] : undefined) ?? certainNameGender(r.tokens[0]!) ?? vietnameseGender(r.tokens) ?? (r.relation ? RELATIONS[r.relation] : undefined),
      // (a hint, never a rule: the data set's Lindsey is a woman's name, and Lindsey Graham a man; Jordan is either)
      ...(full && r.kind === 'person' && hint ? { genderHint: hint } : {}),
      personish: false, the: false, mentions: 0, ...(r.generation ? { generation: r.generation } : {}),
      // (a known first name alone, "Ruth, 69, said", or a relative, "his wife, Bernadette," is a person too)
      // (and a given name with an age: "Twelve-year-old Jayden", "Jéssica, 24,"; not "a 26-year-old Berlin man")
      solid: r.kind === 'person' && (full || personHonorific(r) || !!firstNameGender(r.tokens[0]!) || !!r.relation || this.aged(r)),
    });
    return this.entities.length - 1;
  }

  /** A given name the article gives an age, not one that modifies a noun after it ("a 26-year-old Berlin man"). */
  private aged(r: RawMention): boolean {
    if (r.age === undefined && !r.titleTokens.some((t) => /-year-old$/i.test(t)) || !givenName(r.tokens[0]!)) return false;
    return !isRoleNoun(/^\s+(\p{Ll}+)/u.exec(this.text.slice(r.end, r.end + 24))?.[1] ?? '');
  }

  /** Pass 1: full names, merged by surname and compatible first name. */
  addFullNames(raws: RawMention[]): void {
    const fullsBySurname = new Map<string, number[]>(); // (only same surnames can be the same name: linear)
    const surnamesAlone: [string, string, RawMention][] = [];
    for (const r of raws) {
      if (r.kind !== 'person' || r.tokens.length < 2) continue;
      const key = nameKey(r.tokens) + (r.generation ? ` ${r.generation}` : '');
      const known = this.byKey.get(key);
      if (known !== undefined) { this.fullCount.set(known, (this.fullCount.get(known) ?? 0) + 1); continue; }
      const surname = bare(r.tokens[r.tokens.length - 1]!);
      const matches = this.formsOf(fullsBySurname.get(surname), r);
      // ("said Mrs Le Page" after Deputy Sarah Le Page: a surname of several words alone is decided once every full name is
      // read, since a second Le Page named later shares it)
      if (matches.length > 0 && matches.every((i) => surnameOnly(this.entities[i]!.person.name, r.tokens))) {
        surnamesAlone.push([key, surname, r]);
        continue;
      }
      const same = matches[0];
      if (same !== undefined) {
        this.sameAs(same, key, r);
        continue;
      }
      // ("Jón Ágúst said" after "Jón Ágúst Pálsson", "Mohd Faizal" after "Mohd Faizal Abdul Rahman": the given names of someone
      // named in full, as Icelandic and Malaysian papers call people; one more word only, or a father's name, and not in a
      // headline: "Elizabeth Warren Hammers Wells Fargo CEO" is no one's name)
      const longer = this.byFirstName.get(bare(r.tokens[0]!))?.filter((i) => (this.introducedIn.get(i) ?? 0) > 0 && !this.headlines.has(this.introducedIn.get(i)!) &&
        this.introducedAt.get(i)! < r.start && givenNamesOf(r.tokens, this.entities[i]!.person.name.split(' ')));
      if (longer?.length === 1) {
        this.byKey.set(key, longer[0]!);
        continue;
      }
      const i = this.add(r);
      if (r.honorific) this.honorificOf.set(i, r.honorific);
      const list = fullsBySurname.get(surname);
      if (list) list.push(i); else fullsBySurname.set(surname, [i]);
      this.introducedAt.set(i, r.start);
      this.introducedIn.set(i, r.para);
      if (r.opensSentence) this.introducedFirst.add(i);
      this.byKey.set(key, i);
      this.fullCount.set(i, 1);
      const parts = this.entities[i]!.person.name.split(' ');
      // ("Bernard Kwok Chi-man" is "Kwok", "Kim Dong-won" is "Kim": a hyphenated given name follows the surname)
      const keys: [Map<string, number[]>, string][] = [...surnamesOf(parts).map((s): [Map<string, number[]>, string] => [this.bySurname, s]), [this.byFirstName, bare(parts[0]!)]];
      for (let n = 1; n < parts.length - 1; n++) if (/^\p{Lu}\p{Ll}{2,}$/u.test(parts[n]!)) keys.push([this.byInnerName, bare(parts[n]!)]);
      for (const [map, k] of keys) {
        const l = map.get(k);
        if (l) l.push(i); else map.set(k, [i]);
      }
    }
    // ("Le Page" of Deputy Sarah Le Page and Jean Le Page, "Al Kuwari" of two Al Kuwaris: a surname of several words two people
    // share is resolved where it stands, like a surname of one word)
    for (const [key, surname, r] of surnamesAlone) {
      const matches = this.formsOf(fullsBySurname.get(surname), r);
      if (matches.length > 1 && matches.every((i) => surnameOnly(this.entities[i]!.person.name, r.tokens))) this.sharedSurnames.add(key);
      else this.sameAs(matches[0]!, key, r);
    }
  }

  /** The entities among `fulls` whose name `r` is a form of. */
  private formsOf(fulls: readonly number[] | undefined, r: RawMention): number[] {
    // ("Ferdinand Marcos Jr." is not his father "Ferdinand Marcos Sr."; one written without it is either)
    return fulls?.filter((i) => (!r.generation || !this.entities[i]!.generation || this.entities[i]!.generation === r.generation) &&
      isFormOf(this.entities[i]!.person.name.split(' '), r.tokens)) ?? [];
  }

  /** `r`, a full name, is a form of entity `same`'s name. */
  private sameAs(same: number, key: string, r: RawMention): void {
    if (r.generation) this.entities[same]!.generation ??= r.generation;
    // keep the fuller form as the name ("Donald J. Trump" over "Donald Trump" only if longer)
    this.byKey.set(key, same);
    this.fullCount.set(same, (this.fullCount.get(same) ?? 0) + 1);
  }

  /**
   * Entity i's name is a given name and two surnames ("Teófilo Mamani Huanca"), not in a headline, nor someone's name and a word
   * ("Mike Pence Calls" of a headline after Mike Pence).
   */
  private firstSurname(i: number): boolean {
    const name = this.entities[i]!.person.name, parts = name.split(' ');
    if (parts.length !== 3 || !givenName(parts[0]!) || this.headlines.has(this.introducedIn.get(i)!)) return false;
    return !this.byKey.has(nameKey([parts[0]!, parts[1]!]));
  }

  /** The candidate introduced last, after all the others, as a sentence's subject, in paragraph `para` or the one before. */
  private justIntroduced(cands: readonly number[], para: number): number | undefined {
    if (cands.length < 2) return undefined;
    const newest = cands.reduce((a, b) => (this.introducedAt.get(b)! > this.introducedAt.get(a)! ? b : a));
    return this.introducedFirst.has(newest) && para - this.introducedIn.get(newest)! <= 1 ? newest : undefined;
  }

  /**
   * A surname alone: which of the people with that surname it is. Two people with one surname
   * ("Dorie Greenspan … her husband Michael Greenspan"): the one the article names in full most
   * often (relatives go by first name), else the one named last. `others`: who else it could be.
   */
  surname(r: RawMention, k: string): { idx: number | undefined; others: number[] } {
    const { entities } = this;
    // "Mr Patel" is not his wife Meena Patel: the honorific's gender rules out the others
    // ("Dr Ashby said he planned …": without a gendered honorific, a pronoun right after decides)
    const byHonorific = r.honorific ? GENDERED_HONORIFICS[r.honorific] : undefined;
    let g = byHonorific ?? r.pronounAfter;
    // ("Mr Goh" for "Goh Beng Huat": a surname written first, as Chinese, Korean and Hungarian names are)
    // (and "Mamani" of "Teófilo Mamani Huanca", a first surname, beside "Milagros Ccori Mamani", whose last word it is)
    const byLast = this.bySurname.get(k), inner = byLast ? this.byInnerName.get(k)?.filter((i) => !byLast.includes(i) && this.firstSurname(i)) : undefined;
    const bearers = (inner?.length ? [...byLast!, ...inner] : byLast) ?? (r.honorific ? this.byFirstName.get(k) : undefined) ?? [];
    let cands = bearers.filter((i) => !g || !entities[i]!.gender || entities[i]!.gender === g);
    // (a pronoun after the name may be someone it reports on: "Ashcombe wrote that she had …", of his mother; where it rules out
    // every bearer met, it is not theirs, as an honorific's gender would be)
    if (!byHonorific && g && cands.length === 0) {
      const metPeople = bearers.filter((i) => this.introducedAt.get(i)! < r.start && entities[i]!.person.kind === 'person');
      if (metPeople.length > 0) { g = undefined; cands = metPeople; }
    }
    // ("Marcos Jr." is the son, not the father the article also names)
    if (r.generation && cands.some((i) => entities[i]!.generation === r.generation)) cands = cands.filter((i) => entities[i]!.generation === r.generation);
    // only someone the reader has met: "Dr. Abernathy" before her daughter is introduced is the mother
    const met = cands.filter((i) => this.introducedAt.get(i)! < r.start);
    if (met.length) cands = met;
    // (not one the article says died, before "says": "McKinnon says, combining his initials" of the widow, not of him)
    if (saysNowAfter(this.text.slice(r.end, r.end + 24))) cands = this.living(cands, bearers, r.start);
    // ("Tšeliso Letsie, who is not related to Ms Letsie": not the one the sentence introduces)
    if (cands.length > 1 && UNRELATED_BEFORE.test(this.text.slice(Math.max(0, r.start - 32), r.start))) {
      const from = sentenceStart(this.text, r.start);
      const earlier = cands.filter((i) => this.introducedAt.get(i)! < from);
      if (earlier.length) cands = earlier;
    }
    // "the younger Mr Goh": the younger of those whose ages the article gave
    const aged = cands.filter((i) => entities[i]!.age !== undefined);
    if (r.seniority && aged.length > 1 && aged.length === cands.length) {
      const by = (a: number, b: number) => (entities[a]!.age! - entities[b]!.age!) * (r.seniority === 'younger' ? 1 : -1);
      cands = [aged.sort(by)[0]!];
    }
    // ("says the younger Mr Giménez" of "His son, Rodrigo": the word says two bear the name, and the one named in full is
    // not the son the article calls by his given name alone; the one named in full could still be meant)
    else if (r.seniority && bearers.length === 1) {
      const relative = relativeByGivenName(entities, r.seniority);
      if (relative !== undefined) return { idx: relative, others: bearers };
    }
    const possible = cands;
    // those known to be of that gender before those of unknown gender, unless one of unknown gender was the last introduced,
    // as a subject, since the paragraph before ("Jean Le Page, 82, …" after Deputy Sarah Le Page, then "said Mrs Le Page")
    const newest = g ? this.justIntroduced(cands, r.para) : undefined;
    if (g && cands.some((i) => entities[i]!.gender === g) && (newest === undefined || entities[newest]!.gender)) cands = cands.filter((i) => entities[i]!.gender === g);
    // "Mrs Patel" is not "Dr Anjali Patel": the same honorific, else none, before another one
    if (r.honorific && cands.length > 1) {
      const same = cands.filter((i) => this.honorificOf.get(i) === r.honorific);
      const none = cands.filter((i) => !this.honorificOf.has(i));
      cands = same.length ? same : none.length ? none : cands;
    }
    // (the one the article already calls so: "Greaves, 31," of Martha Greaves, then her mother Denise Greaves, called "Denise")
    const calledSo = cands.length > 1 ? cands.filter((i) => this.calls(i, r.tokens[0]!, g)) : [];
    if (calledSo.length === 1) cands = calledSo;
    const firstSurnameOf = bearers.length === 0 ? this.firstSurnameCalledSo(r, k, g) : undefined;
    if (firstSurnameOf) return firstSurnameOf;
    const top = Math.max(0, ...cands.map((i) => this.fullCount.get(i) ?? 0));
    const most = cands.filter((i) => (this.fullCount.get(i) ?? 0) === top);
    const latest = this.lastBySurname.get(k);
    const ruledOut = cands.length === 0 && (this.bySurname.get(k)?.length ?? 0) > 0; // only people of the other gender
    let idx = ruledOut ? undefined : most.length === 1 ? most[0] : latest !== undefined && (most.includes(latest) || cands.length === 0) ? latest : most[0];
    // (several could be meant: nothing in the sentence tells them apart, and the choice is a guess)
    const others = idx !== undefined ? possible.filter((i) => i !== idx) : [];
    if (idx === undefined) {
      // ("Wang said" after "Wang Jun" and "Wang Lixin": a surname written first; with several, the last met, and the others
      // could be meant too)
      // ("Uncle Les" after "Uncle Leslie Wallace": a short form of the first name)
      const byFirst = this.byFirstName.get(k) ?? this.byFirstName.get(formalGivenName(k)) ?? [];
      const metFirst = byFirst.length > 1 && bearers.length === 0 && saysAfter(this.text.slice(r.end, r.end + 24)) ?
        byFirst.filter((i) => (this.introducedAt.get(i) ?? Infinity) < r.start) : [];
      if (byFirst.length === 1) idx = byFirst[0];
      else if (metFirst.length > 0) {
        idx = metFirst.reduce((a, b) => this.introducedAt.get(b)! > this.introducedAt.get(a)! ? b : a);
        return { idx, others: metFirst.filter((i) => i !== idx) };
      }
    }
    // ("Carrasco said" after "María José Carrasco Ibáñez": Spanish papers call people by their first surname)
    if (idx === undefined && bearers.length === 0) {
      const inner = this.byInnerName.get(k) ?? [];
      if (inner.length === 1) idx = inner[0];
    }
    return { idx, others };
  }

  /** Of `cands`, those alive; where all died, the bearers met who are alive (the pronoun that chose them was someone else's). */
  private living(cands: number[], bearers: readonly number[], at: number): number[] {
    const alive = (xs: readonly number[]) => xs.filter((i) => !this.died.has(i));
    const metAlive = alive(bearers.filter((i) => this.introducedAt.get(i)! < at));
    return alive(cands).length ? alive(cands) : metAlive.length ? metAlive : cands;
  }

  /**
   * A first surname alone that several share, "Quesada said" of Marisol Quesada Brenes, whose brother the article calls
   * "Esteban": the one it already calls so (not the last named), and the others met, who could be meant too.
   */
  private firstSurnameCalledSo(r: RawMention, k: string, g: Gender): { idx: number; others: number[] } | undefined {
    const inner = this.byInnerName.get(k)?.filter((i) => this.introducedAt.get(i)! < r.start) ?? [];
    const calledSo = inner.length > 1 ? inner.filter((i) => this.calls(i, r.tokens[0]!, g)) : [];
    return calledSo.length === 1 ? { idx: calledSo[0]!, others: inner.filter((i) => i !== calledSo[0]) } : undefined;
  }

  /**
   * The article already calls entity i by `word`, and nothing says i is not of gender `g` (the honorific's or the pronoun's after
   * the mention): its gender, else its given name ("Ms Cronin" is not Donal, whom the article calls "Cronin").
   */
  private calls(i: number, word: string, g: Gender): boolean {
    const e = this.entities[i]!;
    if (!e.person.aliases.includes(word)) return false;
    return !g || (e.gender ? e.gender === g : givenGender(e.person.name.split(' ')[0]!) !== (g === 'm' ? 'f' : 'm'));
  }

  /** Pass 2: the entity a mention names (undefined: no one; a family, a lone title word or opener). */
  resolve(r: RawMention, speakerStarts: Set<number>): { idx: number | undefined; others: number[] } {
    const key = nameKey(r.tokens);
    let idx = (r.generation ? this.byKey.get(`${key} ${r.generation}`) : undefined) ?? this.byKey.get(key);
    if (idx !== undefined && r.tokens.length === 1 && otherGender(this.entities[idx]!.gender, r.honorific)) idx = undefined;
    let others: number[] = [];
    // "the Alvarezes", "the Abernathys": a family, no one person (but "Williams" is no family of "Prince William")
    if (idx === undefined && r.tokens.length === 1 && !r.honorific && /s$/.test(key) && !this.bySurname.has(key) &&
      (this.bySurname.has(key.slice(0, -1)) || /es$/.test(key) && this.bySurname.has(key.slice(0, -2)))) return { idx: undefined, others };
    // ("Hall said" after "Mayor Denise Hall": an organisation word alone that is someone's surname is that person)
    // (only a word read as an organisation for being one: "McConnell spokesman Don Stewart" keeps McConnell's office apart)
    const surnameOfSomeone = r.kind === 'organisation' && r.tokens.length === 1 && !r.theBefore && ORG_WORDS.has(key) && this.bySurname.has(key);
    // (a Burmese name is whole, after its honorific too: "Ma Thandar" is no part of "Daw Khin Thandar Soe")
    if (idx === undefined && (r.kind === 'person' || surnameOfSomeone) && r.tokens.length === 1 && !BURMESE_HONORIFICS.has(r.honorific ?? '')) ({ idx, others } = this.surname(r, key));
    if (idx === undefined && this.sharedSurnames.has(key)) ({ idx, others } = this.surname(r, bare(r.tokens[r.tokens.length - 1]!)));
    if (idx === undefined && (r.titleOnly || r.loneOpener && !speakerStarts.has(r.start))) return { idx: undefined, others };
    // "Lumina" after "Lumina Therapeutics", "the Union" after "the National Farmers Union": the
    // organisation by the first word of its name, or by the organisation word that ends it
    // ("The Manch alleged" after "the environmental group Aravalli Bachao Manch": "the" and its last word)
    if (idx === undefined && r.tokens.length === 1 && !r.honorific) idx = this.orgByFirstWord.get(key) ?? (ORG_WORDS.has(key) || r.theBefore ? this.orgByLastWord.get(key) : undefined);
    // ("the Jamaica Stock Exchange (JSE)": the acronym in brackets after a name is that name's, from here on)
    if (idx === undefined && this.last && bracketedAcronym(this.text, r, this.last.end, this.entities[this.last.idx]!.person)) {
      idx = this.last.idx;
      for (const k of [key, 'org:' + key]) this.byKey.set(k, idx);
    }
    if (idx === undefined) {
      const orgKey = 'org:' + key;
      idx = this.byKey.get(orgKey);
      if (idx === undefined) {
        idx = this.add(r);
        this.byKey.set(r.kind === 'person' ? key : orgKey, idx);
        // ("Tŷ Newydd Living" after "Tŷ Newydd Living Ltd": the company without its legal form, 03-joins withoutLegalForm)
        const short = withoutLegalForm(r);
        if (short !== null && !this.byKey.has('org:' + short)) this.byKey.set('org:' + short, idx);
      }
    }
    return { idx, others };
  }

  /** What a mention tells of its entity: kind, gender, role, relation, age, aliases. */
  learn(idx: number, r: RawMention, speakerStarts: Set<number>): void {
    const e = this.entities[idx]!;
    this.last = { end: r.end, idx };
    if (e.person.kind === 'person' && diedAfter(this.text, r.end)) this.died.add(idx);
    // (the latest organisation so named: "the Ministry said" after Nepal's Ministry of Industry)
    if (e.person.kind === 'organisation' && r.tokens.length > 1) {
      if (!NON_NAME_WORDS.has(bare(r.tokens[0]!))) this.orgByFirstWord.set(bare(r.tokens[0]!), idx);
      this.orgByLastWord.set(bare(r.tokens[r.tokens.length - 1]!), idx);
    }
    e.mentions++;
    if (r.theBefore) e.the = true;
    if (r.theBefore && r.tokens.length === e.person.name.split(' ').length) e.theFull = true;
    if (personHonorific(r) || r.titleTokens.some((t) => bare(t) !== 'st') || r.role || (r.tokens.length > 1 && (firstNameGender(r.tokens[0]!) || r.kind === 'person' && givenName(r.tokens[0]!)))) e.personish = true;
    // "MaRS director Adam …" after "MaRS investors", "Pro Natura said" after "Pro Natura, the … group,": a firm, not a person
    if (r.kind === 'organisation' && e.person.kind === 'person' && !e.personish && !givenName(e.person.name.split(' ')[0]!)) {
      e.person.kind = 'organisation'; e.solid = false;
    }
    if (r.honorific && !e.gender) e.gender = GENDERED_HONORIFICS[r.honorific];
    // (evidence for a quiz's choices: "St. George" is a saint's name or a place, no one to ask about)
    if (r.honorific && r.honorific !== 'st') e.honorific = true;
    // ("St George's"; not "St. Charles Police Lt. Tom Wilkison", whose title only opens on a saint's name)
    e.saint = r.honorific === 'st' && r.tokens.length === 1 && r.titleTokens.filter((t) => bare(t) !== 'the').length === 1 && e.saint !== false;
    if (r.titleTokens.some((t) => PERSON_TITLES.has(bare(t)))) e.titled = true;
    if (personHonorific(r) || speakerStarts.has(r.start) || r.describedAsPerson || ownsRelative(r, this.text) && !this.bySurname.has(bare(r.tokens[0]!))) e.solid ||= e.person.kind === 'person';
    if (r.role && !e.person.role) e.person.role = r.role;
    if (r.relation && !e.relation) e.relation = r.relation;
    if (r.age !== undefined && e.age === undefined) e.age = r.age;
    if (r.pronounAfter) e.pronounSeen = true;
    // ("Lorry driver Ashneel, who gave only his first name, said": someone the article names by one word)
    if (r.tokens.length === 1 && e.person.kind === 'person' && this.text.slice(r.end, r.end + 40).includes(' who ') && FIRST_NAME_ONLY.test(this.text.slice(r.end, r.end + 80))) e.solid = true;
    const form = r.tokens.join(' ');
    // (an honorific the title words do not hold, as where it opens the sentence, "Mr. Ellison said", is no alias of its own)
    const withHonorific = r.honorific && r.titleTokens.length > 0 ? r.titleTokens.join(' ') + ' ' + form : undefined;
    for (const f of [form, withHonorific]) {
      if (f && f !== e.person.name && !e.person.aliases.includes(f)) e.person.aliases.push(f);
    }
    if (e.person.kind === 'person') for (const s of surnamesOfName(e.person.name)) this.lastBySurname.set(s, idx);
    if (e.person.kind === 'person' && r.tokens.length === 3 && this.firstSurname(idx)) this.lastBySurname.set(bare(r.tokens[1]!), idx);
  }
}

export function findPeople(doc: Doc, quotes: Quotation[], speakerStarts: Set<number> = new Set()): People {
  const places = new Set<string>();
  const raws = collect(doc, quotes, places);
  listedRoles(raws, doc.text);
  const lowerWords = lowerCaseWords(doc.text);
  surnameAfterWord(raws, lowerWords);
  portfolioBeforeName(raws, doc.text);
  bodiesWithoutLegalForm(raws);
  sharedSurnameBefore(raws, doc.text);
  relativeTakesSurname(raws, doc.text);
  const reg = new Register(new Set(doc.paragraphs.flatMap((p, i) => p.kind === 'title' || p.kind === 'heading' ? [i] : [])), doc.text);
  reg.addFullNames(raws);
  const mentions: Mention[] = [];
  for (const r of raws) {
    const { idx, others } = reg.resolve(r, speakerStarts);
    if (idx === undefined) continue;
    reg.learn(idx, r, speakerStarts);
    mentions.push({ start: r.start, end: r.end, para: r.para, entity: idx, possessive: r.possessive, ...(others.length ? { others } : {}) });
  }
  const { entities } = reg;
  organisationsByArticle(entities);
  organisationsByName(lowerWords, entities);
  const offices = new Set([...roleAcronyms(doc.text, entities), ...officesWrittenAlone(doc.text, entities, mentions)]);
  return { entities, mentions: withoutNonSpeakers(lowerWords, entities, mentions, places, offices), lowerWords };
}
