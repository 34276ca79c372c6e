// What the end screen's extra code (loaded only when a reader reaches the end: see
// widget/end-loader.ts) gives the frame. Type-only for the frame's own bundle.
import type { FunctionComponent } from 'preact';
import type { ReaderStanding } from '../../worker/contract';
import type { EndExtrasProps } from './EndExtras';

export interface EndModule {
  EndExtras: FunctionComponent<EndExtrasProps>;
  /** A word on the score. */
  verdict(score: number, total: number): string;
  /** The standing line under the score ('' while there is none to say). */
  standingText(standing: ReaderStanding | null): string;
}

/** The frame's Preact, shared with the end screen's code (a second copy would not share hooks). */
export interface HostPreact {
  jsx: unknown;
  Fragment: unknown;
  useState: unknown;
}

declare global {
  // eslint-disable-next-line no-var
  /** Set by the end screen's script: its module, once its stylesheet has loaded. */
  var wsiEnd: Promise<EndModule> | undefined;
  // eslint-disable-next-line no-var
  var wsiHost: HostPreact | undefined;
}
