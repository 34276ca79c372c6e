import type { AppModel } from '../app-model';
import type { DraftModel } from '../draft-model';

export interface ReviewToolbarProps {
  app: AppModel;
  draft: DraftModel;
  busy: boolean;
}

/** Save, preview, publish or unpublish, delete: always at the bottom of the screen while reviewing. */
export function ReviewToolbar({ app, draft, busy }: ReviewToolbarProps) {
  const quiz = draft.quiz.value;
  const published = quiz.status === 'published';
  const dirty = draft.dirty.value;
  return (
    <div class="ed-toolbar" role="group" aria-label="Quiz actions">
      <button type="submit" class="ed-primary" disabled={busy || !dirty}>
        {dirty ? 'Save changes' : 'Saved'}
      </button>
      <button type="button" disabled={busy} onClick={() => void app.openPreview()}>
        {dirty ? 'Save and preview' : 'Preview'}
      </button>
      {published ? (
        <button type="button" disabled={busy} onClick={() => void app.unpublish()}>
          Unpublish
        </button>
      ) : (
        <button type="button" class="ed-publish" disabled={busy || draft.selectedCount.value === 0} onClick={() => void app.publish()}>
          {dirty ? 'Save and publish' : 'Publish'}
        </button>
      )}
      {published && dirty ? <span class="ed-hint">Saving updates the live quiz.</span> : null}
      <button
        type="button"
        class="ed-danger"
        disabled={busy}
        onClick={() => {
          if (confirm(`Delete “${quiz.title}”? Embeds of it will show “not available”.`)) void app.remove();
        }}
      >
        Delete quiz
      </button>
    </div>
  );
}
