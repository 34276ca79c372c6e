// Stage 4 — the turns of a question and its answers, in a cross-examination, a hearing or an interview: an unattributed
// answer is not the asker's, and a question after it is the asker's again. Each is a guess the article leaves open.

import type { Quotation } from './02-quotations';
import type { Attributed } from './04-attribute';

/** The quotation ends on a question mark. */
const isQuestion = (text: string, x: Quotation | undefined): boolean => !!x && /\?\s*$/.test(text.slice(x.start, x.end));

/** A verb that puts a question to someone. */
const ASKED = /\b(?:asked|asks|questioned|pressed|quizzed|inquired|enquired|demanded)\b/;

/** A verb that answers a question put before. */
const REPLIED = /\b(?:replied|replies|answered|answers|responded|responds|retorted|retorts)\b/;

/**
 * ("“We visited 11 sites,” Ms Eze replied. ¶ “And how many boreholes did you find?”": an unattributed question after an
 * answer is as likely the asker's, going on, as the one who answered: a guess, whoever it is given to; so after any answer
 * to someone else's question: "“How much money?” Kipp asked. ¶ “About $300,000,” Venkataraman said. ¶ “And who decides?”")
 */
function questionAfterAnswer(text: string, q: Quotation, answer: Attributed, asked: Attributed | undefined, question: Quotation | undefined): boolean {
  if (!isQuestion(text, q)) return false;
  return REPLIED.test(text.slice(answer.sentenceStart, answer.sentenceEnd)) ||
    !!asked && !!question && asked.entity !== null && asked.entity !== answer.entity && isQuestion(text, question) ||
    questionReportedBefore(text, answer.sentenceStart);
}

/** A question someone put, reported: "Liberal MLC Natalie Vukovic asked Mr Okafor whether the authority had consulted …". */
const REPORTED_QUESTION = /\basked\b[^.!?"“”]*?\b(?:whether|if|what|why|how|when|where|who|which)\b[^"“”]*$/;

/** ("… asked Mr Okafor whether …. ¶ “…,” he said. ¶ “That wasn't my question. Did you …?”") The paragraph before the one at `at` reports a question put. */
function questionReportedBefore(text: string, at: number): boolean {
  const own = text.lastIndexOf('\n', at);
  if (own < 0) return false;
  const before = text.slice(Math.max(0, own - 300), own).trimEnd();
  const para = before.slice(before.lastIndexOf('\n') + 1);
  return REPORTED_QUESTION.test(para);
}

/**
 * A question and its answers take turns ("“You had signing authority, correct?” Halvorsen asked. ¶ “Yes.” ¶ “And your
 * signature is on 41 of them?” ¶ “Because he told me to.”"): an unattributed answer to someone's question is not the
 * asker's but, as far as the article shows, the last other speaker's (so is one a pronoun after it gives the asker); a
 * question after someone's answer to a question, the asker's again. All are guesses (ambiguous), whoever they are given to.
 */
export function takeTurn(text: string, q: Quotation, quotes: Quotation[], result: Attributed[], b: number, res: Attributed): void {
  const asked = result[b]!;
  if (res.rule === 'carry' && questionAfterAnswer(text, q, asked, result[b - 1], quotes[b - 1])) {
    res.ambiguous = true;
    if (isQuestion(text, quotes[b - 1]) && result[b - 1]!.entity !== null) res.entity = result[b - 1]!.entity;
    return;
  }
  // (a question put, "Halvorsen asked", or itself a turn; not one a speaker asks and answers: "“Do you want …?” he said. ¶ “For me, …”")
  // (an answer "she said" gives the asker is no answer of theirs either)
  if (isQuestion(text, q) || !isQuestion(text, quotes[b]) || asked.entity === null || res.entity !== asked.entity) return;
  if (!(asked.rule === 'carry' || ASKED.test(text.slice(asked.sentenceStart, asked.sentenceEnd)))) return;
  res.ambiguous = true;
  for (let j = b - 1; j >= 0 && j >= b - 6; j--) {
    const other = result[j]!.entity;
    if (other !== null && other !== asked.entity) { res.entity = other; return; }
  }
}
