/** Number words: `two`, `twenty`, and the quantity words that can head a subject (`most`, `half`). */
import { ordered, wordRecord, words } from './word-list';

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

/** Words that qualify a duration: `more than two years`, `nearly a decade`, `for three weeks`. */
export const QUANTITY_QUALIFIERS = wordRecord<'more than' | 'less than' | 'about' | 'exactly'>({
  'more than': 'more than',
  over: 'more than',
  'at least': 'more than',
  'upwards of': 'more than',
  'just over': 'more than',
  'well over': 'more than',
  'less than': 'less than',
  under: 'less than',
  'fewer than': 'less than',
  'up to': 'less than',
  nearly: 'less than',
  almost: 'less than',
  'just under': 'less than',
  about: 'about',
  around: 'about',
  roughly: 'about',
  some: 'about',
  approximately: 'about',
  exactly: 'exactly',
  for: 'exactly',
});
