// @vitest-environment node
/**
 * Property-based tests of the parser. `npm test` runs 200 cases per property;
 * `npm run fuzz` runs the same properties with FUZZ_RUNS=10000. A failure
 * prints fast-check's seed and path: rerun one with
 * `FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/parser/properties.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, type ParseOptions } from '@/parser';
import type { Article, Quote } from '@/article';
import { arbitraryArticleModel, arbitraryMutations, arbitraryText, mutate } from '../support/article-arbitraries';
import { renderArticle, type ExpectedQuote, type GeneratedArticle } from '../support/generate-article';
import { checkArticle, parseOrReject } from '../support/parser-invariants';

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const path = process.env.FUZZ_PATH;
const params: fc.Parameters<unknown> = { numRuns, ...(seed === undefined ? {} : { seed }), ...(path ? { path } : {}) };
/** Generous: the properties are not timed, only kept from hanging forever. */
const timeout = Math.max(60_000, numRuns * 200);

const options: ParseOptions = { id: 'fuzz' };

/** Parses a text that must become an article (anything thrown is a bug), and checks the contract. */
function parseValid(text: string, parseOptions: ParseOptions = options): Article {
  const article = parseArticle(text, parseOptions);
  checkArticle(article, text, parseOptions);
  return article;
}

function optionsFor(generated: GeneratedArticle): ParseOptions {
  return { id: 'generated', published: generated.published };
}

/** Quote words compared without the punctuation at the edge (`take it,` vs `take it`): conventions differ there. */
function words(text: string): string {
  return text.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
}

/** A rendered article that prints as its text in a counterexample. */
const renderedArticle = arbitraryArticleModel.map((model) => {
  const generated = renderArticle(model);
  return Object.assign(generated, { [fc.toStringMethod]: () => JSON.stringify(generated.text) });
});

/**
 * Pairs each generated direct quote with the parsed quote that has its words,
 * in reading order (the same words can be quoted twice); undefined when missing.
 */
function alignDirect(article: Article, generated: GeneratedArticle): [ExpectedQuote, Quote | undefined][] {
  const parsed = article.quotes.filter((q) => q.kind !== 'indirect');
  let cursor = 0;
  return generated.quotes
    .filter((q) => q.kind === 'direct')
    .map((want) => {
      const at = parsed.findIndex((q, i) => i >= cursor && words(q.text) === words(want.text));
      if (at < 0) return [want, undefined];
      cursor = at + 1;
      return [want, parsed[at]];
    });
}

describe('parser on arbitrary text', () => {
  it(
    'throws nothing but ArticleInputError, and what it returns is a valid Article true to the text',
    () => {
      fc.assert(
        fc.property(arbitraryText, (text) => {
          const article = parseOrReject(text, options);
          if (article) checkArticle(article, text, options);
        }),
        params,
      );
    },
    timeout,
  );

  it(
    'rejects blank input with ArticleInputError',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(' ', '\n', '\r\n', '\t', '\uFEFF', '\u00a0') }), (text) => {
          expect(parseOrReject(text, options)).toBeNull();
        }),
        params,
      );
    },
    timeout,
  );

  it(
    'is deterministic: the same text gives the same article or the same error',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            arbitraryText,
            renderedArticle.map((g) => g.text),
          ),
          (text) => {
            const outcome = () => {
              try {
                return { article: parseArticle(text, options) };
              } catch (error) {
                return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
              }
            };
            expect(outcome()).toEqual(outcome());
          },
        ),
        params,
      );
    },
    timeout,
  );
});

describe('parser on generated articles', () => {
  it(
    'parses every generated article (and damaged copies of it) into a valid Article true to the text',
    () => {
      fc.assert(
        fc.property(renderedArticle, arbitraryMutations, (generated, mutations) => {
          parseValid(generated.text, optionsFor(generated));
          const damaged = mutate(generated.text, mutations);
          const article = parseOrReject(damaged, optionsFor(generated));
          if (article) checkArticle(article, damaged, optionsFor(generated));
        }),
        params,
      );
    },
    timeout,
  );

  it(
    'reads CRLF line ends and a leading BOM exactly like the plain text',
    () => {
      fc.assert(
        fc.property(renderedArticle, (generated) => {
          const plain = parseValid(generated.text, optionsFor(generated));
          expect(parseValid(generated.text.replace(/\n/g, '\r\n'), optionsFor(generated))).toEqual(plain);
          expect(parseValid(`\uFEFF${generated.text}`, optionsFor(generated))).toEqual(plain);
        }),
        params,
      );
    },
    timeout,
  );

  it(
    'finds every direct quote with its exact words, and no direct quote that is not there',
    () => {
      fc.assert(
        fc.property(renderedArticle, (generated) => {
          const article = parseValid(generated.text, optionsFor(generated));
          const found = article.quotes.filter((q) => q.kind !== 'indirect').map((q) => words(q.text));
          const expected = generated.quotes.filter((q) => q.kind === 'direct').map((q) => words(q.text));
          expect(found).toEqual(expected);
        }),
        params,
      );
    },
    timeout,
  );

  it(
    'attributes each direct quote to its speaker (named in the sentence, or "he added" after their quote)',
    () => {
      fc.assert(
        fc.property(renderedArticle, (generated) => {
          const article = parseValid(generated.text, optionsFor(generated));
          const names = new Map(article.speakers.map((s) => [s.id, s.name]));
          for (const [want, quote] of alignDirect(article, generated)) {
            if (!want.attributable) continue;
            const speaker = quote?.speakerId ? names.get(quote.speakerId) : undefined;
            expect({ quote: want.text, shape: want.shape, speaker }).toEqual({
              quote: want.text,
              shape: want.shape,
              speaker: want.speaker,
            });
          }
        }),
        params,
      );
    },
    timeout,
  );

  it(
    'finds each reported statement ("X said that …", "according to X") with its speaker',
    () => {
      fc.assert(
        fc.property(renderedArticle, (generated) => {
          const article = parseValid(generated.text, optionsFor(generated));
          const names = new Map(article.speakers.map((s) => [s.id, s.name]));
          for (const want of generated.quotes.filter((q) => q.kind === 'indirect')) {
            // The same clause can be reported twice (by a ministry, then by a person): one of them must be this speaker's.
            const speakers = article.quotes
              .filter((q) => q.kind !== 'direct' && q.text.toLowerCase().includes(want.text.toLowerCase()))
              .map((q) => (q.speakerId ? names.get(q.speakerId) : undefined));
            expect({ statement: want.text, speakers }).toEqual({
              statement: want.text,
              speakers: expect.arrayContaining([want.speaker]),
            });
          }
        }),
        params,
      );
    },
    timeout,
  );

  it(
    'takes no place, weekday or "admin" for a speaker',
    () => {
      fc.assert(
        fc.property(renderedArticle, (generated) => {
          const article = parseValid(generated.text, optionsFor(generated));
          const wrong = article.speakers.filter((s) => generated.nonSpeakers.includes(s.name)).map((s) => s.name);
          expect(wrong).toEqual([]);
        }),
        params,
      );
    },
    timeout,
  );

  it(
    'dates every time expression of a dated article ("on Monday", "last week", "more than two years")',
    () => {
      fc.assert(
        fc.property(
          renderedArticle.filter((g) => g.published !== null),
          (generated) => {
            const article = parseValid(generated.text, optionsFor(generated));
            const expressions = article.events.map((e) => e.expression.toLowerCase());
            const missing = generated.dates
              .filter((d) => !expressions.some((e) => e.includes(d.key.toLowerCase())))
              .map((d) => d.phrase);
            expect(missing).toEqual([]);
          },
        ),
        params,
      );
    },
    timeout,
  );
});
