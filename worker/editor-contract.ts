// The editors' HTTP API shapes (/api/editor/quizzes…): the Worker produces them,
// the editors' dashboard (widget/editor) consumes them with type-only imports.
// Documented in docs/editor-api.md; change both together.
import type { Person } from '../questions/types';
import type { PublicChoice } from './contract';

export type { Person };

export type QuizStatus = 'draft' | 'published';

/** A question as the editor reviews it (everything readers don't see included). */
export interface EditorQuestion {
  /** Stable while the quotation is unchanged, so reader statistics carry on across edits. */
  id: string;
  quote: string;
  speakerId: string;
  speaker: string;
  /** The question builder's confidence in the attribution, 0–1 (1 for an editor's own question). */
  confidence: number;
  /** Below the publish threshold: flagged for review, and unselected when the draft was made. */
  lowConfidence: boolean;
  /** The article's sentence that attributes the quotation, or the editor's own note. */
  explanation: string;
  /** "editor" when the explanation is the editor's own words (readers see "Editor's note"); absent: the article's. */
  explanationBy?: 'editor';
  /** 3–4 distinct people, the speaker exactly once, in the order readers see them. */
  choices: PublicChoice[];
  /** The right choice's id (= speakerId). */
  answer: string;
  /** Whether readers get this question. */
  selected: boolean;
}

export interface EmbedSnippets {
  /** The quiz frame's URL. */
  url: string;
  /** `<script src="ORIGIN/embed.js" data-quiz="ID" async></script>` */
  script: string;
  /** A plain iframe, for pages that can't run scripts. */
  iframe: string;
  /** An `<amp-iframe>` for AMP pages (resizable, with the placeholder and overflow elements AMP requires). */
  amp: string;
}

/** GET/PUT/POST responses for one quiz. */
export interface EditorQuiz {
  id: string;
  title: string;
  status: QuizStatus;
  createdAt: string;
  updatedAt: string;
  sourceUrl?: string;
  /** The normalised article text; every quotation must be a verbatim part of it. */
  articleText: string;
  /** The people the article names (plus any an editor typed in). */
  people: Person[];
  questions: EditorQuestion[];
  /** Questions below this confidence are flagged (PUBLISH_CONFIDENCE). */
  threshold: number;
  embed: EmbedSnippets;
  /** Writes so far; an edit names the version it was made on (also the response's ETag). */
  version: number;
}

/** GET /api/editor/quizzes */
export interface EditorQuizSummary {
  id: string;
  title: string;
  status: QuizStatus;
  updatedAt: string;
  questionCount: number;
  selectedCount: number;
}

export interface EditorQuizList {
  quizzes: EditorQuizSummary[];
}

/** POST /api/editor/quizzes: exactly one of text, html, url. */
export type CreateQuizRequest = { title?: string } & ({ text: string } | { html: string } | { url: string });

/** A choice in an edit: a person by id, or a free name (a new person when it matches nobody). */
export type ChoiceInput = { id: string } | { name: string };

export interface QuestionEdit {
  /** An existing question's id; omit for a question the editor adds. */
  id?: string;
  quote: string;
  /** The speaker: a person's id … */
  speakerId?: string;
  /** … or a name (matched against the article's people, otherwise a new person). */
  speaker?: string;
  /**
   * The choices in display order. The speaker is added when missing; omit the
   * whole field to keep the current wrong choices (adjusted for a new speaker).
   */
  choices?: ChoiceInput[];
  /** The text shown after answering: a verbatim part of the article, unless `explanationBy` is "editor". */
  explanation?: string;
  /** "editor": the explanation is the editor's own note (not checked against the article); "article" (default as before): it must be verbatim. */
  explanationBy?: 'article' | 'editor';
  /** Whether readers get it (default: as before; true for an added question). */
  selected?: boolean;
}

/**
 * A change to the quiz's people, applied before its questions (so every question takes it):
 * `{ id, name?, role? }` renames or changes the role readers see (`role: null` or "" removes it);
 * `{ id, mergeInto }` merges that person into another (their names become the other's aliases,
 * every question naming them names the other); `{ name, role? }` adds a person.
 */
export interface PersonEdit {
  id?: string;
  name?: string;
  role?: string | null;
  mergeInto?: string;
}

/** PUT /api/editor/quizzes/:id — the whole draft, edited, questions in the new order. */
export interface QuizEdit {
  title: string;
  questions: QuestionEdit[];
  /** The version the edit was made on (EditorQuiz.version); or send If-Match. A stale one is 409. */
  version?: number;
  /** Changes to the people (optional; people not listed stay as they are). */
  people?: PersonEdit[];
}

/** POST /api/editor/quizzes/:id/preview: a link to the quiz frame for this quiz as saved, draft or not, for a short time. */
export interface PreviewLink {
  url: string;
  expiresAt: string;
}
