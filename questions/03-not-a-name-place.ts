// Stage 3 — the NOT_A_NAME rules for places: after a preposition ("in Ottawa", "from New York", "near Nantwich, Cheshire,",
// "in Iraq and Libya"; not a document's writer, "a letter from Harbour Freight Ltd"), with the patterns they read before a
// name, and before a noun of places ("Sangrur and Fatehgarh Sahib districts"); 03-mentions reads PLACE_BEFORE too, to note
// the places it finds for the people stage.

import { firstNameGender, givenName, knownGivenName, vietnameseGender } from './03-names';
import type { NameReading } from './03-not-a-name';
import { NON_NAME_WORDS } from './data/non-names';
import { AREA_WORDS, ORG_WORDS } from './data/organisations';
import { isSpeechVerb } from './speech-verbs';

const PLACE_PREPOSITIONS = ['in', 'at', 'from', 'near', 'to', 'across', 'outside', 'inside', 'into', 'toward', 'towards', 'throughout', 'around', 'of'];
/** Before a name: a preposition of place, over a direction or area word ("in southwest San Antonio"). */
export const PLACE_BEFORE = new RegExp(`\\b(${PLACE_PREPOSITIONS.join('|')})\\s+(?:(?:${AREA_WORDS.join('|')})\\s+)?$`);

/**
 * The words a tail ends with when `pattern`'s alternatives end it: each one's last run of \w, as tailWord reads it
 * ("inner-city" → "city").
 */
export const endingWords = (alternatives: readonly string[]) => new Set(alternatives.map((a) => a.split(/\W/).pop()!.toLowerCase()));
/**
 * Before a name: a preposition of extent and "the" ("across the Midwest", "in the Highlands", "off the Puerto de Urbasa"): a
 * region's name.
 */
const PLACE_THE_BEFORE = new RegExp(`\\b(in|across|throughout|around|off)\\s+the\\s+(?:(?:${AREA_WORDS.join('|')})\\s+)?$`);
/** PLACE_BEFORE's pre-check (NameReading.tailWord). */
export const PLACE_BEFORE_WORDS = endingWords([...PLACE_PREPOSITIONS, ...AREA_WORDS]);
/** Before a name: places listed after a place preposition ("in Iraq and ", "from Paris, Lyon or "); group 1 the first. */
const PLACE_LIST_BEFORE = /\b(?:in|at|from|near)\s+(\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*,?\s+(?:and|or)\s+$/u;

/**
 * ("goals from Nazem Kadri, Jonathan Huberdeau and …": the next in the list is a person by a known given name, so this is
 * one too; "the home of Patrick and Bridget Smith": a given name alone before "and" and a given name and a surname, of
 * the data set, is one of two who share the surname)
 */
function listedWithPeople(after: string, given: boolean): boolean {
  // (a list goes on after the next name: ", Jonathan Huberdeau and …"; not "in Washington, Paul Manafort said")
  const next = /^\s*(?:,\s*(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+(?:,|\s+and\b)|\s+and\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+[,.;]?(?:\s|$))/u.exec(after);
  const first = next?.[1] ?? next?.[2];
  return first !== undefined && (!!firstNameGender(first) || given && next?.[2] !== undefined && knownGivenName(first));
}

/**
 * A place after a preposition and a comma: "near Nantwich, ", "in Madison, "; "of" only after a name, where it says
 * where someone is from ("Doreen MacAulay of Sarnia, ", not "the mayor of Toronto, "), and the name's last word is
 * read apart (not "the University of Bristol, ", an institution's name).
 */
const PLACE_AND_COMMA = /\b(in|near|from|outside|(?<=(\p{Lu}[\p{L}'’.-]*)\s+)of)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2},\s+$/u;

/**
 * "near Nantwich, Cheshire, said", "in Madison, Wisconsin, that", "of Sarnia, Ont.,": the region a place is in, as a place's
 * preposition.
 */
function regionAfterPlace(r: NameReading): string | undefined {
  // (one word no given name: "in KwaMashu, Nokuthula Gumede, 67," is someone)
  if (r.tokens.length > 1 || !/,\s+$/.test(r.tail) || !/^[,.;]/.test(r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 1)) || givenName(r.tokens[0]!)) return undefined;
  const m = PLACE_AND_COMMA.exec(r.before.slice(-50));
  return m && !(m[2] !== undefined && ORG_WORDS.has(m[2].toLowerCase())) ? m[1] : undefined;
}

/** Before a name: a document "from" it ("A letter from ", "an email from "); not a report, which may come from a place. */
const DOCUMENT_FROM = /\b(?:statement|letter|e-?mail|message|memo|note|submission|petition|release)s?\s+from\s+$/i;
/**
 * After a name: a verb of saying, straight away, after a clause set off by commas (", read to the meeting by …, said"), or in a
 * relative clause about the document (", in which he wrote").
 */
const THEN_SAYS = /^(?:(?:,[^,.;“”"]{1,100},)?\s+|,\s+(?:in\s+which|which)\s+(?:(?:he|she|it|they)\s+)?)(\p{Ll}+)/u;

/**
 * "A letter from Harbour Freight Ltd, read to the meeting by …, said", "a statement from Acme Logistics said", "a letter from
 * Morrissey, in which he wrote": the document's author, no place, where its name is an organisation's or the document goes
 * on to say something.
 */
function documentAuthor(r: NameReading): boolean {
  if (!DOCUMENT_FROM.test(r.tail)) return false;
  if (r.orgName) return true;
  const end = r.m.index + r.m[0].length;
  return isSpeechVerb(THEN_SAYS.exec(r.segText.slice(end, end + 140))?.[1] ?? '');
}

/**
 * "in Ottawa", "from New York", "in southwest San Antonio": a place, unless a title says it is a
 * person; "from Ethiopia's Abebe Tesfaye" (after an owner the preposition is the owner's), "footage
 * of Donald Trump", "appraisal of Elon Musk" (a given name and a surname after of/from/to) and
 * "spoke to X" are people; so is a name after "of" that a verb of saying follows ("footage of Trump
 * saying …", "a video of Obama telling reporters …": no place speaks).
 */
export function placeAfterPreposition(r: NameReading): boolean {
  // (the cheap tests first: what follows reads the text before and after the name)
  // (an organisation's name that owns what follows is its owner, no place: "He pointed to Lumora Energy's annual report")
  // (nor a Vietnamese name by its middle name: "the road to Lê Văn Tâm’s collection point")
  if (r.honorific || r.inner >= 0 || r.possessive && r.orgName || vietnameseGender(r.tokens) !== undefined) return false;
  // ("in Iraq and Libya", "from Paris, Lyon or Nice": a name listed after a place is one too)
  // (not after a time: "against the NRA in February, and Breitbart News responded")
  const listed = (r.tailWord === 'and' || r.tailWord === 'or') && /\b(?:and|or)\s+$/.test(r.tail) ? PLACE_LIST_BEFORE.exec(r.before)?.[1] : undefined;
  const place = (PLACE_BEFORE_WORDS.has(r.tailWord) ? PLACE_BEFORE.exec(r.tail)?.[1] : undefined) ??
    (r.tailWord === 'the' ? PLACE_THE_BEFORE.exec(r.tail)?.[1] : undefined) ?? regionAfterPlace(r) ?? (listed !== undefined && !NON_NAME_WORDS.has(listed.toLowerCase()) ? 'in' : undefined);
  if (!place) return false;
  // ("west of Prince George", "in Prince Albert": a title before a name there is part of a place's name)
  const titledPlace = r.titleTokens.length > 0 && /\b(?:in|near|(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|kilometres|kilometers|miles|km)\s+of)\s+$/i.test(r.tail);
  const after = r.segText.slice(r.m.index + r.m[0].length, r.m.index + r.m[0].length + 40);
  const saying = place === 'of' && isSpeechVerb(/^\s+(\p{Ll}+ing)\b/u.exec(after)?.[1] ?? '');
  return (r.titleTokens.length === 0 || titledPlace) && !saying && !listedWithPeople(after, r.tokens.length === 1 && knownGivenName(r.tokens[0]!)) && !(place === 'from' && documentAuthor(r)) &&
    // (a given name and a surname, or two given names and more: "belongs to Saeed Rashid Al Mazrouei"; after any preposition
    // as an owner: "recorded at Abdi Warsame’s studio")
    !((r.tokens.length === 2 ? !!givenName(r.tokens[0]!) : r.tokens.length > 2 && !!givenName(r.tokens[0]!) && !!givenName(r.tokens[1]!)) && (place === 'of' || place === 'from' || place === 'to' || r.possessive)) &&
    !/\b(?:according|spoke|speaking|talked|talking|wrote|writing|said|replied|responded|referring|belonging|married|sent)\s+to\s+$/i.test(r.tail);
}

/** After a name, a list of names and a lower-case noun of places: "Sangrur and Fatehgarh Sahib districts", "Patiala district". */
const PLACE_NOUN_AFTER = /^(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*(?:,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?\s+(?:districts?|provinces?|counties|county|regions?|municipalities|municipality|villages?|townships?|states|islands|suburbs|wards|constituencies|constituency|parishes|prefectures?|governorates?|oblasts?)\b/u;

/** PLACE_NOUN_AFTER's nouns alone. */
const PLACE_NOUNS = /\b(?:districts?|provinces?|counties|county|regions?|municipalit(?:y|ies)|villages?|townships?|states|islands|suburbs|wards|constituenc(?:y|ies)|parishes|prefectures?|governorates?|oblasts?)\b/;

/**
 * "rural areas of Patiala, Sangrur and Fatehgarh Sahib districts", "in Sangrur district": a name that a lower-case noun of
 * places follows, over a list of names, is a place (not a title's: "Kongwa District Commissioner" is capitalised).
 */
export function placeBeforePlaceNoun(r: NameReading): boolean {
  if (r.honorific || r.titleTokens.length > 0 || r.possessive || r.orgName) return false;
  const end = r.m.index + r.m[0].length;
  const after = r.segText.slice(end, end + 90);
  // (the nouns first, a plain alternation: most names have none of them after them)
  return PLACE_NOUNS.test(after) && PLACE_NOUN_AFTER.test(after);
}
