// Stage 4 — someone described and unnamed on purpose: "the woman, who did not want to be named", "The mother of a
// Grade 4 student, who asked that her name not be used": a person the article will not name, so no one it named.

import { isRoleWord, type Tok } from './04-tokens';

/** After a description: the person will not be named ("the woman, who did not want to be named"). */
// (or whom the article may not or does not name: "the post office worker, who was not named", "who cannot be identified for
// legal reasons", "who wished to remain anonymous")
export const ANONYMOUS_AFTER = new RegExp('^,?\\s+(?:and\\s+)?who\\s+(?:did not|didn\'t|declined|asked|refused|requested|would not|wouldn\'t|spoke on condition|spoke anonymously|was not authori[sz]ed' +
  '|(?:was|is|has|had|were|are) not (?:been |being )?(?:named|identified)' +
  '|(?:cannot|can\'t|can not|could not|couldn\'t|may not|must not) be (?:named|identified)' +
  '|(?:does|do|doesn\'t|don\'t|doesn’t|don’t)(?: not)? (?:wish|want) (?:to be (?:named|identified)|anonymity|his name|her name)' +
  '|(?:wished|wishes|wanted|wants|preferred|prefers) (?:to remain anonymous|not to be (?:named|identified)|anonymity))\\b');

/** A description's own verb says it will not be named: "… asked not to be named because her husband is on active duty". */
const ANONYMOUS_VERB = /^\s+(?:who\s[^,]{1,100}?\s)?(?:(?:asked|requested|wished) not|declined) to be (?:named|identified)\b/;

/**
 * A short phrase before the comma, as after "A game warden": " in the canton", " packing up his car at North Beach on Tuesday
 * morning", " who was present in court" (then ", and who did not wish to be named").
 */
const PHRASE_BEFORE_COMMA = /^\s+(?:(?:in|at|from|near|with|of|for|on|who)\s|\p{Ll}+ing\s)[^,.;"“”]{1,60}(?=,)/u;

/**
 * Where the description ending at `end` ends, with the short phrase of place or of whom before the comma
 * (" of a Grade 4 student"), when ", who asked not to be named" follows it; else null.
 */
export function unnamedOnPurposeEnd(text: string, end: number): number | null {
  const after = text.slice(end, end + 100);
  if (after.startsWith(',') && ANONYMOUS_AFTER.test(after)) return end;
  // ("A Navy spouse who attended the rally with her two young children asked not to be named": the sentence's own verb)
  if (ANONYMOUS_VERB.test(/^[^.!?;:"“”]*/.exec(text.slice(end, end + 160))![0])) return end;
  const phrase = PHRASE_BEFORE_COMMA.exec(after)?.[0].length;
  return phrase !== undefined && ANONYMOUS_AFTER.test(after.slice(phrase)) ? end + phrase : null;
}

/** After a description: ", who asked not to be named", maybe after a short phrase of place. */
export const anonymousAfter = (text: string, end: number): boolean => unnamedOnPurposeEnd(text, end) !== null;

/**
 * Is toks[i] the letter of a label a court or an inquiry gives someone it may not name: "Woman A", "Soldier F",
 * "Witness C"? (A capital letter alone after a capitalised role noun: no article, whatever "A" usually is.)
 */
export function letterLabel(toks: readonly Tok[], i: number): boolean {
  const k = toks[i], label = toks[i - 1];
  return k?.t === 'w' && k.cap && k.end - k.start === 1 && label?.t === 'w' && label.cap && !label.stop && isRoleWord(label.w);
}
