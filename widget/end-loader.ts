// The end screen's extra code (standing line, sharing, review of answers: widget/end/) is
// loaded only when a reader gets near the end, so the frame's first load stays within its
// budget. A classic script, like the frame's own: module scripts are CORS fetches, which
// fail from sandboxed (opaque-origin) frames. Its address is content-hashed and known at
// build time (scripts/build-widget.mjs defines END_JS); it adds its own stylesheet and
// resolves once that has loaded (widget/end/end-entry.tsx).
import type { EndModule } from './end/end-module';

declare const END_JS: string;

let loading: Promise<EndModule> | undefined;

/** Settles only when the code has loaded: without it the end screen shows the score and Play again. */
export const loadEnd = (): Promise<EndModule> =>
  (loading ??= new Promise((ok) => {
    const script = document.createElement('script');
    script.src = END_JS;
    script.onload = () => ok(self.wsiEnd!);
    // A failed load is tried again the next time the end screen shows.
    script.onerror = () => (loading = undefined);
    document.head.append(script);
  }));
