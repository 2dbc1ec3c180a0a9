// @vitest-environment node
/**
 * Forms of `reported` and its sources: what a filing reports (`reported spending $6 million on ads`), and a
 * report named as the source of a clause (`As reported by X, CLAUSE`).
 */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: what a report or a filing states', () => {
  it.each([
    [
      'Conservative outside groups reported spending $6 million attacking Clinton.',
      'spending $6 million attacking Clinton',
      'Conservative outside groups',
    ],
    [
      'Mr. Kasich reported having $1.3 million in cash on hand at the beginning of March.',
      'having $1.3 million in cash on hand at the beginning of March',
      'Kasich',
    ],
  ])('reads a gerund after `reported` as what was reported: %s', (text, content, speaker) => {
    expect(quotes(text)).toEqual([['indirect', content, speaker, 'reported']]);
  });

  it('reads no gerund object in a word in -ing that is not one, nor after the noun `report`', () => {
    expect(quotes('The senator reported during the hearing.')).toEqual([]);
    expect(quotes('The FEC report covering the last three months will offer a clearer picture.')).toEqual([]);
  });
});

describe('reported speech: a source named by `as reported by`', () => {
  it('reads the clause after `As reported by X,` as said by X', () => {
    expect(quotes('As reported by Western Journalism, investigators found over 2,200 emails on the server.')).toEqual([
      ['indirect', 'investigators found over 2,200 emails on the server', 'Western Journalism', 'reported'],
    ]);
  });

  it('reads the clause before `, as first reported by X` at the end of the sentence, past a time', () => {
    expect(
      quotes(
        'The super PAC started reserving ad time in swing states, as first reported by the New York Times on Tuesday.',
      ),
    ).toEqual([['indirect', 'The super PAC started reserving ad time in swing states', 'New York Times', 'reported']]);
  });

  it('reads no source from evidence (`as shown by`) nor from a clause that goes on after the source', () => {
    expect(quotes('Support grew, as shown by the latest poll of Iowa voters.')).toEqual([]);
    expect(quotes('He spoke at the convention, as reported by several outlets, and then he left the hall.')).toEqual(
      [],
    );
  });
});

describe('reported speech: a comma inside a number', () => {
  it('does not end what was said at the comma of `2,200`', () => {
    expect(quotes('Officials said the plan has 2,200 emails on the server.')).toEqual([
      ['indirect', 'the plan has 2,200 emails on the server', 'Officials', 'said'],
    ]);
  });
});

describe('reported speech: a clause with a plain verb after a cue that needs no `that`', () => {
  it('reads `argue the system gives …` as a clause', () => {
    expect(quotes('Supporters argue the system gives too much power to party elites.')).toEqual([
      ['indirect', 'the system gives too much power to party elites', 'Supporters', 'argue'],
    ]);
  });

  it('reads no clause in a noun object whose words end in -ed or -s', () => {
    expect(quotes('Rubio claimed the prize for exceeding expectations.')).toEqual([]);
    expect(quotes('Schlafly maintained an energetic pace into advanced age.')).toEqual([]);
  });
});

describe('reported speech: a second participle joined by `and` or `but`', () => {
  it('reads each participle as its own statement, with the subject of the main clause', () => {
    expect(
      quotes(
        'Trump fired back, saying he would not support the agenda and suggesting that politicians should do better.',
      ),
    ).toEqual([
      ['indirect', 'he would not support the agenda', 'Trump', 'saying'],
      ['indirect', 'politicians should do better', 'Trump', 'suggesting'],
    ]);
    expect(
      quotes('Trump sought to look strong, painting others as weak and suggesting that he would do whatever it took.'),
    ).toContainEqual(['indirect', 'he would do whatever it took', 'Trump', 'suggesting']);
  });

  it('reads no statement in a participle after `and` with no participle set off before it', () => {
    expect(quotes('The crowd kept cheering and suggesting names for the new school.')).toEqual([]);
  });
});

describe('reported speech: participles that carry a speaker', () => {
  it('reads the noun after `with` as the speaker of any such participle', () => {
    expect(
      quotes(
        'The debate went on, with Senator John McCain telling reporters on Thursday he viewed Obama as responsible.',
      ),
    ).toEqual([['indirect', 'he viewed Obama as responsible', 'John McCain', 'telling']]);
  });

  it('reads `while also suggesting` as `while suggesting`', () => {
    expect(
      quotes('Trump promised to build a wall, while also suggesting that birthright citizenship should be abolished.'),
    ).toContainEqual(['indirect', 'birthright citizenship should be abolished', 'Trump', 'suggesting']);
  });

  it('reads a place after the listener as part of it, up to `that`', () => {
    expect(
      quotes(
        'Trump was upbeat, telling reporters during a visit to Scotland on Friday that the vote was a great thing.',
      ),
    ).toEqual([['indirect', 'the vote was a great thing', 'Trump', 'telling']]);
  });
});

describe('reported speech: a relative clause with an assertion or a belief inside', () => {
  it('reads `which Reyes argued was rushed` as the relative word and its verb phrase', () => {
    expect(quotes('The tender, which Reyes argued was rushed, closes on Friday.')).toEqual([
      ['indirect', 'which was rushed', 'Reyes', 'argued'],
    ]);
    expect(quotes('The tax, which economists believe would lower growth, passed.')).toEqual([
      ['indirect', 'which would lower growth', 'Economists', 'believe'],
    ]);
  });
});

describe('reported speech: a cross-reference is no source', () => {
  it('reads nothing said in `As described in the section below, …`', () => {
    expect(quotes('As described in the Queue section below, the consumer polls the task store every second.')).toEqual(
      [],
    );
  });
});
