import { useEffect, useRef } from 'preact/hooks';
import type { Run } from '../highlights';

export interface HighlightInfo {
  /** 1-based question number. */
  n: number;
  speaker: string;
  /** Index into the speaker colours (.ed-c0 …). */
  colour: number;
  low: boolean;
  selected: boolean;
}

export interface ArticlePaneProps {
  paragraphs: Run[][];
  /** Per question key: how its quotation is marked. */
  info: ReadonlyMap<string, HighlightInfo>;
  /** The question under review: its quotation is outlined and scrolled into view here. */
  current: string | null;
  onPick(key: string): void;
}

/**
 * The article beside the questions (above them on a phone), every quotation of the quiz in its
 * speaker's colour. A quotation is a button: it shows its question. A low-confidence one is
 * dashed and flagged; one left out of the quiz is drawn lighter.
 */
export function ArticlePane({ paragraphs, info, current, onPick }: ArticlePaneProps) {
  const pane = useRef<HTMLElement>(null);
  useEffect(() => {
    const box = pane.current;
    const mark = current ? box?.querySelector<HTMLElement>(`[data-key="${current}"]`) : null;
    if (!box || !mark) return;
    // Scroll the pane only (not the page): the question the editor is on stays where it is.
    const top = mark.offsetTop - box.clientHeight / 3;
    if (mark.offsetTop < box.scrollTop || mark.offsetTop + mark.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTo({ top, behavior: 'smooth' });
  }, [current]);
  return (
    <section class="ed-article" aria-label="The article, its quotations marked by speaker" ref={pane}>
      {paragraphs.map((runs, i) => (
        <p key={i}>
          {runs.map((run, j) => {
            const q = run.key ? info.get(run.key) : undefined;
            if (!run.key || !q) return run.text;
            const cls = `ed-hl ed-c${q.colour}${q.low ? ' ed-hl--low' : ''}${q.selected ? '' : ' ed-hl--off'}${run.key === current ? ' ed-hl--current' : ''}`;
            return (
              <span
                key={j}
                class={cls}
                data-key={run.key}
                role="button"
                tabIndex={0}
                aria-pressed={run.key === current}
                onClick={() => onPick(run.key!)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  onPick(run.key!);
                }}
              >
                {run.text}
                <span class="ed-sr-only">{` (question ${q.n}: ${q.speaker}${q.low ? ', low confidence' : ''})`}</span>
                {q.low ? (
                  <span class="ed-hl-flag" aria-hidden="true">
                    ?
                  </span>
                ) : null}
              </span>
            );
          })}
        </p>
      ))}
    </section>
  );
}
