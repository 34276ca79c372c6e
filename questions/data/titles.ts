// Honorifics and titles that come before a name. They are not part of the
// name ("Sen. Ben Sasse" is Ben Sasse) but a title is kept as the person's role.

/** Stripped from names and never a name by themselves. Lower-case, no dot. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'hon',
  'st', 'messrs', 'mme', 'mlle', 'm',
  // Nigerian and Indian papers: "Alhaji Musa Danladi", "Hajiya Amina Bello", "Shri Ramesh Kumar", "Smt. Lata Rao"
  'alhaji', 'alhaja', 'hajiya', 'mallam', 'shri', 'smt', 'comrade',
  // Zimbabwean papers: "Cde Bekezela Nkomo" (comrade); Spanish: "Doña Rosa" (not "Don", an English given name too)
  'cde', 'doña',
  // Cambodian papers: "Oknha Ly Sokheng" (a title the king gives business people), "Samdech Hun Sen"
  'oknha', 'samdech',
  // Malawian papers (Chichewa): "Mayi Esnart Phiri", "Bambo Phiri"; Moroccan and Algerian: "Hajj Abdellah Ouchen", "Hadj"
  'mayi', 'bambo', 'hajj', 'hadj',
  // Brunei papers: "Awang Jaludin bin Haji Tamit", "Dayang Norhayati"; the Church of England: "the Rt Revd Alison Marwood";
  // Botswana: "Kgosi Thuso Motlhabane" (chief); an archdeacon: "the Ven. Joanna Ruddle" (the Venerable)
  'awang', 'dayang', 'revd', 'rt', 'kgosi', 'ven',
  // Malaysian and Ghanaian papers: "Judge Datuk Rozilah Mohd Yusof", "Datuk Seri Ahmad Khusairi", "Tengku Zafrul", "Madam Akosua Serwaa"
  'datuk', 'dato', 'datin', 'seri', 'tun', 'tunku', 'tengku', 'puan', 'encik', 'haji', 'hajah', 'madam',
  // Gulf papers: "His Excellency Dr Rashid Al Dhaheri", "Eng. Fatima Al Hashimi"; Malaysian and Indonesian engineers: "Ir Mohd Faizal"
  'excellency', 'eng', 'ir',
  // respect for elders in Australian, Pacific and Caribbean papers: "Aunty Rosalind Wallace", "Uncle Les"
  'aunty', 'auntie', 'uncle',
  // Bhutanese papers: "Dasho Karma Jamtsho" (a title the king confers), "Aum Kinley Wangmo" (a woman); Fijian: "Ratu Viliame Seruvakula" (a chief);
  // Ugandan papers: "Hajji Twaha Ssebunya"
  'dasho', 'aum', 'ratu', 'hajji',
]);

/** Words before "Sri" in a Malaysian title of two words ("Tan Sri Lim Boon Keat", "Puan Sri", "Datuk Sri"); "Sri" alone is a given name ("Sri Mulyani"). */
export const BEFORE_SRI = new Set(['tan', 'puan', 'toh', 'datuk', 'dato', "dato'", 'dato’']);

/** Titles and offices: part of the role, not the name ("President Donald Trump"). */
export const TITLES = new Set([
  'president', 'vice', 'sen', 'sens', 'senator', 'senators', 'rep', 'reps', 'representative', 'gov',
  'governor', 'lt', 'lieutenant', 'mayor', 'premier', 'minister', 'prime', 'secretary', 'chancellor',
  'judge', 'justice', 'coroner', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'sgt', 'sergeant', 'cpl',
  'corporal', 'maj', 'major', 'adm', 'admiral', 'cmdr', 'commander', 'officer', 'det', 'detective',
  'const', 'constable', 'insp', 'inspector', 'supt', 'superintendent', 'chief', 'deputy', 'coach',
  'pope', 'king', 'queen', 'prince', 'princess', 'rabbi', 'imam', 'pastor', 'bishop', 'cardinal', 'archbishop', 'monsignor', 'prelate',
  'archdeacon', 'reverend', 'patriarch', 'sheikh', 'canon', 'vicar', 'rector',
  // Bhutanese offices: district governor, minister, prime minister, head of a gewog, judge
  'dzongdag', 'lyonpo', 'lyonchhen', 'gup', 'drangpon',
  // members of the Isle of Man's House of Keys, of a Legislative Council, of Newfoundland's House of Assembly ("Ramsey MHK Tom Skillicorn")
  'mhk', 'mlc', 'mha',
  // chess titles and officials: "FIDE Master Nijat Babayev", "Woman International Master Aysel Mammadzada", "International Arbiter Kamran Huseynli"
  'grandmaster', 'master', 'arbiter',
  'father', 'sister', 'brother', 'councillor', 'councilor', 'councilmember', 'councilman', 'councilwoman', 'cllr', 'cr', 'coun', 'alderman', 'alderwoman', 'ald',
  'speaker', 'leader', 'ambassador', 'attorney', 'sheriff', 'commissioner', 'director', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'cmo', 'gp', 'mp', 'mpp', 'mla', 'mep', 'msp', 'mca', 'mna', 'dean', 'provost', 'professor',
  'trustee', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'candidate', 'nominee',
  'founder', 'co-founder', 'owner', 'host', 'anchor', 'correspondent', 'editor', 'reporter',
  'economist', 'analyst', 'adviser', 'advisor', 'strategist', 'pollster', 'lawyer', 'manager',
  'assemblyman', 'assemblywoman', 'congressman', 'congresswoman', 'delegate', 'whip', 'clerk',
  'first', 'lady', 'former', 'then', 'acting', 'interim', 'incoming', 'outgoing', 'sr', 'jr', 'gop',
  'democratic', 'republican', 'liberal', 'conservative', 'ndp', 'u.s', 'us', 'state', 'federal',
  'provincial', 'white', 'house', 'press', 'general', 'of', 'the', 'party', 'senate', 'majority',
  'minority', 'defense', 'defence', 'foreign', 'finance', 'health', 'treasury', 'homeland', 'security',
  'national', 'campaign', 'executive', 'manager', 'officer', 'surgeon', 'doctor', 'nurse', 'dr',
  // Irish, Indian, South African and British offices: "Taoiseach Simon Harris", "Labour TD Ged Nash", "Additional Solicitor
  // General Chetan Sharma", "health MEC Nomantu Nkomo-Ralehoko", "PC Hannah Lyle", "DCI Sarah Cole"
  'taoiseach', 'tánaiste', 'td', 'solicitor', 'advocate', 'counsel', 'additional', 'mec', 'pc', 'dci',
  // Indian courts' government lawyers: "Additional Government Pleader S. Rajasekaran", "Public Prosecutor"
  'pleader', 'prosecutor',
  // Irish police ranks: "Detective Garda Colm Hegarty", "Det Gda Hegarty"
  'garda', 'gda',
  // Ontario townships' heads and First Nations' chiefs: "Assiginack Reeve Hugh Carruthers", "Wiikwemkoong Ogimaa-kwe Rosanne Manitowabi"
  'reeve', 'ogimaa', 'ogimaa-kwe', 'ogimaakwe',
  // hyphenated offices: "WMO Deputy Secretary-General Kofi Mensah-Bonsu"
  'secretary-general', 'director-general', 'attorney-general', 'advocate-general', 'governor-general', 'solicitor-general', 'inspector-general',
  'surgeon-general', 'postmaster-general', 'auditor-general', 'commissioner-general', 'chief-of-staff',
  'vice-president', 'vice-chancellor', 'vice-chair', 'vice-chairman', 'vice-chairwoman', 'vice-premier', 'co-chair', 'co-chairman',
  // "Attorney-at-Law Chandima Herath" (Sri Lanka), "Sergeant-at-Arms", "Editor-in-Chief", "Mayor Pro Tem Simone Ashby"
  'attorney-at-law', 'sergeant-at-arms', 'editor-in-chief', 'commander-in-chief', 'tem', 'tempore',
  // sports positions before a player's name: "Ruckman Jarrod Hibbert", "Fullback Sam Tuala"
  'ruckman', 'ruckwoman', 'fullback', 'full-back', 'halfback', 'half-back', 'quarterback', 'shortstop', 'batsman', 'batswoman',
]);

/** Title words that modify an office rather than name one ("former", "White House", "Health"). */
const TITLE_MODIFIERS = new Set(['vice', 'prime', 'first', 'lady', 'former', 'then', 'acting', 'interim', 'incoming', 'outgoing', 'sr', 'jr',
  'gop', 'democratic', 'republican', 'liberal', 'conservative', 'ndp', 'u.s', 'us', 'state', 'federal', 'provincial', 'white', 'house',
  'press', 'general', 'of', 'the', 'party', 'senate', 'majority', 'minority', 'defense', 'defence', 'foreign', 'finance', 'health',
  'treasury', 'homeland', 'security', 'national', 'campaign', 'executive', 'deputy', 'lieutenant', 'additional']);

/** Ranks a name carries, by which a person is addressed rather than what office they hold ("Insp.", "Professor", "Sgt."). */
export const RANK_TITLES: ReadonlySet<string> = new Set(['insp', 'inspector', 'sgt', 'sergeant', 'const', 'constable', 'cpl', 'corporal', 'det', 'detective',
  'supt', 'superintendent', 'capt', 'captain', 'lt', 'lieutenant', 'cmdr', 'commander', 'maj', 'major', 'col', 'colonel', 'prof', 'professor', 'dr', 'doctor',
  // British police ranks by their initials: "PC Dean Atkinson", "DC Hannah Lyle", "DCI Sarah Cole"
  'pc', 'wpc', 'pcso', 'dc', 'ds', 'di', 'dci']);
/** Titles only a person holds, written before a name ("Coun. Marisol Okafor", "Justice Marianne Okoye"): evidence of a person. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([...TITLES].filter((t) => !TITLE_MODIFIERS.has(t)));

/** Post-nominals that tell a son from his father: part of the name as a choice shows it ("Ferdinand Marcos Jr."). */
export const GENERATIONS: Readonly<Record<string, string>> = { jr: 'Jr.', sr: 'Sr.', ii: 'II', iii: 'III', iv: 'IV' };

/** Words that follow a surname and belong to it. */
export const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'kc', 'qc', 'obe', 'cbe', 'mbe', 'dbe', 'kbe', 'phd', 'esq']);

/**
 * The letters of an elected member, an office or a qualification after a name ("Jane Whitfield MP", "Mary Lou
 * McDonald TD", "Sarah Pennington MW", Master of Wine; Irish and British Catholic papers' "Fr Declan Moloney PP",
 * parish priest, "CC", curate; Irish courts' "Siobhán Lucey BL", barrister-at-law; a profession's, "Mark Ellison MRCVS"): no part of it after a given name and a surname; after one
 * word they may follow a constituency ("Jim Eglinski, Yellowhead MP,").
 */
export const MEMBER_LETTERS = new Set(['mp', 'msp', 'mla', 'mep', 'mpp', 'mna', 'mha', 'mhk', 'td', 'mw', 'md', 'frs', 'dds', 'pp', 'cc', 'vf', 'kc', 'qc', 'sc', 'bl',
  // professional letters: veterinary ("Gemma Pritchard RVN", "Mark Ellison MRCVS"), medical, nursing, accountancy, engineering
  'rvn', 'mrcvs', 'frcvs', 'rgn', 'rmn', 'frcp', 'frcs', 'mrcp', 'mrcgp', 'frcgp', 'fca', 'acca', 'frsa', 'ceng', 'fice', 'mbbs', 'fmedsci', 'frse', 'freng']);

/** Lower-case particles allowed inside a name: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'di', 'da', 'do', 'van', 'von', 'zu', 'den', 'la', 'le', 'du', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'dos', 'das', 'los', 'las', 'ter', 'ten', 'y', 'Ó', 'Ní', 'Nic', 'Uí', 'Mhic',
  // Swahili and French names of bodies: "Sauti ya Soko", "Chama cha Mapinduzi", "Vignes en Colère"; Faroese: "Tróndur í Gerðinum";
  // Arabic and Swahili places: "Dar es Salaam"
  'ya', 'cha', 'en', 'í', 'á', 'við', 'es',
  // Welsh: "Gareth ap Rhys", "Siân ferch Gruffudd"
  'ap', 'ab', 'ferch', 'verch',
  // an ampersand inside a firm's or a body's name: "Marks & Spencer", "Danish Agriculture & Food Council", "NZ Apples & Pears"
  '&']);

/**
 * Where a father's name opens after a given name: "Muhammad Hafiz bin Roslan", "Mohd Faizal Abdul Rahman" ("said Mohd Faizal");
 * a Malay hereditary title the father's name repeats: "Datuk Wan Rosli Wan Ismail" ("said Wan Rosli").
 */
export const PATRONYMIC_OPENERS: ReadonlySet<string> = new Set(['bin', 'binti', 'bint', 'ibn', 'abdul', 'abd', 'abu', 'wan', 'nik', 'megat', 'syed']);

/** "Son of", "daughter of" between a given name and a father's: "Said bin Nasser al Balushi", "Nur Hazirah binti Haji Osman". */
export const SON_OF: ReadonlySet<string> = new Set(['bin', 'binti', 'bint', 'ibn']);

/**
 * Myanmar's honorifics before a name ("Daw Khin Thandar Soe", "Ko Nay Myo", "Ma Thandar"): no part of the
 * name, but read as one only before a word Burmese names are made of ("Ma Ying-jeou", "Ko Wen-je" keep theirs).
 */
export const BURMESE_HONORIFICS: ReadonlySet<string> = new Set(['daw', 'ma', 'ko', 'maung', 'mg', 'naw', 'saw']);

/** Words Burmese names are made of (BURMESE_HONORIFICS). */
export const BURMESE_NAME_WORDS: ReadonlySet<string> = new Set(`aung kyaw htun tun win zaw min myo nay thein hla myint naing
soe khin thandar su moe thida nyein hnin ei phyo thu zin mar yu lwin oo htet wai yadanar sandar thet khaing phyu mya san nu kyi
swe than shwe ye pyae htoo nilar ohn maw cho tin thant sein hlaing khine lin naung paing pyone yin zar chit htay lay myat nyi
sithu thiha thura wint yamin ngwe aye nandar nwe wunna kaung hein zeya htut`.split(/\s+/));

/** Abbreviations written with a full stop before a name ("Sen.", "Gov.", "Mr."). */
export const ABBREVIATIONS = [
  'Messrs', 'Supt', 'Const', 'Prof', 'Sens', 'Reps', 'Capt', 'Cmdr', 'Insp', 'Mrs', 'Sen', 'Rep', 'Gov',
  'Gen', 'Col', 'Sgt', 'Cpl', 'Maj', 'Adm', 'Det', 'Hon', 'Rev', 'Mr', 'Ms', 'Dr', 'Lt', 'St', 'Jr', 'Sr',
  'Fr', 'Cllr', 'Cr', 'Coun', 'Ald', 'Mt', 'Smt', 'Atty', 'Pres', 'Sec', 'Amb', 'Msgr', 'Corp', 'Inc', 'Ltd', 'Co', 'Ven', 'Rt',
  // (Gulf papers' engineers: "Eng. Hamad Saleh Al Kuwari")
  'Eng',
];

/** Offices whose "for" names whom they speak or act for, more often than a portfolio: "a spokesperson for Tesco", "counsel for the club". */
export const SPEAKING_FOR_OFFICES: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'lawyer', 'lawyers', 'attorney',
  'counsel', 'solicitor', 'barrister', 'representative', 'agent']);

/** Title words that are given names too: "Dean Mulholland", "Earl Blumenauer" (after a role, a given name). */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['dean', 'earl', 'duke', 'king', 'prince', 'major', 'marshal', 'deacon']);

/** A student's year before their name: "Senior Priya Nair", "Sophomore Jake Ortiz". */
export const SCHOOL_YEARS: ReadonlySet<string> = new Set(['freshman', 'sophomore', 'junior', 'senior', 'first-year']);

/** The words between an office and its portfolio: "Minister of", "Committee on", "Minister of State for" (a regular expression's source). */
export const PORTFOLIO_OF = String.raw`(?:of\s+State\s+)?(?:of|for|on)`;
/**
 * The words of a ministry's or a department's portfolio, written in capitals before its office: "Natural Resources and
 * Environmental Sustainability Minister", "Home Affairs and Justice Minister", "Health and Social Care Secretary".
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'health', 'education', 'finance', 'treasury', 'trade', 'industry', 'industries', 'commerce', 'agriculture', 'fisheries',
  'forestry', 'food', 'environment', 'environmental', 'climate', 'energy', 'resources', 'natural', 'mines', 'mining',
  'petroleum', 'water', 'land', 'lands', 'housing', 'transport', 'works', 'infrastructure', 'communications', 'information',
  'technology', 'science', 'innovation', 'culture', 'arts', 'heritage', 'sport', 'sports', 'youth', 'tourism', 'defence',
  'defense', 'justice', 'labour', 'labor', 'employment', 'affairs', 'home', 'foreign', 'internal', 'interior', 'social',
  'welfare', 'security', 'family', 'families', 'women', 'children', 'community', 'communities', 'development', 'economic',
  'economy', 'planning', 'local', 'government', 'rural', 'urban', 'regional', 'public', 'digital', 'immigration',
  'citizenship', 'veterans', 'services', 'enterprise', 'business', 'investment', 'sustainability', 'wildlife', 'parks',
  'religious', 'higher', 'care', 'disaster', 'management', 'aviation', 'maritime', 'ports', 'roads', 'highways',
]);

/** The offices and bodies whose portfolio or remit an article lists before a name ("Minister of Food, Agriculture and …"). */
export const PORTFOLIO_OFFICES = ['minister', 'ministry', 'secretary', 'department', 'directorate', 'committee', 'commission', 'council'];
