import type { PublicQuiz } from '../worker/contract';

/** The frame page's `<script type="application/json" id="wsi-data">` block. */
export interface BootData {
  /** The quiz id from the frame's URL (also when the quiz is not available). */
  quizId: string;
  /** The published quiz, or null on the "not available" page. */
  quiz: PublicQuiz | null;
  /** The publisher page's origin (from ?host=), validated; null for a plain iframe embed. */
  host: string | null;
  /** A preview's signed token (worker/preview-link.ts): answers go to the preview's own route and count nothing. */
  preview?: string;
}

export const BOOT_DATA_ID = 'wsi-data';
export const ROOT_ID = 'wsi-root';

/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
export function serializeBootData(data: BootData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
