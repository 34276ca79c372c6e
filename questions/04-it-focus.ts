// Stage 4 — whom "it" names: the organisation in focus (04-discourse), unless an organisation
// described, not named, stands between them ("“…,” the company said. It added …"), or is the
// subject of the sentence that named it ("the group said it would complain to the Ombudsman").

import type { Discourse, OrgDescription } from './04-discourse';
import { FOCUS_LOOKBACK } from './limits';
import { DOCUMENT_NOUNS } from './data/function-words';

/**
 * "It" is the organisation in focus, unless an organisation described, not named, stands between
 * them ("“…,” the company said in a statement. It added …"): then it is whom that description named.
 */
export function itSpeaker(d: Discourse, para: number, at: number): number | null {
  // ("The email, released by Judicial Watch, was sent … by then-Department of Defense Chief of Staff Jeremy Bash. ¶ “…,” it
  // reads.": an "it" that reads is the document a sentence opened on, its writer the one it was sent or written by)
  if (READS.test(d.doc.text.slice(at, at + 10))) {
    const writer = documentWriter(d, para, at);
    // (and an "it" that goes on in the next paragraph, "“…,” it said", is the same document)
    if (writer !== null && writer !== undefined) d.orgDescriptions.push({ at, para, entity: writer });
    if (writer !== undefined) return writer;
  }
  let named = d.focus(undefined, para, true, at);
  // (not an organisation only named after the described one: "the group said it would complain to the Ombudsman")
  if (named !== null && objectBesideDescribed(d, named, at)) return null;
  // (nor whom something was said to: "In a written reply to The Bogotá Post, the secretariat said it …. “…,” it said")
  if (named !== null && lastToListener(d, named, at)) named = null;
  let desc: OrgDescription | undefined;
  for (let i = d.orgDescriptions.length - 1; i >= 0; i--) {
    const x = d.orgDescriptions[i]!;
    if (para - x.para > 1) break;
    if (x.at < at) { desc = x; break; }
  }
  if (!desc || named === null) return desc?.entity ?? named;
  // (named after the description as a subject, not as whom it was said to: "the ministry said in a written reply to the STA. It added …")
  for (let i = d.lastBefore(at), n = 0; i >= 0 && n < FOCUS_LOOKBACK; i--, n++) {
    const h = d.history[i]!;
    if (h.start < desc.at) break;
    if (h.entity === named && !toListener(d, h.start)) return named;
  }
  return desc.entity;
}

/** Entity e's last mention before `at` stands after the subject its sentence describes ("the group"), not as it. */
function objectBesideDescribed(d: Discourse, e: number, at: number): boolean {
  for (let i = d.lastBefore(at), n = 0; i >= 0 && n < FOCUS_LOOKBACK; i--, n++) {
    const h = d.history[i]!;
    if (h.entity !== e) continue;
    const subject = d.orgSubjects.get(h.sentence);
    return subject !== undefined && subject < h.start;
  }
  return false;
}

/** Entity e's last mention before `at` is whom something was said or sent to. */
function lastToListener(d: Discourse, e: number, at: number): boolean {
  for (let i = d.lastBefore(at), n = 0; i >= 0 && n < FOCUS_LOOKBACK; i--, n++) {
    const h = d.history[i]!;
    if (h.entity === e) return toListener(d, h.start);
  }
  return false;
}

/**
 * The organisation named last before `at`, in its sentence, as whom something was said or sent to ("In its disclosure to the
 * CSE, the company said"): no description after it names it; else null.
 */
export function listenerBefore(d: Discourse, at: number): number | null {
  const i = d.lastBefore(at);
  const h = i >= 0 ? d.history[i]! : undefined;
  return h && toListener(d, h.start) && !/[.!?]["”’']?\s/.test(d.doc.text.slice(h.start, at)) ? h.entity : null;
}

/** The name at `at` is whom something was said or sent to ("a written reply to the STA", "told Reuters"), not "according to" one. */
function toListener(d: Discourse, at: number): boolean {
  const before = d.doc.text.slice(Math.max(0, at - 24), at);
  return /\b(?:to|told|tells)\s+(?:the\s+)?$/i.test(before) && !/\baccording\s+to\s+(?:the\s+)?$/i.test(before);
}

/** Before its writer's name: "sent … by", "from"; not whoever made it public ("released by Judicial Watch", "obtained by"). */
const WRITER_BEFORE = /(?:(?<!\b(?:released|obtained|published|seen|reviewed|reported|leaked|shared|posted|cited|quoted)\s)\bby|\bfrom)\b[^,;:]{0,60}$/;
/** "it reads", "it read": only a document reads. */
const READS = /^it\s+(?:reads|read)\b/i;
/** A sentence that opens on a document: "The email, released by …, was sent …", "A letter from …". */
const DOCUMENT_SENTENCE = new RegExp(String.raw`(?:^|[.!?]["”’']?\s+|\n)(?:The|A|An|This|That|Her|His|Their|Its)\s+(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_NOUNS.source.slice(1, -1)}|document)\b`, 'gu');

/**
 * The writer of the document the last sentence opening on one names, within three paragraphs before `at`: the first person named
 * after "by" or "from" in its paragraph, else null (a document, its writer not named); undefined where no such sentence stands
 * there, or an organisation is named after its paragraph.
 */
function documentWriter(d: Discourse, para: number, at: number): number | null | undefined {
  const from = d.doc.paragraphs[Math.max(0, para - 3)]!.start;
  let sentence: [number, number] | null = null;
  DOCUMENT_SENTENCE.lastIndex = 0;
  const text = d.doc.text.slice(from, at);
  // (to the end of its paragraph: a sentence's end is no sure thing to find, "sent at 7:19 p.m. EST by …")
  for (let m = DOCUMENT_SENTENCE.exec(text); m; m = DOCUMENT_SENTENCE.exec(text)) {
    const end = text.indexOf('\n', m.index + m[0].length);
    sentence = [from + m.index, end < 0 ? at : from + end];
  }
  if (!sentence) return undefined;
  let writer: number | null = null;
  for (let i = d.lastBefore(at), n = 0; i >= 0 && n < FOCUS_LOOKBACK; i--, n++) {
    const h = d.history[i]!;
    if (h.start < sentence[0]) break;
    if (h.start >= sentence[1]) { if (!d.isPerson(h.entity)) return undefined; continue; }
    if (d.isPerson(h.entity) && !h.possessive && WRITER_BEFORE.test(d.doc.text.slice(Math.max(sentence[0], h.start - 60), h.start))) writer = h.entity;
  }
  return writer;
}
