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
/** Verbs after which a pronoun is someone the subject speaks to or of: "Whitlock asked whether she …". */
export const ADDRESSING_VERBS = [
  'asked', 'asks', 'told', 'tells', 'urged', 'urges', 'whether', 'thanked', 'thanks', 'praised', 'praises', 'warned',
  'warns', 'reminded', 'assured', 'invited', 'interviewed', 'met', 'called', 'hugged', 'married',
];

/** Words that may come before a subordinator opening a sentence: "Soon after …", "Hours before …". */
export const SUBORDINATOR_ADVERBS = new Set(['soon', 'shortly', 'long', 'just', 'right', 'even', 'only', 'ever', 'not', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'minutes']);

/** Prepositions whose name is an object, never the subject: "a spokesman for Trump said", "said of Cruz". */
export const OBJECT_PREPOSITIONS = new Set([
  'to', 'for', 'with', 'of', 'from', 'at', 'by', 'about', 'against', 'than', 'like', 'toward', 'towards',
  'via', 'behind', 'on', 'in', 'under', 'over', 'between',
]);

/** Words that cannot be a role written before a name ("said that Smith", "told reporters Smith …"). */
export const NOT_ROLE_BEFORE_NAME = /^(?:that|which|who|whom|whose|if|when|while|because|as|after|before|since|until|and|but|or|nor|then|so|to|in|on|at|by|from|with|about|into|than|is|was|are|were|be|been|has|had|have|will|would|could|should|may|might|must|not|also|only|even|just|reporters|journalists|me|him|her|them|us|it|this|these|those|there|here|today|yesterday|tonight|recently|earlier|later|again|of|for)$/;

/** Documents whose author speaks through them: "a statement from the EU said". */
/** Nouns for words someone says, whose owner said the quotation they stand before ("Bill Clinton’s stock answer then — “…” —"). */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set(['answer', 'response', 'reply', 'remark', 'words', 'line', 'message', 'mantra', 'refrain',
  'slogan', 'retort', 'promise', 'vow', 'warning', 'statement', 'comment', 'quip', 'joke', 'verdict', 'catchphrase', 'motto']);
export const DOCUMENT_NOUNS = /^(?:statement|letter|release|email|e-mail|post|tweet|message|note|memo|report|submission|petition)$/;

/** Determiners that introduce someone not named before: "a national newspaper columnist wrote". */
export const INDEFINITE = /^(?:a|an|another|one|my)$/;

/** Participles opening a sentence ("Asked about Tory, he said"): its names are objects, not the subject. */
export const PARTICIPLE_OPENERS = new Set(['asked', 'pressed', 'reached', 'contacted', 'speaking', 'talking', 'responding', 'referring', 'writing', 'appearing', 'interviewed', 'questioned', 'challenged', 'told']);

/** Prepositions (and the conjunctions of a list): a name right after one is not the clause's subject. */
export const PREPOSITIONS = new Set(['in', 'at', 'for', 'with', 'to', 'by', 'from', 'of', 'against', 'than', 'about', 'on', 'like', 'between', 'behind', 'toward', 'towards', 'under', 'over', 'via', 'past', 'beside', 'including', 'and', 'or']);

/** After "said NAME", these make NAME the subject of what was said: "said Bellandi had closed the door". */
export const COMPLEMENT_VERBS = /^(?:had|has|have|was|is|were|are|would|will|could|should|did|does|do|must|might|may|can|wanted|needed|knew|thought)$/;
/** Or a verb in the past tense right after NAME: "says Skerrivale received “a meaningful discount”". */
export const PAST_TENSE = /^(?:[a-z]{3,}ed|won|made|took|got|gave|lost|paid|spent|saw|left|went|came|found|became|sent|kept|held|met|sold|bought|built|began)$/;

/**
 * Verbs that put a question to the one named after them, and the words that open the question ("Earhardt then asked Rubio
 * which states …"): who is asked answers next. ("asked Jim Hart to resign" is a request, no question.)
 */
export const ASKING_VERBS: readonly string[] = ['asked', 'asks', 'questioned', 'pressed', 'quizzed'];
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['what', 'which', 'whether', 'if', 'how', 'why', 'when', 'where', 'who', 'about']);
/** Adverbs that may stand between a subject and its verb ("Stovall then asked"). */
export const VERB_ADVERBS: readonly string[] = ['also', 'then', 'later', 'again'];

/** Verbs whose object does what an -ing verb after it says: "recalls the doctor examining his wife and telling him". */
export const PERCEIVING_VERBS = new Set(['recall', 'recalls', 'recalled', 'remember', 'remembers', 'remembered', 'hear', 'hears', 'heard', 'saw', 'sees', 'see',
  'watch', 'watches', 'watched', 'imagine', 'imagines', 'imagined']);

/** Open an inverted sentence whose subject follows its verb: "Among the crowd was …", "There was …". */
export const INVERTED_OPENERS = new Set(['there', 'among', 'amongst', 'in', 'at', 'inside', 'outside', 'behind', 'beside', 'near', 'nearby', 'also', 'with',
  // (where someone sat or stood: "Seated in the front row was an elderly man who …")
  'seated', 'sitting', 'standing', 'waiting', 'gathered', 'perched']);

/** A conjunction or an adverb that may open a sentence before its subject: "But the magistrate rejected …". */
export const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'then', 'still', 'however', 'meanwhile', 'later', 'instead']);
