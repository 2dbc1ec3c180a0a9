// @vitest-environment node
/** Who says a direct quote when the attribution stands before it. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('an attribution before the quote, with a time first', () => {
  it.each([
    [
      'However, the Smithsonian Institution said Thursday on Twitter, "We never asked for the gun."',
      ['direct', 'We never asked for the gun.', 'Smithsonian Institution', 'said'],
    ],
    [
      'Mayor Ann Ruiz said Monday: “The bridge will open in May.”',
      ['direct', 'The bridge will open in May.', 'Ann Ruiz', 'said'],
    ],
  ])('reads %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });
});

describe('a quote right after `…, X said.`', () => {
  it.each([
    [
      'The plan is dead, Mayor Ann Ruiz said. "We will not build it."',
      ['direct', 'We will not build it.', 'Ann Ruiz', 'said'],
    ],
    [
      'The budget is too small, Dale Okafor said on Monday. “Nobody asked us about it.”',
      ['direct', 'Nobody asked us about it.', 'Dale Okafor', 'said'],
    ],
  ])('goes on with the speaker of the sentence before: %j', (paragraph, expected) => {
    expect(quotes(paragraph).at(-1)).toEqual(expected);
  });

  it('not when another sentence stands between them', () => {
    expect(
      quotes('The plan is dead, Mayor Ann Ruiz said. The council met on Friday. "We will not build it."').at(-1),
    ).toEqual(['direct', 'We will not build it.', null, null]);
  });
});

describe('numbers in a speaker', () => {
  it.each([
    ['In the survey, 1,200 voters said the plan was dead.', ['indirect', 'the plan was dead', 'Voters', 'said']],
  ])('reads a number with a thousands comma as one number: %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });
});

describe('the participle of a cue verb right before the quote', () => {
  it.each([
    [
      'Howard Dean poked at Trump during the debate, tweeting, "Notice Trump sniffing all the time."',
      ['direct', 'Notice Trump sniffing all the time.', 'Howard Dean', 'tweeting'],
    ],
    [
      'Mayor Ann Ruiz spoke for an hour, stating: "We will not stop this work on the border."',
      ['direct', 'We will not stop this work on the border.', 'Ann Ruiz', 'stating'],
    ],
  ])('takes the subject of its main clause: %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });

  it('not a participle with an object of its own between it and a split quote', () => {
    expect(
      quotes('"Every time you say that," Jon Tester said, referring to the excuse, "you give them ammunition."')
        .filter(([kind]) => kind === 'direct')
        .map((q) => q[3]),
    ).toEqual(['said', 'said']);
  });
});

describe('a cue that opens the sentence, then the speaker', () => {
  it.each([
    [
      ['The tax code would grow more complicated. Said Ellis: "She is not interested in tax reform."'],
      ['direct', 'She is not interested in tax reform.', 'Ellis', 'Said'],
    ],
    [
      [
        'Roger Stone, a longtime adviser, spoke on Monday.',
        'The machines can be rigged. Continued Stone: "The big city machines are very adept at it."',
      ],
      ['direct', 'The big city machines are very adept at it.', 'Roger Stone', 'Continued'],
    ],
  ])('reads the name after the cue, without the cue in it: %j', (paragraphs, expected) => {
    expect(quotes(...paragraphs).at(-1)).toEqual(expected);
  });
});

describe('a participle after a main clause that opens with an adverb', () => {
  it.each([
    [
      'Ultimately, Mayor Ann Ruiz rejected the plan, saying, "It costs too much."',
      ['direct', 'It costs too much.', 'Ann Ruiz', 'saying'],
    ],
    [
      'Publicly, Dale Okafor praised the budget, adding: "Nobody asked us about it."',
      ['direct', 'Nobody asked us about it.', 'Dale Okafor', 'adding'],
    ],
  ])('takes the subject after the adverb, not the adverb: %j', (sentence, expected) => {
    expect(quotes(sentence).at(-1)).toEqual(expected);
  });
});

describe('`As X put it,` before the quote', () => {
  it.each([
    [
      'As Tom Ridge, a former secretary of homeland security, put it: "We must act before it is too late."',
      ['direct', 'We must act before it is too late.', 'Tom Ridge', 'put it'],
    ],
    [
      'As Professor Ann Foner recently put it, "Immigrants feel less welcome in Europe."',
      ['direct', 'Immigrants feel less welcome in Europe.', 'Ann Foner', 'put it'],
    ],
  ])('reads the subject of the `As` clause as the speaker: %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });
});

describe('a question put to a listener before the quote', () => {
  it('reads `X asked the crowd, "…"` as X asking', () => {
    expect(quotes('Mayor Ann Ruiz then asked the buzzing crowd, "Can she stay? Can she stay?"')).toEqual([
      ['direct', 'Can she stay? Can she stay?', 'Ann Ruiz', 'asked'],
    ]);
  });

  it('not a word quoted inside a request (`asked actors to act "whiter."`)', () => {
    expect(quotes('The director Ann Ruiz asked the actors to act "whiter."').filter((q) => q[0] === 'direct')).toEqual(
      [],
    );
  });
});

describe('a cue after `to`, `by` or `as`', () => {
  it.each([
    [
      'Secretary Jon Husted continued by saying, "One court cannot change the law."',
      ['direct', 'One court cannot change the law.', 'Jon Husted', 'saying'],
    ],
    [
      'Mayor Ann Ruiz went on to say, "The bridge will open in May."',
      ['direct', 'The bridge will open in May.', 'Ann Ruiz', 'say'],
    ],
    [
      'Dale Okafor is quoted as saying, "These are likely voters."',
      ['direct', 'These are likely voters.', 'Dale Okafor', 'saying'],
    ],
  ])('takes the subject of the verb before: %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });
});

describe('a cue after `and` and an adverb, before a quote', () => {
  it('shares the subject of the sentence, and the quote stays', () => {
    expect(
      quotes(
        'Ann Lee stood up. She stays and then says, "Don\'t shoot him."',
        'Tom Baker sat down and repeatedly said, "We are safe."',
      ),
    ).toEqual([
      ['direct', "Don't shoot him.", 'Ann Lee', 'says'],
      ['direct', 'We are safe.', 'Tom Baker', 'said'],
    ]);
  });
});

describe('a participle right after a document its subject issued', () => {
  it('takes the subject of the main clause', () => {
    expect(
      quotes('Ann Lee stood up. At the time, she released a statement saying, "We are proud of the line."').map(
        ([kind, text, speaker, cue]) => [kind, text, speaker, cue],
      ),
    ).toEqual([['direct', 'We are proud of the line.', 'Ann Lee', 'saying']]);
  });
});

describe('`told X,` or `asked X,` after a comma, before the quote', () => {
  it('names who listened; the subject before the cue speaks', () => {
    expect(quotes('Dick Dever, who was listed on the Cruz slate, told POLITICO, "I am not sure."')).toEqual([
      ['direct', 'I am not sure.', 'Dick Dever', 'told'],
    ]);
  });

  it('still reads a name after another cue as the speaker', () => {
    expect(quotes('The vote was close, explained Ann Rosenberg, "and we lost."')).toEqual([
      ['direct', 'and we lost.', 'Ann Rosenberg', 'explained'],
    ]);
  });
});
