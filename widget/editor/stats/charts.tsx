// Small SVG charts for the stats panel: no chart library, readable at a glance,
// each with a text alternative (role="img" + aria-label).
import type { DayStats } from '../../../worker/stats/types';

const niceMax = (n: number) => {
  if (n <= 5) return Math.max(1, n);
  const step = 10 ** Math.floor(Math.log10(n));
  return Math.ceil(n / (step / 2)) * (step / 2);
};

/** The baseline and its 0 and top labels, shared by both charts. */
function valueAxis(left: number, right: number, top: number, y: (v: number) => number) {
  return (
    <>
      <line x1={left} x2={right} y1={y(0)} y2={y(0)} class="qs-axis" />
      <text x={left - 6} y={y(top) + 4} class="qs-tick" text-anchor="end">{top}</text>
      <text x={left - 6} y={y(0) + 4} class="qs-tick" text-anchor="end">0</text>
    </>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Completed sessions per score, 0…max right answers. */
export function ScoreHistogram({ scores, max }: { scores: Record<string, number>; max: number }) {
  const values = Array.from({ length: max + 1 }, (_, s) => scores[s] ?? 0);
  const top = niceMax(Math.max(0, ...values));
  const W = 420;
  const H = 180;
  const pad = { l: 34, r: 8, t: 18, b: 34 };
  const bw = (W - pad.l - pad.r) / values.length;
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / top);
  const label = `Score distribution of completed plays: ${values.map((v, s) => `${s} right: ${plural(v, 'reader', 'readers')}`).join('; ')}.`;
  return (
    <svg class="qs-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {valueAxis(pad.l, W - pad.r, top, y)}
      {values.map((v, s) => {
        const x = pad.l + s * bw + bw * 0.12;
        const w = bw * 0.76;
        return (
          <g key={s}>
            <rect x={x} y={y(v)} width={w} height={Math.max(0, y(0) - y(v))} class="qs-bar" rx={2} />
            {v > 0 ? <text x={x + w / 2} y={y(v) - 4} class="qs-value" text-anchor="middle">{v}</text> : null}
            <text x={x + w / 2} y={H - pad.b + 16} class="qs-tick" text-anchor="middle">{s}</text>
          </g>
        );
      })}
      <text x={pad.l + (W - pad.l - pad.r) / 2} y={H - 4} class="qs-tick" text-anchor="middle">right answers</text>
    </svg>
  );
}

const shortDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const emptyDay = (day: string): DayStats => ({ day, starts: 0, completions: 0, answers: 0, correct: 0, averageScore: null, scores: {}, questions: {} });

/** Plays and completions per UTC day: the last `last` days, at least a week so one day reads as a trend. */
export function DailyTrend({ days, last = 30, atLeast = 7 }: { days: DayStats[]; last?: number; atLeast?: number }) {
  const shown = days.slice(-last);
  while (shown.length && shown.length < atLeast) shown.unshift(emptyDay(dayBefore(shown[0]!.day)));
  const top = niceMax(Math.max(0, ...shown.map((d) => d.starts)));
  const W = 420;
  const H = 180;
  const pad = { l: 34, r: 8, t: 26, b: 24 };
  const bw = (W - pad.l - pad.r) / Math.max(1, shown.length);
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / top);
  const label = `Plays and completions per day: ${shown.map((d) => `${d.day}: ${plural(d.starts, 'play', 'plays')}, ${d.completions} completed`).join('; ')}.`;
  const first = shown[0];
  const final = shown[shown.length - 1];
  return (
    <svg class="qs-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <g transform={`translate(${W - pad.r - 150}, 12)`} class="qs-tick">
        <rect width={10} height={10} y={-9} class="qs-bar-light" />
        <text x={14}>plays</text>
        <rect x={62} width={10} height={10} y={-9} class="qs-bar" />
        <text x={76}>completed</text>
      </g>
      {valueAxis(pad.l, W - pad.r, top, y)}
      {shown.map((d, i) => {
        const x = pad.l + i * bw + bw * 0.1;
        const w = bw * 0.8;
        return (
          <g key={d.day}>
            <title>{`${d.day}: ${d.starts} plays, ${d.completions} completed`}</title>
            <rect x={x} y={y(d.starts)} width={w} height={Math.max(0, y(0) - y(d.starts))} class="qs-bar-light" rx={1.5} />
            <rect x={x + w * 0.2} y={y(d.completions)} width={w * 0.6} height={Math.max(0, y(0) - y(d.completions))} class="qs-bar" rx={1.5} />
            {shown.length <= 14 && d.starts > 0 ? <text x={x + w / 2} y={y(d.starts) - 4} class="qs-value" text-anchor="middle">{d.starts}</text> : null}
          </g>
        );
      })}
      {first ? <text x={pad.l} y={H - 6} class="qs-tick">{shortDay(first.day)}</text> : null}
      {final && final !== first ? <text x={W - pad.r} y={H - 6} class="qs-tick" text-anchor="end">{shortDay(final.day)}</text> : null}
    </svg>
  );
}

/** A horizontal 0–100% bar; its colour tells easy from hard at a glance (the number is always shown too). */
export function PercentBar({ percent }: { percent: number | null }) {
  const p = percent ?? 0;
  const tone = percent === null ? 'none' : p < 40 ? 'hard' : p < 70 ? 'mid' : 'easy';
  return (
    <svg class="qs-pbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
      <rect width={100} height={10} class="qs-pbar-track" rx={2} />
      <rect width={p} height={10} class={`qs-pbar-fill qs-${tone}`} rx={2} />
    </svg>
  );
}
