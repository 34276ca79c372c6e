// The end screen's extra code, loaded by the frame only when a reader reaches the end
// (widget/end-loader.ts): the standing line, sharing, and the review of the answers.
// Built as its own classic script with the frame's Preact (scripts/build-widget.mjs maps
// preact's imports to `self.wsiHost`), so it adds nothing to the frame's first load. It
// brings its stylesheet (END_CSS, content-hashed, defined by the build) and is ready once
// that has loaded, so the end screen never shows unstyled.
import { EndExtras, verdict } from './EndExtras';
import type { EndModule } from './end-module';
import { standingText } from './standing-text';

declare const END_CSS: string;

const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = END_CSS;
const end: EndModule = { EndExtras, standingText, verdict };
self.wsiEnd = new Promise<EndModule>((ok) => {
  // Without its styles the end screen still works: go on either way.
  link.onload = link.onerror = () => ok(end);
  document.head.append(link);
});
