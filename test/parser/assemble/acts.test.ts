// @vitest-environment node
/** Speech or thought: which attributions the reader marks as the writer's account of a state of mind. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';

function actsOf(text: string): [string, string | null, string][] {
  const article = parseArticle(`Headline\n\n${text}`, { id: 'acts', published: '2020-03-02' });
  return article.quotes.map((quote) => [quote.act, quote.cue, quote.text]);
}

describe('the act of an attribution', () => {
  it.each([
    ['Senator Ann Ruiz believed Moscow was acting against the treaty.', 'thought', 'believed'],
    ['Many economists fear the tariffs could cost thousands of jobs.', 'thought', 'fear'],
    ["The senator's belief that the bill would pass proved wrong.", 'thought', 'belief'],
    ['Mayor Jane Doe said the bridge would open in May.', 'speech', 'said'],
    ['Jane Doe told reporters the bridge would open in May.', 'speech', 'told'],
    ["The mayor's statement that the bridge would open in May surprised no one.", 'speech', 'statement'],
    ['A new poll shows that most voters oppose the tax.', 'speech', 'shows'],
  ])('%j is %s (cue %j)', (sentence, act, cue) => {
    const found = actsOf(sentence);
    expect(found.map(([a, c]) => [a, c])).toEqual([[act, cue]]);
  });

  it('keeps a direct quote speech, even when the words inside it name a belief', () => {
    expect(actsOf('"I believe we will win," Jane Doe said.').map(([act]) => act)).toEqual(['speech']);
  });
});
