// The scorer's rules (../shared/eval/score.mjs), shared by eval.mjs and fit-confidence.mjs so that
// calibration and audits count right and wrong exactly as the scorer does.

/** Title words the scorer drops from names before comparing them. */
const HONORIFIC = /^(mr|mrs|ms|miss|dr|sen|sens|senator|rep|reps|gov|governor|prof|professor|sir|dame|president|premier|minister|mayor|judge|justice|gen|general|col|lt|capt|sgt|rev|hon|chief|coach|pope|king|queen|prince|princess|lord|lady|st)\.?$/i;
const PRONOUN = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her', 'them', 'you']);

/** A name's words, lower case, without accents, possessives and title words. */
export const words = (s) => (s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']s\b/g, '')
  .replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/[\s-]+/).filter((w) => w && !HONORIFIC.test(w)).map((w) => w.toLowerCase());

/** The name's surname is a title word the scorer drops ("Larry King"): the surname rule cannot match it. */
export const surnameIsTitle = (name) => HONORIFIC.test((name ?? '').trim().split(/\s+/).pop() ?? '');

/** A gold quotation whose speaker can be checked: a resolved name, or a span that is not a bare pronoun. */
export const evaluable = (g) => !!g.speaker && (g.speaker_resolved || (!PRONOUN.has(g.speaker.trim().toLowerCase()) && /\p{Lu}/u.test(g.speaker)));

/** The surname rule: the predicted name's last word is a word of the gold speaker. */
export function surnameRight(predicted, goldSpeaker) {
  const p = words(predicted);
  return p.length > 0 && words(goldSpeaker).includes(p[p.length - 1]);
}

/** A prediction [start, end) matches gold g when it covers ≥ 80% of g and ≥ 50% of it lies inside g; the cover, or 0. */
export function cover(g, start, end) {
  const overlap = Math.max(0, Math.min(g.end, end) - Math.max(g.start, start));
  const c = overlap / (g.end - g.start);
  return c >= 0.8 && overlap / (end - start) >= 0.5 ? c : 0;
}

/** The scorer's one-to-one matching: prediction index → gold quotation. */
export function matchGold(golds, preds, span = (q) => [q.start, q.end]) {
  const used = new Map();
  for (const g of golds) {
    let best = -1, bestCover = 0;
    preds.forEach((q, i) => {
      if (used.has(i)) return;
      const c = cover(g, ...span(q));
      if (c > bestCover) { best = i; bestCover = c; }
    });
    if (best >= 0) used.set(best, g);
  }
  return used;
}

/** A gold speaker that names someone: a resolved name, or a span that opens with a capital (PolNeAR's "he", "the Florida senator" name nobody). */
export const judgeable = (g) => evaluable(g) && (g.speaker_resolved || /^\p{Lu}/u.test(g.speaker.trim()));

/** The outlet an annotated article comes from: GGT gives it; PolNeAR's ids open with it ("breitbart_2016-…"). */
export const outletOf = (d) => d.outlet ?? d.id.split('_')[0];
