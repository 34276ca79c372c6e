// Every inflected form of the speech verbs in data/speech-verbs.ts, built once.

import { IRREGULAR, SPEECH_VERBS, WEAK_VERBS } from './data/speech-verbs';

function inflect(v: string): string[] {
  const forms = [v];
  const cvc = /[^aeiou][aeiou][bdgklmnprt]$/.test(v) && v.length <= 4;
  if (/(?:s|sh|ch|x|z)$/.test(v)) forms.push(v + 'es');
  else if (/[^aeiou]y$/.test(v)) forms.push(v.slice(0, -1) + 'ies');
  else forms.push(v + 's');
  if (v.endsWith('e')) forms.push(v + 'd', v.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(v)) forms.push(v.slice(0, -1) + 'ied', v + 'ing');
  else if (cvc) forms.push(v + v.slice(-1) + 'ed', v + v.slice(-1) + 'ing');
  else forms.push(v + 'ed', v + 'ing');
  return forms;
}

const ALL = new Map<string, string>();
for (const v of SPEECH_VERBS) for (const f of IRREGULAR[v] ?? inflect(v)) ALL.set(f, v);
for (const [v, fs] of Object.entries(IRREGULAR)) for (const f of fs) ALL.set(f, v);
for (const f of ['admitted', 'admits', 'committed', 'quipped', 'quips', 'shot', 'penned', 'posted', 'ranted', 'raved']) ALL.set(f, f === 'shot' ? 'shoot' : f.replace(/(?:ted|ped|ed|s)$/, ''));
// ("Politico reported, “…”": only the past tense; "report" and "reports" are as often nouns: "the IG report said")
ALL.set('reported', 'report');
// ("The New York Times reports: “…”": "reports" only where a colon or a comma introduces the words, 04-rules-local speechVerbAt)
ALL.set('reports', 'report');

/** A form of a speech verb ("said", "tweets", "telling")? Lower-case input. */
export function isSpeechVerb(w: string): boolean {
  return ALL.has(w);
}

/** A verb that attributes with less certainty ("called", "described"). */
export function isWeakVerb(w: string): boolean {
  const lemma = ALL.get(w);
  return lemma !== undefined && (WEAK_VERBS.has(lemma) || w.endsWith('ing'));
}
