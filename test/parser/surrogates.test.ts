// @vitest-environment node
/**
 * No offset the parser writes may fall between the two UTF-16 halves of one
 * character (an emoji, a mathematical letter): the slice would show "��".
 * Generated articles get astral characters inserted anywhere a code point
 * boundary allows, including right next to quotation marks and names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Span } from '@/article';
import { arbitraryArticleModel } from '../support/article-arbitraries';
import { renderArticle } from '../support/generate-article';
import { parseOrReject } from '../support/parser-invariants';

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);
const ASTRAL = ['🎉', '😀', '𝒜', '𠜎', '👩‍👩‍👧'];

function splits(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function spansOf(article: Article): [string, Span][] {
  return [
    ...article.quotes.flatMap((q) => [
      ...q.spans.map((s, i): [string, Span] => [`${q.id}.spans.${i}`, s]),
      ...(q.cueSpan ? [[`${q.id}.cueSpan`, q.cueSpan] as [string, Span]] : []),
      ...(q.sourceSpan ? [[`${q.id}.sourceSpan`, q.sourceSpan] as [string, Span]] : []),
    ]),
    ...article.events.map((e): [string, Span] => [`${e.id}.span`, e.span]),
  ];
}

/** Inserts astral characters at code point boundaries (positions given as fractions of the text). */
const withAstral = fc
  .tuple(
    arbitraryArticleModel.map((model) => renderArticle(model).text),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...ASTRAL)), {
      minLength: 1,
      maxLength: 12,
    }),
  )
  .map(([text, inserts]) => {
    const points = Array.from(text);
    for (const [at, char] of inserts) points.splice(Math.floor(at * points.length), 0, char);
    return points.join('');
  });

describe('spans stay whole', () => {
  it(
    'never splits a surrogate pair, whatever astral characters the text holds',
    () => {
      fc.assert(
        fc.property(withAstral, (text) => {
          const article = parseOrReject(text, { id: 'astral' });
          if (!article) return;
          const blocks = new Map(article.blocks.map((b) => [b.id, b.text]));
          for (const [where, span] of spansOf(article)) {
            const block = blocks.get(span.blockId) ?? '';
            expect(splits(block, span.start), `${where}.start`).toBe(false);
            expect(splits(block, span.end), `${where}.end`).toBe(false);
          }
        }),
        { numRuns },
      );
    },
    Math.max(60_000, numRuns * 200),
  );
});
