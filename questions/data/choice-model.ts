// Written by hand from `node scripts/fit-choice.mjs` (leave one outlet out): the fitted conditional
// logit picked right exactly as often as the decision list on every left-out outlet (834 of 845
// quotations whose candidates disagree), and on the corpora it fitted it preferred named candidates
// that were places ("Alabama", "Vermont") to unnamed descriptions. So no weights: the decision list
// decides. `node scripts/fit-choice.mjs --write` writes fitted weights here.
export const CHOICE_WEIGHTS: Record<string, number> = {};
