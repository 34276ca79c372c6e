// Words around a quoted phrase that say it is a name, title or scare quote
// rather than someone's words: so-called "fake news", the show "Face the Nation".

/** What carries a sign's words, and the verbs that read them out ("placards read", "a banner reading"). */
const SIGN_NOUNS = String.raw`signs?|placards?|banners?|posters?`;
const SIGN_VERBS = String.raw`reading|that read|read|bearing`;
/** A sign and the verb that reads it, right before the opening mark: its words are no one's speech, however many. */
export const SIGN_RIGHT_BEFORE = new RegExp(String.raw`\b(?:${SIGN_NOUNS})\s+(?:${SIGN_VERBS})\s*$`, 'i');

/** Immediately before the opening mark (case-insensitive, whole words). */
export const NOT_SPEECH_BEFORE = new RegExp(String.raw`\b(?:(?:${SIGN_NOUNS}|t-shirts?|shirts?|hats?|caps?|stickers?)\s+(?:${SIGN_VERBS}|saying|inscribed with|emblazoned with|printed with)|(?:chants|cries|shouts|choruses)\s+of|(?:started|begun|began|taken to|took to|come to)\s+calling\s+(?:[a-z'’-]+\s+){1,3}|so-called|so called|dubbed|titled|entitled|headlined|nicknamed|hashtag|(?:known|remembered|referred to)(?:\s+\w+ly)?\s+as|(?:billed|pitched|advertised)\s+as|(?:traded|sold|marketed)\s+as|branded|(?:engraved|inscribed|etched|embroidered|stamped|emblazoned)\s+with(?:\s+the\s+(?:initials|letters|words|name|inscription))?|the initials|the inscription|the word|the words|the wording|the term|the phrase|the slogan|the name|named|renamed|nickname|called the|program|programme|show|series|film|movie|documentary|book|novel|album|song|single|play|musical|podcast|column|report|article|essay|poem|painting|exhibit|exhibition|campaign|operation|magazine|newspaper|segment|episode|newsletter|blog)\s*$`, 'i');
/** Words before the opening mark that read out a sign set off from them: "put up a sign at the entrance to the beach reading “…”", "a sign on the tractor read «…»" (a longer window). */
export const SIGN_READING = new RegExp(String.raw`\b(?:${SIGN_NOUNS}|boards?|notices?)(?:\s+[\p{L}'’-]+){1,8}?\s+(?:reading|that read|read|bearing|inscribed with|emblazoned with|printed with|such as)\s*$`, 'iu');

/**
 * A people's or a group's word for something: what Finns call "sisu", what locals call "the Hole", what some call "dance drift", what the
 * Conservatives call "illegal border crossers" — a term a community uses, which no one in the story said. A capitalised
 * plural only with a plural verb: "what Williams called …" is a surname and a partial quotation of his.
 */
export const WHAT_THEY_CALL = /\bwhat\s+(?:(?:many|some|most|the|local)\s+)?(?:(?:locals|people|residents|villagers|farmers|fans|scientists|experts|economists|doctors|researchers|insiders|critics|supporters|officials|others)\s+(?:call|calls|called|like to call|refer to as|term)|\p{Lu}\p{Ll}+s\s+(?:call|like to call|refer to as)|(?:some|many|most|others)\s+(?:call|have\s+called|like to call|refer to as|term))\s*$/u;
/**
 * What a group somewhere now calls something ("what administrators across the country now simply call “the cap,”", "what the
 * industry has come to call a “flight to quality”", "a stretch that longtime residents still call “the Gap”"): a plural subject, or a trade's or a field's collective noun (not "what the
 * minister calls": one person's words).
 */
export const WHAT_A_GROUP_NOW_CALLS = /\b(?:what\s+(?:(?:many|some|most|the|local)\s+)?|(?:that|which)\s+(?:[\p{Ll}-]+\s+)?(?=(?:locals|residents|villagers|fans|people|farmers|fishermen|islanders|regulars|traders|commuters|students|workers|riders|passengers|customers|visitors|parishioners)\b))(?:\p{Ll}{3,}s|industry|market|sector|trade|profession|field|press|media|public)\b(?:\s+[\p{L}'’-]+){0,5}?\s+(?:(?:(?:has|have)\s+come\s+to|now|simply|often|sometimes|still|also|widely)\s+){0,2}(?:call|calls|term|terms|dub|dubs|refers?\s+to\s+as)(?:\s+(?:a|an|the))?\s*$/u;
/** The word before a motto or a slogan, and its comma: "in keeping with the press’s motto, ‘Small books, long shadows’". */
export const MOTTO_BEFORE = /\b(?:motto|slogan|tagline|catchphrase|watchword|rallying cry|battle cry)\s*[,:]?\s*$/i;

/**
 * A company's legal form right after the closing mark: the quotation is the company's name, as
 * Mongolian, Russian and Central Asian outlets write it ("Tuul Gold" LLC said, «Gazprom» JSC).
 */
export const LEGAL_FORM_AFTER = /^[»”"’']*\s*(?:LLC|LLP|JSC|OJSC|CJSC|PJSC|PLC|Ltd|GmbH|SpA|Inc|Corp)\b/;

/**
 * A work named in apposition, set off by a comma: her commentary, "Melania, tell your
 * immigrant story," …; his memoir, "A Promised Land," … (a few words, not attributed).
 * Not where the work is where the words appear: wrote in a column, "We must act."
 */
export const WORK_APPOSITIVE_BEFORE = /(?<!\b(?:in|on)\s+(?:[A-Za-z'’-]+\s+){0,3})\b(?:commentary|op-ed|editorial|column|essay|article|book|novel|memoir|biography|album|song|single|film|movie|documentary|poem|play|musical|podcast|headline|blog post|newsletter|exhibition|series|show)\s*,\s*$/i;

/** A verb that names, then who is named: "call Elias ", "dubbed him ", "calling Rossi ". */
export const NICKNAMED = /\b(?:call|calls|called|calling|dub|dubs|dubbed|nickname|nicknamed|nicknaming|label|labels|labelled|labeled)\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|(?:him|her|them|himself|herself)\s+)$/u;
/** "had nicknamed the tent “the fridge”", "dubbed the scheme “Operation Clean Sweep”": a name given to a thing, whatever it is. */
export const NICKNAMED_THING = /\b(?:nickname|nicknames|nicknamed|nicknaming|dub|dubs|dubbed|christened)\s+(?:[\p{L}'’-]+\s+){1,4}$/u;
/**
 * A name something is called by, with no one said to call it so: "is sometimes called “the Sheffield of Japan,”", "has long
 * been described as a “postcode lottery”" (not "was called “a disgrace” by the mayor").
 */
export const CALLED_PASSIVE = /\b(?:is|are|was|were|been|being|sometimes|often|also|widely|commonly|affectionately|locally)\s+called\s*$|\b(?:been|long|often|widely|sometimes|commonly)\s+(?:described|characteri[sz]ed|labell?ed|branded)\s+as\s+(?:a|an)\s*$/i;
/**
 * A group's name for a thing: "Locals call the sharp bend in the river “the elbow,”", "Many riders in the largely Acadian
 * communities along the shore call the bus simply “la navette”" (what one person calls something may be their words).
 */
export const WHAT_A_GROUP_CALLS = /\b(?:locals|residents|villagers|fans|people|farmers|fishermen|islanders|regulars|traders|commuters|students|workers|riders|passengers|customers|visitors|parishioners)\b(?:\s+(?:in|on|at|from|of|along|across|around|near|throughout)\b(?:\s+[\p{L}'’-]+){1,6}?){0,2}\s+(?:call|calls|called|have\s+called|dub|dubbed|know)\s+(?:[\p{L}'’-]+\s+){1,8}$/iu;
/** The last word of a scheme's or a plan's name ("extended its “livestock marketing incentive scheme”", "the “Southern Strategy”"). */
export const SCHEME_LAST = /\s(?:scheme|programme|program|initiative|strategy|project|fund|act|bill)$/i;
/**
 * Known by a name, a phrase of place between: "known around the Brisbane hangar as the “Channel Country class”" (a longer
 * window); not "referred to Rubio as “a bright, charismatic leader”", the words someone used of someone. A designation, a
 * class or a category right before "as" ("areas designated as “veterinary shortage situations.”"); not "classified the attack
 * as “a cowardly act of hatred”", the words of whoever classified it.
 */
export const KNOWN_AS = /\b(?:(?:known|remembered)\b[^.,;:"“”]{0,40}\b|(?:designated|classified|categori[sz]ed)\s+)as(?:\s+(?:the|a|an))?\s*$/;
/** A verb that names, then the thing it names as a pronoun: "calls it “the Egg”" (its words a name only where capitalised). */
export const CALLS_IT = /\b(?:call|calls|called|calling|dub|dubs)\s+(?:it|them|this|that)\s*$/i;
/** What a thing's makers call it, the thing before them: "a model its founders call “pay-on-pour”". */
export const WHAT_ITS_MAKERS_CALL = /\b\p{Ll}+\s+(?:that\s+)?(?:its|their)\s+\p{Ll}+s\s+(?:call|calls|called|dub|dubbed|have\s+called)\s*$/u;
/** Nouns after a short quotation that make it the name of a charge, a scheme or a kind: a “congestion recovery” charge. */
export const THING_NOUN = /^(?:charge|surcharge|fee|levy|tax|tariff|toll|premium|scheme|model|programme|program|plan|policy|zone|package|permit|licen[cs]e|visa|subsidy|allowance)$/;
/** A charge's nouns ending a short quotation, which is its name: a $175 per teu “port congestion surcharge”. */
export const FEE_NOUN = /^(?:charge|surcharge|fee|levy|tariff|toll|premium)$/;
/** Right after the closing mark, a gloss set off by a comma: "consider a “ra'ui”, a traditional closure,", "join a “gotong-royong”, or communal clean-up," (after "a" or "the", one or two words). */
export const GLOSS_AFTER = /^[»”"’']*,\s+(?:a|an|or)\s+\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,3}\s*[,.;—–]/u;
/** Right after the closing mark: what the quotation is, a term and no one's words ("“fly-in teachers,” a term Anaviapik said she dislikes"). */
export const TERM_AFTER = /^[»”"’']*,?\s+(?:a|the)\s+(?:term|phrase|word|label|nickname|moniker|expression|euphemism|coinage)\b/;
/** Right after a noun and "or": the word for it in another tongue or trade ("the harvest, or “vendimia,” had begun"). */
export const GLOSS_AFTER_NOUN = /\b(?:the|a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*,\s+or\s+$/u;
/** Right after a short quoted name and "or" or "meaning": its gloss ("called the mound “Ören Tepe,” or “ruin hill,”"). */
export const GLOSS_AFTER_QUOTED = /["“][^"“”]{1,30}["”],?\s+(?:or|meaning|which means)\s+$/u;

/** Function words that may stay lower-case inside a title ("Face the Nation"). */
export const TITLE_FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'as', 'vs', 'vs.', 'v', 'v.', '&',
  // (and other languages' articles and particles, in names of ships, works and places: “Nuestra Señora del Cerro”)
  'de', 'del', 'la', 'las', 'los', 'el', 'da', 'dos', 'das', 'di', 'du', 'des', 'le', 'y',
]);

/**
 * Verbs after which a quotation is the whole of what was said, even woven into
 * the sentence: said "we're not there yet", shouted "Build that wall!",
 * testifying "it seemed to be anything but flat". Weak verbs that take a
 * quoted description (called it "bold", described as "chaos") are not here.
 */
export const INTRODUCING_VERBS = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'asking',
  'add', 'adds', 'added', 'adding', 'write', 'writes', 'wrote', 'writing', 'tweet', 'tweets', 'tweeted',
  'tweeting', 'declare', 'declares', 'declared', 'declaring', 'shout', 'shouts', 'shouted', 'shouting',
  'yell', 'yells', 'yelled', 'yelling', 'scream', 'screams', 'screamed', 'screaming', 'chant', 'chants',
  'chanted', 'chanting', 'testify', 'testifies', 'testified', 'testifying', 'reply', 'replies', 'replied',
  'replying', 'respond', 'responds', 'responded', 'responding', 'answer', 'answers', 'answered',
  'exclaim', 'exclaims', 'exclaimed', 'proclaim', 'proclaims', 'proclaimed', 'insist', 'insists',
  'insisted', 'explain', 'explains', 'explained', 'warn', 'warns', 'warned', 'announce', 'announces',
  'announced', 'state', 'states', 'stated', 'remark', 'remarks', 'remarked', 'recall', 'recalls',
  'recalled', 'continue', 'continues', 'continued', 'conclude', 'concludes', 'concluded', 'quip',
  'quips', 'quipped', 'joke', 'jokes', 'joked', 'retort', 'retorts', 'retorted', 'whisper', 'whispers',
  'whispered', 'mutter', 'mutters', 'muttered', 'cry', 'cries', 'cried', 'sing', 'sings', 'sang',
  'singing', 'stutter', 'stutters', 'stuttered', 'crow', 'crows', 'crowed', 'post', 'posts', 'posted',
  'posting', 'vow', 'vows', 'vowed', 'promise', 'promises', 'promised', 'admit', 'admits', 'admitted',
  'acknowledge', 'acknowledges', 'acknowledged', 'argue', 'argues', 'argued', 'counter', 'counters',
  'countered', 'snap', 'snaps', 'snapped', 'plead', 'pleads', 'pleaded', 'beg', 'begs', 'begged',
  'demand', 'demands', 'demanded', 'urge', 'urges', 'urged', 'wonder', 'wonders', 'wondered',
]);

/** Verbs that put a speaker's word on something: called it "bold", described as "chaos". */
export const NAMING_VERBS = new Set([
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'dub', 'dubs',
  'dubbed', 'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling', 'term', 'terms', 'termed',
  'brand', 'brands', 'branded', 'deride', 'derides', 'derided', 'hail', 'hails', 'hailed', 'praise',
  'praises', 'praised', 'slam', 'slams', 'slammed', 'blast', 'blasts', 'blasted', 'decry', 'decries', 'decried',
]);

/**
 * A hymn's, a carol's, an anthem's or a song's title or words, up to 15 words: "the singing of “The day thou gavest, Lord, is
 * ended”", "starts singing “Gens du pays”" (right after the verb: "sang: “…”" may be someone's words).
 */
export const SUNG_BEFORE = /\b(?:(?:hymn|carol|anthem|psalm|(?:singing|rendition|recital)\s+of)\s*[:,]?|(?:sing|sings|sang|sung|singing|hummed|humming|whistled|whistling))\s*$/i;

/** Before a work's title, of any length: "titled", "entitled", "under the title", "its working title". */
export const TITLE_BEFORE = /\b(?:titled|entitled|(?:under|with|bearing)\s+the\s+(?:title|headline)|(?:the|a|its|their|his|her|working)\s+title)\s*[:,]?\s*$/i;
