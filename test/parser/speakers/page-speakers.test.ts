// @vitest-environment node
/** Speakers a reader met on real news pages: pairs of subjects, people set off with where they are from, bodies `it` stands for. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

const speakers = (...paragraphs: string[]) => quotes(...paragraphs).map(([, text, speaker]) => [text, speaker]);

describe('a pair of subjects joined by `and`', () => {
  it('is one group, a possessive after `and` included', () => {
    expect(speakers('Parata and his family believe the police acted too slowly.')).toEqual([
      ['the police acted too slowly', 'Parata and his family'],
    ]);
  });

  it.each([
    ['Both the union and the company said the talks would resume on Monday.'],
    ['The union and the company said the talks would resume on Monday.'],
  ])('is written as in the text, with both articles: %s', (sentence) => {
    expect(speakers(sentence)).toEqual([['the talks would resume on Monday', 'The union and the company']]);
  });
});

describe('a person set off with where they are from', () => {
  it('is the speaker when the place holds a comma of its own (a town and its state)', () => {
    expect(
      speakers(
        '"We lost everything," Johnnie Wilson, of Springfield, Va., said.',
        'Ann Lee, from Dayton, Ohio, said the storm took her roof.',
      ),
    ).toEqual([
      ['We lost everything', 'Johnnie Wilson'],
      ['the storm took her roof', 'Ann Lee'],
    ]);
  });
});

describe('`it` after a body named by one word', () => {
  it('is that body, even when no organisation word named it', () => {
    expect(
      speakers(
        'The Russian space agency said the ship was lost.',
        'The craft broke up over Siberia, Roscosmos said in a statement. It said most of the debris burnt up.',
      ),
    ).toEqual([
      ['the ship was lost', 'Russian space agency'],
      ['The craft broke up over Siberia', 'Roscosmos'],
      ['most of the debris burnt up', 'Roscosmos'],
    ]);
  });

  it('is never a person named by one word with a gender or a role', () => {
    expect(
      speakers(
        'The board met on Monday, the company said.',
        'Mr. Smith said the vote was close. It said profits fell.',
      ),
    ).toEqual([
      ['The board met on Monday', 'Company'],
      ['the vote was close', 'Smith'],
      ['profits fell', 'Company'],
    ]);
  });
});

describe('a preposition or sentence adverb that opens a sentence', () => {
  it('names no one: the subject after it speaks', () => {
    expect(
      speakers(
        'Beyond the camera footage, the affidavit cited interviews with witnesses and said the guard had seen bruises.',
        'Amid calls to resign, Matt Walsh defended the list, saying it is needed.',
      ),
    ).toEqual([
      ['the guard had seen bruises', 'Affidavit'],
      ['the list', 'Matt Walsh'],
      ['it is needed', 'Matt Walsh'],
    ]);
  });
});

describe('a second verb after `and` or `but`, in a sentence that opens with a phrase of time or place', () => {
  it('shares the subject after the opening phrase', () => {
    expect(
      speakers(
        'In April, Twitter reported flat user growth, and said it was still operating at a loss.',
        'Last month, FBI Director James Comey called her conduct careless, but said she should face no charges.',
      ),
    ).toEqual([
      ['it was still operating at a loss', 'Twitter'],
      ['her conduct careless', 'James Comey'],
      ['she should face no charges', 'James Comey'],
    ]);
  });
});

describe('a person, then commas inside what describes them, then the verb', () => {
  it('is the speaker, not the name a description set off after the person names', () => {
    expect(
      speakers(
        "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said the pope was right.",
      ),
    ).toEqual([['the pope was right', 'Giovanni Maria Vian']]);
  });

  it('is the speaker, not a name inside a relative clause with commas of its own', () => {
    expect(
      speakers(
        'Mr. Tom Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said the plan was wrong.',
      ),
    ).toEqual([['the plan was wrong', 'Tom Slinker']]);
  });
});

describe('a full name set off after a description, with where the person speaks from', () => {
  it('is the speaker, the rest their role', () => {
    expect(
      speakers(
        'One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said the race was close.',
      ),
    ).toEqual([['the race was close', 'Darran Whiting']]);
  });
});

describe('a possessive before a capitalised word', () => {
  it('is no full name a one-word mention stands for', () => {
    expect(
      speakers(
        'Ngātiwai believe the whales beach when they are ready to die.',
        'Others like Parata’s Ngātiwai stand back.',
      ),
    ).toEqual([['the whales beach when they are ready to die', 'Ngātiwai']]);
  });
});
