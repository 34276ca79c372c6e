// Every write of a quiz goes through its QuizWrites Durable Object (one per quiz, in
// the editor Worker): the quiz's single writer. KV cannot compare and swap, so two
// editors saving at once (or a save racing a publish) would both be told "saved" and
// one change would vanish. Here each write names the version it was made on; the
// object compares it with the version it holds (its own strongly consistent storage)
// and writes only when they agree, else refuses with the version there is now.
import { DurableObject } from 'cloudflare:workers';
import type { StoredQuiz } from './quiz-model';
import { deleteQuiz, loadQuiz, saveQuiz } from './storage/quizzes';

export type Commit = { ok: true; quiz: StoredQuiz | null } | { ok: false; current: number | null };

/** What the object holds: the quiz's version, or that it was deleted (or never made). */
interface Held {
  version: number | null;
}

export class QuizWrites extends DurableObject<EditorEnv> {
  /**
   * Writes `next` (or deletes the quiz when null) if the quiz is at `expected`
   * (null: it must not exist yet). Returns the quiz as written, with its new version.
   */
  async commit(id: string, expected: number | null, next: StoredQuiz | null): Promise<Commit> {
    // One write at a time: awaiting KV would otherwise let another commit read the same version.
    return this.ctx.blockConcurrencyWhile(async (): Promise<Commit> => {
      const current = await this.currentVersion(id);
      if (current !== expected) return { ok: false, current };
      if (!next) {
        await deleteQuiz(this.env.QUIZ_KV, id);
        await this.ctx.storage.put<Held>('held', { version: null });
        return { ok: true, quiz: null };
      }
      const written: StoredQuiz = { ...next, version: (current ?? 0) + 1 };
      await saveQuiz(this.env.QUIZ_KV, written);
      await this.ctx.storage.put<Held>('held', { version: written.version! });
      return { ok: true, quiz: written };
    });
  }

  /** The version this object holds; the first time, the stored quiz's (written before there were objects). */
  private async currentVersion(id: string): Promise<number | null> {
    const held = await this.ctx.storage.get<Held>('held');
    if (held) return held.version;
    const stored = await loadQuiz(this.env.QUIZ_KV, id);
    return stored ? (stored.version ?? 0) : null;
  }
}
