// Small closed-class word lists the attribution rules step over or stop at.

/** Between a subject and its speech verb: "Peskov also said", "she had earlier told". */
export const SKIPPABLE_BEFORE_VERB = new Set([
  'also', 'later', 'then', 'again', 'further', 'once', 'previously', 'earlier', 'recently', 'has',
  'had', 'have', 'was', 'is', 'were', 'are', 'would', 'will', 'could', 'did', 'does', 'do', 'just',
  'simply', 'often', 'frequently', 'repeatedly', 'reportedly', 'allegedly', 'apparently', 'publicly',
  'privately', 'famously', 'once', 'even', 'still', 'not', 'never', 'always', 'since', 'recently',
  'subsequently', 'finally', 'first', 'last', 'in', 'a', 'an', 'the', 'statement', 'interview', 'tweet',
  'post', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'tuesday', 'only', 'immediately', 'quickly', 'then-', "'s", 'may', 'might',
  'now', 'already', 'ever', 'being', 'been', 'should', 'must', 'can',
]);

/** Determiners that open a descriptor: "the rookie defenceman", "his wife". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'one', 'our', 'my', 'another']);

/** Subordinators that open a clause whose names are not the sentence's subject. */
export const SUBORDINATORS = new Set(['when', 'after', 'if', 'while', 'as', 'although', 'though', 'because', 'since', 'before', 'asked', 'once', 'until', 'despite']);

/** Prepositions whose name is an object, never the subject: "a spokesman for Trump said", "said of Cruz". */
export const OBJECT_PREPOSITIONS = new Set([
  'to', 'for', 'with', 'of', 'from', 'at', 'by', 'about', 'against', 'than', 'like', 'toward', 'towards',
  'via', 'behind', 'on', 'in', 'under', 'over', 'between',
]);
