// @vitest-environment node
/** Expectations as a passive whose holder the sentence does not name: a thought with no speaker, cue `expected`. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

describe('expectations with no holder', () => {
  it.each([
    ['The Fed is expected to raise rates in December.', 'The Fed to raise rates in December'],
    ['Mrs. Clinton is not expected to attend the dinner.', 'Mrs. Clinton to attend the dinner'],
    ['The council will be widely expected to approve the budget.', 'The council to approve the budget'],
    [
      'More than 250,000 Iowans are expected to attend caucuses on Monday.',
      'More than 250,000 Iowans to attend caucuses on Monday',
    ],
    [
      'The central bank, which has held rates near zero since 2008, is expected to act in December.',
      'The central bank, which has held rates near zero since 2008 to act in December',
    ],
    ['The speech, which is expected to draw a large audience, starts at nine.', 'which to draw a large audience'],
    ['Donald Trump is expected to attend, though several stars are not.', 'Donald Trump to attend'],
    ['He’s also expected to unveil a new ad on Monday.', 'He’s to unveil a new ad on Monday'],
  ])('reads %j', (sentence, expectation) => {
    expect(quotes(sentence)).toEqual([['indirect', expectation, null, 'expected']]);
  });

  it('marks it a thought, in two pieces around the cue', () => {
    const article = parseArticle('Title of the story\n\nThe Fed is expected to raise rates in December.', { id: 't' });
    expect(article.quotes.map((q) => [q.act, q.speakerId, q.spans.length])).toEqual([['thought', null, 2]]);
  });

  it.each([
    'The vote came sooner than expected.',
    'The expected vote did not take place.',
    'The bill is expected by analysts to pass.',
    'Sales rose more than expected to the end of June.',
  ])('reads no expectation in %j', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});
