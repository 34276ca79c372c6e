// Words around a quoted phrase that say it is a name, title or scare quote
// rather than someone's words: so-called "fake news", the show "Face the Nation".

/** Immediately before the opening mark (case-insensitive, whole words). */
export const NOT_SPEECH_BEFORE = /\b(?:so-called|so called|dubbed|titled|entitled|headlined|nicknamed|hashtag|known as|billed as|branded|the word|the words|the term|the phrase|the slogan|the name|named|renamed|nickname|called the|program|programme|show|series|film|movie|documentary|book|novel|album|song|single|play|musical|podcast|column|report|article|essay|poem|painting|exhibit|exhibition|campaign|operation|magazine|newspaper|segment|episode|newsletter|blog)\s*$/i;

/** Function words that may stay lower-case inside a title ("Face the Nation"). */
export const TITLE_FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'as', 'vs', 'vs.', 'v', 'v.', 'de', '&',
]);
