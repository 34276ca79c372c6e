// The HTML the Worker renders with the widget's own Preact components (server-side
// rendering). The Worker imports them as "#ssr" (package.json "imports"): bundlers
// take the "default" condition, widget/ssr/render.tsx; TypeScript takes the "types"
// condition, this file, so Preact's DOM typings never enter the Worker's program.
// widget/ssr/render.tsx is type-checked against these declarations.
import type { PublicQuiz } from './contract';

export type FrameTheme = 'light' | 'dark' | 'auto';

interface FrameDocument {
  title: string;
  theme: FrameTheme;
  /** Validated accent CSS (allowed by its hash in the page's CSP), or null. */
  accentStyle: string | null;
  cssHref: string;
  scriptHref: string;
  /** JSON for the page's `<script type="application/json">` boot block (already safe for <script>). */
  bootJson: string;
}

export interface FramePageInput extends FrameDocument {
  quiz: PublicQuiz;
  /** oEmbed discovery (not for previews). */
  oembedHref?: string;
  /** A line above the quiz, outside what the script renders (a preview says it counts nothing). */
  notice?: string;
}

export interface FrameNotFoundInput extends FrameDocument {
  /** Instead of "This quiz is not available." */
  message?: { title: string; text: string };
}

export interface DemoPageInput {
  title: string;
  highlights: string[];
  blocks: { kind: 'p' | 'h2'; text: string }[];
  cssHref: string;
  product: string;
  /** oEmbed discovery for the demo quiz: pasting the page's address into a CMS embeds it. */
  oembedHref: string;
}

/** The quiz frame with its first question already rendered (hydrated in the browser). */
export declare function renderFramePage(input: FramePageInput): string;
/** The frame's page for a quiz that does not exist or is not published. */
export declare function renderFrameNotFound(input: FrameNotFoundInput): string;
/** The demo publisher page: the article and the quiz embedded by one script tag. */
export declare function renderDemoPage(input: DemoPageInput): string;
