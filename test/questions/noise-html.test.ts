// Scraped-page noise and HTML input.
import { describe, expect, it } from 'vitest';
import { extract } from '../../questions/index';
import { htmlToText } from '../../questions/00-html';
import { normalise } from '../../questions/01-normalise';

const ARTICLE = 'Kremlin spokesman Dmitry Peskov spoke on Monday. "The bridge will reopen in spring next year," Peskov said.';

describe('page noise makes no quotations or people', () => {
  const cases: [string, string][] = [
    ['repeated headline with a video timestamp', 'Mayor says bridge will reopen\nMayor says bridge will reopen\n\nMayor says bridge will reopen 01:15\n\n'],
    ['bullet highlights', 'Story highlights\n\n  • Tillerson met the Russian minister\n  • Lawmakers spoke out\n\n'],
    ['dateline glued to the first word', 'Washington (CNN)'],
    ['dateline of a place and a date before a dash (round 124)', 'Addis Abeba, April 20/2026 – '],
    ['dateline of a place and a date, day first, before a dash', 'Nairobi, 12 March 2026 – '],
    ['read-more teaser quoting someone', 'READ MORE: ‘It becomes a nightmare’: the rise of bomb threats\n\n'],
    ['watch teaser with a quotation', 'WATCH: "We will never give up," Tillerson says of sanctions 1:56\n\n'],
    ['photo caption with a credit', 'Tillerson said: "Sanctions will stay until Russia changes course." (Evan Vucci/AP Photo)\n\n'],
    ['photo credit line', 'Photo: Getty Images\n\n'],
    ['byline', 'By Jane Smith and John Doe, CNN\n\n'],
    ['advertisement and read-more labels', 'Advertisement\n\nRead more\n\n'],
    ['time stamp line', 'Updated 10:47 AM ET, Tue July 11, 2017\n\n'],
    ['a quoted subhead in single marks', 'Just listen to us\n\n‘Hard to be in such close quarters with the same people’.\n\n'],
  ];
  it.each(cases)('%s', (_name, noise) => {
    const ex = extract({ text: `City news today\n\n${noise}${ARTICLE}` });
    expect(ex.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['The bridge will reopen in spring next year,', 'Dmitry Peskov']]);
    expect(ex.people.map((p) => p.name)).toEqual(['Dmitry Peskov']);
  });

  it('keeps prose that only looks like a label', () => {
    const doc = normalise({ text: 'City news\n\nBy Monday, the bridge will be open again.\n\nBy then it was too late.\n\nWatch the video below, the mayor said.' });
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['title', 'prose', 'prose', 'prose']);
  });

  it('keeps a name and a party in brackets opening a paragraph: no dateline ("Deputy Mayor Kaia Rebane (Reform), who …")', () => {
    const ex = extract({ text: 'Tartu buses\n\nDeputy Mayor Kaia Rebane (Reform), who oversees transport, said residents were critical.\n\n"A bus every 40 minutes is no service," Rebane said.' });
    expect(ex.quotes.map((q) => q.speaker?.name)).toEqual(['Kaia Rebane']);
  });

  it('keeps a short quoted line with its attribution as prose', () => {
    const doc = normalise({ text: 'Voters speak\n\n“The most unqualified child to ever run for president.” ― Francisco Herrero' });
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['title', 'prose']);
  });
});

describe('HTML input', () => {
  const html = `<!doctype html><html><head><title>Bridge to reopen | News</title><style>p{color:red}</style>
    <script>var s = "not a quote at all, really not"; document.write("<p>a fake paragraph</p></div>");</script></head><body>
    <header class="site-header"><a href="/">Home</a> "Header item that is quoted here"</header>
    <nav><a href="/">Home</a> "Menu item that is quoted here"</nav>
    <h1>Bridge to reopen</h1>
    <div class="byline">By Jane Smith, "Staff Reporter of the Year"</div>
    <p>Mayor Mary Smith spoke on Monday.</p>
    <p>&ldquo;The bridge will reopen in spring, and we&rsquo;re proud of it,&rdquo; Smith said.</p>
    <figure><img src="x.jpg"><figcaption>"A caption quote that should vanish," the photographer said.</figcaption></figure>
    <div class="image-caption">"Another caption quote that should vanish," the photographer said.</div>
    <aside>"Sidebar quote that is not article text at all," said Someone Else.</aside>
    <div class="related-links"><a href="/x">"A related headline with a quote in it," says a rival</a></div>
    <p hidden>"Hidden text that is not shown at all," said Someone Hidden.</p>
    <p>She added:</p><p>"Every crew worked nights &amp; weekends to get it done."</p>
    <p>Smith called it &#8220;the best day&#8221; of her term&#x2014;and said &#147;we did it together.&#148;</p>
    <p>Her deputy said <q>the money was well spent</q>, and left.<br>Then the council voted.</p>
    <form><label>"Sign up for our newsletter," it said.</label><input type="email"></form>
    <footer>"Footer quote that is not article text," said Legal.</footer>
    </body></html>`;
  it('finds the quotations of the article body only, entities decoded', () => {
    const ex = extract({ html });
    expect(ex.quotes.map((q) => q.text)).toEqual([
      'The bridge will reopen in spring, and we’re proud of it,',
      'Every crew worked nights & weekends to get it done.',
      'the best day',
      'we did it together.',
      'the money was well spent',
    ]);
    expect(ex.quotes[0]?.speaker?.name).toBe('Mary Smith');
    expect(ex.title).toBe('Bridge to reopen');
    for (const q of ex.quotes) expect(ex.text.slice(q.start, q.end)).toBe(q.text);
  });

  const cases: [string, string, string][] = [
    ['block elements break paragraphs', '<div>One.</div><div>Two.<br>Three.</div>', 'One.\n\nTwo.\n\nThree.'],
    ['inline elements do not', '<p>One <b>bold</b> and <a href="#">linked</a> word.</p>', 'One bold and linked word.'],
    ['numeric and named entities', '<p>&#8220;Caf&eacute;&#8221; &amp; &#x2019;90s &mdash; &#39;ok&#39;&nbsp;now</p>', '“Café” & ’90s — \'ok\' now'],
    ['Windows-1252 numbers', '<p>&#147;Yes&#148; &#151; &#146;tis</p>', '“Yes” — ’tis'],
    ['comments and script are dropped', '<p>A<!-- "not this" -->B</p><script>if (a < b) { x = "</p><p>"; }</script><p>C</p>', 'AB\n\nC'],
    ['a wrapper with a state class keeps its text', '<div class="page has-sidebar menu-open"><p>Kept.</p></div>', 'Kept.'],
    ['the article container keeps its text even named like furniture', '<div class="sidebar-content"><p>Kept.</p></div>', 'Kept.'],
    ['furniture by class and role', '<p>Kept.</p><div class="share-tools">Share</div><div role="navigation">Menu</div><ul class="social">X</ul>', 'Kept.'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(htmlToText(input).text).toBe(expected);
  });
});

describe('the headline of an HTML article (issue 15)', () => {
  it('is the first <h1>\'s text, without the content of a script or style inside it', () => {
    const html = '<html><head><title>T</title></head><body><h1><script>alert("x")</script>Harbour <style>h1{}</style>bridge</h1><p>“Yes,” said Ann Lee.</p></body></html>';
    expect(htmlToText(html).title).toBe('Harbour bridge');
  });
  it('falls back to <title>, and is found in linear time when <h1> never closes', () => {
    expect(htmlToText('<title>Doc &amp; title</title><p>text</p>').title).toBe('Doc & title');
    expect(htmlToText('<h1>'.repeat(50_000) + '<title>After</title>').title).toBe('After');
  });
});
