// Common nouns that describe a person ("the rookie defenceman said") or a group.
// A descriptor speaker is resolved to the named person the article gave that
// role, or else to the person most recently in focus.

/**
 * People by nationality, as sport and features write them after "the" ("the Finn said", "the
 * Briton"): they describe someone, like a role, even where the word is also a given name (Finn).
 */
export const DEMONYM_NOUNS: ReadonlySet<string> = new Set([
  'scot', 'briton', 'brit', 'spaniard', 'swede', 'dane', 'finn', 'pole', 'turk', 'kiwi', 'aussie', 'yank', 'swiss', 'czech',
  'slovak', 'greek', 'thai', 'dutchman', 'dutchwoman', 'englishman', 'englishwoman', 'frenchman', 'frenchwoman', 'scotsman',
  'scotswoman', 'welshman', 'welshwoman', 'irishman', 'irishwoman', 'australian', 'american', 'canadian', 'german', 'austrian',
  'belgian', 'hungarian', 'brazilian', 'argentine', 'argentinian', 'mexican', 'ukrainian', 'russian', 'italian', 'norwegian',
  'colombian', 'chilean', 'peruvian', 'venezuelan', 'nigerian', 'kenyan', 'ghanaian', 'ethiopian', 'egyptian', 'moroccan',
  'indian', 'pakistani', 'bangladeshi', 'afghan', 'iranian', 'iraqi', 'israeli', 'palestinian', 'saudi', 'emirati', 'qatari',
  'japanese', 'chinese', 'korean', 'vietnamese', 'filipino', 'filipina', 'indonesian', 'malaysian', 'singaporean',
  'portuguese', 'croat', 'serb', 'slovene', 'estonian', 'latvian', 'lithuanian', 'romanian', 'bulgarian', 'jamaican',
  'zimbabwean', 'zambian', 'ugandan', 'tanzanian', 'cameroonian', 'senegalese', 'ivorian', 'algerian', 'tunisian',
  'dominican', 'cuban', 'uruguayan', 'paraguayan', 'ecuadorian', 'slovenian', 'croatian', 'serbian', 'bosnian', 'albanian',
  'macedonian', 'montenegrin', 'kosovar', 'armenian', 'azerbaijani', 'kazakh', 'uzbek', 'mongolian', 'nepali', 'nepalese',
  'burmese', 'cambodian', 'taiwanese', 'lebanese', 'syrian', 'jordanian', 'yemeni', 'omani', 'kuwaiti', 'libyan', 'sudanese',
  'somali', 'eritrean', 'rwandan', 'congolese', 'angolan', 'namibian', 'mozambican', 'malawian', 'malian', 'liberian',
  'gambian', 'guinean', 'haitian', 'honduran', 'guatemalan', 'salvadoran', 'nicaraguan', 'panamanian', 'bolivian',
  'trinidadian', 'barbadian', 'bahamian', 'icelander', 'maltese', 'cypriot', 'belarusian', 'moldovan',
  // the second word of a two-word demonym (DEMONYM_FIRST_WORDS): "the Sri Lankan", "the South African"
  'lankan', 'african', 'rican', 'zealander', 'arabian', 'leonean', 'timorese', 'konger',
]);

/** First words of two-word demonyms ("the Sri Lankan said", "the Costa Rican", "the South Korean"). */
export const DEMONYM_FIRST_WORDS: ReadonlySet<string> = new Set([
  'sri', 'south', 'north', 'east', 'west', 'new', 'costa', 'puerto', 'saudi', 'sierra', 'hong', 'el', 'papua', 'equatorial',
]);

/** Head nouns of person descriptors. Any noun ending in -er/-or/-ist/-ian also counts (see isRoleNoun). */
export const ROLE_NOUNS = new Set([
  ...DEMONYM_NOUNS, 'attendant', 'steward', 'stewardess', 'applicant', 'participant', 'attendee', 'delegate', 'claimant',
  'man', 'woman', 'boy', 'girl', 'mother', 'father', 'dad', 'mom', 'mum', 'son', 'daughter', 'wife',
  'husband', 'widow', 'sister', 'brother', 'friend', 'neighbour', 'neighbor', 'resident', 'official',
  // (relatives: "“Mostly parking,” his cousin added")
  'cousin', 'nephew', 'niece', 'aunt', 'uncle', 'grandson', 'stepson', 'fiancé', 'fiancée', 'boyfriend', 'girlfriend', 'grandma', 'grandpa', 'granny',
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'senator', 'governor', 'mayor', 'minister',
  'premier', 'chief', 'judge', 'coach', 'captain', 'candidate', 'hopeful', 'nominee', 'congressman', 'directeur',
  'congresswoman', 'lawmaker', 'legislator', 'mp', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'cmo', 'executive', 'chair', 'chairman',
  'chairwoman', 'chairperson', 'coroner', 'stevedore', 'prelate', 'coxswain', 'helm', 'helmsman', 'helmswoman', 'deckhand', 'reeve', 'pleader', 'prefect', 'head', 'secretary', 'defenceman', 'defenseman', 'forward', 'goaltender', 'goalie',
  'quarterback', 'pitcher', 'rookie', 'veteran', 'star', 'athlete', 'student', 'victim', 'witness',
  'survivor', 'expert', 'scientist', 'economist', 'analyst', 'doctor', 'physician', 'nurse', 'lawyer',
  'attorney', 'professor', 'author', 'artist', 'actor', 'actress', 'singer', 'musician', 'director',
  'founder', 'owner', 'host', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'pollster',
  'strategist', 'adviser', 'advisor', 'aide', 'official', 'diplomat', 'ambassador', 'envoy',
  'officer', 'detective', 'sergeant', 'constable', 'sheriff', 'prosecutor', 'defendant', 'plaintiff',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'activist', 'organizer', 'organiser',
  'leader', 'representative', 'rep', 'senator', 'speaker', 'incumbent', 'challenger', 'frontrunner',
  'front-runner', 'politician', 'democrat', 'republican', 'liberal', 'conservative', 'pastor',
  'priest', 'rabbi', 'imam', 'bishop', 'pope', 'king', 'queen', 'prince', 'princess', 'teen',
  'teenager', 'child', 'kid', 'parent', 'grandmother', 'grandfather', 'partner', 'colleague',
  'employee', 'worker', 'manager', 'teacher', 'principal', 'chef', 'farmer', 'driver', 'pilot',
  'soldier', 'general', 'colonel', 'commander', 'agent', 'researcher', 'historian', 'journalist',
  'reporter', 'columnist', 'editor', 'publisher', 'photographer', 'commentator', 'critic',
  'entrepreneur', 'investor', 'banker', 'mother-of-two', 'father-of-two', 'newcomer', 'native',
  'mother-of-three', 'father-of-three', 'player', 'winger', 'centre', 'center', 'striker', 'midfielder',
  'goalkeeper', 'manager', 'boss', 'gaffer', 'skipper', 'substitute', 'defender', 'councilmember', 'headteacher', 'magistrate', 'runner', 'swimmer', 'skier', 'skater', 'boxer', 'fighter',
  'champion', 'winner', 'actor', 'comedian', 'retiree', 'homeowner', 'tenant', 'landlord', 'volunteer',
  'engineer', 'designer', 'developer', 'programmer', 'contractor', 'clerk', 'cashier', 'waiter', 'waitress',
  'bartender', 'cook', 'mechanic', 'electrician', 'plumber', 'builder', 'carpenter', 'labourer', 'laborer',
  'lecturer', 'paramedic', 'firefighter', 'inmate', 'prisoner', 'suspect', 'caller', 'viewer', 'reader',
  'listener', 'fan', 'supporter', 'customer', 'client', 'trader', 'vendor', 'seller', 'shopkeeper',
  'merchant', 'fisherman', 'villager', 'consultant', 'accountant', 'surgeon', 'dentist', 'pharmacist',
  'vet', 'veterinarian', 'pupil', 'graduate', 'referee', 'umpire', 'tourist', 'visitor', 'traveller',
  'traveler', 'refugee', 'migrant', 'campaigner', 'bystander', 'eyewitness', 'onlooker', 'stranger',
  'duke', 'duchess', 'earl', 'countess', 'viscount', 'baron', 'baroness', 'marquess', 'lord', 'lady',
  'monarch', 'sovereign', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'heir', 'royal', 'regent',
  'member', 'guide', 'voter', 'juror', 'donor', 'buyer', 'user', 'rider', 'diver', 'miner', 'baker', 'tutor', 'medic',
  'cop', 'guard', 'shopper', 'passenger', 'pedestrian', 'motorist', 'cyclist', 'commuter', 'pensioner',
  'patient', 'resident', 'local', 'protester', 'demonstrator', 'source', 'person', 'insider', 'staffer',
  'architect', 'consultant', 'assistant', 'associate', 'fellow', 'scholar', 'advocate', 'graduate', 'academic',
  'accountant', 'surgeon', 'dietitian', 'nutritionist', 'paramedic', 'mechanic', 'cook', 'pundit', 'celebrity',
  'psychologist', 'psychiatrist', 'therapist', 'dentist', 'pharmacist', 'epidemiologist', 'lobbyist', 'clerk',
  'nun', 'monk', 'cleric', 'chaplain', 'elder', 'guard', 'ranger', 'trooper', 'marshal', 'mp', 'mpp', 'mla', 'msp', 'mca', 'mna',
  'gp', 'practitioner',
]);

/** Plural or collective descriptors: a quote attributed to them has no single named speaker. */
export const GROUP_NOUNS = new Set([
  'officials', 'police', 'authorities', 'experts', 'critics', 'residents', 'officers', 'protesters',
  'media', 'commenters', 'commentators', 'followers', 'viewers', 'readers', 'users', 'customers', 'shoppers', 'locals',
  'protestors', 'supporters', 'opponents', 'analysts', 'lawmakers', 'sources', 'organizers',
  'organisers', 'witnesses', 'researchers', 'scientists', 'doctors', 'students', 'parents', 'people',
  'investigators', 'prosecutors', 'lawyers', 'attorneys', 'leaders', 'members', 'democrats',
  'republicans', 'voters', 'aides', 'advisers', 'advisors', 'staff', 'employees', 'workers', 'fans',
  'players', 'teammates', 'neighbours', 'neighbors', 'friends', 'family', 'families', 'others', 'some',
  'many', 'both', 'several', 'statement', 'report', 'study', 'survey', 'poll', 'documents', 'letter',
  'court', 'ruling', 'lawsuit', 'complaint', 'filing', 'memo', 'sign', 'signs', 'headline', 'ad',
  'website', 'message', 'post', 'tweet', 'email', 'release', 'article', 'story', 'book', 'text',
  // (a gathering that answers as one: "as the crowd shouted back “No!”")
  'crowd', 'audience', 'crowds', 'congregation', 'spectators', 'onlookers', 'demonstrators', 'marchers',
]);

/** Description heads that tell a gender: "the woman said", "her husband added". */
export const FEMALE_HEADS = new Set(['woman', 'mother', 'wife', 'daughter', 'sister', 'girl', 'mom', 'mum', 'widow', 'grandmother',
  'actress', 'spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman', 'councilwoman', 'duchess', 'countess', 'baroness', 'empress', 'queen', 'princess']);
export const MALE_HEADS = new Set(['man', 'father', 'husband', 'son', 'brother', 'boy', 'dad', 'grandfather', 'actor', 'spokesman',
  'chairman', 'businessman', 'congressman', 'councilman', 'duke', 'earl', 'baron', 'emperor', 'king', 'prince']);

/** Relations written before a name ("his wife, Meena Patel", "her son Tom") and the gender each gives. */
/** Relatives who share the surname of the one whose relative they are, when the article gives them none: "his wife Susan". */
export const SURNAME_SHARING_RELATIONS: ReadonlySet<string> = new Set(['wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'brother', 'sister',
  'father', 'mother', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'mum', 'mom', 'dad']);

export const RELATIONS: Record<string, 'm' | 'f'> = {
  wife: 'f', mother: 'f', daughter: 'f', sister: 'f', girlfriend: 'f', widow: 'f', grandmother: 'f', granddaughter: 'f',
  aunt: 'f', niece: 'f', stepmother: 'f', 'fiancée': 'f',
  mum: 'f', mom: 'f', grandma: 'f', granny: 'f',
  husband: 'm', father: 'm', son: 'm', brother: 'm', boyfriend: 'm', widower: 'm', grandfather: 'm', grandson: 'm',
  uncle: 'm', nephew: 'm', stepfather: 'm', 'fiancé': 'm',
  dad: 'm', grandpa: 'm',
};

/** After a relative's noun, a word that makes it a place's or a firm's: "sister city", "mother company", "daughter paper". */
export const NOT_A_RELATIVE_AFTER = /^(?:city|cities|towns?|compan(?:y|ies)|firms?|papers?|newspapers?|publications?|titles?|stations?|channels?|networks?|ships?|vessels?|schools?|colleges?|universit(?:y|ies)|hospitals?|clubs?|churche?s?|parish(?:es)?|parties|party|organi[sz]ations?|agenc(?:y|ies)|banks?|brands?|labels?|plants?|sites?|islands?|states?|nations?|ports?|projects?|hotels?)$/;

/**
 * Words ending like agent nouns (-er, -or, -ist, -ian) that name no one: a thing, a time, a
 * colour, a function word ("the counter", "a freezer", "the river", "however"). Any other such
 * word counts as a role noun (03-roles isRoleNoun): "cartoonist", "organizer", "librarian".
 */
export const NOT_AGENT_NOUNS = new Set([
  'other', 'another', 'after', 'never', 'ever', 'however', 'whatever', 'whether', 'either', 'neither', 'rather',
  'together', 'under', 'over', 'later', 'earlier', 'water', 'winter', 'summer', 'number', 'letter', 'matter', 'order',
  'border', 'minor', 'major', 'former', 'latter', 'better', 'faster', 'power', 'paper', 'member', 'october',
  'november', 'december', 'september', 'corner', 'error', 'honour', 'honor', 'favour', 'favor', 'labour', 'labor',
  'floor', 'door', 'poor', 'four', 'hour', 'our', 'your', 'their', 'for', 'per', 'her', 'after', 'answer', 'prior',
  'junior', 'senior', 'super', 'inner', 'outer', 'upper', 'lower', 'proper', 'sooner', 'asian', 'christian',
  'canadian', 'american', 'russian', 'counter', 'freezer', 'computer', 'printer', 'container', 'trailer', 'heater',
  'cooler', 'blender', 'toaster', 'charger', 'burner', 'scanner', 'sticker', 'poster', 'folder', 'binder', 'marker',
  'timer', 'rubber', 'ladder', 'shower', 'tower', 'flower', 'river', 'center', 'centre', 'dinner', 'shelter',
  'weather', 'timber', 'cancer', 'character', 'chapter', 'quarter', 'silver', 'copper', 'finger', 'ginger', 'banner',
  'motor', 'elevator', 'tractor', 'sensor', 'mirror', 'terror', 'horror', 'harbor', 'humor', 'color', 'flavor',
  'vapor', 'rumor', 'tumor', 'sector', 'factor', 'vector', 'corridor', 'meteor', 'generator', 'radiator', 'calculator',
  'indicator', 'reactor', 'detector', 'compressor', 'processor', 'conditioner', 'refrigerator', 'dishwasher', 'washer',
  'dryer', 'cooker', 'boiler', 'router', 'trigger', 'hammer', 'scooter', 'helicopter', 'saucer', 'butter', 'burger',
  'supper', 'locker', 'drawer', 'cylinder', 'thermometer', 'meter', 'theater', 'register', 'filter', 'shutter',
  'gutter', 'platter', 'sweater', 'jumper', 'slipper', 'diaper', 'thunder', 'wonder', 'shoulder', 'powder', 'temper',
  'chamber', 'semester', 'barrier', 'frontier', 'career', 'spider', 'cluster', 'disaster', 'monster', 'playlist',
  'checklist', 'shortlist', 'waitlist', 'twist', 'wrist', 'median', 'ethernet', 'lavender', 'calendar',
  // (sounds, states, things and verbs that end like agents: "a lot of chatter about Perez" is no one)
  'chatter', 'laughter', 'clutter', 'litter', 'glitter', 'whisper', 'murder', 'danger', 'anger', 'hunger', 'fever',
  'leather', 'feather', 'pepper', 'oyster', 'manner', 'layer', 'gender', 'offer', 'cover', 'lever', 'encounter',
  'disorder', 'surrender', 'render', 'lumber', 'slumber', 'amber', 'ember', 'plaster', 'roster', 'canister', 'blister',
  'further', 'farther', 'bother', 'ponder', 'wander', 'behavior', 'behaviour', 'endeavor', 'endeavour', 'armor',
  'armour', 'splendor', 'vigor', 'rigor', 'odor', 'odour', 'parlor', 'interior', 'exterior', 'meridian', 'mist', 'fist',
  'exist', 'assist', 'insist', 'resist', 'persist', 'consist',
  // (documents, objects, measures and verbs: "according to the agency’s own tender documents, which describe …" is no tenderer)
  'tender', 'ledger', 'voucher', 'charter', 'transfer', 'reminder', 'remainder', 'newsletter',
  'consider', 'deliver', 'discover', 'remember', 'tremor', 'indoor', 'outdoor', 'rafter',
  'splinter', 'slaughter', 'plunder', 'slander', 'shiver', 'sliver', 'lobster', 'boulder', 'bumper', 'hamper', 'hanger', 'holster',
  'crater', 'parameter', 'polyester', 'quiver', 'rudder', 'scepter', 'shimmer', 'sinister', 'slender', 'somber', 'stutter',
  'sputter', 'squander', 'whisker', 'zipper', 'fodder', 'cinder', 'clover', 'bladder', 'blunder', 'pewter', 'bitter', 'diameter',
  'perimeter', 'kilometer', 'millimeter', 'centimeter', 'barometer', 'odometer', 'speedometer', 'specter', 'tinder', 'fender',
]);

/**
 * Participles that describe the holder of a role ("retired teacher", "embattled chief executive"): kept in a role read
 * before a name. Any other word in -ed there is a verb whose object the person is ("a deal that lifted managing director X").
 */
export const ROLE_PARTICIPLES: ReadonlySet<string> = new Set([
  'retired', 'elected', 'appointed', 'embattled', 'acclaimed', 'celebrated', 'disgraced', 'renowned', 'respected', 'indicted',
  'convicted', 'jailed', 'detained', 'suspended', 'ousted', 'beleaguered', 'unnamed', 'unidentified', 'qualified', 'licensed',
  'registered', 'certified', 'trained', 'experienced', 'seasoned', 'designated', 'exiled', 'deposed', 'sacked', 'fired',
  'dismissed', 'departed', 'newly-appointed', 'newly-elected', 're-elected', 'decorated', 'talented', 'gifted', 'skilled',
  'injured', 'wounded', 'bereaved', 'widowed', 'married', 'divorced', 'unemployed', 'self-employed', 'salaried', 'unpaid',
  'vaunted', 'fabled', 'storied', 'beloved', 'returned', 'reinstated', 'fallen', 'aged', 'named', 'famed', 'noted',
  'established', 'accomplished', 'published', 'anointed', 'crowned', 'recalled', 'accused', 'alleged',
]);

/**
 * Offices a description names, in groups of words for the same one ("the judge" is Justice Sehgal). Someone the article gave
 * one office is not "the X" of another ("the judge" is not the Advocate General in focus).
 */
export const OFFICE_GROUPS: readonly (readonly string[])[] = [
  ['judge', 'justice', 'magistrate'],
  ['chair', 'chairman', 'chairwoman', 'chairperson'],
  ['bishop', 'prelate', 'archbishop'],
  ['lawyer', 'attorney', 'counsel', 'advocate', 'barrister', 'solicitor', 'pleader'],
  ['prosecutor', 'crown'],
  ['defendant', 'accused'],
  ['coach'],
  ['minister'],
  ['mayor'],
  ['governor'],
  ['senator'],
  ['doctor', 'physician', 'surgeon', 'gp', 'practitioner'],
  ['nurse'],
  ['teacher', 'principal'],
  ['referee', 'umpire'],
  ['goaltender', 'goalie', 'goalkeeper', 'keeper'],
];
