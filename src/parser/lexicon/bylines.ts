/**
 * Words of a byline that are not the author's name: the desk, section or role
 * printed after it (`By Jane Doe, Politics Desk`, `Business reporter`) and the
 * news agencies a byline credits (`By Jane Doe, Associated Press`).
 */
import { phrases, words } from './word-list';

/** Nouns that end a desk, section or role line: `Politics Desk`, `Washington Bureau`, `Business reporter`. */
export const DESK_WORDS = words(`
  desk bureau staff team correspondent reporter editor writer columnist contributor analyst producer section
`);

/** News agencies and wires a byline credits after the author. */
export const AGENCY_NAMES = phrases([
  'associated press',
  'the associated press',
  'ap',
  'reuters',
  'afp',
  'agence france-presse',
  'bloomberg',
  'bloomberg news',
  'pti',
  'ians',
  'ani',
  'upi',
  'dpa',
  'xinhua',
  'press association',
  'pa',
  'cnn',
  'bbc news',
]);

/** Lower-case words inside a list of names (`Jane Doe and John Roe`, `Erik ten Hag`), not a role. */
export const NAME_JOINERS = words(`and de del der van von da di la le al bin ten ter`);
