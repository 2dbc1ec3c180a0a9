// @vitest-environment node
/** Intentions in the progressive or as a participle: `are hoping to …`, `…, vowing to …`. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

describe('intentions in the progressive', () => {
  it.each([
    ['Democrats are hoping to retain the White House next year.', 'to retain the White House next year', 'Democrats'],
    [
      'Sanders spoke in Flint on Sunday, vowing to fight on to the convention.',
      'to fight on to the convention',
      'Sanders',
    ],
    ['Hillary Clinton is promising to raise taxes on the wealthy.', 'to raise taxes on the wealthy', 'Hillary Clinton'],
  ])('reads %j', (sentence, content, speaker) => {
    const [found] = quotes(sentence);
    expect(found?.slice(0, 3)).toEqual(['indirect', content, speaker]);
  });

  it('marks a hope a thought and a vow speech', () => {
    const article = parseArticle(
      'Title of the story\n\nDemocrats are hoping to retain the White House.\n\nSanders spoke on Sunday, vowing to fight on.',
      { id: 't' },
    );
    expect(article.quotes.map((q) => [q.cue, q.act])).toEqual([
      ['hoping', 'thought'],
      ['vowing', 'speech'],
    ]);
  });

  it.each([
    'Republicans are not hoping to lose the seat.',
    'The company is planning to open a store.',
    'It is hoping to rain later.',
    'Democrats are hoping for a better result.',
  ])('reads no intention in %j', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});
