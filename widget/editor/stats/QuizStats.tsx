// The editors' statistics for one quiz: plays, completion, scores, per-question
// difficulty and the wrong answer readers pick most, a daily trend, CSV export.
// Mounted by the quiz view (widget/editor/components/QuizEditor.tsx).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { QuizStats as Stats } from '../../../worker/stats/types';
import { DailyTrend, PercentBar, ScoreHistogram } from './charts';
import { downloadCsv, fetchStats } from './stats-api';
import './stats.css';

export interface QuizStatsProps {
  quizId: string;
  /** The editor token, for bearer-authenticated stats requests. */
  token: string;
}

/** How often an open panel refreshes itself. */
const REFRESH_MS = 30_000;

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; stats: Stats };

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function QuizStats({ quizId, token }: QuizStatsProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [csvError, setCsvError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setState({ kind: 'ready', stats: await fetchStats(quizId, token) });
    } catch (e) {
      setState((prev) => (prev.kind === 'ready' ? prev : { kind: 'error', message: (e as Error).message }));
    }
  }, [quizId, token]);

  useEffect(() => {
    setState({ kind: 'loading' });
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (state.kind === 'loading') return <p class="qs-note" aria-live="polite">Loading statistics…</p>;
  if (state.kind === 'error')
    return (
      <div class="qs-note qs-error" role="alert">
        Statistics could not be loaded: {state.message}{' '}
        <button type="button" onClick={() => void load()}>
          Try again
        </button>
      </div>
    );

  const s = state.stats;
  const shown = s.questions.filter((q) => q.selected || q.answers > 0);
  return (
    <div class="qs" data-testid="quiz-stats">
      <div class="qs-head">
        <h2>Readers</h2>
        <span class="qs-asof">As of {time(s.generatedAt)}</span>
        <div class="qs-actions">
          <button type="button" onClick={() => void load()}>
            Refresh
          </button>
          <button
            type="button"
            disabled={s.questions.length === 0}
            onClick={() => {
              setCsvError(null);
              downloadCsv(quizId, token).catch((e: Error) => setCsvError(e.message));
            }}
          >
            Download CSV
          </button>
        </div>
      </div>
      {csvError ? <p class="qs-error" role="alert">CSV export failed: {csvError}</p> : null}

      <dl class="qs-tiles">
        <div class="qs-tile">
          <dt>Plays</dt>
          <dd data-figure="plays">{s.starts.toLocaleString()}</dd>
        </div>
        <div class="qs-tile">
          <dt>Completion rate</dt>
          <dd data-figure="completion">{percent(s.completionRate)}</dd>
          <dd class="qs-sub">{s.completions.toLocaleString()} finished</dd>
        </div>
        <div class="qs-tile">
          <dt>Average score</dt>
          <dd data-figure="average">{s.averageScore === null ? '–' : s.averageScore.toFixed(1)}</dd>
          <dd class="qs-sub">out of {s.maxScore}</dd>
        </div>
        <div class="qs-tile">
          <dt>Answers</dt>
          <dd data-figure="answers">{s.answers.toLocaleString()}</dd>
          <dd class="qs-sub">{s.answers ? `${Math.round((100 * s.correct) / s.answers)}% right` : 'none yet'}</dd>
        </div>
      </dl>

      {s.starts === 0 ? (
        <p class="qs-note">No reader has answered yet. Figures appear here as soon as someone plays.</p>
      ) : (
        <>
          <div class="qs-charts">
            <figure class="qs-figure">
              <figcaption>Scores of readers who finished</figcaption>
              <ScoreHistogram scores={s.scores} max={s.maxScore} />
            </figure>
            <figure class="qs-figure">
              <figcaption>Plays per day (UTC)</figcaption>
              <DailyTrend days={s.days} />
            </figure>
          </div>

          <table class="qs-table">
            <caption>Questions: how often readers got them right, and whom they confused the speaker with</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Quotation</th>
                <th scope="col">Said by</th>
                <th scope="col">Right</th>
                <th scope="col">Most picked wrong answer</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((q) => (
                <tr key={q.id} class={q.selected ? '' : 'qs-off'}>
                  <td>{q.position ?? '–'}</td>
                  <td class="qs-quote">
                    {q.quote ? `“${q.quote}”` : <em>Removed question</em>}
                    {!q.selected && !q.removed ? <span class="qs-tag">not shown to readers</span> : null}
                    {q.removed && q.quote ? <span class="qs-tag">removed from the quiz</span> : null}
                  </td>
                  <td>{q.answerLabel ?? '–'}</td>
                  <td class="qs-right">
                    <span class="qs-pct">{q.percentCorrect === null ? '–' : `${Math.round(q.percentCorrect)}%`}</span>
                    <PercentBar percent={q.percentCorrect} />
                    <span class="qs-sub">
                      {q.correct} of {q.answers}
                    </span>
                  </td>
                  <td>
                    {q.topWrong ? (
                      <>
                        <strong>{q.topWrong.label}</strong> <span class="qs-sub">({q.topWrong.count}×, {Math.round((100 * q.topWrong.count) / Math.max(1, q.answers))}%)</span>
                      </>
                    ) : (
                      <span class="qs-sub">{q.answers ? 'nobody answered wrong' : 'no answers yet'}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
