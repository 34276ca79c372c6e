// Capitalised words that are not names: sentence openers, days, months and
// other words that a capitalised-sequence finder would otherwise pick up.

/** The days and months, and the months' short forms, in lower case ("on Monday", "in Sept."). */
export const DATE_WORDS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

export const NON_NAME_WORDS = new Set([
  // (how a judge is called, no name: "Her Honour also criticised both siblings")
  'honour', 'honor',
  // (a movement by its tempo marking, in a concert review: "The Allegro molto was propulsive", "The Largo, with its famous melody")
  'adagio', 'allegro', 'allegretto', 'andante', 'andantino', 'largo', 'larghetto', 'lento', 'presto', 'prestissimo', 'vivace',
  'moderato', 'scherzo', 'rondo', 'minuet', 'finale', 'intermezzo',
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when', 'while', 'where',
  'why', 'how', 'what', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those', 'there',
  'here', 'then', 'now', 'after', 'before', 'since', 'until', 'as', 'at', 'by', 'from', 'in', 'into',
  'of', 'on', 'onto', 'to', 'with', 'without', 'about', 'above', 'below', 'over', 'under', 'during',
  'through', 'though', 'although', 'because', 'despite', 'unlike', 'like', 'among', 'between', 'also',
  'still', 'even', 'just', 'only', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'more', 'much',
  'few', 'each', 'every', 'both', 'either', 'neither', 'other', 'another', 'such', 'it', 'its', 'he',
  'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us',
  'me', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first',
  'second', 'third', 'last', 'next', ...DATE_WORDS, 'today', 'yesterday', 'tomorrow', 'tonight', 'meanwhile', 'however', 'instead',
  'indeed', 'still', 'later', 'earlier', 'already', 'finally', 'besides', 'despite', 'additionally', 'ultimately', 'eventually', 'recently',
  'currently', 'previously', 'initially', 'unfortunately', 'fortunately', 'similarly', 'likewise', 'nonetheless', 'nevertheless',
  'otherwise', 'again', 'thus', 'therefore', 'overall', 'sadly', 'luckily', 'ironically', 'notably', 'importantly', 'according', 'asked', 'said', 'says', 'told',
  'photo', 'video', 'image', 'watch', 'read', 'related', 'advertisement', 'story', 'highlights',
  'update', 'updated', 'posted', 'copyright', 'share', 'click', 'getty', 'images', 'file', 'source',
  'mr', 'mrs', 'ms', 'dr', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'let',
  'please', 'thank', 'thanks', 'oh', 'well', 'okay', 'ok', 'sure', 'maybe', 'perhaps', 'every',
  'americans', 'american', 'canadian', 'canadians', 'british', 'russian', 'russians', 'chinese',
  'european', 'democrats', 'republicans', 'democrat', 'republican', 'christmas', 'easter', 'god',
  'internet', 'twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'google', 'covid', 'covid-19',
  'english', 'french', 'spanish', 'german', 'indigenous', 'muslim', 'muslims', 'christian', 'jewish',
  'black', 'white', 'latino', 'asian', 'african', 'obamacare', 'brexit', 'g20', 'g7', 'reporters',
  'afterwards', 'afterward', 'separately', 'elsewhere', 'initially', 'previously', 'subsequently', 'eventually',
  // people by nationality: "the Australian said" describes someone, it does not name them
  // (not Dane or Finn: first names too)
  'australian', 'australians', 'briton', 'britons', 'englishman', 'englishwoman', 'frenchman', 'frenchwoman',
  'scot', 'scotsman', 'scotswoman', 'welshman', 'irishman', 'irishwoman', 'dutchman', 'italian', 'spaniard',
  'hungarian', 'brazilian', 'argentine', 'argentinian', 'mexican', 'ukrainian', 'japanese', 'korean', 'indian',
  'pakistani', 'nigerian', 'kenyan', 'swede', 'norwegian', 'pole', 'czech', 'serb', 'croat',
  'greek', 'turk', 'israeli', 'iranian', 'iraqi', 'egyptian', 'kiwi', 'belgian', 'portuguese', 'austrian',
  'romanian', 'colombian', 'chilean', 'peruvian', 'venezuelan', 'cuban', 'jamaican', 'ghanaian', 'ethiopian',
  'moroccan', 'saudi', 'syrian', 'lebanese', 'afghan', 'thai', 'vietnamese', 'filipino', 'indonesian', 'swiss',
]);

/** Months' abbreviations that are given names too: before a name they are one ("Jan Van der Straeten"); a date follows the month. */
export const GIVEN_NAME_MONTHS: ReadonlySet<string> = new Set(['jan', 'mar', 'jun']);

/** Adjectives of a period or a style, capitalised before the noun they describe ("Victorian baths", "a Georgian terrace"). */
export const PERIOD_ADJECTIVES: ReadonlySet<string> = new Set([
  'Victorian', 'Edwardian', 'Georgian', 'Elizabethan', 'Jacobean', 'Gothic', 'Baroque', 'Palladian', 'Romanesque', 'Renaissance',
  'Neoclassical', 'Brutalist', 'Byzantine', 'Ottoman', 'Mughal', 'Medieval',
]);

/** Modal verbs that are given names too: inside a sentence, before a surname, they are one ("Bury captain Will Tindall"). */
export const GIVEN_NAME_MODALS: ReadonlySet<string> = new Set(['will']);
