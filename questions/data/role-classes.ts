// What kind of role a person has, so that wrong choices can be of comparable roles (a politician
// against politicians, a coach against coaches), and the first-person words that tell a speaker's
// role without naming it ("my crews" is a fire chief's or a crew boss's, "my patients" a doctor's).

/** Role head words by class. A role's class is the class of its last role word ("Kremlin spokesman" → spokesperson). */
export const ROLE_CLASSES: Record<string, readonly string[]> = {
  politics: ['mayor', 'councillor', 'councilor', 'councilmember', 'councilman', 'councilwoman', 'alderman', 'alderwoman', 'mp', 'mpp',
    'mla', 'msp', 'mep', 'mna', 'mca', 'senator', 'representative', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman',
    'governor', 'premier', 'minister', 'chancellor', 'candidate', 'nominee', 'lawmaker', 'legislator', 'critic', 'leader', 'president',
    'secretary', 'treasurer', 'whip', 'speaker', 'deputy', 'incumbent', 'challenger', 'politician', 'democrat', 'republican',
    'conservative', 'liberal', 'trustee', 'commissioner', 'ambassador', 'envoy', 'diplomat', 'governor-general', 'senator-elect',
    'taoiseach', 'tánaiste', 'td', 'mec', 'reeve'],
  sport: ['coach', 'manager', 'captain', 'skipper', 'player', 'striker', 'goalkeeper', 'keeper', 'defender', 'midfielder', 'forward',
    'winger', 'goalie', 'goaltender', 'defenceman', 'defenseman', 'quarterback', 'pitcher', 'batter', 'batsman', 'bowler', 'all-rounder',
    'athlete', 'runner', 'swimmer', 'cyclist', 'boxer', 'fighter', 'referee', 'umpire', 'rookie', 'substitute', 'centre', 'center',
    'prop', 'hooker', 'fly-half', 'scrum-half', 'jockey', 'trainer', 'champion', 'sprinter', 'gaffer', 'boss'],
  law: ['judge', 'justice', 'magistrate', 'recorder', 'lawyer', 'attorney', 'solicitor', 'barrister', 'counsel', 'prosecutor',
    'defendant', 'plaintiff', 'advocate', 'juror', 'clerk', 'coroner', 'accused', 'appellant', 'respondent', 'claimant', 'pleader'],
  emergency: ['officer', 'constable', 'sergeant', 'inspector', 'superintendent', 'detective', 'chief', 'sheriff', 'deputy',
    'firefighter', 'paramedic', 'trooper', 'marshal', 'corporal', 'commander', 'ranger', 'lifeguard', 'dispatcher'],
  business: ['ceo', 'executive', 'founder', 'co-founder', 'owner', 'director', 'chairman', 'chairwoman', 'chair', 'analyst',
    'economist', 'investor', 'entrepreneur', 'banker', 'proprietor', 'shopkeeper', 'trader', 'developer', 'landlord', 'partner',
    'strategist', 'consultant', 'cfo', 'coo', 'cto', 'president'],
  science: ['professor', 'researcher', 'scientist', 'doctor', 'physician', 'nurse', 'surgeon', 'epidemiologist', 'lecturer',
    'teacher', 'principal', 'headteacher', 'dean', 'academic', 'historian', 'psychologist', 'engineer', 'expert', 'specialist'],
  press: ['spokesman', 'spokeswoman', 'spokesperson', 'host', 'presenter', 'reporter', 'journalist', 'editor', 'anchor', 'correspondent', 'columnist'],
  arts: ['actor', 'actress', 'director', 'singer', 'musician', 'artist', 'author', 'writer', 'novelist', 'poet', 'dancer', 'choreographer',
    'producer', 'filmmaker', 'composer', 'chef', 'designer', 'photographer', 'curator'],
  faith: ['pastor', 'priest', 'imam', 'rabbi', 'bishop', 'vicar', 'cardinal', 'pope', 'reverend', 'chaplain', 'cleric', 'monk', 'nun'],
};

/**
 * First-person words that tell the speaker's role, and the roles they tell: "my crews" are a fire
 * chief's, "my patients" a doctor's or a nurse's, "our company" an executive's or an owner's.
 */
export const ROLE_CUES: readonly { cue: RegExp; roles: RegExp }[] = [
  { cue: /\b(?:my|our)\s+(?:crews?|firefighters|brigade|engines)\b/i, roles: /\bfire|firefighter|brigade|crew/i },
  { cue: /\b(?:my|our)\s+(?:players|squad|lads|boys|girls|dressing room|team)\b/i, roles: /\b(?:coach|manager|captain|skipper|boss|gaffer)\b/i },
  { cue: /\b(?:my|our)\s+patients\b/i, roles: /\b(?:doctor|nurse|physician|surgeon|gp|consultant|paramedic|medic|dentist)\b/i },
  { cue: /\b(?:my|our)\s+(?:students|pupils)\b/i, roles: /\b(?:teacher|principal|headteacher|head|professor|dean|lecturer|tutor)\b/i },
  { cue: /\b(?:my|our)\s+(?:officers|detectives|constables|force)\b/i, roles: /\b(?:police|chief|constable|commissioner|inspector|superintendent|sergeant|detective|sheriff)\b/i },
  { cue: /\b(?:my|our)\s+(?:constituents|constituency|ward|riding|electorate|district)\b/i, roles: /\b(?:mp|mpp|mla|msp|councill?or|councilmember|alderman|representative|senator|member|assemblyman|assemblywoman|congressman|congresswoman)\b/i },
  { cue: /\b(?:my|our)\s+(?:company|firm|business|shareholders|employees|staff|store|shop|restaurant|customers|brand)\b/i, roles: /\b(?:ceo|founder|co-founder|executive|owner|chair|chairman|chairwoman|president|director|proprietor|chef|manager|boss)\b/i },
  { cue: /\b(?:my|our)\s+(?:congregation|parish|parishioners|flock|church|mosque|temple|synagogue)\b/i, roles: /\b(?:pastor|priest|imam|rabbi|vicar|bishop|reverend|minister|chaplain)\b/i },
  { cue: /\b(?:my|our)\s+clients?\b/i, roles: /\b(?:lawyer|attorney|solicitor|barrister|counsel|advocate|defence|defense)\b/i },
  { cue: /\b(?:my|our)\s+(?:members|union|workers)\b/i, roles: /\b(?:union|president|organi[sz]er|steward|secretary|spokes(?:man|woman|person))\b/i },
  { cue: /\b(?:this court|the jury|i sentence|members of the jury)\b/i, roles: /\b(?:judge|justice|magistrate|recorder|sheriff)\b/i },
  { cue: /\b(?:my|our)\s+(?:government|ministry|department|cabinet)\b/i, roles: /\b(?:minister|secretary|premier|president|chancellor|governor|prime)\b/i },
  { cue: /\b(?:my|our)\s+(?:city|town|council)\b/i, roles: /\b(?:mayor|councill?or|councilmember|alderman|reeve)\b/i },
];

/** Relations a quotation tells of its speaker ("my husband", "Mum") and the relations the article gives that fit them. */
export const RELATION_CUES: readonly { cue: RegExp; relations: readonly string[] }[] = [
  // ("your husband": a quotation about the married one of the choices, said to them or by them quoting someone)
  { cue: /\b(?:my|our|your)\s+(?:husband|wife|partner|spouse|late husband|late wife)\b/i, relations: ['wife', 'husband', 'widow', 'widower', 'partner', 'fiancée', 'fiancé'] },
  // (no i flag: "Mum" and "Dad" are names only when capitalised; "my" and "our" open a sentence too)
  { cue: /\b(?:[Mm]y|[Oo]ur)\s+(?:mother|father|mum|mom|dad|parents)\b|(?:^|[.!?]\s+|,\s+)(?:Mum|Mom|Dad|Mama|Papa)\b/, relations: ['son', 'daughter', 'stepson', 'stepdaughter'] },
  { cue: /\b(?:my|our)\s+(?:son|daughter|boy|girl|kids|children|child)\b/i, relations: ['mother', 'father', 'stepmother', 'stepfather', 'parent'] },
  { cue: /\b(?:my|our)\s+(?:brother|sister)\b/i, relations: ['brother', 'sister'] },
  { cue: /\b(?:my|our)\s+(?:grandson|granddaughter|grandchildren|grandkids)\b/i, relations: ['grandmother', 'grandfather'] },
  { cue: /\b(?:[Mm]y|[Oo]ur)\s+(?:grandmother|grandfather|grandma|grandpa|nan|gran)\b|(?:^|[.!?]\s+|,\s+)(?:Gran|Grandad|Granddad|Grandma|Grandpa|Nan|Nana|Granny)\b/, relations: ['grandson', 'granddaughter'] },
];
