// Applying an editor's edit to a stored quiz: pure functions, no KV, no HTTP.
// Every rule an edit must follow is checked here before anything is stored, so
// a refused edit changes nothing.
import { choicesFor, hash } from '../questions/index';
import type { Person } from '../questions/types';
import type { PublicChoice } from './contract';
import type { ChoiceInput, QuestionEdit, QuizEdit } from './editor-contract';
import { ApiError } from './errors';
import { applyPeopleEdits } from './people-edit';
import { everPublished, MAX_EARLIER_SETS, MAX_RETIRED, selectedIds, type StoredQuestion, type StoredQuiz } from './quiz-model';
import { isVerbatim, quoteCore, squashSpace as squash } from './quote-check';

export { isVerbatim };

export const MIN_CHOICES = 3;
export const MAX_CHOICES = 4;

/** A person id for a typed name, in the question builder's style: "p-dmitry-peskov". */
export function personIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug ? `p-${slug}` : `p-${hash(name)}`;
}

/** The sentence of the article that contains the quotation (the explanation of an added question). */
export function sentenceAround(quote: string, articleText: string): string {
  const text = squash(articleText);
  const core = quoteCore(quote);
  const at = text.indexOf(core);
  if (at < 0) return '';
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const afterQuote = at + core.length;
  const m = /[.!?]["”’']?(?:\s|$)/.exec(text.slice(afterQuote));
  const end = m ? afterQuote + m.index + m[0].trimEnd().length : text.length;
  return text.slice(start < 0 ? 0 : start + 2, end).trim();
}

/** The people an edit may name: the article's, plus any typed in by this edit. */
class PeopleBook {
  readonly added: Person[] = [];
  constructor(private readonly people: Person[], private readonly knownChoices: Map<string, PublicChoice>) {}

  byId(id: string): PublicChoice | undefined {
    const p = this.person(id);
    if (p) return p.role ? { id: p.id, label: p.name, description: p.role } : { id: p.id, label: p.name };
    return this.knownChoices.get(id);
  }

  /** A typed name: the person it names (by name or alias, any case), otherwise a new person. */
  byName(raw: string): PublicChoice {
    const name = squash(raw);
    const key = name.toLowerCase();
    const all = [...this.people, ...this.added];
    const found = all.find((p) => p.name.toLowerCase() === key || p.aliases.some((a) => a.toLowerCase() === key));
    if (found) return this.byId(found.id)!;
    for (const c of this.knownChoices.values()) if (c.label.toLowerCase() === key) return c;
    const id = personIdFor(name);
    const sameId = this.byId(id);
    if (sameId) return sameId;
    this.added.push({ id, name, aliases: [], kind: 'person' });
    return { id, label: name };
  }

  resolve(input: ChoiceInput, where: string): PublicChoice {
    if ('id' in input) {
      const c = this.byId(input.id);
      if (!c) throw new ApiError(422, 'unknown_person', `${where}: no person "${input.id}" in this quiz; pick one of its people or type a name.`);
      return c;
    }
    return this.byName(input.name);
  }

  person(id: string): Person | undefined {
    return this.people.find((x) => x.id === id) ?? this.added.find((x) => x.id === id);
  }

  all(): Person[] {
    return [...this.people, ...this.added];
  }
}

function insertAt<T>(list: T[], item: T, seed: string): T[] {
  const at = parseInt(hash(seed), 16) % (list.length + 1);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function checkChoices(choices: PublicChoice[], where: string): void {
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const c of choices) {
    const label = c.label.toLowerCase();
    if (ids.has(c.id) || labels.has(label)) throw new ApiError(422, 'duplicate_choices', `${where}: "${c.label}" is offered twice; choices must be distinct people.`);
    ids.add(c.id);
    labels.add(label);
  }
  if (choices.length < MIN_CHOICES || choices.length > MAX_CHOICES) {
    throw new ApiError(422, 'choice_count', `${where}: offer ${MIN_CHOICES}–${MAX_CHOICES} distinct people (the speaker included); this offers ${choices.length}.`);
  }
}

/** The explanation readers get after answering, and whose words it is; the article's must be verbatim. */
function explanationOf(edit: QuestionEdit, where: string, old: StoredQuestion | undefined, quote: string, articleText: string): Pick<StoredQuestion, 'explanation' | 'explanationBy'> {
  const text = edit.explanation !== undefined ? squash(edit.explanation) : old?.explanation || sentenceAround(quote, articleText);
  const by = edit.explanationBy ?? old?.explanationBy ?? 'article';
  if (by === 'editor') return { explanation: text, explanationBy: 'editor' };
  const unchanged = old !== undefined && old.explanationBy !== 'editor' && squash(old.explanation) === text;
  if (!unchanged && edit.explanation !== undefined && !isVerbatim(text, articleText)) {
    throw new ApiError(422, 'explanation_not_in_article', `${where}: the explanation must be a verbatim part of the article, or marked as the editor's own words ("${text.slice(0, 60)}${text.length > 60 ? '…' : ''}" is not in the article).`);
  }
  return { explanation: text };
}

/**
 * Two people offered by one question and merged into one are offered once; a question left with
 * too few people gets another of the article's (a merge never makes a question unsavable).
 */
function afterMerge(choices: PublicChoice[], book: PeopleBook, quote: string): PublicChoice[] {
  const once = choices.filter((c, i) => choices.findIndex((x) => x.id === c.id) === i);
  for (const p of book.all()) {
    if (once.length >= MIN_CHOICES) break;
    if (p.kind === 'person' && !once.some((c) => c.id === p.id)) once.splice(parseInt(hash(quote + p.id), 16) % (once.length + 1), 0, book.byId(p.id)!);
  }
  return once;
}

function editQuestion(
  edit: QuestionEdit,
  where: string,
  old: StoredQuestion | undefined,
  quiz: StoredQuiz,
  book: PeopleBook,
  remap: ReadonlyMap<string, string>,
): StoredQuestion {
  const quote = squash(edit.quote);
  const quoteChanged = !old || squash(old.quote) !== quote;
  if (quoteChanged && !isVerbatim(quote, quiz.articleText)) {
    throw new ApiError(422, 'quote_not_in_article', `${where}: the quotation must be a verbatim part of the article ("${quote.slice(0, 60)}${quote.length > 60 ? '…' : ''}" is not).`);
  }

  // Ids of people this edit merges into others name the person they are now.
  const now = (id: string) => remap.get(id) ?? id;
  let speaker: PublicChoice;
  if (edit.speakerId !== undefined) speaker = book.resolve({ id: now(edit.speakerId) }, where);
  else if (edit.speaker !== undefined && squash(edit.speaker)) speaker = book.byName(edit.speaker);
  else throw new ApiError(422, 'speaker_required', `${where}: the speaker must not be empty.`);

  let choices: PublicChoice[];
  if (edit.choices) {
    choices = edit.choices.map((c) => book.resolve('id' in c ? { id: now(c.id) } : c, where));
    // The speaker is always a choice: added (at a position the quotation decides) when not listed.
    if (!choices.some((c) => c.id === speaker.id)) choices = insertAt(choices, speaker, quote);
  } else if (old) {
    choices = old.choices.map((c) => book.byId(now(c.id)) ?? c);
    if (!choices.some((c) => c.id === speaker.id)) {
      // A changed speaker takes the old one's place among the choices.
      const oldAt = choices.findIndex((c) => c.id === now(old.answer));
      if (oldAt >= 0) choices[oldAt] = speaker;
      else choices = insertAt(choices, speaker, quote);
    }
  } else {
    // An added question: the question builder's choices for this speaker.
    choices = choicesFor(book.person(speaker.id) ?? { id: speaker.id, name: speaker.label, aliases: [], kind: 'person' }, book.all(), quote);
  }
  if (remap.size) choices = afterMerge(choices, book, quote);
  checkChoices(choices, where);

  // A merge or a rename leaves the answer the same person.
  const answerChanged = !old || now(old.answer) !== speaker.id;
  // A question keeps its id (and its reader statistics) while its quotation and
  // its answer are unchanged; a changed one is a new question.
  const id = !quoteChanged && !answerChanged && old ? old.id : `q-${hash(quote + '\n' + speaker.id)}`;
  return {
    id,
    quote,
    speakerId: speaker.id,
    speaker: speaker.label,
    confidence: old?.confidence ?? 1,
    ...explanationOf(edit, where, old, quote, quiz.articleText),
    choices,
    answer: speaker.id,
    selected: edit.selected ?? old?.selected ?? true,
  };
}

/** The quiz after an editor's edit, or an ApiError saying what the edit breaks. */
export function applyEdit(quiz: StoredQuiz, edit: QuizEdit, now = new Date()): StoredQuiz {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const people = applyPeopleEdits(quiz.people, edit.people ?? [], quiz.merged ?? {}, personIdFor);
  const known = new Map<string, PublicChoice>();
  for (const q of quiz.questions) for (const c of q.choices) if (!people.remap.has(c.id)) known.set(c.id, c);
  const book = new PeopleBook(people.people, known);

  const seenIds = new Set<string>();
  const questions = edit.questions.map((qe, i) => {
    const where = `question ${i + 1}`;
    let old: StoredQuestion | undefined;
    if (qe.id !== undefined) {
      old = byId.get(qe.id);
      if (!old) throw new ApiError(422, 'unknown_question', `${where}: this quiz has no question "${qe.id}".`);
      if (seenIds.has(qe.id)) throw new ApiError(422, 'duplicate_question', `${where}: question "${qe.id}" appears twice.`);
      seenIds.add(qe.id);
    }
    return editQuestion(qe, where, old, quiz, book, people.remap);
  });

  questions.forEach((q, i) => {
    const first = questions.findIndex((x) => x.id === q.id || x.quote === q.quote);
    if (first !== i) throw new ApiError(422, 'duplicate_question', `question ${i + 1}: the same quotation is already question ${first + 1}.`);
  });

  const next: StoredQuiz = {
    ...quiz,
    title: squash(edit.title),
    updatedAt: now.toISOString(),
    people: [...people.people, ...book.added.filter((p) => questions.some((q) => q.choices.some((c) => c.id === p.id)))],
    questions,
    ...keptForStatistics(quiz, questions),
  };
  if (Object.keys(people.merged).length) next.merged = people.merged;
  if (next.status === 'published') assertPublishable(next);
  return next;
}

/**
 * What readers' statistics need of the version an edit replaces: the questions it drops (their
 * quotation stays in the figures; a page loaded before the edit can still answer them) and, if
 * readers were playing it, its set of questions (a reader who finishes that set has finished).
 */
function keptForStatistics(quiz: StoredQuiz, questions: readonly StoredQuestion[]): Pick<StoredQuiz, 'retired' | 'earlierSets'> {
  if (!everPublished(quiz)) return { retired: quiz.retired, earlierSets: quiz.earlierSets };
  const ids = new Set(questions.map((q) => q.id));
  const dropped = quiz.questions.filter((q) => !ids.has(q.id));
  const retired = [...dropped, ...(quiz.retired ?? [])].filter((q, i, all) => !ids.has(q.id) && all.findIndex((x) => x.id === q.id) === i).slice(0, MAX_RETIRED);
  const before = selectedIds(quiz);
  const after = selectedIds({ questions: [...questions] });
  const changed = quiz.status === 'published' && before.length > 0 && (before.length !== after.length || before.some((id) => !after.includes(id)));
  const earlierSets = changed ? [before, ...(quiz.earlierSets ?? [])].slice(0, MAX_EARLIER_SETS) : quiz.earlierSets;
  // undefined, not absent: these replace the spread quiz's own (JSON drops undefined when stored).
  return { retired: retired.length ? retired : undefined, earlierSets: earlierSets?.length ? earlierSets : undefined };
}

export function assertPublishable(quiz: StoredQuiz): void {
  if (!quiz.questions.some((q) => q.selected)) {
    throw new ApiError(422, 'nothing_selected', 'A published quiz needs at least one selected question: select one first.');
  }
}
