import { useEffect, useMemo } from 'preact/hooks';
import { QuizStats } from '../stats/QuizStats';
import type { AppModel } from '../app-model';
import type { DraftModel } from '../draft-model';
import { highlightArticle, speakerColours } from '../highlights';
import { createReviewModel } from '../review-model';
import { ArticlePane, type HighlightInfo } from './ArticlePane';
import { EmbedSnippets } from './EmbedSnippets';
import { PeoplePanel } from './PeoplePanel';
import { PreviewPanel } from './PreviewPanel';
import { QuestionCard } from './QuestionCard';
import { ReviewToolbar } from './ReviewToolbar';
import '../review.css';

export interface QuizEditorProps {
  app: AppModel;
  draft: DraftModel;
  busy: boolean;
  token: string;
  onBack(): void;
}

const card = (key: string) => document.getElementById(`ed-q-${key}`);

/** Moving a card re-inserts it: keep focus on the button that moved it. */
function refocus(key: string, by: -1 | 1): void {
  requestAnimationFrame(() => {
    const first = document.getElementById(`ed-q-${key}-${by < 0 ? 'up' : 'down'}`);
    const other = document.getElementById(`ed-q-${key}-${by < 0 ? 'down' : 'up'}`);
    (first instanceof HTMLButtonElement && !first.disabled ? first : other)?.focus();
  });
}

/** Brings a question's card into view and gives it the focus (keyboard shortcuts go on from there). */
function showCard(key: string): void {
  requestAnimationFrame(() => {
    const el = card(key);
    el?.scrollIntoView({ block: 'nearest' });
    el?.focus({ preventScroll: true });
  });
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** Review, edit and publish one quiz: the article beside its questions, the people, a preview, the figures. */
export function QuizEditor({ app, draft, busy, token, onBack }: QuizEditorProps) {
  const review = useMemo(() => createReviewModel(draft), [draft]);
  const quiz = draft.quiz.value;
  const questions = draft.questions.value;
  const problems = draft.problems.value;
  const current = review.current.value;
  const expanded = review.expanded.value;
  const people = draft.people.value;
  const labelOf = draft.label;

  const colours = useMemo(() => speakerColours(questions.map((q) => ('id' in q.speaker ? q.speaker.id : `name:${q.speaker.name}`))), [questions]);
  const colourOf = (q: (typeof questions)[number]) => colours.get('id' in q.speaker ? q.speaker.id : `name:${q.speaker.name}`) ?? 0;
  const paragraphs = useMemo(() => highlightArticle(quiz.articleText, questions.map((q) => ({ key: q.key, quote: q.quote }))), [quiz.articleText, questions]);
  const info = new Map<string, HighlightInfo>(questions.map((q, i) => [q.key, { n: i + 1, speaker: labelOf(q.speaker), colour: colourOf(q), low: q.lowConfidence, selected: q.selected }]));

  // Keyboard: J / K next and previous question, X includes or leaves out the one under review.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'j' || key === 'k') {
        const next = review.step(key === 'j' ? 1 : -1);
        if (next) showCard(next);
      } else if (key === 'x') review.toggleInclude();
      else return;
      e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [review]);

  // A failed save: open the cards with problems, then scroll to and focus the first problem.
  const failed = app.problemFocus.value;
  useEffect(() => {
    if (!failed.count) return;
    review.expandProblems();
    const atQuestion = failed.question !== null ? questions[failed.question] : undefined;
    if (atQuestion) review.expand(atQuestion.key, true);
    requestAnimationFrame(() => {
      const field =
        document.querySelector<HTMLElement>('#ed-title[aria-invalid="true"], .ed-people [aria-invalid="true"], .ed-questions [aria-invalid="true"]') ??
        (atQuestion ? card(atQuestion.key)?.querySelector<HTMLElement>('textarea, select, input') : null);
      field?.scrollIntoView({ block: 'center' });
      field?.focus({ preventScroll: true });
    });
  }, [failed.count]);

  const preview = app.preview.value;
  const low = questions.filter((q) => q.lowConfidence).length;
  return (
    <>
      <form
        class="ed-card ed-review-card"
        aria-labelledby="ed-quiz-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void app.save();
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
          Review quiz <span class={`ed-status ed-status--${quiz.status}`}>{quiz.status === 'published' ? 'Published' : 'Draft'}</span>
        </h1>
        {quiz.sourceUrl ? (
          <p class="ed-hint ed-source">
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
        <p class="ed-hint" id="ed-review-summary">
          {questions.length} proposed question{questions.length === 1 ? '' : 's'}, {draft.selectedCount.value} included
          {low ? `; ${low} to check (confidence under ${Math.round(quiz.threshold * 100)}%, marked ⚠ and dashed)` : ''}. Keys: <kbd>J</kbd>/<kbd>K</kbd> next/previous question,{' '}
          <kbd>X</kbd> include or leave out.
        </p>
        <div class="ed-review">
          <ArticlePane
            paragraphs={paragraphs}
            info={info}
            current={current}
            onPick={(key) => {
              review.pick(key);
              showCard(key);
            }}
          />
          <ol class="ed-questions">
            {questions.map((q, i) => (
              <QuestionCard
                key={q.key}
                question={q}
                index={i}
                count={questions.length}
                people={people}
                threshold={quiz.threshold}
                problems={problems.get(q.key)}
                colour={colourOf(q)}
                current={current === q.key}
                expanded={expanded.has(q.key)}
                labelOf={labelOf}
                onFocus={() => current !== q.key && review.pick(q.key)}
                onExpand={(open) => review.expand(q.key, open)}
                onQuote={(quote) => draft.update(q.key, { quote })}
                onSelected={(selected) => draft.update(q.key, { selected })}
                onSpeaker={(ref) => draft.setSpeaker(q.key, ref)}
                onExplanation={(explanation, explanationBy) => draft.update(q.key, { explanation, explanationBy })}
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
        </div>
        <ReviewToolbar app={app} draft={draft} busy={busy} />
      </form>
      <PeoplePanel draft={draft} colours={colours} />
      {preview ? <PreviewPanel link={preview} onClose={() => app.closePreview()} /> : null}
      <EmbedSnippets embed={quiz.embed} published={quiz.status === 'published'} />
      <section class="ed-stats" aria-label="Statistics">
        <QuizStats quizId={quiz.id} token={token} />
      </section>
    </>
  );
}
