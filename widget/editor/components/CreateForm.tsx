import { useState } from 'preact/hooks';
import type { CreateQuizRequest } from '../../../worker/editor-contract';

export type SourceKind = 'text' | 'html' | 'url';

export interface CreateFormProps {
  busy: boolean;
  onCreate(body: CreateQuizRequest): void;
  onCancel(): void;
}

const SOURCES: Array<{ kind: SourceKind; label: string }> = [
  { kind: 'text', label: 'Paste the text' },
  { kind: 'html', label: 'Paste the HTML' },
  { kind: 'url', label: 'Article URL' },
];

/** A new quiz from pasted text, pasted HTML or an article's URL. */
export function CreateForm({ busy, onCreate, onCancel }: CreateFormProps) {
  const [kind, setKind] = useState<SourceKind>('text');
  const [source, setSource] = useState('');
  const [title, setTitle] = useState('');
  return (
    <form
      class="ed-card"
      aria-labelledby="ed-new-title"
      onSubmit={(e) => {
        e.preventDefault();
        const t = title.trim() ? { title: title.trim() } : {};
        onCreate(kind === 'url' ? { ...t, url: source.trim() } : kind === 'html' ? { ...t, html: source } : { ...t, text: source });
      }}
    >
      <h1 id="ed-new-title">New quiz from an article</h1>
      <fieldset class="ed-sources">
        <legend>The article</legend>
        {SOURCES.map((s) => (
          <label key={s.kind} class="ed-radio">
            <input type="radio" name="ed-source" value={s.kind} checked={kind === s.kind} onChange={() => setKind(s.kind)} />
            {s.label}
          </label>
        ))}
      </fieldset>
      {kind === 'url' ? (
        <>
          <label for="ed-source">Article URL</label>
          <input id="ed-source" type="url" required placeholder="https://…" value={source} onInput={(e) => setSource(e.currentTarget.value)} />
        </>
      ) : (
        <>
          <label for="ed-source">{kind === 'html' ? 'Article HTML' : 'Article text'}</label>
          <textarea id="ed-source" required rows={14} value={source} onInput={(e) => setSource(e.currentTarget.value)} />
        </>
      )}
      <label for="ed-new-quiz-title">Title (optional: the article’s headline otherwise)</label>
      <input id="ed-new-quiz-title" type="text" maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      <div class="ed-row">
        <button type="submit" class="ed-primary" disabled={busy}>
          Make the quiz
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
