// Quotations that say nothing a reader could tell a speaker by: thanks, greetings, formulae.
// A quiz selects none of them by default (an editor may still include one).

/** Formulae that open a quotation that says nothing: "Thank you so much for having me". */
export const EMPTY_QUOTE_OPENINGS: readonly RegExp[] = [
  /^(?:thank you|thanks|many thanks|cheers)\b/i,
  /^no comment\b/i,
  /^(?:good|great|excellent) (?:morning|afternoon|evening|question|point)\b/i,
  /^(?:hello|hi|hey|goodbye|bye|welcome)\b/i,
  /^(?:happy|merry) (?:birthday|christmas|new year|holidays|diwali|eid|anniversary)\b/i,
  /^(?:congratulations|congrats)\b/i,
  /^(?:wow|oh my god|oh my gosh|oh dear)\b/i,
  /^(?:i don['’]t know|i have no idea|we['’]ll see|time will tell)\W*$/i,
];

/** Words that carry no content: a quotation needs at least MIN_CONTENT_WORDS others to say something. */
export const NON_CONTENT_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'if', 'then', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'it', 'its',
  "it's", 'i', "i'm", 'me', 'my', 'we', "we're", 'us', 'our', 'you', "you're", 'your', 'he', 'she', 'him', 'her', 'his', 'they', 'them',
  'their', 'this', 'that', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'do', 'does', 'did', 'have', 'has', 'had',
  'will', 'would', 'can', 'could', 'should', 'just', 'very', 'really', 'so', 'too', 'all', 'not', 'no', 'yes', 'oh', 'well', 'know',
  'think', 'mean', 'like', 'yeah', 'okay', 'ok', 'there', 'here', 'what', 'get', 'got', 'go', 'going', 'thing', 'things', 'lot',
]);
export const MIN_CONTENT_WORDS = 3;
