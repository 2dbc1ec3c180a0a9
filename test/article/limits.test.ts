import { describe, expect, it } from 'vitest';
import { MAX_QUOTES_PER_BLOCK, validateArticle } from '@/article';
import { buildArticle } from '../fixtures/app/build-article';

/** One paragraph of `count` one-word quotes, like the hostile 65,000-quote article. */
function oneWordQuotes(count: number) {
  const words = Array.from({ length: count }, (_, i) => `w${i}`);
  const text = words.map((w) => `“${w}”`).join(' ');
  const article = buildArticle({ id: 'many', title: 'Many quotes', blocks: [['paragraph', text]] });
  let at = 0;
  const quotes = words.map((w, i) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    return {
      id: `q${i + 1}`,
      speakerId: null,
      kind: 'direct' as const,
      act: 'speech' as const,
      cue: null,
      cueSpan: null,
      sourceSpan: null,
      text: w,
      spans: [{ blockId: 'b1', start, end: start + w.length }],
    };
  });
  return { ...article, quotes };
}

describe('article limits', () => {
  it('accepts a paragraph at the limit of quotes', () => {
    expect(validateArticle(oneWordQuotes(MAX_QUOTES_PER_BLOCK)).ok).toBe(true);
  });

  it('refuses a paragraph over the limit, naming the field and the limit', () => {
    const result = validateArticle(oneWordQuotes(MAX_QUOTES_PER_BLOCK + 1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe(`quotes.${MAX_QUOTES_PER_BLOCK}.spans.0.blockId`);
    expect(result.error.message).toMatch(/block "b1" has more quotes than one paragraph may have \(the limit is 500\)/);
  });

  it('refuses an article with more quotes than the limit', () => {
    const result = validateArticle(oneWordQuotes(11_000));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toEqual({
        field: 'quotes',
        message: expect.stringMatching(/11,000 quotes .*the limit is 10,000/),
      });
  });
});
