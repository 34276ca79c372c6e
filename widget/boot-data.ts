import type { PublicQuiz } from '../worker/contract';

/** The frame page's `<script type="application/json" id="wsi-data">` block. */
export interface BootData {
  quiz: PublicQuiz;
  /** The publisher page's origin (from ?host=), validated; null for a plain iframe embed. */
  host: string | null;
}

export const BOOT_DATA_ID = 'wsi-data';
export const ROOT_ID = 'wsi-root';

/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
export function serializeBootData(data: BootData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
