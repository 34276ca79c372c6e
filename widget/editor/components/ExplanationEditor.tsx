export interface ExplanationEditorProps {
  /** Prefix for element ids (the question's card id). */
  idBase: string;
  text: string;
  by: 'article' | 'editor';
  problem?: string | undefined;
  onChange(text: string, by: 'article' | 'editor'): void;
}

/** What readers read after answering: the article's own words (checked verbatim), or the editor's note, marked so. */
export function ExplanationEditor({ idBase, text, by, problem, onChange }: ExplanationEditorProps) {
  const errorId = problem ? `${idBase}-explanation-error` : undefined;
  return (
    <div class="ed-explain">
      <label for={`${idBase}-explanation`}>Explanation shown after answering</label>
      <textarea
        id={`${idBase}-explanation`}
        rows={3}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={errorId}
        onInput={(e) => onChange(e.currentTarget.value, by)}
      />
      <label class="ed-check">
        <input type="checkbox" checked={by === 'editor'} onChange={(e) => onChange(text, e.currentTarget.checked ? 'editor' : 'article')} />
        My own words (readers see “Editor’s note”; otherwise it must be the article’s words)
      </label>
      {problem ? (
        <p id={errorId} class="ed-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
