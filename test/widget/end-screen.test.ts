// Issue 16: the end screen's pure parts. The standing line says ties as ties; the link to a
// quotation is a text fragment on the article's address (never the frame's); the article's
// address comes from the frame's fragment and only as an http(s) URL.
import { describe, expect, it } from 'vitest';
import type { ReaderStanding } from '../../worker/contract';
import { articleUrl, canNavigateTop, sentenceLink } from '../../widget/end/host-page';
import { standingText } from '../../widget/end/standing-text';

const standing = (below: number, same: number, above: number, complete = true): ReaderStanding => {
  const others = below + same + above;
  return { session: 's', answered: 5, questions: 5, complete, score: 3, others, below, same, above, betterThan: complete && others ? Math.floor((100 * below) / others) : null };
};

describe('standingText', () => {
  const cases: Array<[string, ReaderStanding | null, string]> = [
    ['nothing before finishing', standing(1, 1, 1, false), ''],
    ['nothing without a standing', null, ''],
    ['the first finisher', standing(0, 0, 0), 'You’re among the first to finish this quiz.'],
    ['a tie with everyone', standing(0, 7, 0), 'You scored the same as every other reader who finished.'],
    ['a tie with the one other reader', standing(0, 1, 0), 'You scored the same as the one other reader who finished.'],
    ['best of all', standing(4, 0, 0), 'You did better than every other reader who finished.'],
    ['below everyone', standing(0, 0, 3), 'Every other reader who finished scored higher this time.'],
    ['most tied, some below', standing(1, 6, 1), 'You scored the same as most readers (75%), and better than 12%.'],
    ['most tied, none below', standing(0, 3, 1), 'You scored the same as most readers (75%); 25% scored higher.'],
    ['better than some, no ties', standing(1, 0, 3), 'You did better than 25% of readers.'],
    ['better than some, level with some', standing(2, 1, 2), 'You did better than 40% of readers, and level with 20%.'],
    ['level with some, none below', standing(0, 1, 3), 'You’re level with 25% of readers; the rest scored higher.'],
    ['a tiny share is not 0%', standing(1, 1, 998), 'You did better than 1% of readers, and level with 1%.'],
  ];
  it.each(cases)('%s', (_name, s, text) => expect(standingText(s)).toBe(text));
});

describe('links back to the article', () => {
  it('reads the article’s http(s) address from the fragment, never the frame’s own', () => {
    const hash = (url: string) => `#?${new URLSearchParams({ secret: 'abc', article: url })}`;
    expect(articleUrl(hash('https://news.example/2026/bridge?x=1#top'), 'https://quiz.example', '/embed/demo')).toBe('https://news.example/2026/bridge?x=1');
    expect(articleUrl(hash('javascript:alert(1)'), 'https://quiz.example', '/embed/demo')).toBeNull();
    expect(articleUrl(hash('https://quiz.example/embed/demo'), 'https://quiz.example', '/embed/demo')).toBeNull();
    expect(articleUrl('#?secret=abc', 'https://quiz.example', '/embed/demo')).toBeNull();
    expect(articleUrl('', 'https://quiz.example', '/embed/demo')).toBeNull();
  });

  it('points at the quotation with a text fragment: short ones whole, long ones by their first and last words, its syntax encoded', () => {
    expect(sentenceLink('https://n.example/a', 'nobody promised')).toBe('https://n.example/a#:~:text=nobody%20promised');
    expect(sentenceLink('https://n.example/a', 'There was, in fact, a discussion about a cyber-security unit, in which Putin & Trump agreed')).toBe(
      'https://n.example/a#:~:text=There%20was%2C%20in%20fact%2C,Putin%20%26%20Trump%20agreed',
    );
    // The quotation as readers see it ends in a full stop where the article has a comma: neither is named.
    expect(sentenceLink('https://n.example/a', 'There was no such goal.')).toBe('https://n.example/a#:~:text=There%20was%20no%20such%20goal');
    expect(sentenceLink('https://n.example/a', '… the well-known line …')).toBe('https://n.example/a#:~:text=the%20well%2Dknown%20line');
  });

  it('knows a sandboxed frame without same-origin cannot navigate its page', () => {
    expect(canNavigateTop('null')).toBe(false);
    expect(canNavigateTop('https://quiz.example')).toBe(true);
  });
});
