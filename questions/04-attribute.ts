// Stage 4 — attribute: name who said each quotation, as candidates → features
// → choice. Paragraph by paragraph, in reading order:
//   1. read the paragraph into the discourse (04-read): its mentions, described subjects;
//   2. local rules (04-rules-local) read each quotation's own sentence: "X said", "said X",
//      "according to X", a signature; a speech verb with no subject found is noted;
//   3. context rules (04-rules-context) propose who else could have said it: the paragraph's
//      speaker, the last speaker, a colon introduction, a continued quotation …;
//   4. the choice (04-choose) picks one candidate; the discourse learns who spoke.
// Each candidate names the rule family and the pattern that found it, so the
// confidence stage (05) and the CLI can tell which rule decided a quotation.

import type { Doc } from './01-normalise';
import type { Quotation } from './02-quotations';
import type { People } from './03-people';
import { namesItsSpeaker } from './03-quote-names';
import { isWord, type Candidate, type Reading, type Rule } from './04-candidate';
import { agentBefore } from './04-told-by';
import { cryOf } from './04-cry-of';
import { takeTurn } from './04-turns';
import { choose } from './04-choose';
import { Discourse } from './04-discourse';
import { ambiguousPronoun, pronounAfterDisagrees, sharedSurnameBefore } from './04-pronoun-rivals';
import { readParagraph } from './04-read';
import { noteDocumentsRead, writerInWhich } from './04-read-aloud';
import { findIn, reportedIn, type Local } from './04-rules-local';
import { CONTEXT_RULES, nextNamedFrom, type Turn } from './04-rules-context';
import { headGender, sentenceSpans, tokenise, type Tok } from './04-tokens';
import { unknownSubjectBefore } from './04-unknown-subject';
import { isSpeechVerb } from './speech-verbs';
import { DOCUMENT_NOUNS, UTTERANCE_NOUNS } from './data/function-words';
import { NEWS_OUTLET, ORG_NOUNS } from './data/organisations';
import { GROUP_NOUNS } from './data/roles';

export type { Rule } from './04-candidate';

export interface Attributed {
  quote: number;
  /** Index into People.entities, or null when the speaker is unnamed or unknown. */
  entity: number | null;
  rule: Rule;
  /** The named pattern that found the speaker ("name-verb", "verb-name", "carry", …; "none"). */
  pattern: string;
  /** The verb was weak ("called", "described") or the subject was found past an appositive. */
  weak: boolean;
  /** Several words stand between the speech verb and the quotation. */
  far: boolean;
  /**
   * Nothing but the speaker could be the subject of the words between the speech verb and
   * the quotation: no other person named (except as an owner, "Trump's plan"), no
   * pronoun subject, no second speech verb ("Graham told NBC that Trump's plan was "…"").
   */
  clean: boolean;
  /** The speaker is the one of the previous quotation, in this or the previous paragraph. */
  chain: boolean;
  /** The sentence that attributes the quotation. */
  sentenceStart: number;
  sentenceEnd: number;
  /**
   * Other people who could have said it: for a named speaker, other people named
   * in the attributing sentence; for an inherited one (pronoun, paragraph, carry),
   * other people named since the speaker was last named or quoted.
   */
  rivals: number;
  /** Paragraphs back to where the speaker was last named or quoted (0: this one). */
  distance: number;
  /** Words between the previous quotation of the paragraph and this one (-1: none before it). */
  gap: number;
  /** The quotation opens a sentence of its own right after "X said," or "X said:" ("Trump tweeted, "Putin & I …""). */
  intro: boolean;
  /** The writer quotes themself or someone to them ("…," I said): not a quotation for a quiz. */
  narrator: boolean;
  /** The quotation whose speaker this one inherits (paragraph, carry, continuation), if any. */
  from: number | null;
  /** With no entity: how the article describes a speaker it does not name ("protesters", "a citizen"). */
  unnamed: string | null;
  /** A description named the speaker by a role the article gave them ("the health secretary"). */
  byRole: boolean;
  /**
   * Someone else the article names could be the speaker: a pronoun with someone else of the same
   * gender named before it in its sentence ("Flynn said Trump was "absolutely right" when he said,
   * "…""), a surname alone that two people share ("Dr. Abernathy" with two Dr. Abernathys), or a
   * quotation that talks of the speaker found in the third person ("Tyler talked the most," he said).
   */
  ambiguous: boolean;
  /**
   * The quotation is its paragraph's whole text, and the speaker it inherits spoke in a quotation in
   * the paragraph right before: news's way of going on with someone's words ("“…,” Smith said. ¶ “…”").
   */
  followsOn: boolean;
  /** The other candidates' verdicts: how many name the same entity, how many someone else. */
  agree: number;
  disagree: number;
  /** Every candidate the rules proposed, in the decision list's order (for the CLI and model fitting). */
  candidates: Candidate[];
}

const NAMED = new Set<Rule>(['name-after', 'name-before', 'according-to']);
/** Rules that hand on an earlier speaker rather than read one from the quotation's sentence. */
const INHERITED = new Set<Rule>(['paragraph', 'reported', 'carry', 'continues', 'elliptical', 'coordinated']);

const blank = (i: number): Attributed => ({
  quote: i, entity: null, rule: 'none', pattern: 'none', weak: false, far: false, clean: false, chain: false, sentenceStart: 0, sentenceEnd: 0,
  rivals: 0, distance: 0, gap: -1, from: null, intro: false, narrator: false, unnamed: null, byRole: false, ambiguous: false, followsOn: false, agree: 0, disagree: 0, candidates: [],
});

/** words[i]: tokens other than punctuation before toks[i]. */
function wordCounts(toks: Tok[]): number[] {
  const words: number[] = [0];
  for (let i = 0; i < toks.length; i++) words[i + 1] = words[i]! + (toks[i]!.t === 'p' ? 0 : 1);
  return words;
}

export function attribute(doc: Doc, quotes: Quotation[], people: People): Attributed[] {
  const result = quotes.map((_, i) => blank(i));
  const d = new Discourse(doc, people);
  const qByPara = new Map<number, number[]>();
  quotes.forEach((q, i) => { const a = qByPara.get(q.para) ?? []; a.push(i); qByPara.set(q.para, a); });
  const mByPara = new Map<number, number[]>();
  people.mentions.forEach((m, i) => { const a = mByPara.get(m.para) ?? []; a.push(i); mByPara.set(m.para, a); });
  for (const [pi, p] of doc.paragraphs.entries()) {
    if (p.kind !== 'prose') continue;
    const toks = tokenise(doc, pi, quotes, qByPara.get(pi) ?? [], people, mByPara.get(pi) ?? []);
    readParagraph(d, toks, pi);
    const r: Reading = { d, toks, para: pi, sentences: sentenceSpans(toks), words: wordCounts(toks) };
    noteDocumentsRead(r);
    const qPositions: number[] = [];
    toks.forEach((k, i) => { if (k.t === 'q') qPositions.push(i); });
    noteReportedSpeech(r);
    const local = qPositions.map((qi) => localCandidate(r, qi, result[(toks[qi] as { quote: number }).quote]!));
    decideParagraph(r, quotes, qPositions, local, result);
    // "Caddell continued:" alone in a paragraph, or a sentence after its quotations ("He explains the economics like this:"),
    // introduces the next paragraph's quotation.
    d.colonSpeaker = null;
    // (trimEnd, not /:\s*$/: an end-anchored pattern is tried at every position of the paragraph)
    const lo = toks.length > 0 && qPositions.length > 0 ? r.sentences.from[toks.length - 1]! : 0;
    if (doc.text.slice(p.start, p.end).trimEnd().endsWith(':') && (qPositions.length === 0 || qPositions[qPositions.length - 1]! < lo)) {
      const f = findIn(r, lo, toks.length, 'before');
      if (f && f !== 'verb' && f.entity !== null) d.colonSpeaker = f.entity;
    }
  }
  // (what the article tells of them, for a quiz's choices: someone named as the subject of a verb of saying)
  for (const e of d.spokeByName) people.entities[e]!.spoke = true;
  return result;
}

/**
 * Reported speech without quote marks ("Chapman says that's not what the union is seeing.") names
 * who speaks next as surely as a quotation does: the paragraph's sentences with no quotation.
 */
function noteReportedSpeech(r: Reading): void {
  const { d, toks } = r;
  d.paraReported = [];
  d.paraQuoted = [];
  for (let s0 = 0; s0 < toks.length;) {
    const s1 = r.sentences.to[s0]!;
    let hasQuote = false;
    for (let i = s0; i <= s1; i++) if (toks[i]!.t === 'q') hasQuote = true;
    if (!hasQuote) {
      const f = reportedIn(r, s0, Math.min(s1 + 1, toks.length));
      // (or the holder of the office a description names: "the MFM finance manager confirmed the delays")
      if (f && f !== 'verb' && f.entity !== null && d.isPerson(f.entity) && (f.rule === 'name-before' || f.rule === 'pronoun-before' || f.rule === 'descriptor-before' && f.byRole)) {
        d.paraReported.push({ at: s0, start: toks[s0]!.start, entity: f.entity });
        if (f.rule === 'name-before' && !f.weak) { d.spokeByName.add(f.entity); d.people.entities[f.entity]!.solid = true; }
      }
    }
    s0 = s1 + 1;
  }
}

/** What the quotation's own sentence says: read after it, then before it (windows to the neighbouring quotation or sentence end). */
function localCandidate(r: Reading, qi: number, res: Attributed): Local {
  const { toks, d } = r;
  let lo = qi - 1;
  while (lo >= 0 && toks[lo]!.t !== 'q' && !toks[lo]!.stop) lo--;
  lo++;
  let hi = qi + 1;
  if (!toks[qi]!.stop) while (hi < toks.length && toks[hi]!.t !== 'q' && !toks[hi]!.stop) hi++;
  // ("— Calgary MP Michelle Rempel … called Hussen a “chicken” on Twitter, for example — Scheer insists": a quotation
  // inside dashes set off from the sentence is read inside them, where a verb of saying stands there)
  const dashes = setOffByDashes(toks, lo, qi, hi);
  const inside = dashes ? readAround(r, qi, dashes[0], dashes[1]) ?? (saysWithin(toks, dashes[0], dashes[1]) ? 'verb' : ownersWords(toks, dashes[0] - 1)) : null;
  const found = inside ?? readAround(r, qi, lo, hi);
  if (found && found !== 'verb' && found.entity !== null && NAMED.has(found.rule) && d.isPerson(found.entity)) {
    // (known at once to be a person who speaks, for the pronouns of this paragraph's next quotations)
    d.paraQuoted.push({ start: toks[qi]!.start, entity: found.entity });
    d.spokeByName.add(found.entity);
    d.people.entities[found.entity]!.solid = true;
  }
  // the attributing sentence: from the sentence start to its end
  res.sentenceStart = toks[r.sentences.from[qi]!]!.start;
  res.sentenceEnd = toks[r.sentences.to[qi]!]!.end;
  return found;
}

/** The quotation's own words at toks[qi] in the window [lo, hi): read after it, then before it. */
function readAround(r: Reading, qi: number, lo: number, hi: number): Local {
  const agent = agentBefore(r, lo, qi) ?? cryOf(r, lo, qi, hi) ?? writerInWhich(r, lo, qi);
  if (agent) return agent;
  const a = findIn(r, qi + 1, hi, 'after');
  const b = a && a !== 'verb' ? a : findIn(r, lo, qi, 'before');
  return a && a !== 'verb' ? a : b && b !== 'verb' ? b : a === 'verb' || b === 'verb' ? 'verb' : null;
}

/** A verb of saying among toks[from, to), whoever its subject. */
const saysWithin = (toks: Tok[], from: number, to: number): boolean => toks.slice(from, to).some((k) => k.t === 'w' && isSpeechVerb(k.w));

/**
 * The owner of the words a dash sets the quotation off from: "Bill Clinton’s stock answer then — “I’ll be alright …” —" is his
 * (a name's words, up to two words between the name and the noun, an adverb after it); else null.
 */
function ownersWords(toks: Tok[], dash: number): Local {
  let j = dash - 1;
  if (isWord(toks[j], /^(?:then|now|today|again|once)$/)) j--;
  if (!isWord(toks[j], (w) => UTTERANCE_NOUNS.has(w))) return null;
  for (let k = j - 1; k >= j - 3 && k >= 0; k--) {
    const t = toks[k]!;
    if (t.t === 'n') return t.possessive ? { entity: t.entity, rule: 'name-before', pattern: 'statement-owner', weak: true } : null;
    if (t.t !== 'w') return null;
  }
  return null;
}

const isDash = (k: Tok | undefined) => k?.t === 'p' && /^[—–]$|^--$/.test(k.p);

/**
 * The window [lo, hi) narrowed to a pair of dashes round the quotation at toks[qi]: an odd number of dashes before it opens
 * one ("Anna Pilon — the director — said …" has closed its first pair), and the next dash closes it.
 */
function setOffByDashes(toks: Tok[], lo: number, qi: number, hi: number): [number, number] | null {
  let open = -1, count = 0;
  for (let i = lo; i < qi; i++) if (isDash(toks[i])) { count++; open = i; }
  if (count % 2 === 0) return null;
  let close = qi + 1;
  while (close < hi && !isDash(toks[close])) close++;
  return close < hi ? [open + 1, close] : null;
}

/** Every candidate for the quotation: its own sentence's, then the context rules' in order (the decision list's order). */
function candidatesFor(t: Turn): Candidate[] {
  const own = t.local[t.n];
  const cands: Candidate[] = own && own !== 'verb' ? [own] : [];
  for (const rule of CONTEXT_RULES) {
    // (a rule that resolves a pronoun learns the person's gender: only where the list reaches it)
    if (rule.name === 'partial-subject' && cands.length > 0) continue;
    const c = rule.find(t);
    if (c) cands.push(c);
  }
  return cands;
}

/** A paragraph's turns so far: how many of d.paraReported were taken in, and who spoke last in it. */
interface ParagraphTurns { reported: number; last: Turn['paraLast'] }

/**
 * The reported speech before token `upTo` makes its speaker the paragraph's and the discourse's last.
 * (A function of the module, not a closure made per paragraph: bundlers that keep names, as
 * tsx and wrangler do, pay a property definition for every named closure they create.)
 */
function takeReported(d: Discourse, pi: number, turns: ParagraphTurns, upTo: number): void {
  while (turns.reported < d.paraReported.length && d.paraReported[turns.reported]!.at < upTo) {
    const ev = d.paraReported[turns.reported++]!;
    turns.last = { entity: ev.entity, reported: true };
    d.lastSpeaker = { entity: ev.entity, para: pi };
    d.lastWasReported = true;
  }
}

/** Choose a speaker for each quotation of the paragraph, in reading order, and let the discourse learn from it. */
function decideParagraph(r: Reading, quotes: Quotation[], qPositions: number[], local: Local[], result: Attributed[]): void {
  const { d, toks, para: pi } = r;
  const turns: ParagraphTurns = { reported: 0, last: null };
  const nextNamed = nextNamedFrom(local);
  for (const [n, qi] of qPositions.entries()) {
    takeReported(d, pi, turns, qi);
    const qn = (toks[qi] as { quote: number }).quote;
    const q = quotes[qn]!;
    const res = result[qn]!;
    const before = d.lastSpeaker;
    const turn: Turn = { r, n, qi, q, qPositions, local, nextNamed, paraLast: turns.last, before };
    const cands = candidatesFor(turn);
    res.candidates = cands;
    const chosen = choose(cands, d.people);
    // (not the asker's words a "he replied" after them answers: "Asked by Fiona Grant whether …‘…’, he replied")
    const f = chosen && chosen.pattern !== 'told-by' && pronounAfterDisagrees(d, toks, qi, chosen.entity) ? null : chosen;
    const own = local[n] && local[n] !== 'verb' ? local[n] : null;
    if (f) record(r, res, q, qi, f, f === own, cands);
    // (turns only from one paragraph to the next)
    if (f && (res.rule === 'carry' || res.rule === 'pronoun-after') && before?.quote !== undefined && pi - before.para === 1) takeTurn(d.doc.text, q, quotes, result, before.quote, res);
    res.intro = /[,:]["”'’]?\s*$/.test(d.doc.text.slice(Math.max(0, q.open - 4), q.open)) && /^\p{Lu}/u.test(d.doc.text.slice(q.start, q.start + 1)) && !!toks[qi]!.stop;
    res.chain = res.entity !== null && !!before && before.entity === res.entity && pi - before.para <= 1;
    const para = d.doc.paragraphs[pi]!;
    res.followsOn = res.chain && before!.quote !== undefined && pi - before!.para === 1 && q.open - para.start <= 1 && para.end - q.close <= 2;
    if (res.entity !== null) Object.assign(res, d.measure(res.entity, NAMED.has(res.rule), [res.sentenceStart, res.sentenceEnd], q, pi));
    if (n > 0) {
      let words = 0;
      for (let j = qPositions[n - 1]! + 1; j < qi; j++) if (toks[j]!.t === 'w' || toks[j]!.t === 'n') words++;
      res.gap = words;
    }
    if (res.entity === null && own) {
      // "“One!” says the affable proprietor. “No, two …”": someone this article does not name
      // spoke last; the earlier speaker does not carry over it, and the paragraph goes on with
      // the one it describes (paragraph-unnamed), never past it
      d.lastSpeaker = null;
      turns.last = own.unnamed ? { entity: null, reported: false, quote: qn, unnamed: own.unnamed } : null;
    }
    d.openQuote = q.leftOpen && res.entity !== null ? { entity: res.entity, quote: qn } : null;
    if (res.entity !== null && d.isPerson(res.entity)) {
      d.lastSpeaker = { entity: res.entity, para: pi, quote: qn };
      d.lastWasReported = false;
      turns.last = { entity: res.entity, reported: false, quote: qn };
      if (NAMED.has(res.rule)) { d.spokeByName.add(res.entity); d.people.entities[res.entity]!.solid = true; }
    } else if (res.entity !== null && f === own && (NAMED.has(res.rule) || res.rule.startsWith('descriptor'))) {
      // ("“…,” the company said. “We regret …”": the person who spoke before does not carry over an organisation's words;
      // an organisation the article described goes on in its paragraph, not past it: "“…,” the group said in a statement.
      // “…”" — one it names may be reporting others ("the Post reported, quoting an official")
      d.lastSpeaker = null;
      turns.last = res.rule.startsWith('descriptor') && q.kind === 'speech' && !NEWS_OUTLET.test(d.people.entities[res.entity]!.person.name) ? { entity: res.entity, reported: false, quote: qn } : null;
    }
  }
  takeReported(d, pi, turns, Infinity);
}

/** Every word of every entity's name, per article (built once, on the first pronoun that needs it). */
const nameWords = new WeakMap<People, Set<string>>();

/** The sentence before the quotation, in its paragraph, has a subject by a name no entity of the article bears (04-unknown-subject). */
function newcomerBefore(r: Reading, q: Quotation, res: Attributed): boolean {
  const { d } = r;
  // (the sentence before the quotation's own: from a little before the latter's start)
  const from = Math.max(d.doc.paragraphs[r.para]!.start, Math.min(q.open, res.sentenceStart) - 240);
  let words = nameWords.get(d.people);
  if (!words) nameWords.set(d.people, (words = new Set(d.people.entities.flatMap((e) => e.person.name.split(' ')))));
  return unknownSubjectBefore(d.doc.text.slice(from, q.open), (word) => words.has(word)) !== null;
}

/** The sentence at toks[from] opens on a document as its subject: "The report presented to members", "Her letter". */
function documentOpens(toks: readonly Tok[], from: number): boolean {
  if (!isWord(toks[from], /^(?:the|this|that|its|his|her|their)$/)) return false;
  for (let i = from + 1; i <= from + 3; i++) {
    if (isWord(toks[i], (w) => DOCUMENT_NOUNS.test(w))) return true;
    if (toks[i]?.t !== 'w') return false;
  }
  return false;
}

/** The chosen candidate onto the attribution, with what makes it ambiguous, and an unnamed speaker into the discourse. */
function record(r: Reading, res: Attributed, q: Quotation, qi: number, f: Candidate, own: boolean, cands: Candidate[]): void {
  const { d, toks } = r;
  res.entity = f.entity; res.rule = f.rule; res.pattern = f.pattern; res.weak = f.weak; res.far = !!f.far; res.clean = !!f.clean;
  res.narrator = !!f.narrator && own; res.byRole = !!f.byRole;
  if (!own && !/^pronoun|^name|^according|^descriptor|^colon|^subject/.test(f.rule)) res.from = f.from ?? null;
  for (const c of cands) {
    if (c === f || c.entity === null) continue;
    if (c.entity === f.entity) res.agree++; else res.disagree++;
  }
  if (f.pronounAt !== undefined && f.entity !== null) {
    res.ambiguous = ambiguousPronoun(d, f.entity, f.pronounAt, res.sentenceStart) || newcomerBefore(r, q, res);
  }
  else if (f.entity !== null && NAMED.has(f.rule)) {
    // (named only by a surname two people share: "“…,” Dr. Abernathy said")
    let named = 0, shared = 0;
    for (let i = r.sentences.from[qi]!, end = r.sentences.to[qi]!; i <= end; i++) {
      const x = toks[i]!;
      if (x.t === 'n' && x.entity === f.entity) { named++; if (x.others) shared++; }
    }
    res.ambiguous = named > 0 && named === shared;
  }
  else if (f.entity !== null && f.rule.startsWith('descriptor') && !f.byRole) res.ambiguous = sharedSurnameBefore(d, f.entity, q.open);
  // ("Mr. Trump hardly clarified the matter, treating her remark as a compliment -- “That makes me smart”":
  // an inherited speaker, when the quotation's own sentence is about someone else, is a guess)
  if (!own && f.entity !== null && INHERITED.has(f.rule)) {
    const subject = d.sentenceSubject(res.sentenceStart, q.open);
    if (subject !== null && subject !== f.entity) res.ambiguous = true;
  }
  // ("The report presented to members, written by … Duncan Leask, states …. It adds: “…”": an "it" after a document that
  // opens the sentence is the document, whoever the sentence made its author)
  if (own && f.entity !== null && documentOpens(toks, r.sentences.from[qi]!)) d.orgDescriptions.push({ at: res.sentenceStart, para: r.para, entity: f.entity });
  // ("Tyler talked the most," he said: a quotation that talks of its speaker in the third person)
  const said = res.entity === null ? null : d.people.entities[res.entity]!.person;
  if (said?.kind === 'person' && !NAMED.has(f.rule) && namesItsSpeaker(d.doc.text.slice(q.start, q.end), said)) res.ambiguous = true;
  if (f.entity === null && f.unnamed) {
    res.unnamed = d.doc.text.slice(f.unnamed[0], f.unnamed[1]);
    // (the noun of a label, not its letter: "Woman A")
    const head = /(\p{L}+)(?:\s\p{Lu})?$/u.exec(res.unnamed)?.[1]?.toLowerCase() ?? '';
    // (someone "he" or "she" may mean later; not a body, a group or several people: "the committee", "Smith and Jones")
    if (!ORG_NOUNS.has(head) && !GROUP_NOUNS.has(head) && f.pattern !== 'joint-subject') d.unnamedSubjects.push({ at: Math.min(q.open, f.unnamed[0]), span: f.unnamed, para: r.para, gender: headGender(head) });
  }
}
