// @vitest-environment node
/** `"…," said X, referring to Y`: the participle's object, spoken by the quotation's speaker. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('a participle with a particle after the attribution of a quotation', () => {
  it.each([
    [
      '"We need Chapter 9," said Ms. Acosta, referring to the bankruptcy chapter used by cities.',
      'the bankruptcy chapter used by cities',
      'Acosta',
    ],
    [
      '"It is a revolution," Jorge Ramos said, referring to the growing Hispanic community.',
      'the growing Hispanic community',
      'Jorge Ramos',
    ],
    [
      '"Condi called me," George Bush said, referring to Condoleezza Rice, his adviser at the time.',
      'Condoleezza Rice',
      'George Bush',
    ],
    // After other verbs of a quotation's attribution: noted, answered.
    [
      '"That suggests the climate has changed," Dale Okafor noted, referring to the mayor\'s attacks on the council.',
      "the mayor's attacks on the council",
      'Dale Okafor',
    ],
    ['"It\'s Tom," Ann Ruiz answered, referring to Tom Baker, the harbor master.', 'Tom Baker', 'Ann Ruiz'],
  ])('reads %j', (sentence, content, speaker) => {
    const found = quotes(sentence);
    expect(found[1]).toEqual(['indirect', content, speaker, 'referring to']);
  });

  it('reads nothing after a quotation with no attribution', () => {
    expect(quotes('"We need Chapter 9." Ms. Acosta left the room, weeping.')).toHaveLength(1);
  });
});
