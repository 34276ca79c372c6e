// The line under the reader's score: how they compare with the other readers who
// finished, truthfully. Ties are said as ties: a reader who scored the same as
// everyone else did not do "better than 0%". Pure (tested in test/widget/).
import type { ReaderStanding } from '../../worker/contract';

/** A share of `others` as a whole percentage, never shown as 0% or 100% when it is neither. */
function percent(part: number, others: number): number {
  const p = Math.floor((100 * part) / others);
  return part > 0 && p === 0 ? 1 : part < others && p === 100 ? 99 : p;
}

export function standingText(s: ReaderStanding | null): string {
  if (!s?.complete) return '';
  const { others, below, same, above } = s;
  if (!others) return 'You’re among the first to finish this quiz.';
  if (same === others) return others === 1 ? 'You scored the same as the one other reader who finished.' : 'You scored the same as every other reader who finished.';
  if (below === others) return 'You did better than every other reader who finished.';
  if (above === others) return 'Every other reader who finished scored higher this time.';
  const better = percent(below, others);
  const level = percent(same, others);
  if (same * 2 > others) return below ? `You scored the same as most readers (${level}%), and better than ${better}%.` : `You scored the same as most readers (${level}%); ${100 - level}% scored higher.`;
  if (!same) return `You did better than ${better}% of readers.`;
  if (!below) return `You’re level with ${level}% of readers; the rest scored higher.`;
  return `You did better than ${better}% of readers, and level with ${level}%.`;
}
