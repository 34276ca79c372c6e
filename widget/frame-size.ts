// The height a frame of fixed size should declare so that a quiz's first
// question fits it: for the iframe snippet editors copy and for oEmbed (where
// the consumer gives the width). Hosts that resize the frame (embed.js,
// WordPress's wp-embed.js, AMP) correct it once the frame reports; a plain
// iframe keeps it, and the frame's sticky action bar covers any shortfall.
//
// A small layout model of widget/styles/quiz.css: change the two together
// (test/browser/frame-size.test.ts measures the model against Chromium at 320,
// 500 and 640 px). Text is wrapped greedily by word with an average character
// width per font, fitted in Chromium with Debian's fonts on 99 questions of 20
// quizzes (mean error 1.4%, worst 6.6%); the serif width is set a little above
// the fit because Georgia, which most readers' devices have, is wider than the
// Times-metric font Debian substitutes. Pure: no DOM.
import type { PublicQuiz } from '../worker/contract';

/** Widest the quiz is laid out (the snippets' max-width). */
export const FRAME_MAX_WIDTH = 640;
/** Narrowest width the model is meant for. */
export const FRAME_MIN_WIDTH = 280;

/** Quotations longer than this are set smaller (.wsi__quote--long). */
export const LONG_QUOTE_CHARS = 200;

/** Average character width in em, per font role (fitted; see the header comment). */
const SANS_EM = 0.48;
const SANS_BOLD_EM = 0.56;
const SERIF_EM = 0.43;

const clamp = (min: number, value: number, max: number) => Math.min(max, Math.max(min, value));

/** Lines a text takes at a width, wrapping by word. */
export function lineCount(text: string, charPx: number, widthPx: number): number {
  const perLine = Math.max(1, Math.floor(widthPx / charPx));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used === 0) {
      used = len;
    } else if (used + 1 + len <= perLine) {
      used += 1 + len;
    } else {
      lines++;
      used = len;
    }
    // A word longer than a line breaks inside it.
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}

type FirstQuestion = Pick<PublicQuiz, 'title'> & { questions: Pick<PublicQuiz['questions'][number], 'quote' | 'choices'>[] };

/** The frame's content height (CSS px) with the quiz's first question unanswered, at a frame width. */
export function firstQuestionHeight(quiz: FirstQuestion, frameWidth: number): number {
  const width = clamp(FRAME_MIN_WIDTH, frameWidth, FRAME_MAX_WIDTH);
  const pad = clamp(16, width * 0.04, 28); // .wsi__card padding
  const inner = width - 2 - 2 * pad;
  const header = 19.5 + 4 + 22.95 * lineCount(quiz.title, 17 * SANS_BOLD_EM, inner) + 16;
  const progress = 21;
  const question = quiz.questions[0];
  if (!question) return Math.ceil(2 + 2 * pad + header);
  const quoteFont = question.quote.length > LONG_QUOTE_CHARS ? clamp(16, width * 0.029, 19.2) : clamp(18, width * 0.034, 22.4);
  const quote = 16 + 20 + quoteFont * 1.4 * lineCount(`“${question.quote}”`, quoteFont * SERIF_EM, inner - 20);
  const legend = 32;
  const nameWidth = inner - 66;
  const choices = question.choices.reduce(
    (sum, c) =>
      sum +
      26 +
      24 * lineCount(c.label, 16 * SANS_BOLD_EM, nameWidth) +
      (c.description ? 18.9 * lineCount(c.description, 14 * SANS_EM, nameWidth) : 0),
    8 * (question.choices.length - 1),
  );
  const actions = 16 + 44;
  return Math.ceil(2 + 2 * pad + header + progress + quote + legend + choices + actions);
}

/** The height to declare for a frame of this width: the first question, never less than a short card. */
export function declaredFrameHeight(quiz: FirstQuestion, frameWidth: number): number {
  return Math.max(240, firstQuestionHeight(quiz, frameWidth));
}

/**
 * The iframe snippet's height. Its width is 100% of the article column, which on
 * a phone is about the viewport less its margins: so the CSS height follows the
 * viewport between the phone (320 px frame) and tablet (500 px) heights, and
 * holds the desktop height beyond. `attribute` is for CMSs that strip styles.
 */
export function snippetHeight(quiz: FirstQuestion): { attribute: number; css: string } {
  const phone = declaredFrameHeight(quiz, 320);
  const tablet = declaredFrameHeight(quiz, 500);
  const desktop = declaredFrameHeight(quiz, FRAME_MAX_WIDTH);
  const low = Math.round((tablet + desktop) / 2);
  const high = Math.max(phone, low);
  // Viewports 32 px wider than the frame: the 16 px margins of a phone's article column.
  const [phoneViewport, tabletViewport] = [352, 532];
  const slope = (phone - tablet) / (tabletViewport - phoneViewport);
  const css =
    slope > 0
      ? `clamp(${low}px, calc(${Math.round(tablet + slope * tabletViewport)}px - ${(slope * 100).toFixed(2)}vw), ${high}px)`
      : `${low}px`;
  return { attribute: declaredFrameHeight(quiz, 480), css };
}
