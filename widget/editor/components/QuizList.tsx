import type { EditorQuizSummary } from '../../../worker/editor-contract';

export interface QuizListProps {
  quizzes: EditorQuizSummary[] | null;
  onNew(): void;
}

const date = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/** Every quiz, newest first. */
export function QuizList({ quizzes, onNew }: QuizListProps) {
  return (
    <section class="ed-card" aria-labelledby="ed-list-title">
      <div class="ed-row ed-spread">
        <h1 id="ed-list-title">Quizzes</h1>
        <button type="button" class="ed-primary" onClick={onNew}>
          New quiz from an article
        </button>
      </div>
      {quizzes === null ? null : quizzes.length === 0 ? (
        <p>No quizzes yet. Make one from an article.</p>
      ) : (
        <table class="ed-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Questions</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {quizzes.map((q) => (
              <tr key={q.id}>
                <td>
                  <a href={`#/quiz/${q.id}`}>{q.title}</a>
                </td>
                <td>
                  <span class={`ed-status ed-status--${q.status}`}>{q.status === 'published' ? 'Published' : 'Draft'}</span>
                </td>
                <td>
                  {q.selectedCount} of {q.questionCount} selected
                </td>
                <td>{date(q.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
