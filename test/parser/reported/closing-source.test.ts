// @vitest-environment node
/**
 * An attribution that closes the sentence with more than a bare source after the cue: a phrase of time,
 * place or occasion to the end (`…, he said Wednesday on MSNBC's "Morning Joe."`), or a source with an
 * appositive or a relative clause of its own (`…, said Steve Grubbs, an Iowa operative.`).
 */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: an attribution that closes the sentence', () => {
  it.each([
    [
      'Ana Ruiz was never a supporter of the plan, she said Wednesday morning on MSNBC’s “Morning Joe.”',
      'Ana Ruiz was never a supporter of the plan',
    ],
    [
      'His allegiance has shifted from Fiorina to Rubio to, now, Cruz, Tom Wilkin said during his speech to the delegates.',
      'His allegiance has shifted from Fiorina to Rubio to, now, Cruz',
    ],
    [
      'The two emails have been placed in secure storage, Patrick Kennedy wrote in a memo to the inspector general.',
      'The two emails have been placed in secure storage',
    ],
  ])('reads the clause before `X said` and a phrase to the end: %s', (text, said) => {
    expect(quotes(text).map(([kind, content, , cue]) => [kind, content, cue])).toEqual([
      ['indirect', said, expect.stringMatching(/^(?:said|wrote)$/)],
    ]);
  });

  it('reads the words after a phrase as what was said when they make a clause', () => {
    expect(quotes('After the vote, Ana Ruiz said in an interview the bill was dead.').map(([, text]) => text)).toEqual([
      'the bill was dead',
    ]);
    expect(
      quotes('Friday morning, as the parade rolled by, CNN reported at least six planes filled the skies.').map(
        ([, text]) => text,
      ),
    ).not.toContain('Friday morning, as the parade rolled by');
  });

  it('reads no attribution from a passive participle with `by`', () => {
    expect(
      quotes(
        'The movie follows Katherine, a woman in the Lady Macbeth line characterized by a potent cocktail of very few scruples.',
      ),
    ).toEqual([]);
  });

  it('keeps a thought verb’s preposition with it, and a few words of adverbial out', () => {
    expect(quotes('Like President Obama, I believe in the good sense of the American people.')).not.toContainEqual(
      expect.arrayContaining(['Like President Obama']),
    );
  });

  it.each([
    [
      'Candidates have more room to walk away from the program, said Steve Grubbs, an Iowa operative working for Rand Paul’s campaign.',
      'Candidates have more room to walk away from the program',
      'Steve Grubbs',
    ],
    [
      'In a year when arguments are resonating with voters, candidates have more room, said Steve Grubbs, an Iowa operative.',
      'In a year when arguments are resonating with voters, candidates have more room',
      'Steve Grubbs',
    ],
    [
      'That will be true up to a point, said Jake Sherman, who was elected in 2012.',
      'That will be true up to a point',
      'Jake Sherman',
    ],
  ])('reads `CLAUSE, said X, …` with an aside about the source: %s', (text, said, speaker) => {
    expect(quotes(text)).toEqual([['indirect', said, speaker, 'said']]);
  });

  it('reads no statement across another attribution: the quotation before it keeps its own speaker', () => {
    const found = quotes(
      '"His demeanor is grumpy," she said, but despite the tone, "I think he will do it," said Kunin, who has been critical of Sanders.',
    ).map(([kind, text]) => [kind, text]);
    expect(found).toContainEqual(['direct', 'His demeanor is grumpy']);
  });
});
