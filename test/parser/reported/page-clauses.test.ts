// @vitest-environment node
/** Reported speech met on real news pages: blows and plans that are no statement, and where a statement's clause starts and ends. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: verbs that report nothing said', () => {
  it('reads a group attacking something as a blow, and a person attacking someone as speaking', () => {
    expect(
      quotes('Thieves attacked a sperm whale on the beach.', 'Salafists attacked bars and galleries in the capital.'),
    ).toEqual([]);
    expect(
      quotes(
        'Donald Trump assailed policies of the Clinton era.',
        'The senator slammed a proposal from the White House.',
      ),
    ).toEqual([
      ['indirect', 'policies of the Clinton era', 'Donald Trump', 'assailed'],
      ['indirect', 'a proposal from the White House', 'Senator', 'slammed'],
    ]);
  });

  it('reads a plan in a relative clause on a noun as no statement: the noun is what is planned', () => {
    expect(
      quotes('The executive order that Obama plans to sign on Friday will have a broad effect on the industry.'),
    ).toEqual([]);
    expect(quotes('The bill which the governor vowed to veto passed the Senate on Tuesday.')).toEqual([]);
    expect(quotes('The debates that Clinton agreed to hold in May were cancelled.')).toEqual([]);
    expect(quotes('The governor vowed to veto the bill on Tuesday.')).toEqual([
      ['indirect', 'to veto the bill on Tuesday', 'Governor', 'vowed'],
    ]);
  });
});

describe('reported speech: acts still to come', () => {
  it('reads a future act on something new as nothing said yet, and a future demand of something named as a statement', () => {
    expect(quotes('Obama will announce a new strategy on Friday.')).toEqual([]);
    expect(quotes('The moderators will demand more details.')).toEqual([
      ['indirect', 'more details', 'Moderators', 'demand'],
    ]);
  });
});

describe('reported speech: where the clause starts and ends', () => {
  it('ends a statement where another speaker, named after a long description, says something else', () => {
    expect(
      quotes(
        'He vowed to keep trying, but the BBC’s North America editor Jon Sopel said the president did not sound very confident.',
      ),
    ).toEqual([
      ['indirect', 'to keep trying', null, 'vowed'],
      ['indirect', 'the president did not sound very confident', 'Jon Sopel', 'said'],
    ]);
  });

  it('reads the clause right after a passive `told`, which has no listener before it', () => {
    expect(
      quotes(
        'We’re told there is security footage that police are looking at.',
        'She was told the plan had been dropped.',
      ),
    ).toEqual([
      ['indirect', 'there is security footage that police are looking at', null, 'told'],
      ['indirect', 'the plan had been dropped', null, 'told'],
    ]);
  });

  it('keeps a list of subjects whole up to their verb, and still ends at another clause after `and`', () => {
    expect(
      quotes(
        'Facebook believes that Emery, along with other writers, ABC News, and Politifact are impartial enough to judge the news.',
      ),
    ).toEqual([
      [
        'indirect',
        'Emery, along with other writers, ABC News, and Politifact are impartial enough to judge the news',
        'Facebook',
        'believes',
      ],
    ]);
    expect(quotes('Mary Collins said the plan was sound, and Jones said it was not.')).toEqual([
      ['indirect', 'the plan was sound', 'Mary Collins', 'said'],
      ['indirect', 'it was not', 'Jones', 'said'],
    ]);
  });

  it('gives a quote after a long introduction ending in a colon to the introduction’s subject', () => {
    expect(
      quotes(
        'Ann Smith grows apples.',
        'Smith summed up the long road from a small family farm in the valley to the shelves of a supermarket chain owned by a company that has changed the way people shop: “It is a new world for us.”',
      ).map(([kind, text, speaker]) => [kind, text, speaker]),
    ).toEqual([['direct', 'It is a new world for us.', 'Ann Smith']]);
  });
});
