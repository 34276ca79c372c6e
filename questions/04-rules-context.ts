// Stage 4 — context rules: who said a quotation whose own sentence does not
// say, from the paragraph and the article around it. Each is a named unit,
// listed in CONTEXT_RULES in the order the decision list tries them:
//   colon-intro        "Martell, the addictions doctor, is more blunt: “…”"
//   partial-subject    "Pilon called the conclusion “bold”": the sentence's subject
//   subject-shift      "“…,” says House. Durning did not need much coaxing. “I'm thankful …”"
//   paragraph-speaker  the paragraph's earlier speaker (quoted, or reported: "Chapman says that …")
//   paragraph-unnamed  the paragraph's earlier speaker, described but not named ("said a Nevada Democrat. “…”")
//   later-in-paragraph a speaker named later in the same paragraph
//   continues          a quotation the previous paragraph left open
//   colon-paragraph    "Caddell continued:" alone in the paragraph before
//   coordinated        "And later added, “…”": a clause that opens with its speech verb
//   carry              the last speaker, within two paragraphs

import { isPunct, isWord, type Candidate, type Reading } from './04-candidate';
import type { Local } from './04-rules-local';
import { partialSubject, SUBJECT_REACH } from './04-partial-subject';
import { isRoleWord, openingClauseEnd, type Tok } from './04-tokens';
import type { Quotation } from './02-quotations';
import { PREPOSITIONS } from './data/function-words';
import { isSpeechVerb } from './speech-verbs';

/** Where a quotation stands and what the paragraph and article said before it. */
export interface Turn {
  r: Reading;
  /** The quotation's place among the paragraph's quotations, and its token index. */
  n: number;
  qi: number;
  q: Quotation;
  /** Token index of each of the paragraph's quotations, and what its own sentence says (local rules). */
  qPositions: number[];
  local: Local[];
  /** nextNamedFrom(local): where the next quotation whose own sentence names a speaker is. */
  nextNamed: Int32Array;
  /**
   * The paragraph's speaker so far (quoted, or reported without quote marks); entity null with
   * `unnamed` for someone the paragraph describes but does not name ("said a Nevada Democrat").
   */
  paraLast: { entity: number | null; reported: boolean; quote?: number; unnamed?: [number, number] } | null;
  /** The article's last speaker before this quotation. */
  before: { entity: number; para: number; quote?: number } | null;
}

export type ContextRule = { name: string; find: (t: Turn) => Candidate | null };


const explicitAt = (t: Turn, n: number): Candidate | null => { const f = t.local[n]; return f && f !== 'verb' ? f : null; };

/** "Martell, the addictions doctor, is more blunt: “…”": the subject before the colon ("Asked whether …, Korhonen was blunt: “…”" past the opening clause). */
export function colonIntro(t: Turn): Candidate | null {
  const { toks, d, sentences } = t.r;
  const { qi } = t;
  if (!isPunct(toks[qi - 1], ':')) return null;
  let i = sentences.from[qi - 1]!;
  i = (openingClauseEnd(toks, i, qi) ?? i - 1) + 1;
  // ("When Mistry asks whether Rob …, his sister jumps in: “…”": a description opens the main clause; someone unnamed here)
  const owner = toks[i], head = toks[i + 1];
  if (isWord(owner, /^(?:his|her|their)$/) && isWord(head, isRoleWord)) return { entity: null, unnamed: [owner!.start, head!.end], rule: 'colon-intro', pattern: 'colon-intro', weak: true };
  // ("When she was talking about …, she offered up this sound bite: “…”": a pronoun that opens the main clause)
  if (i > sentences.from[qi - 1]! && isWord(owner, /^(?:he|she)$/)) {
    return { entity: d.pronounSpeaker((owner as { w: string }).w, t.r.para, owner!.start) ?? null, rule: 'colon-intro', pattern: 'colon-intro', weak: true };
  }
  for (let j = i; j < qi && j < i + SUBJECT_REACH; j++) {
    // ("The court heard that when Mrs Ellery pressed the matter, Vane sent her a message reading: …": a clause inside, to its comma)
    const inner = j > i ? openingClauseEnd(toks, j, qi) : null;
    if (inner !== null) { j = inner; continue; }
    const k = toks[j]!;
    // (an organisation only right before the colon: "… - Pew Research: “…”"; not "The report from X concluded:")
    // (nor whom the subject told: "A lifeguard, who did not wish to be named, told the Chronicle: ‘…’")
    // (nor a place after a preposition and "the": "At Number 66 Village on the Corentyne, a fisherman … told this newspaper:")
    const object = isWord(toks[j - 1], (w) => PREPOSITIONS.has(w)) || isWord(toks[j - 1], /^the$/) && isWord(toks[j - 2], (w) => PREPOSITIONS.has(w));
    if (k.t === 'n' && !k.possessive && (d.isPerson(k.entity) || j === qi - 2) && !object && !toldBefore(toks, j)) {
      return { entity: k.entity, rule: 'colon-intro', pattern: 'colon-intro', weak: true };
    }
  }
  return null;
}

/** "told the Chronicle", "telling Breitbart", "told 247Sports", "told Horse & Hound": toks[j] is (in) whom someone told. */
function toldBefore(toks: Tok[], j: number): boolean {
  for (let l = j - 1; l >= 0 && l >= j - 5; l--) {
    const x = toks[l]!;
    if (isWord(x, TOLD)) return true;
    if (!(x.t === 'n' || isWord(x, /^(?:the|\d+)$/) || isPunct(x, '&'))) return false;
  }
  return false;
}
const TOLD = /^(?:told|tells|tell|telling)$/;


/**
 * "“…,” says House. Durning did not need much coaxing. “I'm thankful …”": a sentence about
 * someone new between two quotations hands the next one to them (an unnamed subject, "The
 * proprietor laughed.", to nobody), not back to the paragraph's speaker.
 */
export function subjectShift(t: Turn): Candidate | null {
  if (!t.paraLast) return null;
  const { toks, d, sentences } = t.r;
  const { qi } = t;
  if (qi === 0 || !toks[qi - 1]!.stop) return null;
  let j = sentences.from[qi - 1]!;
  for (let x = j; x < qi; x++) if (toks[x]!.t === 'q') return null;
  while (j < qi && isWord(toks[j], /^(?:but|and|then|still|yet|so|now|later|meanwhile|instead|also)$/)) j++;
  const k = toks[j];
  if (k?.t === 'n') {
    // ("Han, she said, would unpick any seam …": the one who said so speaks on, about Han)
    if (saidInside(toks, j + 1)) return null;
    const shift = !k.possessive && d.isPerson(k.entity) && k.entity !== t.paraLast.entity ? k.entity : null;
    return shift !== null && d.solid(shift) ? { entity: shift, rule: 'subject', pattern: 'subject-shift', weak: true } : null;
  }
  // (in lower case, "the" goes on the quotation's own sentence: "“…,” the ministry said. “…”" is no one new)
  if (isWord(k, /^(?:the|a|an)$/) && (k as { cap: boolean }).cap) {
    const head = toks[j + 1], h2 = toks[j + 2];
    if (isWord(head, isRoleWord) || head?.t === 'w' && isWord(h2, isRoleWord)) return { entity: null, rule: 'subject', pattern: 'subject-shift', weak: true };
  }
  return null;
}

/** An attribution set off by commas at toks[i]: ", she said," ", Yoon says,". */
function saidInside(toks: Tok[], i: number): boolean {
  if (!isPunct(toks[i], ',')) return false;
  const who = toks[i + 1], verb = toks[i + 2];
  return (who?.t === 'n' || isWord(who, /^(?:he|she|they)$/)) && isWord(verb, isSpeechVerb) && isPunct(toks[i + 3], ',');
}

/** The paragraph's earlier speaker, quoted or reported ("Chapman says that's not what the union is seeing. “…”"). */
export function paragraphSpeaker(t: Turn): Candidate | null {
  const pl = t.paraLast;
  if (!pl) return null;
  // ("“…,” said a New Hampshire Republican. “Congrats to Rubio …”": someone unnamed goes on speaking, unnamed)
  if (pl.entity === null) return pl.unnamed ? { entity: null, unnamed: pl.unnamed, rule: 'paragraph', pattern: 'paragraph-unnamed', weak: false, from: pl.quote ?? null } : null;
  return { entity: pl.entity, rule: pl.reported ? 'reported' : 'paragraph', pattern: pl.reported ? 'reported-speaker' : 'paragraph-speaker', weak: false, from: pl.quote ?? null };
}

/** A speaker named later in the same paragraph: "“…” Her voice broke. “…,” Smith said." */
export function laterInParagraph(t: Turn): Candidate | null {
  const m = t.nextNamed[t.n + 1] ?? -1;
  const next = m >= 0 ? explicitAt(t, m) : null;
  if (!next || next.entity === null) return null;
  return { entity: next.entity, rule: 'paragraph', pattern: 'later-in-paragraph', weak: next.weak, from: (t.r.toks[t.qPositions[m]!] as { quote: number }).quote };
}

/** For each of a paragraph's quotations, the first one from it on whose own sentence names a speaker (-1: none): one pass from the end. */
export function nextNamedFrom(local: Local[]): Int32Array {
  const next = new Int32Array(local.length + 1).fill(-1);
  for (let m = local.length - 1; m >= 0; m--) {
    const f = local[m];
    next[m] = f && f !== 'verb' && f.entity !== null ? m : next[m + 1]!;
  }
  return next;
}

/** A quotation that continues one the previous paragraph left open keeps its speaker (an organisation's too). */
export function continues(t: Turn): Candidate | null {
  if (!t.q.continues) return null;
  const open = t.r.d.openQuote;
  const src = open && open.quote === (t.r.toks[t.qi] as { quote: number }).quote - 1 ? open : t.before;
  if (!src) return null;
  return { entity: src.entity, rule: 'continues', pattern: 'continues', weak: false, from: src.quote ?? null };
}

/** "Caddell continued:" alone in the paragraph before introduces this paragraph's first quotation. */
export function colonParagraph(t: Turn): Candidate | null {
  const c = t.r.d.colonSpeaker;
  if (c === null || t.n !== 0) return null;
  return { entity: c, rule: 'colon-intro', pattern: 'colon-paragraph', weak: false, from: t.before?.quote ?? null };
}

/**
 * "And later added, “…”": a sentence whose speech verb found no subject shares the last speaker's
 * (coordinated when it opens with the verb after and/but/then; elliptical otherwise).
 */
export function coordinated(t: Turn): Candidate | null {
  const { before } = t;
  if (t.local[t.n] !== 'verb' || !before || t.r.para - before.para > 2) return null;
  const { toks, sentences } = t.r;
  const i = sentences.from[t.qi]!;
  let j = i;
  while (j < t.qi && isWord(toks[j], /^(?:and|but|then|later|also|again|further|finally)$/)) j++;
  const k = toks[j];
  const opens = j > i && isWord(k, (w) => isSpeechVerb(w) && !w.endsWith('ing'));
  return { entity: before.entity, rule: opens ? 'coordinated' : 'elliptical', pattern: opens ? 'coordinated' : 'elliptical', weak: false, from: before.quote ?? null };
}

/** The last speaker carries on to a whole utterance with no attribution, within two paragraphs. */
export function carry(t: Turn): Candidate | null {
  const { before } = t;
  if (!before || t.r.para - before.para > 2 || t.q.kind !== 'speech') return null;
  const reported = t.r.d.lastWasReported;
  return { entity: before.entity, rule: reported ? 'reported' : 'carry', pattern: reported ? 'carry-reported' : 'carry', weak: !reported, from: before.quote ?? null };
}

/** The opening of a paragraph that names who spoke the paragraph before: "That was how Dizon described …", "The remark came from …". */
const SOURCE_NEXT = /^(?:(?:That|This)\s+(?:was|is)\s+how\s+|(?:The|That|Those|These)\s+(?:remarks?|words|comments?|assessment|warning|verdict)\s+(?:came|come|was|were)\s+(?:from|of)\s+)/;
/**
 * Or that says whose words they were: "Those were Fairlie’s words as she led Bertie back", "Those were Ms Rizvi's closing
 * words"; "The comparison is Lim's, and he has made it at every meeting".
 */
const OWNER_NEXT = /^(?:(?:That|This|Those|These)\s+(?:was|were|is|are)\s+|The\s+(?:comparison|point|line|words|remark|quip|observation|verdict|argument|assessment|sentiment)\s+(?:was|is)\s+)/;
/**
 * Or that opens on who made the point: "Tan made that point twice on the call", "Kruk said it on Saturday afternoon" (no clause
 * after "said it": "said it was too late" reports something else). Right after the name, and anywhere in the opening.
 */
const MADE_THE_POINT_WORDS = String.raw`(?:(?:made|repeated|stressed|echoed|pressed)\s+(?:that|the|this)\s+(?:point|argument|case|remark)\b|(?:said|put)\s+it\s+(?:(?:on|at|in|during|before|after|while|as|twice|again|quietly|bluntly|simply|flatly|plainly|best)\b|this\s+way|[,.;]))`;
const MADE_THE_POINT = new RegExp(String.raw`^\s+` + MADE_THE_POINT_WORDS);
const MADE_THE_POINT_AHEAD = new RegExp(String.raw`\s` + MADE_THE_POINT_WORDS);
/** After the owner: what was theirs ("’s words"), or the possessive alone, ending the phrase ("is Lim's, and …"). */
const OWNED_WORDS = /^(?:['’]s?)?(?:\s+(?:\p{Ll}+\s+)?(?:words|remarks?|comments?|verdict|answer|reply|response|message|warning)\b|[,.;]|\s+and\b)/u;

/**
 * A quotation that is its paragraph, with nothing of its own to say who spoke, and a next paragraph that opens by naming its
 * speaker: "“I have been at sea 23 years …”" then "That was how Dizon described the past five months".
 */
export function sourceNext(t: Turn): Candidate | null {
  const { d, para } = t.r;
  const p = d.doc.paragraphs[para]!, next = d.doc.paragraphs[para + 1];
  if (!next || t.local[t.n] || t.q.open - p.start > 1 || p.end - t.q.close > 2) return null;
  const opening = d.doc.text.slice(next.start, next.start + 60);
  // ("Tan made that point twice on the call": the paragraph opens on who made the point)
  // (the text first, the people's mentions only where it reads so: most quotations that are their paragraph come here)
  const first = MADE_THE_POINT_AHEAD.test(d.doc.text.slice(next.start, next.start + 100)) ? d.people.mentions.find((x) => x.para === para + 1 && x.start === next.start) : undefined;
  if (first && !first.possessive && d.isPerson(first.entity) && MADE_THE_POINT.test(d.doc.text.slice(first.end, first.end + 40))) {
    return { entity: first.entity, rule: 'name-after', pattern: 'source-after', weak: false };
  }
  const m = SOURCE_NEXT.exec(opening), owner = m ? null : OWNER_NEXT.exec(opening);
  if (!m && !owner) return null;
  const from = next.start + (m ?? owner)![0].length;
  // (the first name after the opening, in its first 60 characters: "from Longreach grazier Colin Birtles"; an owner's, right
  // after it, before the words: "Fairlie’s words")
  const mention = d.people.mentions.find((x) => x.para === para + 1 && x.start >= from && x.start < from + (m ? 60 : 24));
  if (!mention || !d.isPerson(mention.entity)) return null;
  // (a name ending in s takes the apostrophe alone: "Those were Fuentes’ words")
  const after = d.doc.text.slice(mention.end, mention.end + 40);
  const owns = mention.possessive || /s$/.test(d.doc.text.slice(mention.start, mention.end)) && /^['’]\s/.test(after);
  if (m ? owns : !owns || !OWNED_WORDS.test(after)) return null;
  return { entity: mention.entity, rule: 'name-after', pattern: 'source-after', weak: false };
}

/** The context rules in the order the decision list tries them. */
export const CONTEXT_RULES: ContextRule[] = [
  { name: 'colon-intro', find: colonIntro },
  { name: 'partial-subject', find: partialSubject },
  { name: 'subject-shift', find: subjectShift },
  { name: 'paragraph-speaker', find: paragraphSpeaker },
  { name: 'later-in-paragraph', find: laterInParagraph },
  { name: 'continues', find: continues },
  { name: 'colon-paragraph', find: colonParagraph },
  { name: 'coordinated', find: coordinated },
  { name: 'source-after', find: sourceNext },
  { name: 'carry', find: carry },
];
