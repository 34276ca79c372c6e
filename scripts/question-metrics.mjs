// How publishable a quiz draft is, judged from outside the pipeline: its own evidence and word
// lists, never questions/'s, so that a rule cannot pass its own test. Used by `npm run eval --
// --questions` over the annotated corpora and by probe scorers over articles written for a test.
//
// For each quiz: how many questions are built and selected; of the selected ones (what readers get)
// and of all built ones: a choice the judge cannot verify as a person (or, for an organisation's
// quotation, as an organisation), a role or relation give-away, an explanation that names the
// speaker, a right attribution (where gold speakers are known), and how many of the selected
// questions the most frequent answer takes.
import { createRequire } from 'node:module';
import { matchGold, surnameRight, evaluable } from './scoring.mjs';

const require = createRequire(import.meta.url);

/** Given names of the data set the pipeline's table is built from, read directly (a devDependency). */
let given = null;
function givenNames() {
  if (given) return given;
  given = new Set();
  for (const lang of ['en', 'fr', 'es', 'it', 'de', 'tr']) {
    for (const [name] of require(`gender-detection-from-name/names/${lang}.js`)) given.add(name.toLowerCase());
  }
  return given;
}

/** Words that make a label an organisation, a place or a thing rather than a person (the judge's own list). */
const NOT_PERSON_WORD = /^(?:union|association|council|committee|party|ministry|department|agency|company|corporation|corp|inc|ltd|plc|group|university|college|school|club|fc|afc|united|city|county|district|area|board|commission|authority|service|services|police|news|times|post|bank|foundation|institute|centre|center|society|league|federation|conference|campaign|network|office|hospital|trust|system|students|workers|farmers|teachers|residents|government|court|tribunal|parliament|assembly|senate|house|congress|ward|riding|constituency|street|road|avenue|park|square|station|airport|stadium|arena|bridge|river|lake|valley|hill|hills|mountain|island|islands|state|province|region|morning|evening|show|festival|award|awards|cup|series|act|bill|report|review|journal|magazine|radio|tv|television|channel|studios?|records|press|media|team|fund|alliance|coalition|movement|front|council|administration|cabinet|army|navy|force|forces|command|brigade|clinic|church|mosque|temple|cathedral|mall|market|hotel|restaurant|cafe|café|bar|pub|inn|lodge|resort|gallery|museum|library|theatre|theater|zoo|garden|gardens)$/i;
/** Honorifics and titles written before a person's name (the judge's own list). */
const TITLE_WORDS = 'Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Sen|Senator|Rep|Gov|Governor|Coun|Cllr|Councillor|Councilor|Councilmember|Mayor|Judge|Justice|Det|Detective|Const|Constable|Sgt|Sergeant|Insp|Inspector|Supt|Superintendent|Chief|Coach|Captain|Capt|Father|Rev|Rabbi|Imam|Pastor|Bishop|President|Minister|Premier|Chancellor|Alhaji|Barrister|Senator';
const SAY = 'said|says|told|tells|added|adds|asked|asks|explained|wrote|writes|recalled|recalls|replied|replies|admitted|insisted|argued|warned|stated|declared|remarked';

const bare = (w) => w.replace(/['’]s$/, '').replace(/\.$/, '');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordIn = (text, w, flags = 'u') => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, flags).test(text);

/**
 * What a choice label is, by the judge's evidence: 'person' (a gold speaker of the article, a first
 * name of the data set and a surname, an honorific or title before its last word in the text, or a
 * name that is the subject of a verb of saying), 'organisation' (an organisation or place word),
 * or 'unverified'.
 */
export function judgeLabel(label, text, goldSpeakers) {
  const toks = label.trim().split(/\s+/).map(bare);
  const last = toks[toks.length - 1];
  if (/^the\s/i.test(label)) return 'organisation';
  if (goldSpeakers.some((g) => g.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).includes(last.toLowerCase()))) return 'person';
  for (const form of new Set([label, last])) {
    const esc = escape(form);
    if (new RegExp(`\\b(?:${TITLE_WORDS})\\.?\\s+${esc}(?![\\p{L}])`, 'u').test(text)) return 'person';
    if (new RegExp(`(?<![\\p{L}])${esc}\\s+(?:${SAY})\\b`, 'u').test(text) || new RegExp(`\\b(?:${SAY})\\s+${esc}(?![\\p{L}])`, 'u').test(text)) return 'person';
  }
  // (a first name may be a word of an organisation's: "Bill", "Christopher House" are people)
  if (toks.slice(1).some((t) => NOT_PERSON_WORD.test(t)) || toks.length === 1 && NOT_PERSON_WORD.test(last)) return 'organisation';
  if (toks.length >= 2 && givenNames().has(toks[0].toLowerCase()) && toks.every((t) => /^\p{Lu}/u.test(t))) return 'person';
  return 'unverified';
}

/** The head word of a role label: "Analyst at Desjardins Securities" → analyst, "Fire Chief" → chief. */
export function roleHead(description) {
  if (!description) return null;
  const core = description.toLowerCase().split(/\s+(?:of|at|for|with|in|on|from|to)\s+/)[0];
  const ws = core.split(/[\s-]+/).map(bare).filter(Boolean);
  return ws.length ? ws[ws.length - 1] : null;
}

/** First-person words that tell a role (the judge's own table): "my crews" → a fire chief. */
const ROLE_CUES = [
  [/\b(?:my|our)\s+(?:crews?|firefighters|brigade)\b/i, /\bfire|firefighter|brigade/i],
  [/\b(?:my|our)\s+(?:players|squad|lads|boys|girls|dressing room)\b/i, /coach|manager|captain|skipper|boss/i],
  [/\b(?:my|our)\s+patients\b/i, /doctor|nurse|physician|surgeon|\bgp\b|consultant|paramedic/i],
  [/\b(?:my|our)\s+(?:students|pupils)\b/i, /teacher|principal|head|professor|dean|lecturer/i],
  [/\b(?:my|our)\s+(?:officers|detectives|constables)\b/i, /police|chief|constable|commissioner|inspector|superintendent|sergeant|detective/i],
  [/\b(?:my|our)\s+(?:constituents|constituency|ward|riding)\b/i, /\bmp\b|councill?or|councilmember|representative|senator|member|\bmla\b|\bmpp\b|alderman/i],
  [/\b(?:my|our)\s+(?:company|firm|business|shareholders|employees|staff|store|shop|restaurant)\b/i, /\bceo\b|founder|executive|owner|chair|president|director|proprietor|chef|manager/i],
  [/\b(?:my|our)\s+(?:congregation|parish|parishioners)\b/i, /pastor|priest|imam|rabbi|vicar|bishop|reverend|minister/i],
  [/\b(?:my|our)\s+clients?\b/i, /lawyer|attorney|solicitor|barrister|counsel|advocate/i],
  [/\bthis court\b|\bthe jury\b|\bi sentence\b/i, /judge|justice|magistrate|recorder/i],
];
const RELATION = /\b(?:my|our|your)\s+(husband|wife|son|daughter|mother|father|mum|mom|dad|brother|sister|widow|widower|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|boy|girl|kids|children)\b|\b(?:Mum|Mom|Dad|Mama|Papa)\b/;
const RELATION_WORD = /\b(?:husband|wife|son|daughter|mother|father|brother|sister|widow|widower|grandson|granddaughter|grandmother|grandfather|parent|child|mum|mom|dad)\b/i;

/**
 * A give-away: the quotation names or describes a role (or a relation) and the answer is the only
 * choice whose label has it. Returns what gives it away, or null.
 */
export function giveAway(q) {
  const answer = q.choices.find((c) => c.id === q.answer);
  if (!answer) return null;
  const others = q.choices.filter((c) => c.id !== q.answer);
  const head = roleHead(answer.description);
  // (a role word before a name is someone else's title: "President Putin and I")
  // (the role word in lower case: a capitalised one is a name or a title, "the Fire Chief said")
  const asRole = (w) => new RegExp(`(?<![\\p{L}])${escape(w)}s?(?![\\p{L}])(?!\\s+(?!I\\b)\\p{Lu})`, 'u').test(q.quote);
  if (head && head.length > 2 && !/^(?:the|a|an|and)$/.test(head) && asRole(head) &&
    !others.some((c) => roleHead(c.description) === head)) return `role "${head}"`;
  for (const [cue, role] of ROLE_CUES) {
    if (cue.test(q.quote) && role.test(answer.description ?? '') && !others.some((c) => role.test(c.description ?? ''))) return `cue ${cue.exec(q.quote)[0]}`;
  }
  if (RELATION.test(q.quote)) {
    const related = q.choices.filter((c) => RELATION_WORD.test(c.description ?? ''));
    if (related.length === 1 && related[0].id === q.answer) return `relation ${RELATION.exec(q.quote)[0]}`;
  }
  return null;
}

/** Does the explanation name the speaker: the full name, the surname, or another form the quiz lists for them? */
export function namesSpeaker(q, people) {
  const p = people.find((x) => x.id === q.speakerId);
  const forms = new Set([q.speaker, q.speaker.split(/\s+/).pop(), ...(p?.aliases ?? [])]);
  return [...forms].some((f) => f && f.length > 1 && wordIn(q.explanation, f.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '')));
}

/** Selected as the draft says, or (a draft from before selections) as the Worker used to: confidence ≥ 0.8. */
export const isSelected = (q) => (q.selected === undefined ? q.confidence >= 0.8 : q.selected);

/** Every figure of one quiz. `gold` is the article's annotated quotations (may be empty). */
export function judgeQuiz(quiz, gold = []) {
  const goldSpeakers = gold.filter((g) => g.speaker && evaluable(g)).map((g) => g.speaker);
  const used = matchGold(gold, quiz.questions, (q) => [q.start - 1, q.end + 1]);
  const kindOf = new Map(quiz.people.map((p) => [p.id, p.kind]));
  const rows = quiz.questions.map((q, i) => {
    const wantKind = kindOf.get(q.answer) ?? 'person';
    const labels = q.choices.map((c) => [c.label, judgeLabel(c.label, quiz.text, goldSpeakers)]);
    const odd = labels.filter(([, k]) => k !== wantKind).map(([l, k]) => `${l} (${k})`);
    const g = used.get(i);
    return {
      q, selected: isSelected(q), odd, giveAway: giveAway(q), names: namesSpeaker(q, quiz.people),
      right: g && evaluable(g) ? surnameRight(q.speaker, g.speaker) : undefined,
    };
  });
  const sel = rows.filter((r) => r.selected);
  const counts = new Map();
  for (const r of sel) counts.set(r.q.answer, (counts.get(r.q.answer) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  return { rows, built: rows.length, selected: sel.length, topShare: sel.length ? top / sel.length : 0, top };
}

const pct = (a, b) => (b ? `${(100 * a / b).toFixed(1)}%` : '—');

/** The report over many quizzes: one block for the selected questions, one for all built. */
export function report(name, judged, { list = false } = {}) {
  const lines = [`\n== ${name}: ${judged.length} articles ==`];
  const built = judged.reduce((s, j) => s + j.built, 0);
  const selected = judged.reduce((s, j) => s + j.selected, 0);
  const withQuiz = judged.filter((j) => j.selected > 0);
  const hist = new Map();
  for (const j of judged) { const k = j.selected >= 9 ? '9+' : String(j.selected); hist.set(k, (hist.get(k) ?? 0) + 1); }
  lines.push(`questions per article: built ${(built / judged.length).toFixed(2)}, selected ${(selected / judged.length).toFixed(2)}` +
    `; articles by selected count: ${[...hist].sort((a, b) => parseInt(a[0]) - parseInt(b[0])).map(([k, v]) => `${k}:${v}`).join(' ')}`);
  lines.push(`articles with 5–8 selected: ${judged.filter((j) => j.selected >= 5 && j.selected <= 8).length}; with more than 8: ${judged.filter((j) => j.selected > 8).length}`);
  for (const [which, pick] of [['selected', (r) => r.selected], ['all built', () => true]]) {
    const rs = judged.flatMap((j) => j.rows.filter(pick));
    const judgedRight = rs.filter((r) => r.right !== undefined);
    lines.push(`${which} (${rs.length}): non-person (or other-kind) choice ${pct(rs.filter((r) => r.odd.length).length, rs.length)}` +
      `, give-away ${pct(rs.filter((r) => r.giveAway).length, rs.length)}` +
      `, explanation names the speaker ${pct(rs.filter((r) => r.names).length, rs.length)}` +
      `, right attribution ${pct(judgedRight.filter((r) => r.right).length, judgedRight.length)} of ${judgedRight.length} with gold`);
  }
  const shares = withQuiz.map((j) => j.topShare);
  const five = withQuiz.filter((j) => j.selected >= 5);
  const small = withQuiz.filter((j) => j.selected >= 2 && j.selected < 5);
  lines.push(`speaker balance (quizzes with ≥ 1 selected: ${withQuiz.length}): mean top share ${shares.length ? (shares.reduce((a, b) => a + b, 0) / shares.length).toFixed(2) : '—'}` +
    `; quizzes of 5+ whose top answer is over a third (more than round(n/3)): ${five.filter((j) => j.top > Math.round(j.selected / 3)).length} of ${five.length}` +
    `; quizzes of 2–4 whose top answer takes more than two: ${small.filter((j) => j.top > 2).length} of ${small.length}`);
  if (list) {
    const odd = new Map();
    for (const j of judged) for (const r of j.rows) for (const o of r.odd) odd.set(o, (odd.get(o) ?? 0) + 1);
    lines.push(`choices not verified: ${[...odd].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l}×${n}`).join('; ') || 'none'}`);
    for (const j of judged) for (const r of j.rows) if (r.giveAway) lines.push(`  give-away ${r.selected ? '[selected]' : ''} ${r.giveAway}: “${r.q.quote.slice(0, 80)}” → ${r.q.speaker}`);
    for (const j of judged) for (const r of j.rows) if (!r.names && r.selected) lines.push(`  unnamed explanation: ${r.q.speaker}: ${r.q.explanation.slice(0, 110)}`);
  }
  return lines.join('\n');
}
