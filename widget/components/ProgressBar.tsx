export interface ProgressBarProps {
  current: number;
  total: number;
}

/** One segment per question, filled up to the current one. Decoration: the heading says the same in words. */
export function ProgressBar({ current, total }: ProgressBarProps) {
  const steps = Array.from({ length: total }, (_, i) => i < current);
  return (
    <span class="wsi__steps" aria-hidden="true">
      {steps.map((done, i) => (
        <span key={i} class={done ? 'wsi__step wsi__step--done' : 'wsi__step'} />
      ))}
    </span>
  );
}
