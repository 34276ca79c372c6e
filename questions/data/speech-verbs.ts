// Verbs that introduce or close reported speech. Base forms only; the code
// derives -s, -ed and -ing forms. `IRREGULAR` gives the forms rules can't.
// Weak verbs (describe, call) attribute short partial quotes but are less sure.

export const SPEECH_VERBS = [
  'say', 'tell', 'add', 'tweet', 'write', 'ask', 'continue', 'insist', 'explain', 'note', 'state',
  'argue', 'claim', 'reply', 'respond', 'recall', 'warn', 'announce', 'declare', 'acknowledge',
  'admit', 'agree', 'observe', 'remark', 'suggest', 'stress', 'emphasize', 'emphasise', 'point',
  'post', 'shout', 'yell', 'joke', 'quip', 'concede', 'counter', 'caution', 'predict', 'promise',
  'vow', 'pledge', 'urge', 'complain', 'lament', 'boast', 'recount', 'muse', 'conclude', 'chant',
  'whisper', 'murmur', 'laugh', 'sigh', 'demand', 'wonder', 'testify', 'comment', 'confirm', 'deny',
  'maintain', 'contend', 'assert', 'allege', 'charge', 'reiterate', 'text', 'email', 'message',
  'scream', 'cry', 'exclaim', 'retort', 'snap', 'plead', 'beg', 'proclaim', 'elaborate', 'offer',
  'tell', 'reflect', 'acknowledge', 'brag', 'grumble', 'mutter', 'shrug', 'smile', 'tease', 'marvel',
  'blast', 'slam', 'criticize', 'criticise', 'describe', 'call', 'label', 'read', 'begin', 'go',
  'put', 'sum', 'reason', 'caution', 'assure', 'inform', 'advise', 'instruct', 'answer', 'interject',
  'question', 'hint', 'signal', 'indicate', 'predict', 'estimate', 'figure', 'think', 'believe',
  'feel', 'hope', 'fear', 'worry', 'tout', 'praise', 'thank', 'concur', 'caution', 'write', 'sing',
  // (how news reports someone saying something in a mood: "“…,” Oliver barked", "opined the Plain Dealer")
  'bark', 'opine', 'scoff', 'sneer', 'gush', 'crow', 'growl', 'fume', 'thunder', 'deplore',
  // (a face that speaks: "“This is fantastic!” beamed Donald Hartley")
  'beam', 'grin', 'chuckle',
  // (naming someone or something: "Sotomayor referring to herself as “a wise Latina”"; charging them: "accusing officials of “…”")
  'refer', 'accuse',
  // ("Rempel used to remind players after every bad rally that “…”")
  'remind',
] as const;

/** Forms the inflection rules get wrong. */
export const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'writes', 'writing', 'written', 'write'],
  begin: ['began', 'begins', 'beginning', 'begun'],
  go: ['went', 'goes', 'going'],
  put: ['put', 'puts', 'putting'],
  think: ['thought', 'thinks'],
  feel: ['felt', 'feels'],
  read: ['read', 'reads'],
  snap: ['snapped', 'snaps'],
  marvel: ['marveled', 'marvelled', 'marvels', 'marveling', 'marvelling'],
  beg: ['begged', 'begs'],
  brag: ['bragged', 'brags'],
  sum: ['summed', 'sums'],
  text: ['texted', 'texts', 'texting'],
  cry: ['cried', 'cries', 'crying'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies', 'testifying'],
  deny: ['denied', 'denies', 'denying'],
  worry: ['worried', 'worries'],
  figure: ['figured', 'figures'],
  label: ['labelled', 'labeled', 'labels'],
  shrug: ['shrugged'],
  refer: ['referred', 'refers', 'referring'],
  sing: ['sang', 'sings', 'singing', 'sung'],
};

/**
 * Verbs that only attribute when something follows them ("go on", "point out",
 * "put it", "sum up", "call [it]", "describe [it as]"), or that are mostly not
 * about speech ("think", "believe", "hope"): they attribute with less confidence.
 */
export const WEAK_VERBS = new Set([
  'go', 'point', 'put', 'sum', 'call', 'describe', 'label', 'read', 'begin', 'think', 'believe', 'feel',
  'hope', 'fear', 'worry', 'offer', 'smile', 'shrug', 'laugh', 'sigh', 'estimate', 'figure', 'blast',
  'slam', 'criticize', 'criticise', 'praise', 'thank', 'tout', 'question', 'hint', 'signal', 'indicate',
  'marvel', 'reflect', 'reason', 'charge', 'answer', 'message', 'email', 'post', 'inform', 'advise',
  'instruct', 'assure', 'promise', 'vow', 'pledge', 'predict', 'confirm', 'deny', 'tease', 'beam', 'grin', 'chuckle', 'refer', 'accuse',
]);

/** Multi-word attributions that name the speaker after them: "according to X". */
export const ACCORDING_TO = /\baccording to\s+$/i;

/** Nouns that report speech: "in a statement", "told a news conference" -> stronger evidence. */
export const SPEECH_NOUNS = new Set([
  'statement', 'interview', 'tweet', 'post', 'email', 'letter', 'speech', 'release', 'conference',
  'briefing', 'message', 'remarks', 'testimony', 'told', 'podcast', 'op-ed', 'column', 'essay',
]);
