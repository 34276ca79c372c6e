// Stage 4 — whose document "the statement" or "the post" is: "Cascade Ridge Power … said in a statement that … “…,” the statement
// said" is the company's; "Jason Schultz … stated in the company’s blog post that …" makes "the post" his. A document
// is nobody's by its word alone (data/roles GROUP_NOUNS); the article says whose it is where it first mentions one,
// within the last two paragraphs. And, for 04-subject-left, the owner or author a sentence writes with a document: "Lesedi's
// integrated report, which described …", "A statement from the Minerals Commission, read … by …, said".

import type { Mentioned } from './04-discourse';
import { isPunct, isWord } from './04-candidate';
import { DETERMINERS, DOCUMENT_NOUNS, INDEFINITE } from './data/function-words';
import { writerInAppositive } from './04-read-aloud';
import type { Tok } from './04-tokens';

interface DocumentCues { before: RegExp; opening: RegExp; after: RegExp; owned: RegExp }
const cues = new Map<string, DocumentCues>();

/** The patterns for one document noun ("statement", "post", "letter"), built once. */
function cuesFor(noun: string): DocumentCues {
  let c = cues.get(noun);
  if (!c) {
    c = {
      // Before a name: "In a statement, X said", "a statement from X", "The memo, signed by the city's manager of aquatic services, X,".
      before: new RegExp(`\\b${noun}(?:,?\\s+(?:from|by|issued\\s+by|released\\s+by|signed\\s+by|sent\\s+by|written\\s+by|on\\s+behalf\\s+of)(?:\\s+[^,.;“”"]{1,60},)?)?\\s*,?\\s*$`),
      // A sentence that opens on it, before its subject: "In a statement on Monday, the agency’s spokesperson, Adaeze Okonkwo-Bello, said".
      opening: new RegExp(`(?:^|[.!?]["”’']?\\s+|\\n)In\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?${noun}\\b[^.!?\\n“”"]{0,80}$`, 'u'),
      // After a subject's name: "X, which serves …, said in a statement", "X stated in the company’s blog post".
      after: new RegExp(`^[^.!?\\n“”"]{0,140}?\\b(?:said|says|added|stated|announced|confirmed|responded|wrote|posted)\\s+(?:\\p{Ll}+\\s+){0,3}?(?:in|on)\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?${noun}\\b`, 'u'),
      // An owner's: "Cascade Ridge Power's statement", "the council's written statement".
      owned: new RegExp(`^[\\p{L}\\p{M}\\s.'’-]{0,40}?['’]s?\\s+(?:\\p{Ll}+\\s+)?${noun}\\b`, 'u'),
    };
    cues.set(noun, c);
  }
  return c;
}

/** "… by its General Secretary, Madam ": before someone who signs or speaks for the body "its" names. */
const SIGNED_FOR_ITS = /\bby\s+its\s+[^,.;“”"]{1,50},\s+(?:\p{Lu}\p{Ll}*\.?\s+)?$/u;

/** Whose `noun` (a statement, a post, a letter) the article last mentioned before `at`, within two paragraphs; else null. */
export function documentOwner(text: string, history: readonly Mentioned[], noun: string, para: number, at: number): number | null {
  const c = cuesFor(noun);
  for (let i = history.length - 1, n = 0; i >= 0 && n < 80; i--, n++) {
    const h = history[i]!;
    if (h.start >= at) continue;
    if (para - h.para > 2) break;
    const after = text.slice(h.start, h.start + 200), before = text.slice(Math.max(0, h.start - 110), h.start);
    // ("a statement signed by its General Secretary, Madam Dede Ankrah, the … Association described": who signs for "its"
    // owner, the body the sentence goes on to name, is no author)
    if (SIGNED_FOR_ITS.test(before)) continue;
    if (c.before.test(before)) return h.entity;
    // (not whom it went to: "In a statement to the ASX on Tuesday, the company said")
    if (h.firstInClause && c.opening.test(text.slice(Math.max(0, h.start - 160), h.start)) && !/\bto\s+(?:the\s+)?$/.test(before)) return h.entity;
    if (h.possessive ? c.owned.test(after) : h.firstInClause && c.after.test(after)) return h.entity;
  }
  return null;
}

/** The author a sentence opens on, "A statement from (the) X," before the comma at toks[c] ("A letter by X,"); else null. */
export function authorOpening(toks: readonly Tok[], lo: number, c: number): number | null {
  const noun = isWord(toks[lo + 1], (w) => DOCUMENT_NOUNS.test(w)) ? lo + 1 : isWord(toks[lo + 2], (w) => DOCUMENT_NOUNS.test(w)) ? lo + 2 : -1;
  if (noun < 0 || !isWord(toks[lo], /^(?:a|an|the)$/) || !isWord(toks[noun + 1], /^(?:from|by)$/)) return null;
  const at = isWord(toks[noun + 2], /^the$/) ? noun + 3 : noun + 2, author = toks[at];
  return author?.t === 'n' && !author.possessive && isPunct(toks[at + 1], ',') && at + 1 < c ? author.entity : null;
}

/**
 * The owner before the document noun at toks[n], over its modifiers ("Lesedi's 2023 integrated report"): an entity, or the
 * possessive word itself where the article tracks no one by it; else null.
 */
export function documentOwnerBefore(toks: readonly Tok[], n: number): number | Tok | null {
  for (let j = n - 1; j >= 0 && j >= n - 4; j--) {
    const t = toks[j]!;
    if (t.t === 'n') return t.possessive ? t.entity : null;
    if (t.t !== 'w' || DETERMINERS.has(t.w)) return null;
    if (t.cap && /['’]s$/.test(t.w)) return t;
  }
  return null;
}

/**
 * Who wrote the document a ", which" at toks[which] goes on about: its owner or its unnamed author ("Cr Drummond read from one
 * submission, which described the town as …", "He pointed to Lesedi's 2023 integrated report, which described …"), or the
 * writer an appositive after it names ("a pre-sentence report, prepared by the Probation Department, which described …");
 * else null.
 */
export function whichWriter(toks: readonly Tok[], lo: number, which: number): { entity: number } | { unnamed: [number, number] } | null {
  const n = which - 2;
  if (isWord(toks[n], (x) => DOCUMENT_NOUNS.test(x))) {
    if (isWord(toks[n - 1], (x) => INDEFINITE.test(x))) return { unnamed: [toks[n - 1]!.start, toks[n]!.end] };
    const owner = documentOwnerBefore(toks, n);
    if (typeof owner === 'number') return { entity: owner };
    if (owner) return { unnamed: [owner.start, toks[n]!.end] };
  }
  return writerInAppositive(toks, lo, which - 1);
}
