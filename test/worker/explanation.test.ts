// The feedback's explanation: a long quotation it repeats is cut to its opening and closing words.
import { describe, expect, it } from 'vitest';
import { shortenQuotationIn } from '../../worker/explanation';

const LONG = 'Moreover, you know that the President gave Mr. Trump his statements and clarifications regarding the fact that any allegations are pure fiction.';

describe('shortenQuotationIn', () => {
  const cases: [name: string, explanation: string, quote: string, expected: string][] = [
    ['a short quotation stays whole', '"Nobody promised anything," he said.', 'Nobody promised anything,', '"Nobody promised anything," he said.'],
    ['a long one keeps its first seven and last four words', `He continued: "${LONG}"`, LONG, 'He continued: "Moreover, you know that the President gave … allegations are pure fiction."'],
    ['attribution after the quotation stays', `"${LONG}" Peskov told reporters.`, LONG, '"Moreover, you know that the President gave … allegations are pure fiction." Peskov told reporters.'],
    ['whitespace runs count as one space', `Sasse said: "${LONG.replace(/ /g, '\n ')}"`, LONG, 'Sasse said: "Moreover, you know that the President gave … allegations are pure fiction."'],
    ['a quotation not found verbatim leaves the explanation as it is', 'She said it was "not the dumbest idea".', LONG, 'She said it was "not the dumbest idea".'],
    [
      'an earlier long quotation that only says who is talking is cut too',
      `Sasse tweeted on Sunday, "This obviously should not happen--& obviously will not happen. Why the President of the United States would tweet it is inexplicably bizarre." And later added, "He won't become a friend."`,
      "He won't become a friend.",
      `Sasse tweeted on Sunday, "This obviously should not happen--& obviously will … it is inexplicably bizarre." And later added, "He won't become a friend."`,
    ],
    ['curly quotes too, short ones kept', `He said “${LONG}” and “yes”.`, 'yes', 'He said “Moreover, you know that the President gave … allegations are pure fiction.” and “yes”.'],
    ['an editor’s cut mark on the quotation is ignored', `"${LONG}" he said.`, `…${LONG}`, '"Moreover, you know that the President gave … allegations are pure fiction." he said.'],
  ];
  for (const [name, explanation, quote, expected] of cases) {
    it(name, () => expect(shortenQuotationIn(explanation, quote)).toBe(expected));
  }
});
