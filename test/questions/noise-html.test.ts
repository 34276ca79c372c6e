// Scraped-page noise and HTML input.
import { describe, expect, it } from 'vitest';
import { extract } from '../../questions/index';

describe('page noise makes no quotations or people', () => {
  const cases: [string, string][] = [
    ['repeated headline with a video timestamp', 'Mayor says bridge will reopen\nMayor says bridge will reopen\n\nMayor says bridge will reopen 01:15\n\n'],
    ['bullet highlights', 'Story highlights\n\n  • Tillerson met the Russian minister\n  • Lawmakers spoke out\n\n'],
    ['dateline glued to the first word', 'Washington (CNN)'],
  ];
  it.each(cases)('%s', (_name, noise) => {
    const ex = extract({ text: `City news today\n\n${noise}Kremlin spokesman Dmitry Peskov spoke on Monday. "The bridge will reopen in spring next year," Peskov said.` });
    expect(ex.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['The bridge will reopen in spring next year,', 'Dmitry Peskov']]);
    expect(ex.people.map((p) => p.name)).toEqual(['Dmitry Peskov']);
  });
});

describe('HTML input', () => {
  const html = `<!doctype html><html><head><title>Bridge to reopen | News</title><style>p{color:red}</style>
    <script>var s = "not a quote at all, really not";</script></head><body>
    <nav><a href="/">Home</a> "Menu item that is quoted here"</nav>
    <h1>Bridge to reopen</h1>
    <p>Mayor Mary Smith spoke on Monday.</p>
    <p>&ldquo;The bridge will reopen in spring, and we&rsquo;re proud of it,&rdquo; Smith said.</p>
    <figure><img src="x.jpg"><figcaption>"A caption quote that should vanish," the photographer said.</figcaption></figure>
    <aside>"Sidebar quote that is not article text at all," said Someone Else.</aside>
    <p>She added:</p><p>"Every crew worked nights &amp; weekends to get it done."</p>
    </body></html>`;
  const cases: [string, string | null][] = [
    ['The bridge will reopen in spring, and we’re proud of it,', 'Mary Smith'],
    ['Every crew worked nights & weekends to get it done.', 'Mary Smith'],
  ];
  it('finds the quotations of the article body only, entities decoded', () => {
    const ex = extract({ html });
    expect(ex.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual(cases);
    expect(ex.title).toBe('Bridge to reopen');
    for (const q of ex.quotes) expect(ex.text.slice(q.start, q.end)).toBe(q.text);
  });
});
