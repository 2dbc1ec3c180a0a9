// @vitest-environment node
/**
 * `At the heart of the trouble, according to Dennis Ross, was a decision …`: a source set off by commas
 * inside one statement; what was said is both sides of it.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { slice } from '../helpers';

/** Each quote's text with its parts joined by ` … `, and its cue. */
function statements(text: string): [string, string | null][] {
  const article = parseArticle(['Title of the story', text].join('\n\n'), { id: 't' });
  return article.quotes.map((q) => [q.spans.map((s) => slice(article, s)).join(' … '), q.cue]);
}

describe('reported speech: a source inside the statement', () => {
  it.each([
    [
      'At the heart of the trouble, according to Dennis B. Ross, another former special envoy, was a decision by the president to keep his distance.',
      'At the heart of the trouble … was a decision by the president to keep his distance',
    ],
    [
      'Among the precedents now at risk, according to Ms. Epstein, are 16 rulings on unions and tax policy.',
      'Among the precedents now at risk … are 16 rulings on unions and tax policy',
    ],
    [
      'About 10:03 p.m., according to a congressional timeline, the security contractors left for the compound.',
      'About 10:03 p.m. … the security contractors left for the compound',
    ],
    [
      'One of the decisions they have made, according to a person close to the process, is to turn every attack into a counterattack.',
      'One of the decisions they have made … is to turn every attack into a counterattack',
    ],
  ])('reads both sides of the source: %s', (text, said) => {
    expect(statements(text)).toEqual([[said, 'according to']]);
  });

  it('keeps to the clause before the source when it has its own verb and another clause follows', () => {
    expect(
      statements(
        'The governor signed the budget in the spring, according to the records, and the legislature left town.',
      ).map(([text]) => text),
    ).toEqual(['The governor signed the budget in the spring']);
  });
});
