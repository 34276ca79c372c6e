import type { PreviewLink } from '../../../worker/editor-contract';

export interface PreviewPanelProps {
  link: PreviewLink;
  onClose(): void;
}

const until = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The real quiz frame for this quiz as saved, before readers see it; its answers count nowhere. */
export function PreviewPanel({ link, onClose }: PreviewPanelProps) {
  return (
    <section class="ed-card ed-preview" aria-labelledby="ed-preview-title">
      <div class="ed-row ed-spread">
        <h2 id="ed-preview-title">Preview</h2>
        <button type="button" class="ed-small" onClick={onClose}>
          Close the preview
        </button>
      </div>
      <p class="ed-hint">The quiz as readers will get it, as last saved. Answers here are not counted. This link works until {until(link.expiresAt)}.</p>
      <iframe class="ed-preview-frame" src={link.url} title="Preview of the quiz as readers will get it" />
    </section>
  );
}
