// @vitest-environment node
/** Attributions written after the quote with a verb no cue list holds: `"…," Trump barked`. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('a subject and a past-tense verb after a quote that ends in a comma', () => {
  it('attributes the quote to the subject, with the verb (and its particle) as the cue', () => {
    expect(
      quotes(
        '"Go back to Univision," Trump barked and a security guard escorted Ramos out.',
        '"The stock hasn\'t done well," Mr. Rubel pointed out.',
        '"You\'ve called women you don\'t like fat pigs," Kelly charged in her now-infamous assault.',
      ).map(([, text, speaker, cue]) => [text, speaker, cue]),
    ).toEqual([
      ['Go back to Univision', 'Trump', 'barked'],
      ["The stock hasn't done well", 'Rubel', 'pointed out'],
      ["You've called women you don't like fat pigs", 'Kelly', 'charged'],
    ]);
  });

  it('reads nothing from a verb with an object, or after a quoted phrase inside the writer’s sentence', () => {
    expect(
      quotes(
        'As for the mangling of "Hamas in the desert," Levine found it funny.',
        '"We will build it all again," Clinton unveiled a plan on Monday.',
      ).filter(([kind]) => kind !== 'indirect'),
    ).toEqual([['direct', 'We will build it all again', null, null]]);
  });
});

describe('a name right before the participle of a cue verb', () => {
  it('attributes the quote after `NAME asking,` or `NAME reportedly yelling:` to that person', () => {
    expect(
      quotes(
        'The ad uses footage of Hillary Clinton asking, "Why aren\'t I 50 points ahead?"',
        'Some of his supporters kicked a protester, with Donald Trump reportedly yelling: "Get him out of here!"',
      ).map(([, text, speaker, cue]) => [text, speaker, cue]),
    ).toEqual([
      ["Why aren't I 50 points ahead?", 'Hillary Clinton', 'asking'],
      ['Get him out of here!', 'Donald Trump', 'yelling'],
    ]);
  });

  it('reads no speaker from a participle that is not set off from the quote by a comma or a colon', () => {
    expect(
      quotes(
        'The crowd heard Donald Trump yelling "we will build a great wall and Mexico will pay for it" at a rally in Ohio.',
      ).map(([, text, speaker]) => [text, speaker]),
    ).toEqual([['we will build a great wall and Mexico will pay for it', null]]);
  });
});

describe('`read` next to a quote', () => {
  it('attributes the quote to the document that reads so', () => {
    expect(
      quotes(
        '"If she wants to be the next president, she should act like one," the editorial read.',
        'The statement read: "We regret the confusion this has caused."',
      ).map(([, text, speaker, cue]) => [text, speaker, cue]),
    ).toEqual([
      ['If she wants to be the next president, she should act like one', 'Editorial', 'read'],
      ['We regret the confusion this has caused.', 'Statement', 'read'],
    ]);
  });
});

describe('a subject after the quote that opens with a past participle', () => {
  it('reads `retired Air Force general Lloyd Newton said` as that person', () => {
    expect(
      quotes(
        '"She is the only candidate with the experience to lead," retired Air Force general Lloyd Newton said.',
      ).map(([, text, speaker]) => [text, speaker]),
    ).toEqual([['She is the only candidate with the experience to lead', 'Lloyd Newton']]);
  });
});

describe('a cue and `that,` before a quoted sentence', () => {
  it('attributes the quoted sentence set off by `that,` to the subject of the cue', () => {
    expect(
      quotes('Trump tweeted that, "For those few people knocking me, at least you know I will be there."').map(
        ([, text, speaker, cue]) => [text, speaker, cue],
      ),
    ).toEqual([['For those few people knocking me, at least you know I will be there.', 'Trump', 'tweeted']]);
  });
});

describe('a cue and a pronoun after a quote, with more words after them', () => {
  it('reads `said he would …` as what was said, not `he` speaking the quote', () => {
    expect(quotes('Humphrey, who calls Trump a "sociopath," said he would not vote for him.')).toEqual([
      ['mixed', 'Trump a "sociopath,"', 'Humphrey', 'calls'],
      ['indirect', 'he would not vote for him', 'Humphrey', 'said'],
    ]);
  });

  it('still reads a pronoun that ends the attribution, or comes before words of manner, as the speaker', () => {
    expect(quotes('Ann Lee stood up. "We are done," said she.', '"What is wanted?" said she mildly.')).toEqual([
      ['direct', 'We are done', 'Ann Lee', 'said'],
      ['direct', 'What is wanted?', 'Ann Lee', 'said'],
    ]);
  });
});
