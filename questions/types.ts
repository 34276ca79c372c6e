// Public types of the questions/ pipeline. The Worker and the CLI depend on
// these shapes; change them only together with their users.

/** A person (or organisation) the article names, with every form of the name merged. */
export interface Person {
  /** Stable within one article: derived from the full name, e.g. "p-dmitry-peskov". */
  id: string;
  /** The fullest form the article gives, e.g. "Dmitry Peskov". */
  name: string;
  /** A short role where the article gives one, e.g. "Kremlin spokesman". */
  role?: string;
  /** Every other form the article uses: "Peskov", "Mr. Peskov". */
  aliases: string[];
  kind: 'person' | 'organisation';
}

/** One direct quotation and who said it. */
export interface Attribution {
  /** UTF-16 indices into the normalised article text, quote marks excluded. */
  start: number;
  end: number;
  /** The quotation exactly as in the text (text.slice(start, end)). */
  text: string;
  speaker: Person | null;
  /** With no speaker: how the article describes someone it does not name ("protesters", "a citizen"). */
  unnamedSpeaker?: string;
  /** Calibrated: of attributions at confidence ≥ c, about a fraction c or more are right. */
  confidence: number;
  /** The sentence that attributes the quotation (how and where it was said). */
  sentence: string;
  /**
   * 'direct': a whole utterance in quote marks ("…," he said). 'partial': words
   * woven into the reporter's sentence (called it "bizarre"). Absent means direct.
   */
  kind?: 'direct' | 'partial';
}

/** The article as the pipeline sees it after normalisation. */
export interface Extraction {
  /** Plain text, noise removed where it can be without moving offsets of kept text (see normalise). */
  text: string;
  title?: string;
  quotes: Attribution[];
  people: Person[];
}

export interface DraftChoice {
  /** Stable per person: the person's id. */
  id: string;
  /** Full name, "Lindsey Graham". */
  label: string;
  /** Short role, "Kremlin spokesman", where the article gives one. */
  description?: string;
}

export interface DraftQuestion {
  /** Stable for the same quotation text: a hash of it, e.g. "q-3f9a1c2b". */
  id: string;
  /** Verbatim from the article; 6–60 words, a longer one cut at a sentence boundary with "…". */
  quote: string;
  /** Offsets of the quoted span in Extraction.text. */
  start: number;
  end: number;
  speakerId: string;
  speaker: string;
  confidence: number;
  explanation: string;
  /** 3–4 distinct people, the right one among them; order already mixed. */
  choices: DraftChoice[];
  /** The right choice's id (= speakerId). */
  answer: string;
  /**
   * In the quiz readers get by default (questions/06-select.ts): 5–8 questions, confident ones
   * only, varied speakers. Editors may include the others. Absent in drafts made before selection.
   */
  selected?: boolean;
}

export interface QuizDraft {
  title: string;
  /** The normalised article text that quotations are checked against. */
  text: string;
  people: Person[];
  questions: DraftQuestion[];
}

export type ArticleInput = { title?: string } & ({ text: string } | { html: string });
