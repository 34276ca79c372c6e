// The quiz's state as a small signal model. No DOM or network here: answering and
// saving are injected, so the same model renders on the server (first question
// in the frame's HTML) and in the browser (hydrated, then interactive).
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { AnswerRequest, AnswerResult, PublicQuestion, PublicQuiz } from '../../worker/contract';

/** What the reader got for one question. */
export interface AnswerRecord {
  choice: string;
  correct: boolean;
  answer: string;
  explanation: string;
}

/** What a reload resumes from (stored per quiz id). */
export interface SavedProgress {
  v: 1;
  session: string;
  index: number;
  answers: Record<string, AnswerRecord>;
}

export interface QuizDeps {
  answer(body: AnswerRequest): Promise<AnswerResult>;
  save(progress: SavedProgress): void;
  newSession(): string;
}

/** Where keyboard focus should go after an action (components move it, then clear it). */
export type FocusTarget = 'question' | 'next' | 'score' | null;

export interface QuizModel {
  readonly quiz: PublicQuiz;
  readonly index: ReadonlySignal<number>;
  readonly question: ReadonlySignal<PublicQuestion | undefined>;
  readonly selected: ReadonlySignal<string | null>;
  /** The reader's result for the current question, once answered. */
  readonly result: ReadonlySignal<AnswerRecord | undefined>;
  readonly pending: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<string | null>;
  readonly finished: ReadonlySignal<boolean>;
  readonly score: ReadonlySignal<number>;
  readonly total: number;
  readonly focus: ReadonlySignal<FocusTarget>;
  select(choice: string): void;
  submit(): Promise<void>;
  next(): void;
  restart(): void;
  focusHandled(): void;
}

function isRecord(value: unknown): value is AnswerRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof AnswerRecord, unknown>>;
  return (
    typeof r.choice === 'string' &&
    typeof r.correct === 'boolean' &&
    typeof r.answer === 'string' &&
    typeof r.explanation === 'string'
  );
}

const SESSION = /^[A-Za-z0-9_-]{8,64}$/;

/** Parses saved JSON; drops anything that does not fit this quiz (e.g. it was edited). */
export function parseProgress(json: string | null, quiz: PublicQuiz): SavedProgress | null {
  if (!json) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const p = data as Partial<Record<keyof SavedProgress, unknown>>;
  if (p.v !== 1 || typeof p.session !== 'string' || !SESSION.test(p.session)) return null;
  if (typeof p.index !== 'number' || !Number.isInteger(p.index)) return null;
  if (p.index < 0 || p.index > quiz.questions.length) return null;
  if (typeof p.answers !== 'object' || p.answers === null) return null;
  const answers: Record<string, AnswerRecord> = {};
  for (const q of quiz.questions) {
    const r: unknown = (p.answers as Record<string, unknown>)[q.id];
    if (r === undefined) continue;
    if (!isRecord(r)) return null;
    answers[q.id] = r;
  }
  // Every question before the current one must have been answered.
  for (let i = 0; i < p.index; i++) {
    const q = quiz.questions[i];
    if (q && !answers[q.id]) return null;
  }
  return { v: 1, session: p.session, index: p.index, answers };
}

export function createQuizModel(quiz: PublicQuiz, deps: QuizDeps, saved?: SavedProgress | null): QuizModel {
  let session = saved?.session ?? deps.newSession();
  const index = signal(saved?.index ?? 0);
  const answers = signal<Record<string, AnswerRecord>>(saved?.answers ?? {});
  const selected = signal<string | null>(null);
  const pending = signal(false);
  const error = signal<string | null>(null);
  const focus = signal<FocusTarget>(null);

  const question = computed(() => quiz.questions[index.value]);
  const result = computed(() => {
    const q = question.value;
    return q ? answers.value[q.id] : undefined;
  });
  const finished = computed(() => index.value >= quiz.questions.length);
  const score = computed(() => Object.values(answers.value).filter((a) => a.correct).length);

  const save = (): void =>
    deps.save({ v: 1, session, index: index.peek(), answers: answers.peek() });

  return {
    quiz,
    index,
    question,
    selected,
    result,
    pending,
    error,
    finished,
    score,
    total: quiz.questions.length,
    focus,
    select(choice) {
      if (result.peek() || pending.peek()) return;
      batch(() => {
        selected.value = choice;
        error.value = null;
      });
    },
    async submit() {
      const q = question.peek();
      const choice = selected.peek();
      if (!q || result.peek() || pending.peek()) return;
      if (!choice) {
        error.value = 'Pick one of the people first.';
        return;
      }
      batch(() => {
        pending.value = true;
        error.value = null;
      });
      try {
        const res = await deps.answer({ session, question: q.id, choice });
        batch(() => {
          answers.value = { ...answers.peek(), [q.id]: { choice, ...res } };
          pending.value = false;
          focus.value = 'next';
        });
        save();
      } catch (e) {
        batch(() => {
          pending.value = false;
          error.value = e instanceof Error && e.message ? e.message : 'Something went wrong. Please try again.';
        });
      }
    },
    next() {
      if (!result.peek()) return;
      batch(() => {
        index.value = index.peek() + 1;
        selected.value = null;
        error.value = null;
        focus.value = finished.peek() ? 'score' : 'question';
      });
      save();
    },
    restart() {
      session = deps.newSession();
      batch(() => {
        answers.value = {};
        index.value = 0;
        selected.value = null;
        error.value = null;
        focus.value = 'question';
      });
      save();
    },
    focusHandled() {
      focus.value = null;
    },
  };
}
