// Stage 4, part 3 — reading a paragraph into the discourse, before any of its
// quotations is attributed: every name in reading order, where it stands
// (subject of the main clause, owner, inside an opening or relative clause),
// described subjects ("A neighbour, who …, said"; "The coach …") and sentences
// whose subject is "he" or "she".

import type { Discourse } from './04-discourse';
import { GENERIC_HEADS } from './04-discourse';
import { isOfficeWord } from './04-role-index';
import { anonymousAfter, letterLabel, unnamedOnPurposeEnd } from './04-anonymous';
import { descriptionModifiers } from './03-roles';
import { asFor, endsSentence, headGender, HONORIFIC_WORDS, isRoleWord, subjectSlot, type Tok } from './04-tokens';
import { DETERMINERS, PARTICIPLE_OPENERS, PREPOSITIONS, SUBORDINATOR_ADVERBS, SUBORDINATORS } from './data/function-words';
import { RELATIONS, ROLE_NOUNS } from './data/roles';
import { ORG_NOUNS } from './data/organisations';
import { isRoleNoun } from './03-roles';
import { TITLES } from './data/titles';
import { isSpeechVerb } from './speech-verbs';
import { wordOf } from './04-candidate';

/** What the reader knows of the sentence being read. */
interface SentenceState {
  subordinate: boolean;
  participle: boolean;
  firstInSentence: boolean;
  /** A name (or quotation) already in this sentence. */
  nameSeen: boolean;
  /** The sentence's first name comes right after "a"/"one": "One Skyline cabin crew member". */
  modifierName: number;
  /** The only name so far is an owner's: "The Environment Agency's director, Philippa Grange,". */
  ownerOnly: boolean;
  /** In a clause that opens the sentence ("Asked about …,", "When …,"), up to its comma. */
  opening: boolean;
  sentenceFrom: number;
  /** Where the main clause starts after an opening clause and its comma ("But before the meeting, she sat down …"), else -1. */
  clauseFrom: number;
}

/** Past participles not in -ed that take an agent: "read by", "written by". */
const AGENT_PARTICIPLES: ReadonlySet<string> = new Set(['read', 'written', 'sent', 'signed', 'made', 'given', 'taken', 'shown', 'seen', 'put']);

/** After the comma at toks[i], a name set off by a second comma and then what the participle asked ("…, Andreas Koumides, whether"). */
function appositiveGoesOn(toks: readonly Tok[], i: number): boolean {
  for (let j = i + 1; j < toks.length && j <= i + 10; j++) {
    const t = toks[j]!;
    if (t.t === 'q' || t.t === 'p' && t.p !== ',') return false;
    if (t.t === 'p') return toks[j - 1]?.t === 'n' && isWordThat(toks[j + 1], (w) => /^(?:whether|if|about|why|how|what|when)$/.test(w));
  }
  return false;
}

const fresh = (from: number): SentenceState => ({ subordinate: false, participle: false, firstInSentence: true, nameSeen: false, modifierName: -1, ownerOnly: false, opening: false, sentenceFrom: from, clauseFrom: -1 });
const isComma = (k: Tok | undefined) => k?.t === 'p' && k.p === ',';
const isStop = (k: Tok | undefined) => k?.t === 'p' && k.p === '.';
const isWordThat = (k: Tok | undefined, test: (w: string) => boolean) => k?.t === 'w' && test(k.w);
const isThe = (k: Tok | undefined) => k?.t === 'w' && k.w === 'the';
const notRoleWord = (w: string) => !isRoleWord(w);
const isAndOr = (w: string) => w === 'and' || w === 'or';
const isConjunction = (w: string) => w === 'but' || w === 'and' || w === 'yet' || w === 'so';

/** Read paragraph `pi`'s tokens into the discourse: its mentions, described subjects and pronoun subjects. */
export function readParagraph(d: Discourse, toks: Tok[], pi: number): void {
  // (a paragraph opens a sentence of its own, even after one that ends on a quoted title)
  d.sentenceNo++;
  let s = fresh(0);
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]!;
    // ("As for Malhotra, he said …" opens with a topic, not a subordinate clause; "But before the meeting, …" opens with one)
    const opensSentence = s.firstInSentence || i - 1 === s.sentenceFrom && isWordThat(toks[i - 1], isConjunction);
    if (k.t === 'w' && opensSentence && SUBORDINATORS.has(k.w) && !asFor(toks, i)) s.subordinate = s.opening = true;
    // ("Cross-examined by Mr Nash, Mr Quilty accepted …": any participle and its agent open the sentence)
    if (k.t === 'w' && s.firstInSentence) s.participle = PARTICIPLE_OPENERS.has(k.w) || /ed$/.test(k.w) && isWordThat(toks[i + 1], (w) => w === 'by');
    // ("In a statement read to the court by area coroner Helen Brydon, Eirlys Pritchard described …": the agent of a
    // participle inside an opening phrase is no subject either)
    if (s.opening && !s.participle && k.t === 'w' && k.w === 'by' && [1, 2, 3, 4].some((n) => isWordThat(toks[i - n], (w) => /ed$/.test(w) || AGENT_PARTICIPLES.has(w)))) s.participle = true;
    if (s.participle) s.opening = true;
    // ("At the Luganville market house yesterday, a vendor … said": a phrase of place or time before the subject)
    if (k.t === 'w' && s.firstInSentence && PREPOSITIONS.has(k.w)) s.opening = true;
    // ("Asked about McLeod's concerns, the chairperson said": a name in the clause that opens the sentence is no subject)
    // (an appositive inside an opening participle's clause does not end it: "Asked by the committee's chairman, retired judge
    // Andreas Koumides, whether he had …, the commander said")
    const closes = isComma(k) && !(s.participle && appositiveGoesOn(toks, i));
    if (closes && s.opening && s.nameSeen) { s.nameSeen = false; s.modifierName = -1; s.ownerOnly = false; }
    if (closes && s.opening) s.clauseFrom = i + 1;
    if (closes) { s.participle = false; s.subordinate = false; s.opening = false; }
    // ("Ms. Stahl, who has represented Ms. Marchetti since …, said": a name in a relative clause is no subject)
    if (k.t === 'w' && (k.w === 'who' || k.w === 'which') && isComma(toks[i - 1])) s.subordinate = true;
    if (k.t === 'n') noteName(d, toks, i, pi, s);
    if (k.t === 'w') noteDescribedSubject(d, toks, i, pi, s);
    // ("In a statement, the group said it would complain to the Ombudsman": the subject is an organisation described)
    // ("The central bank said the Monetary Board had …": a word may stand between "the" and the noun)
    if (k.t === 'w' && !s.nameSeen && !s.subordinate && ORG_NOUNS.has(k.w) && (isThe(toks[i - 1]) || isThe(toks[i - 2]) && isWordThat(toks[i - 1], notRoleWord)) &&
      subjectSlot(toks, i, s.sentenceFrom)) {
      d.orgSubjects.set(d.sentenceNo, k.start);
    }
    if (k.t === 'q') { s.nameSeen = true; s.ownerOnly = false; }
    const prev = toks[i - 1];
    const opensClause = s.firstInSentence || i === s.clauseFrom || i - 1 === s.sentenceFrom && prev?.t === 'w' && /^(?:but|and|then|still|yet|so|now|later|also)$/.test(prev.w);
    // ("From Walter he inherited a set of hammers": a phrase with a name before the subject, and no comma to end it)
    const afterOpener = s.opening && !s.participle && prev?.t === 'n' && isWordThat(toks[s.sentenceFrom], (w) => PREPOSITIONS.has(w));
    if (k.t === 'w' && (!s.nameSeen || afterOpener) && !s.subordinate && (k.w === 'he' || k.w === 'she') && (opensClause || afterOpener || afterTimePhrase(toks, s.sentenceFrom, i))) {
      d.pronounSubjects.set(d.sentenceNo, k.w === 'he' ? 'm' : 'f');
      s.nameSeen = true;
    }
    // ("It added that … following the Energy Regulatory Commission's approval": who "it" is was said before)
    if (k.t === 'w' && !s.nameSeen && !s.subordinate && k.w === 'it' && opensClause && itSays(toks, i)) {
      d.itSubjects.add(d.sentenceNo);
      s.nameSeen = true;
    }
    // ("Soon after the murder of X, Trump said": an adverb before the subordinator still opens the clause)
    if (k.t !== 'p' && !(s.firstInSentence && k.t === 'w' && SUBORDINATOR_ADVERBS.has(k.w))) s.firstInSentence = false;
    if (endsSentence(k)) { d.sentenceNo++; s = fresh(i + 1); }
  }
}

/** Words that open a short phrase of time or place before a subject with no comma: "Last autumn she took on", "In 2016 he founded". */
const TIME_OPENERS = /^(?:last|this|next|that|every|each|early|earlier|later|yesterday|today|tonight|now|then|soon|eventually|finally|recently|in|on|at|during|by)$/;

/**
 * ("Last autumn she took on an apprentice, 19-year-old Elias Mäkelä": the pronoun after a short phrase of time or place, with
 * no comma or name in it, is the sentence's subject.)
 */
function afterTimePhrase(toks: readonly Tok[], from: number, i: number): boolean {
  if (i - from < 1 || i - from > 4 || !isWordThat(toks[from], (w) => TIME_OPENERS.test(w))) return false;
  for (let j = from + 1; j < i; j++) if (toks[j]!.t !== 'w') return false;
  return true;
}

/** "It said", "It also warned": "it" as the subject of a verb of saying. */
function itSays(toks: Tok[], i: number): boolean {
  const next = isWordThat(toks[i + 1], (w) => w === 'also') ? toks[i + 2] : toks[i + 1];
  return isWordThat(next, isSpeechVerb);
}

/** A role word among the two or three lower-case words after toks[from] ("finance manager", "campaign manager"). */
function roleWithin(toks: Tok[], from: number): boolean {
  for (let j = from; j < from + 3; j++) {
    const t = toks[j];
    if (t?.t !== 'w' || t.cap) return false;
    if (isRoleWord(t.w)) return true;
  }
  return false;
}

/** A name: into the history, with where it stands. */
function noteName(d: Discourse, toks: Tok[], i: number, pi: number, s: SentenceState): void {
  const k = toks[i] as Extract<Tok, { t: 'n' }>;
  const prev = toks[i - 1];
  // ("the MFM finance manager confirmed": an organisation's initials between "the" and a role noun modify the description,
  // which is the subject; not a place's name, "the Florida senator", whose holder the discourse knows better)
  const modifies = isThe(prev) && /^\p{Lu}{2,6}$/u.test(d.doc.text.slice(k.start, k.end)) && roleWithin(toks, i + 1);
  // (the name set off after an owner's role is the subject it names: "X's director of enforcement, NAME, welcomed")
  const firstInClause = !modifies && (!s.nameSeen || s.ownerOnly && isComma(prev)) && !s.subordinate && !(prev?.t === 'w' && PREPOSITIONS.has(prev.w));
  s.ownerOnly = (!s.nameSeen || s.ownerOnly) && k.possessive;
  d.history.push({
    entity: k.entity, start: k.start, sentence: d.sentenceNo, possessive: k.possessive, firstInSentence: s.firstInSentence, firstInClause,
    para: pi, afterSub: s.subordinate, participle: s.participle, ...(k.others ? { others: k.others } : {}),
  });
  if (firstInClause && !k.possessive && killedHere(toks, i)) d.killed.set(k.entity, k.start);
  if (!k.possessive && (DIED_AFTER.test(d.doc.text.slice(k.end, k.end + 16)) || isWordThat(prev, (w) => w === 'late') && isThe(toks[i - 2]))) d.deceased.add(k.entity);
  // ("A former Kitchenline quality-control employee": a few lower-case words may stand between the article and the name)
  s.modifierName = !s.nameSeen && (indefiniteBefore(toks, i) || modifies) ? i : -1;
  s.nameSeen = true;
}

/**
 * After a subject, a predicate that says the news killed it: "was killed", "was among those killed", "was found dead", "did
 * not survive". Not "died": an obituary's verb, and of deaths long past ("before Justice Scalia died"), whose subject the
 * article goes on quoting from before.
 */
function killedHere(toks: Tok[], i: number): boolean {
  // (no closure over the tokens: a bundle that keeps names pays for one at each name)
  const w1 = wordOf(toks[i + 1]);
  if (w1 === 'did') return wordOf(toks[i + 2]) === 'not' && wordOf(toks[i + 3]) === 'survive';
  if (w1 !== 'was' && w1 !== 'were') return false;
  const w2 = wordOf(toks[i + 2]) ?? '', w3 = wordOf(toks[i + 3]), w4 = wordOf(toks[i + 4]) ?? '';
  return KILLED.has(w2) || DEAD_FOUND.has(w2) && w3 === 'dead' || w2 === 'among' && (w3 === 'those' || w3 === 'the') && (KILLED.has(w4) || w4 === 'dead');
}
const KILLED = new Set(['killed', 'murdered', 'slain']);
/** After a name: its bearer has died ("Lise Thibodeau, who died in 2019", "Tom Reid (died 2011)"). */
const DIED_AFTER = /^(?:,\s+who\s+died\b|\s+\((?:died|d\.)\s)/;
const DEAD_FOUND = new Set(['found', 'pronounced', 'declared', 'confirmed']);

/** "One of the older divers", "one of its drivers": the index of "one" before a plural head at toks[i], else -1. */
function oneOfGroup(toks: Tok[], i: number): number {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && isWordThat(toks[j], (w) => isModifierWord(w) && !/^(?:of|one)$/.test(w))) j--;
  if (isWordThat(toks[j], (w) => /^(?:the|his|her|their|its|our)$/.test(w))) j--;
  return isWordThat(toks[j], (w) => w === 'of') && isWordThat(toks[j - 1], (w) => w === 'one') ? j - 1 : -1;
}

/**
 * A described subject: "A neighbour, who did not want to be named, said …" is someone new; "the
 * coach said …" is the person the article gave that role, when it gave one.
 */
function noteDescribedSubject(d: Discourse, toks: Tok[], i: number, pi: number, s: SentenceState): void {
  const k = toks[i] as Extract<Tok, { t: 'w' }>;
  // (every word of the article comes here: the cheap tests first, the phrase's words only for a head;
  // after a name, only a head inside a phrase a name modifies can still describe the subject)
  // ("The Point also spoke to a current employee of the hotel, who did not want his name mentioned": unnamed on purpose,
  // someone a pronoun after may mean wherever the description stands; not someone's relation, "The mother of a Grade 4 student")
  const onPurpose = s.nameSeen && s.modifierName < 0 && !s.subordinate && isRoleWord(k.w) && indefiniteBefore(toks, i) && !ofBefore(toks, i) && anonymousAfter(d.doc.text, k.end);
  if (s.subordinate || s.nameSeen && s.modifierName < 0 && !onPurpose) return;
  // ("Woman B told the court she …": someone a court's label names, whom a pronoun after may mean)
  if (letterLabel(toks, i) && !s.nameSeen && (i - 1 === s.sentenceFrom || subjectSlot(toks, i - 1, s.sentenceFrom))) {
    const label = toks[i - 1] as Extract<Tok, { t: 'w' }>;
    d.unnamedSubjects.push({ at: label.start, span: [label.start, toks[i]!.end], para: pi, gender: headGender(label.w) });
    s.nameSeen = true;
    return;
  }
  // (heads from the table: "The blockbuster deal" is no person; after "a" or "one", an agent noun too: "One grower near
  // Wasco, who …, says")
  const head = k.w.endsWith('’s') || k.w.endsWith("'s") ? k.w.slice(0, -2) : k.w;
  const tableHead = ROLE_NOUNS.has(head) || TITLES.has(head) && head.length > 3 || head.endsWith('-year-old') && /^\d+-year-old$/.test(head) || d.articleRoles.has(head) || isOfficeWord(head);
  // ("A harvesting gang sirdar, who asked not to be named, said", "A game warden in the canton, who asked …": any noun
  // someone unnamed is described by, with a short phrase after it)
  // ("One Moree grower, who asked not to be named,": the article before a name that modifies the head)
  const indefinite = indefiniteBefore(toks, i) || s.modifierName >= 0 && s.modifierName === i - 1 && indefiniteBefore(toks, s.modifierName);
  const anonymous = !tableHead && indefinite && anonymousAfter(d.doc.text, k.end);
  // ("One of the older divers, who did not want to be named, said": one of a group, someone new and unnamed)
  const one = head.endsWith('s') ? oneOfGroup(toks, i) : -1;
  if (one >= 0 && !s.nameSeen && subjectSlot(toks, one + 1, s.sentenceFrom) && (isRoleWord(head.slice(0, -1)) || anonymousAfter(d.doc.text, k.end))) {
    d.unnamedSubjects.push({ at: toks[one]!.start, span: [toks[one]!.start, k.end], para: pi, gender: headGender(head.slice(0, -1)) });
    s.nameSeen = true;
    return;
  }
  if (!tableHead && !anonymous && !((head.endsWith('er') || head.endsWith('or') || head.endsWith('ist')) && indefinite && isRoleNoun(head))) return;
  // ("One Skyline cabin crew member, who …, said": a name inside the described phrase only modifies it)
  let inPhrase = s.modifierName >= 0 && i - s.modifierName <= 4;
  for (let x = s.modifierName + 1; inPhrase && x < i; x++) { const t = toks[x]!; if (!(t.t === 'w' && !t.cap)) inPhrase = false; }
  // (or, unnamed on purpose, wherever it stands: "But a mother of two, who asked not to be named, said")
  if (!((!s.nameSeen || inPhrase || onPurpose) && (subjectSlot(toks, i, s.sentenceFrom) || indefinite && anonymousAfter(d.doc.text, k.end)))) return;
  let di = i - 1;
  // (the words between determiner and head modify the head: "the rookie defenceman"; not "The exchange grew louder when Liberal …")
  // (and over "and" between two modifiers: "A labor and delivery nurse")
  while (di >= 0 && i - di <= 5 && (toks[di]!.t === 'w' && (isModifierWord((toks[di] as { w: string }).w) || joinsModifiers(toks, di, i)) || inPhrase && toks[di]!.t === 'n')) di--;
  const det = toks[di];
  const next = toks[i + 1];
  // ("An executive at a rival firm said": someone new may be described at length; "the head
  // of the union" is not "the head") (the head is the last of the nouns: "the 58-year-old governor")
  // ("The mother of a Grade 4 student, who asked that her name not be used, said": of someone, and unnamed on purpose)
  const namedNot = unnamedOnPurposeEnd(d.doc.text, k.end), unnamedOnPurpose = namedNot !== null;
  const nextOk = next?.t === 'w' && !/^(?:and|or)$/.test(next.w) && !isRoleWord(next.w) && (det?.t === 'w' && det.w !== 'the' || unnamedOnPurpose || !/^(?:of|for|at|in|to|from)$/.test(next.w));
  // ("The Liberal Democrats' health spokesperson": a capitalised role word in a name is no head)
  const inName = k.cap && next?.t === 'w' && next.cap;
  // ("Her husband shook his head. "…," he said": the relative the article named; "My dad … he always says" someone unnamed)
  // ("My doctoral adviser was not enthusiastic. He told me, “…”": the speaker's own, someone unnamed, whatever the role)
  const relative = det?.t === 'w' && (/^(?:her|his|their|my|our)$/.test(det.w) && head in RELATIONS || /^(?:my|our)$/.test(det.w) && tableHead);
  if (!(det?.t === 'w' && (/^(?:the|a|an|another|one)$/.test(det.w) || relative) && !namedInApposition(toks, i) && !inName && (nextOk || isComma(next)))) return;
  // (an agent noun is a head only where a person's head would end: "One grower near Wasco", "A selector present at the stadium", "A stallholder who …", "a vendor
  // selling island cabbage, who …"; not "A bitter irony", "A bigger problem")
  if (!tableHead && !(/^(?:a|an|another|one)$/.test(det.w) && (anonymous || isComma(next) || next?.t === 'w' && (/^(?:who|near|from|in|at|on|with|outside|based|present|says|said)$/.test(next.w) || next.w.endsWith('ing'))))) return;
  // ("The king's reign …": the king is who the sentence is about)
  // ("The Republican nominee": the capitalised words before the head choose among holders)
  const holder = (det.w === 'the' || relative) && !unnamedOnPurpose ? d.roleHolder(head, k.start, descriptionModifiers(d.doc.text.slice(det.end, k.start))) : null;
  if (holder !== null) d.history.push({ entity: holder, start: k.start, sentence: d.sentenceNo, possessive: false, firstInSentence: s.firstInSentence, firstInClause: true, para: pi, afterSub: false, participle: false });
  else if (det.w !== 'the' || unnamedOnPurpose) {
    // (named by the whole phrase before the comma: "The mother of a Grade 4 student")
    d.unnamedSubjects.push({ at: det.start, span: [det.start, namedNot ?? k.end], para: pi, gender: headGender(head), head });
  }
  // "The 26-year-old has four goals since Minnesota traded him for Victor Rask": the subject
  // is someone named before, not a name later in the sentence
  else {
    d.describedSentences.add(d.sentenceNo);
    // (and the description names them from now on: "The teenager said …" … "the teenager said")
    // (not where the article introduced someone unnamed by it: "A selector …, who did not wish to be named, said …" …
    // "the selector said" is that selector, not whoever is in focus)
    const e = GENERIC_HEADS.test(head) || d.introducedUnnamed(head, pi, k.start) ? null : d.focus(headGender(head), pi, false, k.start);
    // ("the accused stood up in the dock" after his barrister spoke: the person in focus holds another office, so the
    // description is someone the sentence does not name, whom a pronoun after it means)
    if (e !== null && d.otherOffice(e, head)) d.unnamedSubjects.push({ at: det.start, span: [det.start, k.end], para: pi, gender: headGender(head) });
    else if (e !== null && !d.describedAs.has(head)) d.describedAs.set(head, e);
  }
  s.nameSeen = true;
  s.ownerOnly = false;
}

/** A word that can modify a description's head: "the rookie defenceman" (no determiner, subordinator, preposition or conjunction). */
const isModifierWord = (w: string) => !DETERMINERS.has(w) && !SUBORDINATORS.has(w) && !PREPOSITIONS.has(w) && !/^(?:and|or|but|that|who|which)$/.test(w);

/** "and" between two modifiers of the head at toks[i]: "A labor and delivery nurse". */
const joinsModifiers = (toks: Tok[], j: number, i: number) => j < i - 1 && isWordThat(toks[j], isAndOr) && isWordThat(toks[j - 1], (w) => isModifierWord(w) && !isRoleWord(w));

/** "a", "an", "one" or "another" within the three words before toks[i] ("One grower near Wasco"). */
function indefiniteBefore(toks: Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = toks[j]!;
    if (t.t !== 'w') return false;
    if (t.w === 'a' || t.w === 'an' || t.w === 'one' || t.w === 'another') return true;
  }
  return false;
}

/** "of" before the article of the description that ends at toks[i] ("The mother of a Grade 4 student"). */
function ofBefore(toks: Tok[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 3; j--) if (isWordThat(toks[j], (w) => w === 'a' || w === 'an' || w === 'one')) return isWordThat(toks[j - 1], (w) => w === 'of');
  return false;
}

/** The description at toks[i] is followed by the name it describes: the name is the subject, not someone described. */
function namedInApposition(toks: Tok[], i: number): boolean {
  const next = toks[i + 1];
  // ("The pastor, the Rev. Elijah Townsend, testified": the name set off after the role)
  let a = i + 2;
  while (a <= i + 5 && (isWordThat(toks[a], (w) => /^(?:the|a)$/.test(w) || HONORIFIC_WORDS.has(w)) || isStop(toks[a]))) a++;
  // ("A spokeswoman for the hospital, Megan Ashby, said": the name after the described phrase)
  let late = i + 1;
  while (late < toks.length && late <= i + 10 && (toks[late]!.t === 'w' || toks[late]!.t === 'n')) late++;
  // ("The bus driver, a soft-spoken woman named Consuela Ibarra-Novak, worries …")
  for (let x = i + 1; x < toks.length && x <= i + 12 && toks[x]!.t !== 'q' && !(toks[x]!.t === 'p' && (toks[x] as { boundary: boolean }).boundary); x++) {
    if (toks[x]!.t === 'n' && isWordThat(toks[x - 1], (w) => /^(?:named|called)$/.test(w))) return true;
  }
  // (over an honorific: "A political scientist at the University of Ibadan, Dr. Emeka Nwosu, said")
  let lateName = late + 1;
  while (lateName <= late + 3 && (isWordThat(toks[lateName], (w) => HONORIFIC_WORDS.has(w)) || isStop(toks[lateName]))) lateName++;
  return isComma(next) && toks[a]?.t === 'n' || isComma(toks[late]) && toks[lateName]?.t === 'n';
}
