// Pure: turns a quiz's tallies and the quiz into the editors' figures and CSV.
import type { StoredQuestion, StoredQuiz } from '../quiz-model';
import type { QuestionTally, Tally } from './tally';
import type { DayStats, QuestionStats, QuizStats } from './types';

export function averageScore(scores: Record<string, number>): number | null {
  let n = 0;
  let sum = 0;
  for (const [score, count] of Object.entries(scores)) {
    n += count;
    sum += Number(score) * count;
  }
  return n ? Math.round((sum / n) * 100) / 100 : null;
}

const pct = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : null);

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface StatsInput {
  quizId: string;
  quiz: StoredQuiz | null;
  all: Tally;
  days: Record<string, Tally>;
  savedAt: string | null;
  pending: number;
  now: Date;
}

/** One question's figures; `position` null when readers don't get it now. */
function questionStats(q: StoredQuestion, t: QuestionTally | undefined, position: number | null, removed: boolean, merged: StoredQuiz['merged']): QuestionStats {
  const labels = Object.fromEntries(q.choices.map((c) => [c.id, c.label]));
  const choices: Record<string, number> = {};
  for (const c of q.choices) choices[c.id] = 0;
  // Picks of a person since merged into another count for the person they are now.
  for (const [raw, n] of Object.entries(t?.choices ?? {})) {
    const id = merged?.[raw] ?? raw;
    choices[id] = (choices[id] ?? 0) + n;
  }
  let topWrong: QuestionStats['topWrong'] = null;
  for (const [id, count] of Object.entries(choices)) {
    if (id === q.answer || count === 0) continue;
    if (!topWrong || count > topWrong.count) topWrong = { id, label: labels[id] ?? id, count };
  }
  return {
    id: q.id,
    position,
    selected: q.selected && !removed,
    removed,
    quote: q.quote,
    answer: q.answer,
    answerLabel: labels[q.answer] ?? null,
    answers: t?.answers ?? 0,
    correct: t?.correct ?? 0,
    percentCorrect: pct(t?.correct ?? 0, t?.answers ?? 0),
    choices,
    labels,
    topWrong,
  };
}

export function buildQuizStats(input: StatsInput): QuizStats {
  const { quiz, all } = input;
  const questions: QuestionStats[] = [];
  const seen = new Set<string>();
  let position = 0;
  for (const q of quiz?.questions ?? []) {
    const t = all.questions[q.id];
    if (!q.selected && !t) continue;
    seen.add(q.id);
    questions.push(questionStats(q, t, q.selected ? ++position : null, false, quiz?.merged));
  }
  // Questions readers answered that the quiz no longer has: their figures stay visible, with the
  // quotation and choices they had when an edit retired them (StoredQuiz.retired).
  const retired = new Map((quiz?.retired ?? []).map((q) => [q.id, q]));
  for (const [id, t] of Object.entries(all.questions)) {
    if (seen.has(id)) continue;
    const was = retired.get(id);
    if (was) {
      questions.push(questionStats(was, t, null, true, quiz?.merged));
      continue;
    }
    questions.push({ id, position: null, selected: false, removed: true, quote: null, answer: null, answerLabel: null, answers: t.answers, correct: t.correct, percentCorrect: pct(t.correct, t.answers), choices: { ...t.choices }, labels: {}, topWrong: null });
  }

  const dayKeys = Object.keys(input.days).sort();
  const days: DayStats[] = [];
  if (dayKeys.length) {
    const today = input.now.toISOString().slice(0, 10);
    const last = dayKeys[dayKeys.length - 1]! > today ? dayKeys[dayKeys.length - 1]! : today;
    // Every day from the first to today, so a trend chart needs no gap filling (capped at a year).
    let day = dayKeys[0]!;
    for (let guard = 0; day <= last && guard < 366; guard++, day = nextDay(day)) {
      const t = input.days[day];
      days.push({
        day,
        starts: t?.starts ?? 0,
        completions: t?.completions ?? 0,
        answers: t?.answers ?? 0,
        correct: t?.correct ?? 0,
        averageScore: t ? averageScore(t.scores) : null,
        scores: { ...(t?.scores ?? {}) },
        questions: structuredClone(t?.questions ?? {}),
      });
    }
  }

  return {
    quizId: input.quizId,
    title: quiz?.title ?? input.quizId,
    generatedAt: input.now.toISOString(),
    savedAt: input.savedAt,
    pending: input.pending,
    starts: all.starts,
    completions: all.completions,
    completionRate: all.starts ? Math.round((all.completions / all.starts) * 1000) / 1000 : null,
    answers: all.answers,
    correct: all.correct,
    averageScore: averageScore(all.scores),
    maxScore: quiz ? quiz.questions.filter((q) => q.selected).length : 0,
    questions,
    scores: { ...all.scores },
    days,
  };
}

/** One CSV cell: quoted, and defused when a spreadsheet would read it as a formula. */
function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${text.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = [
  'position',
  'question_id',
  'quote',
  'right_answer',
  'answers',
  'correct',
  'percent_correct',
  'most_picked_wrong',
  'most_picked_wrong_count',
  'picks',
] as const;

/** The per-question figures as CSV (RFC 4180, CRLF line ends). */
export function questionsCsv(stats: QuizStats): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const q of stats.questions) {
    const picks = Object.entries(q.choices)
      .map(([id, n]) => `${q.labels[id] ?? id}: ${n}`)
      .join('; ');
    rows.push(
      [
        q.position,
        q.id,
        q.quote,
        q.answerLabel,
        q.answers,
        q.correct,
        q.percentCorrect,
        q.topWrong?.label ?? null,
        q.topWrong?.count ?? null,
        picks,
      ]
        .map(cell)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
