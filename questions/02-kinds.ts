// Stage 2, part 2 — what a quotation is: someone's words (speech), a few words
// woven into the reporter's own sentence (partial), or not speech at all: a
// title, a name, a scare quote, a headline's quote (title).

import type { Quotation, QuoteKind } from './02-quotations';
import { isSpaceAt, runStartBefore } from './code-points';
import { givenName } from './03-names';
import { NON_NAME_WORDS } from './data/non-names';
import { CALLED_PASSIVE, CALLS_IT, FEE_NOUN, GLOSS_AFTER, GLOSS_AFTER_NOUN, GLOSS_AFTER_QUOTED, INTRODUCING_VERBS, KNOWN_AS, TERM_AFTER, THING_NOUN, WHAT_ITS_MAKERS_CALL, LEGAL_FORM_AFTER, NAMING_VERBS, NICKNAMED, NICKNAMED_THING, NOT_SPEECH_BEFORE, SCHEME_LAST, SUNG_BEFORE, TITLE_BEFORE, SIGN_READING, SIGN_RIGHT_BEFORE, TITLE_FUNCTION_WORDS, WHAT_A_GROUP_CALLS, WHAT_A_GROUP_NOW_CALLS, WHAT_THEY_CALL, WORK_APPOSITIVE_BEFORE, MOTTO_BEFORE } from './data/quote-cues';

/** "Face the Nation", "Meet the Press": every content word capitalised, no sentence inside. */
function looksLikeTitle(inner: string): boolean {
  const ws = inner.replace(/[,.!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (ws.length < 2 || ws.length > 10) return false;
  if (/[.!?]\s/.test(inner)) return false;
  let content = 0;
  for (const [i, w] of ws.entries()) {
    const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!bare) continue;
    if (i > 0 && TITLE_FUNCTION_WORDS.has(bare.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(bare)) return false;
    content++;
  }
  // Titles seldom open with a pronoun or a contraction: "We're America." is a sentence.
  return content >= 1 && !/^(?:I|We|You|He|She|They|It|There)(?:['’]\p{L}+)?$/u.test(ws[0] ?? '');
}

/** The quotation ends with its own punctuation: it is a sentence or a clause of one. */
const OWN_PUNCTUATION = /[.!?,…—–-]$/;
/** A lower-case word after the closing mark that is no function word nor verb of saying: the noun a quoted name modifies ("monitoring bulletin"). */
const NOUN_AFTER = /^[»”"’']*\s+(?!(?:and|or|but|to|in|on|at|for|with|from|by|of|as|that|which|who|is|was|are|were|has|had|have|will|would|said|says|told|added)\b)\p{Ll}{3,}/u;

/**
 * The sentence before a quotation names a verb of saying or holds an earlier
 * quotation: the quotation continues speech ("X," he said in a statement, "and …").
 */
function saysWhoSpoke(text: string, paraStart: number, open: number, naming = false): boolean {
  const clause = sentenceSoFar(text, paraStart, open);
  if (/[”"]|''/.test(clause)) return true;
  for (const w of clause.toLowerCase().match(/\p{L}+/gu) ?? []) if (INTRODUCING_VERBS.has(w) || naming && NAMING_VERBS.has(w)) return true;
  return false;
}

/** The sentence before a quotation, up to 160 characters back. */
function sentenceSoFar(text: string, paraStart: number, open: number): string {
  const clause = text.slice(Math.max(paraStart, open - 160), open);
  const boundary = /[.!?]["”’']*\s+(?=\S)/g;
  let cut = 0;
  for (let m = boundary.exec(clause); m; m = boundary.exec(clause)) cut = m.index + m[0].length;
  return clause.slice(cut);
}

/**
 * Reported speech the quotation finishes: "said Friday that if his candidate were to win, “she
 * would sign …”" — a verb of saying, then "that", and no earlier quotation in the sentence.
 */
function inReportedClause(text: string, paraStart: number, open: number): boolean {
  const clause = sentenceSoFar(text, paraStart, open);
  if (/[”"]|''/.test(clause)) return false;
  const words: string[] = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  const verb = words.findIndex((w) => INTRODUCING_VERBS.has(w));
  return verb >= 0 && words.indexOf('that', verb + 1) > verb;
}

/** "…," Farinloye says / "…," he said / "…," said Smith / "…!" says the proprietor: an attribution right after the closing mark. */
function attributedAfter(text: string, close: number): boolean {
  const m = /^[\s,]*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they|we|I)\s+)(\p{L}+)|^[\s,]*(\p{L}+)\s+(?:\p{Lu}|he\b|she\b|the\s|an?\s)/u.exec(text.slice(close, close + 60));
  const verb = (m?.[1] ?? m?.[2])?.toLowerCase();
  return verb !== undefined && INTRODUCING_VERBS.has(verb);
}

const LETTER = /^\p{L}$/u;
const asciiLetter = (c: number) => c >= 97 && c <= 122 || c >= 65 && c <= 90;

/**
 * The letters that end `s` before an optional comma or colon and spaces, as /([\p{L}]+)[,:]?\s*$/u
 * reads them: one backward scan, where the pattern is tried at every position of `s`.
 */
function lastWord(s: string): string | undefined {
  let k = s.length;
  while (k > 0 && isSpaceAt(s, k - 1)) k--;
  if (k > 0 && (s[k - 1] === ',' || s[k - 1] === ':')) k--;
  const p = runStartBefore(s, k, asciiLetter, LETTER);
  return p < k ? s.slice(p, k) : undefined;
}

/**
 * Anthony "Tony Drum" Catwell: a nickname between a given name and a surname — a capitalised phrase with no
 * punctuation of its own (not told Reuters "Absolutely not" Tuesday: a day, a month or a word that is no name).
 */
function nicknameInName(text: string, before: string, inner: string, close: number): boolean {
  const given = /(\p{Lu}\p{Ll}+)\s*$/u.exec(before)?.[1];
  const after = /^[”"’']?\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(close - 1, close + 24))?.[1];
  return !!given && !!givenName(given) && !!after && !NON_NAME_WORDS.has(after.toLowerCase()) && /^\p{Lu}/u.test(inner) && !/[,.!?]$/.test(inner);
}

/**
 * A short quotation in lower case inside a noun phrase, naming a charge, a scheme or a kind: "announcing a $175 per teu
 * “port congestion surcharge”", "a “congestion recovery” charge of €85": a determiner before it, the noun at its end or after it.
 */
function namesAThing(text: string, before: string, inner: string, close: number): boolean {
  if (!/^\p{Ll}/u.test(inner) || OWN_PUNCTUATION.test(inner) || !/\b(?:a|an|the|its|their|his|her|our|new)\s+(?:[^\s"“”]+\s+){0,3}$/i.test(before)) return false;
  const last = /(\p{L}+)$/u.exec(inner)?.[1]?.toLowerCase() ?? '';
  const next = /^[»”"’']*\s+(\p{Ll}+)/u.exec(text.slice(close, close + 24))?.[1] ?? '';
  // (one word before the noun is a quoted adjective, someone's: "a “job-killing” tax")
  return FEE_NOUN.test(last) || /\s/.test(inner.trim()) && THING_NOUN.test(next);
}

/**
 * A whole sentence joined by "and" or "or" to a quotation of speech right before it: heard students shout, “Build that
 * wall!” and “Go back to the reservation!”. Spoken like the first, not a few words woven into the reporter's clause.
 */
export function coordinatedSentence(text: string, previousClose: number, q: Pick<Quotation, 'open' | 'start' | 'end'>): boolean {
  return /^\s*,?\s*(?:and|or)\s+$/.test(text.slice(previousClose, q.open)) && /^\p{Lu}/u.test(text.slice(q.start, q.start + 1)) && /[.!?]$/.test(text.slice(q.end - 1, q.end));
}

/**
 * A few words listed right after a name or a title, with "and", "or" or a comma, a translation in brackets between: placards
 * reading “Fee loot band karo” (Stop the fee loot) and “Education, not business”; a rating cut to “hold” from “buy”; a sign's
 * words and their translation after a dash, «Ici, on nourrit la France» – “Here, we feed France”. Another of the same, not words spoken.
 */
export function listedAfterTitle(text: string, previousClose: number, q: Pick<Quotation, 'open' | 'words'>): boolean {
  return q.words <= 6 && /^\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|to|from)\s+|[–—]\s*)$/.test(text.slice(previousClose, q.open));
}

/** A quotation in brackets right after another, its translation: a slogan “Esch, méi no bei dir” (“Esch, closer to you”). */
export function translationInBrackets(text: string, previousClose: number, q: Pick<Quotation, 'open' | 'close'>): boolean {
  return /^\s*\($/.test(text.slice(previousClose, q.open)) && text[q.close] === ')';
}

/** A verb of saying in the rest of the sentence after the closing mark: someone is said to have said it ("… “Absolutely,” a spokesman for the council, Tom Brown, said"). */
function saidLater(text: string, close: number): boolean {
  const rest = /^[^.!?]{0,100}/.exec(text.slice(close, close + 100))![0];
  return (rest.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => INTRODUCING_VERBS.has(w));
}

/** After the closing mark, an indefinite description, and no one said to have said it: “Castillo,” a rust-resistant variety developed in Colombia. */
const glossAfter = (text: string, close: number): boolean => /^\s+(?:a|an)\s+\p{L}/u.test(text.slice(close, close + 8)) && !saidLater(text, close);

/**
 * A name, a title or a term, by the words around it: a sign's words, a nickname, a company's name before its legal form, a
 * work set off, a word glossed, a scheme's or a charge's name, what people call something (stage 2's rules for words no
 * one said). `introduced`: a verb of saying stands right before the opening mark.
 */
function nameOrTitle(text: string, paraStart: number, q: Omit<Quotation, 'kind'>, inner: string, before: string, prevWord: string | undefined, introduced: boolean): boolean {
  // (a longer window for what may stand further back: "a sign at the entrance to the beach reading", "Locals call the bend …")
  const wide = q.words <= 6 ? text.slice(Math.max(paraStart, q.open - 90), q.open) : '';
  if (q.words <= 6 && (NOT_SPEECH_BEFORE.test(before) || /(?:reading|read|bearing|with|such as)\s*$/.test(before) && SIGN_READING.test(wide))) return true;
  // ("published … under the title “Below-ground carbon stocks beneath managed hedgerows in lowland Britain”": a work's title, however long)
  if (q.words <= 30 && TITLE_BEFORE.test(before)) return true;
  if (q.words <= 15 && SUNG_BEFORE.test(before)) return true;
  // (a sign's longer words: "holding banners reading “Pembeli ada di jalan, bukan di gedung”")
  if (q.words <= 12 && SIGN_RIGHT_BEFORE.test(before)) return true;
  if (q.words <= 3 && nicknameInName(text, before, inner, q.close)) return true;
  // (what Finns call "sisu": a community's word for something)
  if (q.words <= 4 && (WHAT_THEY_CALL.test(before) || WHAT_A_GROUP_NOW_CALLS.test(wide))) return true;
  if (q.words <= 8 && MOTTO_BEFORE.test(before)) return true;
  // ("Tuul Gold" LLC said: a company's name, its legal form after it)
  if (q.words <= 6 && /^\p{Lu}/u.test(inner) && !OWN_PUNCTUATION.test(inner) && LEGAL_FORM_AFTER.test(text.slice(q.close, q.close + 12))) return true;
  if (q.words <= 10 && WORK_APPOSITIVE_BEFORE.test(before) && !attributedAfter(text, q.close)) return true;
  // "Commenters call Elias "the piano grandpa."": a nickname given to someone named just before
  if (q.words <= 5 && (NICKNAMED.test(before) || NICKNAMED_THING.test(before))) return true;
  if (q.words <= 4 && GLOSS_AFTER_QUOTED.test(before)) return true;
  if (q.words <= 2 && GLOSS_AFTER_NOUN.test(before) && !/^(?:the|a|an)\s/i.test(inner) && !saidLater(text, q.close)) return true;
  if (q.words <= 5 && TERM_AFTER.test(text.slice(q.close, q.close + 24))) return true;
  if (q.words <= 2 && /\b(?:a|an|the)\s*$/i.test(before) && !OWN_PUNCTUATION.test(inner) && GLOSS_AFTER.test(text.slice(q.close, q.close + 60))) return true;
  if (q.words <= 4 && (WHAT_A_GROUP_CALLS.test(wide) || WHAT_ITS_MAKERS_CALL.test(before))) return true;
  if (q.words <= 6 && KNOWN_AS.test(wide)) return true;
  if (q.words <= 6 && CALLED_PASSIVE.test(before) && !/^[»”"’']*,?\s+by\s/.test(text.slice(q.close, q.close + 8))) return true;
  if (q.words <= 4 && namesAThing(text, before, inner, q.close)) return true;
  // (a scheme's name after its owner or "the": "extended its “livestock marketing incentive scheme”")
  if (q.words <= 6 && SCHEME_LAST.test(inner.replace(/,$/, '')) && /\b(?:its|their|his|her|our|the)\s*$/i.test(before)) return true;
  // "the feature, which Lumora calls "Glance,"": a name given to something, not words spoken
  if (q.words <= 3 && prevWord !== undefined && NAMING_VERBS.has(prevWord) && /^\p{Lu}/u.test(inner) && !/[!?]$/.test(inner)) return true;
  // ("Havbruk Nordvest, the firm that built it, calls it “the Egg”": a name in capitals; not "called it “a disgrace”")
  if (q.words <= 4 && prevWord !== undefined && /^(?:it|them|this|that)$/.test(prevWord) && CALLS_IT.test(before) && /^(?:the\s+\p{Lu}|\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u.test(inner)) return true;
  // A possessive right before a short capitalised phrase: CBS's "Face the Nation"; or an owner's capitalised name for the
  // thing the next word names: its "Volcanes del Sur" monitoring bulletin
  if (q.words <= 6 && /['’]s\s*$/.test(before) && /^\p{Lu}/u.test(inner)) return true;
  if (q.words <= 6 && /\b(?:its|their|his|her|our)\s*$/i.test(before) && /^\p{Lu}/u.test(inner) && !OWN_PUNCTUATION.test(inner) && NOUN_AFTER.test(text.slice(q.close, q.close + 30))) return true;
  // Capitalised words someone said ("As President," she said; declared "What a Super Tuesday!") are no title.
  const said = attributedAfter(text, q.close) || introduced && OWN_PUNCTUATION.test(inner);
  if (!said && looksLikeTitle(inner)) return true;
  // A lone capitalised word with no punctuation is a name, not words spoken; so with only the comma US style puts inside the
  // marks, and a gloss after it ("with “Castillo,” a rust-resistant variety"; not "“Absolutely,” a spokesman said").
  if (q.words === 1 && /^\p{Lu}[\p{L}'’-]*$/u.test(inner.trim())) return true;
  if (q.words === 1 && !said && /^\p{Lu}[\p{L}'’-]*,$/u.test(inner.trim()) && glossAfter(text, q.close)) return true;
  return false;
}

export function classify(text: string, paraStart: number, q: Omit<Quotation, 'kind'>, style: 'double' | 'single'): QuoteKind {
  const inner = text.slice(q.start, q.end);
  const before = text.slice(Math.max(paraStart, q.open - 40), q.open);
  // The last non-space character before the opening mark, and the word it ends.
  const prev = /(\S)\s*$/u.exec(before)?.[1];
  const prevWord = lastWord(before)?.toLowerCase();
  // Articles that quote speech with double marks put single marks round the
  // quotes of headlines, subheads and captions: 'They owned us'.
  if (q.single && style === 'double') return 'title';
  const introduced = prevWord !== undefined && INTRODUCING_VERBS.has(prevWord);
  if (!q.continues && !q.leftOpen && nameOrTitle(text, paraStart, q, inner, before, prevWord, introduced)) return 'title';
  // A quotation woven into the reporter's own clause (said the plan was "not the
  // dumbest idea …"), or a few words that don't open a sentence, is a partial
  // quotation: words someone used, not an utterance. Annotated news corpora list
  // only whole utterances, so partial quotations are reported apart.
  if (q.continues) return 'speech';
  // After "that" the quotation is reported speech in the reporter's clause: said that "it must be made clear …";
  // so is one in lower case further on in such a clause (inReportedClause)
  if (prevWord === 'that' || /^\p{Ll}/u.test(inner) && inReportedClause(text, paraStart, q.open)) return 'partial';
  // Right after a verb of saying, the quotation is what was said: shouted "Build that wall!".
  // In lower case it must also end with its own punctuation: says "the wind is at our backs" despite … is partial.
  if (introduced && (OWN_PUNCTUATION.test(inner) || q.words >= 4 && !/^\p{Ll}/u.test(inner))) return 'speech';
  // Opening a sentence with its own punctuation: "Really?" said Colton. "That," he added, "…"
  // (after a full stop, lower case means the stop ended an abbreviation: "lost 16 lbs. "and two belt loops"")
  const opensSentence = prev === undefined || /[!?:]/.test(prev) || prev === '.' && !/^\p{Ll}/u.test(inner);
  if (opensSentence && OWN_PUNCTUATION.test(inner) && /^[\p{Lu}\p{N}'’…]/u.test(inner)) return 'speech';
  // A word or two in a sentence that reports no speech is a term or a scare quote: self-medicating with "nerve pills".
  if (q.words <= 2 && !saysWhoSpoke(text, paraStart, q.open, true) && !attributedAfter(text, q.close)) return 'title';
  if (prev !== undefined && /[\p{L}\p{N}=%]/u.test(prev)) return 'partial';
  // Starting in lower case after a comma or dash, it finishes the reporter's sentence (who, "in fits and
  // starts, …") unless the sentence so far says who spoke ("X," he said in March, "and …").
  if (!opensSentence && /^\p{Ll}/u.test(inner) && !saysWhoSpoke(text, paraStart, q.open) && !attributedAfter(text, q.close)) return 'partial';
  if (q.words <= 3 && !opensSentence) return 'partial';
  if (q.words <= 2) return 'partial';
  return 'speech';
}
