// @vitest-environment node
/** How things seem, with no holder named: a thought with no speaker, cue `seems`/`appeared`. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

describe('seeming with no holder', () => {
  it.each([
    ['The race seems to be tightening in Ohio.', 'The race to be tightening in Ohio', 'seems'],
    ['Mr. Rubio appeared to be on the upswing after a strong showing.', 'Mr. Rubio to be on the upswing', 'appeared'],
    ['Investors seem to agree: the shares rose on Monday.', 'Investors to agree', 'seem'],
    ['Clinton still seems to lack a clear message.', 'Clinton to lack a clear message', 'seems'],
    ['It appears that the talks have stalled for good.', 'that the talks have stalled for good', 'appears'],
    ['It seems likely the senator will run again.', 'likely the senator will run again', 'seems'],
    // A capitalised `-ly` word is a name, not an adverb between the subject and the cue.
    ['Ms. Kelly seemed to leave the network early.', 'Ms. Kelly to leave the network early', 'seemed'],
  ])('reads %j', (sentence, content, cue) => {
    expect(quotes(sentence)).toEqual([['indirect', content, null, cue]]);
  });

  it('marks it a thought, in two pieces around the cue', () => {
    const article = parseArticle('Title of the story\n\nThe race seems to be tightening in Ohio.', { id: 't' });
    expect(article.quotes.map((q) => [q.act, q.speakerId, q.spans.length])).toEqual([['thought', null, 2]]);
  });

  it.each([
    'Trump appeared on Fox News on Sunday morning.',
    'She appeared nervous before the debate.',
    'Clinton seemed irritated by the question.',
    'The party needs a system that seems fair to voters.',
    'Sanders, who appeared to tire late in the night, left early.',
    'It appeared to me the crowd was smaller.',
  ])('reads no seeming in %j', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});
