// @vitest-environment node
/** Claims and denials through the whole parser, on short articles. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';

const claimsOf = (text: string) => {
  const article = parseArticle(`Headline\n\n${text}`, { id: 't' });
  const quoteText = (id: string) => article.quotes.find((q) => q.id === id)?.text;
  return article.claims.map((c) => [c.id, c.stance, c.speakerId, c.respondsTo, c.quoteIds.map(quoteText)]);
};

describe('claims and denials', () => {
  it('makes no claims of plain said-clauses that nobody answers', () => {
    expect(
      claimsOf('Mayor Jo Park said the library would open in May.\n\nThe council said the budget was approved.'),
    ).toEqual([]);
  });

  it('pairs a denial verb with the contested claim before it', () => {
    expect(
      claimsOf('The union claimed that the mine was unsafe.\n\nMinecorp rejected the allegation on Monday.'),
    ).toEqual([
      ['c1', 'claim', 'union', null, ['the mine was unsafe']],
      ['c2', 'denial', 'minecorp', 'c1', ['the allegation']],
    ]);
  });

  it('pairs an anaphoric denial (`denied that, saying …`, `rejected that characterisation`) with the statement just before', () => {
    const text = [
      'Mayor Ann Cole said the bridge would reopen in May.',
      'The Harbour Alliance claimed the repairs would cost 40 million pounds.',
      'Engineer Tom Reyes denied that, saying the work costs less than 10 million.',
      '"The council is hiding the real figures," said Dr. Kate Lund.',
      'Brightway Council rejected that characterisation.',
    ].join('\n\n');
    expect(claimsOf(text)).toEqual([
      ['c1', 'claim', 'harbour-alliance', null, ['the repairs would cost 40 million pounds']],
      ['c2', 'denial', 'tom-reyes', 'c1', ['the work costs less than 10 million']],
      ['c3', 'claim', 'kate-lund', null, ['The council is hiding the real figures']],
      ['c4', 'denial', 'brightway-council', 'c3', ['that characterisation']],
    ]);
  });

  it('reads a negated restatement as a denial of the statement it restates', () => {
    expect(
      claimsOf(
        'Local officials said the dam had failed overnight.\n\nEngineer Bo Li said the dam had not failed and was holding.',
      ),
    ).toEqual([
      ['c1', 'claim', 'local-officials', null, ['the dam had failed overnight']],
      ['c2', 'denial', 'bo-li', 'c1', ['the dam had not failed and was holding']],
    ]);
  });

  it('matches "the Chinese statement" to the Chinese speaker rather than the nearest one', () => {
    const text = [
      'The Chinese Foreign Ministry announced that the talks had collapsed.',
      'The Japanese Embassy said that the delegation would fly home on Friday.',
      'US diplomats denied the Chinese statement.',
    ].join('\n\n');
    expect(claimsOf(text)).toEqual([
      ['c1', 'claim', 'chinese-foreign-ministry', null, ['the talks had collapsed']],
      ['c2', 'denial', 'us-diplomats', 'c1', ['the Chinese statement']],
    ]);
  });

  it('leaves a negation that restates nothing alone', () => {
    expect(claimsOf('Ann Cole said the fair was busy.\n\n"We will not open on Sunday," said Tom Reyes.')).toEqual([]);
  });
});

describe('robustness', () => {
  it('reads odd quotation marks without inventing quotes', () => {
    const article = parseArticle(
      'Title\n\n«Bonjour», said Luc Martin. „Hallo“ ” stray.\n\nA 12" pipe burst.\n\n"unclosed',
      { id: 't' },
    );
    expect(article.quotes.map((q) => q.text)).toEqual(['Bonjour', 'Hallo']);
  });

  // Growth with size is measured by `npm run bench -- parser` (10x the text may cost at most 12x the time);
  // the test holds no timed pass mark, only that a long article is read whole.
  it('reads every quote of a long article', () => {
    const paragraph =
      '"We will build it," Mayor Dana Ruiz said. Critics said that the plan was too costly, adding that "nobody asked us."\n\n';
    const copies = 2000;
    const article = parseArticle(`Title\n\n${paragraph.repeat(copies)}`, { id: 't' });
    expect(article.quotes.length).toBeGreaterThanOrEqual(copies * 2);
    expect(article.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(copies);
  });
});
