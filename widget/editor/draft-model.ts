// One quiz under review, as a signal model: the editor's unsaved edits, what is
// wrong with them (checked live, the same rules the Worker enforces), and the
// edit to send. No DOM or network here.
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ChoiceInput, EditorQuestion, EditorQuiz, Person, QuestionEdit, QuizEdit } from '../../worker/editor-contract';
import { isVerbatim } from '../../worker/quote-check';
import { createPeopleModel, isNew, type PeopleModel } from './people-model';

export const MIN_CHOICES = 3;
export const MAX_CHOICES = 4;

/** A person by id (someone the article names), or a typed name. */
export type PersonRef = { id: string } | { name: string };

export interface QuestionState {
  /** Local key for rendering and focus (stable while the card exists). */
  key: string;
  /** The server's id; unchanged questions keep it when saved. */
  id: string;
  quote: string;
  speaker: PersonRef;
  /** The wrong choices, in order; the speaker goes in at `answerAt`. */
  wrong: PersonRef[];
  answerAt: number;
  explanation: string;
  /** Whose words the explanation is: the article's (checked verbatim) or the editor's own note. */
  explanationBy: 'article' | 'editor';
  confidence: number;
  lowConfidence: boolean;
  selected: boolean;
}

export interface QuestionProblems {
  quote?: string;
  speaker?: string;
  choices?: string;
  explanation?: string;
}

export interface DraftModel {
  readonly quiz: ReadonlySignal<EditorQuiz>;
  readonly title: ReadonlySignal<string>;
  readonly questions: ReadonlySignal<QuestionState[]>;
  readonly people: ReadonlySignal<Person[]>;
  /** The people, editable (names, roles, merges, added people). */
  readonly cast: PeopleModel;
  readonly dirty: ReadonlySignal<boolean>;
  readonly problems: ReadonlySignal<Map<string, QuestionProblems>>;
  readonly titleProblem: ReadonlySignal<string | null>;
  readonly valid: ReadonlySignal<boolean>;
  readonly selectedCount: ReadonlySignal<number>;
  setTitle(title: string): void;
  update(key: string, patch: Partial<Pick<QuestionState, 'quote' | 'selected' | 'explanation' | 'explanationBy'>>): void;
  /** Merges a person into another, and every question naming them names the other. */
  mergePerson(from: string, into: string): void;
  setSpeaker(key: string, speaker: PersonRef): void;
  setWrong(key: string, index: number, person: PersonRef): void;
  addWrong(key: string): void;
  removeWrong(key: string, index: number): void;
  move(key: string, by: -1 | 1): void;
  remove(key: string): void;
  /** Replace everything with the server's copy (after a save, publish…). */
  reset(quiz: EditorQuiz): void;
  toEdit(): QuizEdit;
  /** The label a reader sees for a person ref. */
  label(ref: PersonRef): string;
}

const refKey = (r: PersonRef) => ('id' in r ? `id:${r.id}` : `name:${r.name.trim().toLowerCase()}`);

let keys = 0;
function toState(q: EditorQuestion): QuestionState {
  const answerAt = Math.max(0, q.choices.findIndex((c) => c.id === q.answer));
  return {
    key: `k${++keys}`,
    id: q.id,
    quote: q.quote,
    speaker: { id: q.speakerId },
    wrong: q.choices.filter((c) => c.id !== q.answer).map((c) => ({ id: c.id })),
    answerAt,
    explanation: q.explanation,
    explanationBy: q.explanationBy === 'editor' ? 'editor' : 'article',
    confidence: q.confidence,
    lowConfidence: q.lowConfidence,
    selected: q.selected,
  };
}

/** The edit for one question; `nameOf` names people added since the last save (they have no id yet). */
function questionEdit(q: QuestionState, nameOf: (id: string) => string = (id) => id): QuestionEdit {
  const ref = (r: PersonRef): ChoiceInput => ('id' in r ? (isNew(r.id) ? { name: nameOf(r.id) } : { id: r.id }) : { name: r.name.trim() });
  const choices = [...q.wrong.slice(0, q.answerAt), q.speaker, ...q.wrong.slice(q.answerAt)].map(ref);
  const speaker = ref(q.speaker);
  return {
    id: q.id,
    quote: q.quote,
    ...('id' in speaker ? { speakerId: speaker.id } : { speaker: speaker.name }),
    choices,
    // An empty explanation (the builder found no attributing sentence) is left as it is.
    ...(q.explanation.trim() ? { explanation: q.explanation.trim(), explanationBy: q.explanationBy } : {}),
    selected: q.selected,
  };
}

export function createDraftModel(initial: EditorQuiz): DraftModel {
  const quiz = signal(initial);
  const title = signal(initial.title);
  const questions = signal(initial.questions.map(toState));
  const cast = createPeopleModel(initial.people);
  const saved = signal(JSON.stringify({ title: initial.title, questions: initial.questions.map(toState).map((q) => questionEdit(q)), people: [] }));

  const labels = computed(() => {
    const m = new Map<string, string>();
    for (const q of quiz.value.questions) for (const c of q.choices) m.set(c.id, c.label);
    for (const p of cast.list.value) m.set(p.id, p.name.trim());
    return m;
  });
  const label = (r: PersonRef) => ('id' in r ? (labels.value.get(r.id) ?? r.id) : r.name.trim());

  const toEdit = (): QuizEdit => ({ title: title.value.trim(), questions: questions.value.map((q) => questionEdit(q, (id) => label({ id }))), people: cast.edits() });
  const dirty = computed(() => JSON.stringify(toEdit()) !== saved.value);

  const problems = computed(() => {
    const out = new Map<string, QuestionProblems>();
    const article = quiz.value.articleText;
    const original = new Map(quiz.value.questions.map((q) => [q.id, q.quote]));
    const said = new Map(quiz.value.questions.map((q) => [q.id, q.explanationBy === 'editor' ? null : q.explanation]));
    const quotes = new Map<string, number>();
    questions.value.forEach((q, i) => {
      const p: QuestionProblems = {};
      const quote = q.quote.trim();
      if (!quote) p.quote = 'The quotation must not be empty.';
      else if (original.get(q.id) !== q.quote && !isVerbatim(quote, article)) p.quote = 'Not in the article: a quotation must be a verbatim part of it (you may cut it, and mark a cut with “…”).';
      else if (quotes.has(quote)) p.quote = `The same quotation is already question ${quotes.get(quote)! + 1}.`;
      quotes.set(quote, i);
      if ('name' in q.speaker && !q.speaker.name.trim()) p.speaker = 'Name the speaker: pick a person or type a name.';
      const all = [q.speaker, ...q.wrong];
      if (q.wrong.some((w) => 'name' in w && !w.name.trim())) p.choices = 'A wrong choice has no name.';
      else if (new Set(all.map((r) => label(r).toLowerCase())).size !== all.length) p.choices = 'Each person may be offered only once.';
      else if (all.length < MIN_CHOICES || all.length > MAX_CHOICES) p.choices = `Offer ${MIN_CHOICES}–${MAX_CHOICES} people, the speaker included.`;
      const explanation = q.explanation.trim();
      if (explanation && q.explanationBy === 'article' && said.get(q.id) !== q.explanation && !isVerbatim(explanation, article)) {
        p.explanation = 'Not in the article: use the article’s own words, or mark it as your words (readers then see “Editor’s note”).';
      }
      if (p.quote || p.speaker || p.choices || p.explanation) out.set(q.key, p);
    });
    return out;
  });
  const titleProblem = computed(() => (title.value.trim() ? null : 'The quiz needs a title.'));
  const valid = computed(() => problems.value.size === 0 && !titleProblem.value && cast.problems.value.size === 0);
  const selectedCount = computed(() => questions.value.filter((q) => q.selected).length);

  const patch = (key: string, f: (q: QuestionState) => QuestionState) => {
    questions.value = questions.value.map((q) => (q.key === key ? f(q) : q));
  };

  return {
    quiz,
    title,
    questions,
    people: cast.list,
    cast,
    dirty,
    problems,
    titleProblem,
    valid,
    selectedCount,
    label,
    toEdit,
    setTitle: (t) => (title.value = t),
    update: (key, p) => patch(key, (q) => ({ ...q, ...p })),
    mergePerson(from, into) {
      batch(() => {
        cast.merge(from, into);
        const now = (r: PersonRef): PersonRef => ('id' in r && r.id === from ? { id: into } : r);
        questions.value = questions.value.map((q) => {
          const speaker = now(q.speaker);
          // Offered once: a merged wrong choice that is now the speaker, or another choice, goes.
          const wrong = q.wrong.map(now).filter((w, i, all) => refKey(w) !== refKey(speaker) && all.findIndex((x) => refKey(x) === refKey(w)) === i);
          // Too few people left: another of the article's, as the Worker would add (worker/quiz-edit.ts).
          const other = cast.list.value.find((p) => p.kind === 'person' && ![speaker, ...wrong].some((r) => 'id' in r && r.id === p.id));
          if (wrong.length + 1 < MIN_CHOICES && other) wrong.push({ id: other.id });
          return { ...q, speaker, wrong, answerAt: Math.min(q.answerAt, wrong.length) };
        });
      });
    },
    setSpeaker(key, speaker) {
      patch(key, (q) => {
        // The new speaker was a wrong choice: the old speaker takes that place, so the people offered stay the same.
        const at = q.wrong.findIndex((w) => refKey(w) === refKey(speaker) || label(w).toLowerCase() === label(speaker).toLowerCase());
        const wrong = at >= 0 && 'id' in speaker ? q.wrong.map((w, i) => (i === at ? q.speaker : w)) : q.wrong;
        return { ...q, speaker, wrong };
      });
    },
    setWrong: (key, index, person) => patch(key, (q) => ({ ...q, wrong: q.wrong.map((w, i) => (i === index ? person : w)) })),
    addWrong(key) {
      patch(key, (q) => {
        const used = new Set([q.speaker, ...q.wrong].map((r) => label(r).toLowerCase()));
        const next = cast.list.value.find((p) => p.kind === 'person' && !used.has(p.name.toLowerCase()));
        return { ...q, wrong: [...q.wrong, next ? { id: next.id } : { name: '' }] };
      });
    },
    removeWrong: (key, index) =>
      patch(key, (q) => ({ ...q, wrong: q.wrong.filter((_, i) => i !== index), answerAt: Math.min(q.answerAt, q.wrong.length - 1) })),
    move(key, by) {
      const list = questions.value.slice();
      const i = list.findIndex((q) => q.key === key);
      const j = i + by;
      if (i < 0 || j < 0 || j >= list.length) return;
      [list[i], list[j]] = [list[j]!, list[i]!];
      questions.value = list;
    },
    remove: (key) => (questions.value = questions.value.filter((q) => q.key !== key)),
    reset(next) {
      batch(() => {
        quiz.value = next;
        title.value = next.title;
        questions.value = next.questions.map(toState);
        cast.reset(next.people);
        saved.value = JSON.stringify(toEdit());
      });
    },
  };
}
