// Cues that a capitalised name is an organisation or a place, not a person.

/**
 * Plural nouns that end sports teams' names ("Mumbai Indians", "Winnipeg Jets", "Chennai Super Kings"): a team is an
 * organisation, never the "he" of the next sentence. (Only plurals nobody bears as a surname: not Hawks, Sanders, Rogers.)
 */
export const TEAM_HEADS = [
  'indians', 'kings', 'titans', 'capitals', 'giants', 'royals', 'knights', 'warriors', 'chiefs', 'saints', 'cardinals',
  'senators', 'canadiens', 'jets', 'sunrisers', 'challengers', 'raptors', 'lakers', 'celtics', 'dodgers', 'yankees', 'mets',
  'cubs', 'bulls', 'bears', 'lions', 'tigers', 'eagles', 'falcons', 'panthers', 'packers', 'steelers', 'patriots', 'cowboys',
  'broncos', 'oilers', 'flames', 'canucks', 'bruins', 'penguins', 'flyers', 'blackhawks', 'sharks', 'wolves', 'blues',
  'leafs', 'argonauts', 'roughriders', 'stampeders', 'jays', 'raiders', 'chargers', 'seahawks', 'dolphins',
  'jaguars', 'texans', 'vikings', 'buccaneers', 'ravens', 'bengals', 'browns', 'commanders', 'spurs', 'rockets',
  'mavericks', 'nuggets', 'clippers', 'suns', 'pelicans', 'pistons', 'hornets', 'cavaliers', 'wizards',
];

/** Organisation words a name goes on after with "on" and its subject: "Committee on Foreign Relations", "National Institute on Drug Abuse". */
export const ORG_ON_WORDS: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'commission', 'council', 'institute', 'centre', 'center',
  'project', 'program', 'programme', 'panel', 'taskforce', 'force', 'forum', 'conference', 'caucus', 'coalition', 'office', 'board', 'alliance', 'foundation']);

/** Businesses by their premises: "the Rusty Spur Saloon" (then "the Rusty Spur"), "the Harbour Inn", "Abbey Theatre". */
export const PREMISES_WORDS: ReadonlySet<string> = new Set(['saloon', 'tavern', 'pub', 'inn', 'cafe', 'café', 'diner', 'restaurant', 'bistro',
  'brewery', 'hotel', 'motel', 'bakery', 'casino', 'winery', 'distillery', 'cinema', 'theatre', 'theater']);

/** A capitalised name containing one of these words names an organisation. */
export const ORG_WORDS = new Set([
  ...TEAM_HEADS,
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'group', 'holdings', 'partners', 'exchange', 'bourse',
  'gmbh', 'pty', 'sdn', 'bhd', 'berhad', 'tbk', 'pte',
  'bank', 'fund', 'foundation', 'institute', 'institution', 'university', 'college', 'school', 'academy',
  'association', 'society', 'union', 'guild', 'federation', 'league', 'club', 'council', 'committee', 'commission',
  'board', 'agency', 'authority', 'bureau', 'department', 'ministry', 'office', 'service', 'services',
  'police', 'army', 'navy', 'force', 'forces', 'guard', 'síochána', 'gardaí', 'court', 'parliament', 'congress', 'senate',
  'assembly', 'legislature', 'government', 'administration', 'party', 'campaign', 'coalition', 'network',
  'news', 'times', 'post', 'journal', 'magazine', 'press', 'media', 'tribune', 'herald', 'gazette', 'daily', 'radio',
  'television', 'tv', 'broadcasting', 'channel', 'hospital', 'clinic', 'centre', 'center', 'church', 'museum', 'gallery', 'library', 'zoo',
  'kremlin', 'pentagon', 'house', 'hall', 'airlines', 'airways', 'motors', 'systems', 'technologies',
  'labs', 'laboratory', 'unit', 'division', 'studio', 'studios', 'records', 'entertainment', 'pharmaceuticals', 'energy', 'oil', 'gas', 'health',
  'care', 'trust', 'cabinet', 'caucus', 'secretariat', 'directorate', 'inspectorate', 'municipality', 'prefecture', 'tribunal', 'nations', 'organization',
  'organisation', 'alliance', 'movement', 'initiative', 'project', 'program', 'programme', 'team',
  // (a church's bodies: "the Anglican Diocese of Bathurst", "the General Synod")
  'diocese', 'archdiocese', 'synod', 'presbytery',
  // (the fellowships: "Alcoholics Anonymous", "Gamblers Anonymous")
  'anonymous',
  ...PREMISES_WORDS,
  'survey', 'sons', 'hardware', 'ledger', 'sentinel', 'chronicle', 'observer', 'examiner', 'inquirer',
  'courier', 'telegraph', 'gazette', 'bulletin', 'dispatch', 'register', 'globe', 'mail', 'express',
  'cnn', 'bbc', 'cbc', 'nbc', 'cbs', 'abc', 'fox', 'msnbc', 'reuters', 'ap', 'upi', 'afp', 'nato', 'un',
  'eu', 'fbi', 'cia', 'nsa', 'epa', 'irs', 'rcmp', 'opp', 'gop', 'dnc', 'rnc', 'who', 'imf', 'ufcw',
  'therapeutics', 'biosciences', 'biotech', 'biotechnology', 'software', 'solutions', 'ventures', 'capital',
  'logistics', 'robotics', 'semiconductor', 'semiconductors', 'industries', 'enterprises', 'brands', 'foods',
  // (an industry's plural after a given name: "Nairi Textiles", "Rosa Garments")
  'textiles', 'garments', 'apparel', 'fisheries', 'plantations', 'minerals', 'metals', 'chemicals', 'electronics',
  'insurance', 'bancorp', 'financial', 'securities', 'investments', 'consulting', 'airline', 'railway',
  'railways', 'telecom', 'communications', 'pharma', 'medical', 'laboratories', 'buses', 'transit',
  // sports clubs by the word that ends their names ("Ashford Rovers", "Bolton Wanderers", "Leeds United")
  'rovers', 'wanderers', 'rangers', 'athletic', 'albion', 'united', 'hotspur', 'fc', 'afc', 'rfc',
  'chamber', 'chambers', 'congress', 'syndicate', 'cooperative', 'co-operative', 'consortium', 'collective',
  // the same words in the names of organisations abroad ("Vereniging Werkgevers Lashing", "Fundación Triángulo")
  'vereniging', 'stichting', 'verband', 'verein', 'gewerkschaft', 'stiftung', 'fundación', 'fundacion', 'asociación',
  'asociacion', 'sindicato', 'syndicat', 'fondation', 'société', 'ministerio', 'ministère', 'forening', 'förening',
  'yayasan', 'persatuan', 'kesatuan', 'consorzio', 'associazione', 'fondazione', 'comune', 'sindacato', 'cooperativa',
]);

/**
 * The organisation words above that are acronyms and, written otherwise, a name or a word: "AP" is a
 * news agency but "Ap" a Bhutanese honorific, "UN" the United Nations but "Un" the end of "Kim Jong Un".
 * They name an organisation only in capitals.
 */
export const ORG_ACRONYMS = new Set([
  'cnn', 'bbc', 'cbc', 'nbc', 'cbs', 'abc', 'msnbc', 'ap', 'upi', 'afp', 'un', 'eu', 'fbi', 'cia', 'nsa', 'epa', 'irs',
  'rcmp', 'opp', 'gop', 'dnc', 'rnc', 'who', 'imf', 'ufcw', 'tv', 'fc', 'afc', 'rfc',
]);

/** A capitalised name containing one of these words names a place. */
export const PLACE_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'lane', 'highway',
  'square', 'park', 'bridge', 'river', 'lake', 'mountain', 'mount', 'mt', 'island', 'islands', 'bay', 'sound',
  'beach', 'valley', 'county', 'city', 'town', 'township', 'village', 'province', 'state', 'states', 'district',
  'region', 'coast', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'airport', 'station', 'stadium', 'arena', 'field', 'falls', 'heights', 'hills', 'springs', 'harbour',
  'harbor', 'port', 'fort', 'republic', 'kingdom', 'territory', 'territories', 'peninsula', 'ocean',
  'sea', 'gulf', 'canyon', 'forest', 'desert', 'plaza', 'mall', 'tower', 'building', 'summit',
  'glacier', 'creek', 'canal',
]);

/** Place words that are also common surnames: after a first name, a person ("Ellen Park", "Tom Lake"). */
export const SURNAME_PLACE_WORDS = new Set(['park', 'lake', 'field', 'bridge', 'bay', 'hill', 'hills', 'banks', 'ford', 'west', 'north', 'south', 'east']);

/** Words between a preposition and a place: "in southwest San Antonio", "in downtown Toronto". */
/** Area words that are adjectives, which in lower case before a capital make it a place: "western Queensland". */
export const AREA_ADJECTIVES: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'downtown', 'rural',
  'upstate', 'coastal', 'suburban', 'metropolitan', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'outback']);
export const AREA_WORDS = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'downtown',
  'suburban', 'rural', 'greater', 'upstate', 'coastal', 'inner-city', 'metropolitan', 'metro',
];

/** News agencies and papers: they report what organisations say; they are never "the ministry". */
export const NEWS_OUTLET = /\b(?:Reuters|Associated Press|AP|AFP|Bloomberg|CNN|BBC|CBC|NBC|CBS|ABC|NPR|Fox News|Times|Post|Journal|News|Herald|Tribune|Guardian|Telegraph|Gazette|Globe|Independent)\b/;

/** First words of place names ("San Antonio", "Los Angeles", "New Mexico"), not of people's. */
// ("Lower Brierley", "Upper Heyford": the lower and the upper village of a name)
export const PLACE_PREFIXES = new Set(['san', 'são', 'santa', 'santo', 'los', 'las', 'new', 'lower', 'upper']);

/** The last word of a name that names a law, an agreement, an event or a work: never a speaker. */
export const THING_HEADS = new Set([
  'act', 'bill', 'law', 'amendment', 'treaty', 'accord', 'accords', 'agreement', 'convention', 'protocol',
  'doctrine', 'plan', 'report', 'award', 'awards', 'prize', 'festival', 'games', 'cup', 'olympics',
  'championship', 'championships', 'series', 'tournament', 'war', 'crisis', 'scandal', 'budget', 'day',
]);

/** Lower-case collective speakers that are organisations ("the ministry said"). */
export const ORG_NOUNS = new Set([
  'ministry', 'department', 'agency', 'company', 'firm', 'government', 'administration', 'campaign',
  'committee', 'council', 'board', 'police', 'union', 'party', 'organization', 'organisation', 'group',
  'commission', 'office', 'court', 'tribunal', 'inquiry', 'panel', 'city', 'province', 'state', 'team', 'club', 'league', 'network',
  'university', 'school', 'hospital', 'bank', 'embassy', 'military', 'army', 'statement', 'service',
  'association', 'federation', 'guild', 'trust', 'foundation', 'institute', 'alliance', 'coalition', 'chamber', 'charity',
  'society', 'cooperative', 'authority', 'regulator', 'airline', 'carrier', 'insurer', 'lender', 'retailer',
  'utility', 'operator', 'manufacturer', 'carmaker', 'broadcaster',
]);

/**
 * Kinds of organisation that a description ("the union said") or a word of a name ("Skyvale
 * Airlines", "Ministry of Health") says; a word in none of them says nothing. "The union" is no
 * airline and "the company" no ministry.
 */
export const ORG_CLASSES: Readonly<Record<string, readonly string[]>> = {
  business: ['company', 'firm', 'corporation', 'corp', 'inc', 'ltd', 'limited', 'llc', 'plc', 'holdings', 'airline', 'airlines', 'airways', 'carrier',
    'retailer', 'chain', 'bank', 'insurer', 'lender', 'manufacturer', 'carmaker', 'supermarket', 'startup', 'appliances', 'foods', 'motors'],
  government: ['ministry', 'department', 'agency', 'commission', 'authority', 'government', 'administration', 'directorate', 'bureau',
    'regulator', 'council', 'municipality', 'secretariat'],
  union: ['union', 'unions', 'federation', 'guild'],
  party: ['party'],
  police: ['police', 'constabulary'],
  court: ['court', 'tribunal'],
  education: ['university', 'college', 'school', 'academy'],
  health: ['hospital', 'clinic'],
  sport: ['team', 'club', 'league'],
  // ("the company said" is no "Mapanza Dairy Farmers Cooperative Society")
  cooperative: ['cooperative', 'co-operative', 'co-op', 'society'],
  // ("the company said" is no "Jamaica Stock Exchange" it filed its results with)
  market: ['exchange', 'bourse'],
};

/** "The company Entregaí", "the platform Glovo", "the charity Shelter": the kind of organisation right before its name. */
export const ORG_KINDS: ReadonlySet<string> = new Set(['company', 'firm', 'platform', 'startup', 'start-up', 'retailer', 'chain', 'airline', 'insurer',
  'lender', 'broadcaster', 'newspaper', 'manufacturer', 'carmaker', 'supermarket', 'charity', 'nonprofit', 'non-profit', 'ngo', 'operator',
  'conglomerate', 'multinational', 'union', 'agency', 'group', 'watchdog', 'regulator', 'association', 'federation', 'coalition', 'party',
  'utility', 'carrier', 'organisation', 'organization', 'foundation', 'institute', 'alliance', 'network']);

/**
 * Where something is based, or who owns, runs or backs it, before its name: "Denver-based", "State-owned", "Kremlin-backed";
 * and where someone finished, is ranked or was born, before theirs: "Third-placed Silas Kaltapas", "top-seeded", "the Belgrade-born
 * actress".
 */
export const BASED_OR_OWNED = /^\p{L}+-(?:based|owned|run|backed|funded|listed|placed|seeded|ranked|born|bred)$/iu;

/** A sport that, before a country's or a region's name, names its governing body: "Athletics Kenya", "Cricket Ireland", "Swimming Australia". */
export const SPORT_BODY_WORDS: ReadonlySet<string> = new Set([
  'athletics', 'cricket', 'rugby', 'football', 'netball', 'hockey', 'tennis', 'golf', 'swimming', 'cycling', 'rowing', 'sailing',
  'basketball', 'volleyball', 'badminton', 'boxing', 'triathlon', 'gymnastics', 'equestrian', 'skiing', 'bowls', 'squash', 'archery',
  'judo', 'taekwondo', 'wrestling', 'weightlifting', 'softball', 'baseball', 'surfing', 'canoeing', 'fencing', 'handball', 'snooker',
]);

/** A company's legal form, which alone names no one ("Kalinaw Capital Management, Inc.": "Inc" is no company of its own). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'llp', 'plc', 'gmbh', 'pty', 'sdn', 'bhd', 'tbk', 'pte', 'ag', 'nv', 'bv', 'spa', 'jsc']);

/** The words that end an organisation's name after a plural's apostrophe: "Producers’ Guild", "Farmers' Union", "Workers' Party". */
export const PLURAL_OWNED: readonly string[] = [
  'Association', 'Union', 'Guild', 'Party', 'Council', 'Federation', 'League', 'Society', 'Alliance', 'Forum', 'Trust', 'Fund',
  'Cooperative', 'Co-operative', 'Co-op', 'Club', 'Network', 'Movement', 'Front', 'Coalition', 'Congress', 'Institute', 'Board',
  'Commission', 'Committee', 'Organisation', 'Organization', 'Collective', 'Syndicate', 'Chamber', 'Assembly',
];

/**
 * Makers of cars and motorcycles, whose names stand for a car or a team in motorsport and business news ("sending the Aston
 * Martin into a half-spin", "Halden Racing Porsche"): organisations, never a "she". Only makes no person is commonly named by (not Ferrari, McLaren, Bentley, Renault …).
 */
export const VEHICLE_MAKES: ReadonlySet<string> = new Set([
  'Aston Martin', 'Mercedes-Benz', 'Mercedes-AMG', 'Porsche', 'BMW', 'Lamborghini', 'Maserati', 'Bugatti', 'Alfa Romeo', 'Volkswagen',
  'Hyundai', 'Lexus', 'Audi', 'Ducati', 'Kawasaki', 'Subaru', 'Chevrolet', 'Rolls-Royce', 'Land Rover', 'Range Rover',
]);
