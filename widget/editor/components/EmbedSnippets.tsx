import type { EmbedSnippets as Snippets } from '../../../worker/editor-contract';
import { CopyButton } from './CopyButton';

export interface EmbedSnippetsProps {
  embed: Snippets;
  published: boolean;
}

/** The ways to put the quiz on a page, ready to copy. */
export function EmbedSnippets({ embed, published }: EmbedSnippetsProps) {
  const rows: Array<{ id: string; label: string; text: string; help: string }> = [
    { id: 'ed-embed-script', label: 'Script tag', text: embed.script, help: 'Recommended: resizes to fit, themable with data-theme / data-accent.' },
    { id: 'ed-embed-iframe', label: 'Plain iframe', text: embed.iframe, help: 'For pages that cannot run scripts (WordPress: paste the quiz link instead).' },
    { id: 'ed-embed-amp', label: 'AMP', text: embed.amp, help: 'For AMP pages (needs the amp-iframe component and an https quiz address).' },
  ];
  return (
    <section class="ed-card" aria-labelledby="ed-embed-title">
      <h2 id="ed-embed-title">Embed</h2>
      {published ? null : <p class="ed-hint">These work once the quiz is published; until then readers get “not available”.</p>}
      {rows.map((r) => (
        <div key={r.id} class="ed-snippet">
          <label for={r.id}>{r.label}</label>
          <textarea id={r.id} readOnly rows={r.id === 'ed-embed-script' ? 2 : 3} value={r.text} onFocus={(e) => e.currentTarget.select()} />
          <div class="ed-row">
            <CopyButton text={r.text} fieldId={r.id} label={`Copy the ${r.label.toLowerCase()}`} />
            <span class="ed-hint">{r.help}</span>
          </div>
        </div>
      ))}
      {published ? (
        <p>
          <a href={embed.url} target="_blank" rel="noopener">
            Open the quiz as readers see it
          </a>
        </p>
      ) : null}
    </section>
  );
}
