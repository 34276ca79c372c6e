// The quiz's state as a small signal model. No DOM or network here: answering and
// saving are injected, so the same model renders on the server (first question
// in the frame's HTML) and in the browser (hydrated, then interactive).
//
// Signals come from @preact/signals-core (the state half of @preact/signals)
// without the Preact adapter: the frame's 15 KB budget has no room for its
// ~1.2 KB. Components read one computed snapshot, `view`, through
// hooks/use-signal-value.ts, and call the model's actions.
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals-core';
import type { AnswerRequest, AnswerResult, FinishRequest, PublicQuestion, PublicQuiz, ReaderStanding } from '../../worker/contract';

/** What the reader got for one question. */
export interface AnswerRecord {
  choice: string;
  correct: boolean;
  answer: string;
  explanation: string;
  /** The explanation is the editor's own note, not the article's words. */
  editorNote?: true;
}

/** What a reload resumes from (stored per quiz id). */
export interface SavedProgress {
  v: 1;
  session: string;
  index: number;
  answers: Record<string, AnswerRecord>;
  /** The pick sent for the current question whose result never came back: it stands after a reload too. */
  sent?: { question: string; choice: string };
}

export interface QuizDeps {
  answer(body: AnswerRequest): Promise<AnswerResult>;
  save(progress: SavedProgress): void;
  newSession(): string;
  /**
   * Sends every answer of the finished play (so the count cannot miss one) and gets the
   * reader's standing among other readers. Absent on the server: nothing to send there.
   */
  finish?(body: FinishRequest): Promise<ReaderStanding>;
  /** The same answers, as the page goes away mid-play (navigator.sendBeacon). */
  beacon?(body: FinishRequest): void;
}

/** Where keyboard focus should go after an action (components move it, then clear it). */
export type FocusTarget = 'question' | 'next' | 'score' | null;

/** Everything the components render, as one immutable snapshot. */
export interface QuizView {
  title: string;
  total: number;
  /** 0-based; equals `total` when finished. */
  index: number;
  question: PublicQuestion | undefined;
  /** The checked choice: the reader's pick, or their answer once answered. */
  selected: string | null;
  /** The reader's result for the current question, once answered. */
  result: AnswerRecord | undefined;
  pending: boolean;
  /**
   * The reader's pick was sent for this question (and no result came back yet): it stands, and trying again
   * sends it again. The server counts a session's first answer to a question, which may be this one.
   */
  locked: boolean;
  error: string | null;
  finished: boolean;
  score: number;
  /** The reader's standing once finished and fetched; null before, or when it could not be had. */
  standing: ReaderStanding | null;
  /** Every answer of this play, by question id (the end screen reviews them). */
  answers: Record<string, AnswerRecord>;
}

export interface QuizModel {
  readonly quiz: PublicQuiz;
  readonly view: ReadonlySignal<QuizView>;
  readonly focus: ReadonlySignal<FocusTarget>;
  select(choice: string): void;
  submit(): Promise<void>;
  next(): void;
  restart(): void;
  focusHandled(): void;
  /** Finishes the play: sends its answers and fetches the reader's standing (once per play; failures leave it null). */
  loadStanding(): void;
  /** The page is going away: sends the answers given since the last send, if any. */
  flush(): void;
}

const SESSION = /^[A-Za-z0-9_-]{8,64}$/;

/** The server refused the answer (a 4xx: not counted), as widget/api.ts reports it. */
const refused = (e: unknown): boolean => {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
};

/** Parses saved JSON; null for anything that does not fit this quiz (e.g. it was edited since). */
export function parseProgress(json: string | null, quiz: PublicQuiz): SavedProgress | null {
  try {
    const p = JSON.parse(json ?? 'null') as SavedProgress | null;
    const { questions } = quiz;
    if (p?.v !== 1 || !SESSION.test(p.session) || !Number.isInteger(p.index) || p.index < 0 || p.index > questions.length) return null;
    const answers: Record<string, AnswerRecord> = {};
    for (const [i, q] of questions.entries()) {
      const r = p.answers[q.id];
      // Every question before the current one has an answer; each answer is well-formed.
      if (r ? typeof r.correct !== 'boolean' || typeof r.explanation !== 'string' || !q.choices.some((c) => c.id === r.answer) : i < p.index) return null;
      if (r) answers[q.id] = r;
    }
    const current = questions[p.index];
    const sent = p.sent && current && p.sent.question === current.id && !answers[current.id] && current.choices.some((c) => c.id === p.sent!.choice) ? { question: current.id, choice: p.sent.choice } : undefined;
    return { v: 1, session: p.session, index: p.index, answers, ...(sent ? { sent } : {}) };
  } catch {
    return null;
  }
}

export function createQuizModel(quiz: PublicQuiz, deps: QuizDeps, saved?: SavedProgress | null): QuizModel {
  let session = saved?.session ?? deps.newSession();
  const index = signal(saved?.index ?? 0);
  const answers = signal<Record<string, AnswerRecord>>(saved?.answers ?? {});
  const selected = signal<string | null>(saved?.sent?.choice ?? null);
  /** The selected choice was sent for the current question (it stands until its result comes, or a refusal says nothing was counted). */
  const locked = signal(saved?.sent !== undefined);
  const pending = signal(false);
  const error = signal<string | null>(null);
  const focus = signal<FocusTarget>(null);
  const standing = signal<ReaderStanding | null>(null);
  /** The session whose standing was asked for (one request per play). */
  let standingFor: string | null = null;
  /** How many of this play's answers the server was last sent (finish or beacon). */
  let sent = 0;

  const question = computed(() => quiz.questions[index.value]);
  const result = computed(() => {
    const q = question.value;
    return q ? answers.value[q.id] : undefined;
  });
  const finished = computed(() => index.value >= quiz.questions.length);
  const score = computed(() => Object.values(answers.value).filter((a) => a.correct).length);

  const save = (): void => {
    const q = question.peek();
    const choice = locked.peek() ? selected.peek() : null;
    deps.save({ v: 1, session, index: index.peek(), answers: answers.peek(), ...(q && choice && !answers.peek()[q.id] ? { sent: { question: q.id, choice } } : {}) });
  };
  const played = (): FinishRequest => ({ session, answers: Object.entries(answers.peek()).map(([question, a]) => ({ question, choice: a.choice })) });

  const view = computed<QuizView>(() => {
    const r = result.value;
    return {
      title: quiz.title,
      total: quiz.questions.length,
      index: index.value,
      question: question.value,
      selected: r ? r.choice : selected.value,
      result: r,
      pending: pending.value,
      locked: locked.value && !r,
      error: error.value,
      finished: finished.value,
      score: score.value,
      standing: standing.value,
      answers: answers.value,
    };
  });

  return {
    quiz,
    view,
    focus,
    select(choice) {
      if (result.peek() || pending.peek() || locked.peek()) return;
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
        locked.value = true;
        error.value = null;
      });
      save();
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
          // (a refusal, 4xx, counted nothing: the reader may pick again; after a lost or failed request the pick may have counted)
          if (refused(e)) locked.value = false;
          error.value = e instanceof Error && e.message ? e.message : 'Something went wrong. Please try again.';
        });
        save();
      }
    },
    next() {
      if (!result.peek()) return;
      batch(() => {
        index.value = index.peek() + 1;
        selected.value = null;
        locked.value = false;
        error.value = null;
        focus.value = finished.peek() ? 'score' : 'question';
      });
      save();
    },
    restart() {
      session = deps.newSession();
      sent = 0;
      batch(() => {
        answers.value = {};
        standing.value = null;
        index.value = 0;
        selected.value = null;
        locked.value = false;
        error.value = null;
        focus.value = 'question';
      });
      save();
    },
    focusHandled() {
      focus.value = null;
    },
    loadStanding() {
      const s = session;
      if (!deps.finish || !finished.peek() || standingFor === s) return;
      standingFor = s;
      const body = played();
      sent = body.answers.length;
      deps.finish(body).then(
        (r) => {
          // A restart since: this answer belongs to the previous play.
          if (s === session) standing.value = r;
        },
        () => {},
      );
    },
    flush() {
      const body = played();
      if (!deps.beacon || body.answers.length <= sent) return;
      sent = body.answers.length;
      deps.beacon(body);
    },
  };
}
