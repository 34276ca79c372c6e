// Where the editor is in the review: the question under review (shown in the article too),
// and which cards are opened for editing. A signal model beside the draft (draft-model.ts):
// the draft is what gets saved, this is only how it is looked at.
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftModel } from './draft-model';

export interface ReviewModel {
  readonly current: ReadonlySignal<string | null>;
  readonly expanded: ReadonlySignal<ReadonlySet<string>>;
  /** Makes a question the one under review. */
  pick(key: string): void;
  /** The next (+1) or previous (-1) question; returns its key. */
  step(by: 1 | -1): string | null;
  /** Includes or leaves out the question under review. */
  toggleInclude(): void;
  expand(key: string, open: boolean): void;
  /** Opens every card with a problem (so a failed save can show and focus it). */
  expandProblems(): void;
}

export function createReviewModel(draft: DraftModel): ReviewModel {
  const current = signal<string | null>(null);
  const expanded = signal<ReadonlySet<string>>(new Set());
  const keys = () => draft.questions.peek().map((q) => q.key);
  return {
    current,
    expanded,
    pick: (key) => (current.value = key),
    step(by) {
      const all = keys();
      if (!all.length) return null;
      const at = current.peek() === null ? -1 : all.indexOf(current.peek()!);
      const next = all[Math.min(all.length - 1, Math.max(0, at < 0 && by < 0 ? 0 : at + by))]!;
      current.value = next;
      return next;
    },
    toggleInclude() {
      const q = draft.questions.peek().find((x) => x.key === current.peek());
      if (q) draft.update(q.key, { selected: !q.selected });
    },
    expand(key, open) {
      const next = new Set(expanded.peek());
      if (open) next.add(key);
      else next.delete(key);
      expanded.value = next;
    },
    expandProblems() {
      batch(() => {
        const next = new Set(expanded.peek());
        for (const key of draft.problems.peek().keys()) next.add(key);
        expanded.value = next;
      });
    },
  };
}
