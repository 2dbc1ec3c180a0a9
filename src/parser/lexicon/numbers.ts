/** Number words: `two`, `twenty`, and the quantity words that can head a subject (`most`, `half`). */
import { words, ordered } from './word-list';

export const QUANTITY_WORDS = words(`
  one two three four five six seven eight nine ten half third quarter majority most all many some several
  others both few
`);

export const SMALL_NUMBERS = ordered([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]);

export const TENS = ordered(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
