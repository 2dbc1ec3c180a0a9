// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryArticleModel } from './article-arbitraries';
import { generateArticle, renderArticle } from './generate-article';

describe('generateArticle', () => {
  it('gives the same article for the same seed, and another for another seed', () => {
    expect(generateArticle({ seed: 3, targetLength: 5000 }).text).toBe(
      generateArticle({ seed: 3, targetLength: 5000 }).text,
    );
    expect(generateArticle({ seed: 4, targetLength: 5000 }).text).not.toBe(
      generateArticle({ seed: 3, targetLength: 5000 }).text,
    );
  });

  it.each([10_000, 100_000, 1_000_000])('makes an article just over %i characters', (target) => {
    const { text } = generateArticle({ targetLength: target });
    expect(text.length).toBeGreaterThanOrEqual(target);
    expect(text.length).toBeLessThanOrEqual(target * 1.05);
  });

  it('makes exactly the quotes and speakers asked for (2,000 quotes, 200 speakers)', () => {
    const article = generateArticle({ quoteCount: 2000, speakerCount: 200 });
    expect(article.quotes).toHaveLength(2000);
    expect(new Set(article.quotes.map((q) => q.speaker)).size).toBe(200);
    expect(article.speakers).toHaveLength(200);
  });
});

describe('renderArticle', () => {
  it('writes every expected quote into the text, after the title and in order', () => {
    fc.assert(
      fc.property(arbitraryArticleModel, (model) => {
        const article = renderArticle(model);
        expect(article.text.startsWith(article.title)).toBe(true);
        let cursor = 0;
        for (const quote of article.quotes) {
          // A quote over two paragraphs is written with a paragraph break where the expected text has a space.
          const parts = quote.text.split(quote.shape === 'multi-paragraph' ? /(?<=\.) (?=\S)/ : /$^/);
          for (const part of parts) {
            const at = article.text.toLowerCase().indexOf(part.toLowerCase(), cursor);
            expect(at, `${quote.shape} ${JSON.stringify(part)}`).toBeGreaterThanOrEqual(0);
            cursor = at + part.length;
          }
        }
        for (const speaker of article.speakers) expect(article.text).toContain(speaker);
      }),
      { numRuns: 200 },
    );
  });
});
