import { QuizStats } from '../stats/QuizStats';
import type { DraftModel } from '../draft-model';
import { EmbedSnippets } from './EmbedSnippets';
import { QuestionCard } from './QuestionCard';

export interface QuizEditorProps {
  draft: DraftModel;
  busy: boolean;
  token: string;
  onSave(): void;
  onPublish(): void;
  onUnpublish(): void;
  onDelete(): void;
  onBack(): void;
}

/** Moving a card re-inserts it: keep focus on the button that moved it. */
function refocus(key: string, by: -1 | 1): void {
  requestAnimationFrame(() => {
    const first = document.getElementById(`ed-q-${key}-${by < 0 ? 'up' : 'down'}`);
    const other = document.getElementById(`ed-q-${key}-${by < 0 ? 'down' : 'up'}`);
    (first instanceof HTMLButtonElement && !first.disabled ? first : other)?.focus();
  });
}

/** Review, edit and publish one quiz. */
export function QuizEditor({ draft, busy, token, onSave, onPublish, onUnpublish, onDelete, onBack }: QuizEditorProps) {
  const quiz = draft.quiz.value;
  const questions = draft.questions.value;
  const problems = draft.problems.value;
  const published = quiz.status === 'published';
  const low = questions.filter((q) => q.lowConfidence).length;
  return (
    <>
      <form
        class="ed-card"
        aria-labelledby="ed-quiz-heading"
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <p>
          <a
            href="#/"
            onClick={(e) => {
              e.preventDefault();
              onBack();
            }}
          >
            ← All quizzes
          </a>
        </p>
        <h1 id="ed-quiz-heading">
          Review quiz <span class={`ed-status ed-status--${quiz.status}`}>{published ? 'Published' : 'Draft'}</span>
        </h1>
        {quiz.sourceUrl ? (
          <p class="ed-hint">
            From <a href={quiz.sourceUrl} target="_blank" rel="noopener noreferrer">{quiz.sourceUrl}</a>
          </p>
        ) : null}
        <label for="ed-title">Title</label>
        <input
          id="ed-title"
          type="text"
          maxLength={200}
          value={draft.title.value}
          aria-invalid={draft.titleProblem.value ? true : undefined}
          onInput={(e) => draft.setTitle(e.currentTarget.value)}
        />
        {draft.titleProblem.value ? <p class="ed-error">{draft.titleProblem.value}</p> : null}
        <p class="ed-hint">
          {questions.length} proposed question{questions.length === 1 ? '' : 's'}, {draft.selectedCount.value} selected
          {low ? `; ${low} flagged for low confidence (under ${Math.round(quiz.threshold * 100)}%) start unselected` : ''}.
        </p>
        <ol class="ed-questions">
          {questions.map((q, i) => (
            <QuestionCard
              key={q.key}
              question={q}
              index={i}
              count={questions.length}
              people={draft.people.value}
              threshold={quiz.threshold}
              problems={problems.get(q.key)}
              labelOf={draft.label}
              onQuote={(quote) => draft.update(q.key, { quote })}
              onSelected={(selected) => draft.update(q.key, { selected })}
              onSpeaker={(ref) => draft.setSpeaker(q.key, ref)}
              onWrong={(i2, ref) => draft.setWrong(q.key, i2, ref)}
              onAddWrong={() => draft.addWrong(q.key)}
              onRemoveWrong={(i2) => draft.removeWrong(q.key, i2)}
              onMove={(by) => {
                draft.move(q.key, by);
                refocus(q.key, by);
              }}
              onRemove={() => draft.remove(q.key)}
            />
          ))}
        </ol>
        <div class="ed-toolbar" role="group" aria-label="Quiz actions">
          <button type="submit" class="ed-primary" disabled={busy || !draft.dirty.value}>
            {draft.dirty.value ? 'Save changes' : 'Saved'}
          </button>
          {published ? (
            <button type="button" disabled={busy} onClick={onUnpublish}>
              Unpublish
            </button>
          ) : (
            <button type="button" class="ed-publish" disabled={busy || draft.selectedCount.value === 0} onClick={onPublish}>
              {draft.dirty.value ? 'Save and publish' : 'Publish'}
            </button>
          )}
          {published && draft.dirty.value ? <span class="ed-hint">Saving updates the live quiz.</span> : null}
          <button
            type="button"
            class="ed-danger"
            disabled={busy}
            onClick={() => {
              if (confirm(`Delete “${quiz.title}”? Embeds of it will show “not available”.`)) onDelete();
            }}
          >
            Delete quiz
          </button>
        </div>
      </form>
      <EmbedSnippets embed={quiz.embed} published={published} />
      <section class="ed-stats" aria-label="Statistics">
        <QuizStats quizId={quiz.id} token={token} />
      </section>
    </>
  );
}
