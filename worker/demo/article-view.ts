// The scraped demo article, made readable for the demo publisher page.

export interface ArticleView {
  title: string;
  highlights: string[];
  blocks: { kind: 'p' | 'h2'; text: string }[];
}

/** The scraped demo article, readable: drops repeated lines (video captions), timestamps, the "Story highlights" label. */
export function articleView(text: string): ArticleView {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  const [title = 'Demo article', ...rest] = lines.filter((l) => l !== '');
  const view: ArticleView = { title, highlights: [], blocks: [] };
  for (const line of rest) {
    if ((counts.get(line) ?? 0) > 1 || /\b\d{1,2}:\d{2}$/.test(line) || /^story highlights$/i.test(line)) continue;
    if (/^[•*·-]\s*/.test(line)) {
      view.highlights.push(line.replace(/^[•*·-]\s*/, ''));
      continue;
    }
    const isHeading = line.length < 80 && !/[.!?:"”')]$/.test(line) && line.split(/\s+/).length <= 10;
    view.blocks.push({ kind: isHeading ? 'h2' : 'p', text: line.replace(/^([A-Z][\w .]*\(CNN\))(?=\S)/, '$1 — ') });
  }
  return view;
}
