import type { ReaderStanding } from '../../worker/contract';

export interface StandingLineProps {
  standing: ReaderStanding | null;
}

function text(s: ReaderStanding | null): string {
  if (!s?.complete) return '';
  if (s.betterThan !== null) return `You did better than ${s.betterThan}% of readers.`;
  return s.others ? '' : 'You’re among the first to finish this quiz.';
}

/**
 * "You did better than N% of readers". A polite live region, rendered (empty)
 * with the score so the line is announced when it arrives; it stays empty when
 * the standing could not be fetched.
 */
export function StandingLine({ standing }: StandingLineProps) {
  return (
    <p class="wsi__standing" role="status">
      {text(standing)}
    </p>
  );
}
