/** Places: cities, countries, US states, and the words a date line never starts with. */
import { words, phrases } from './word-list';

/**
 * Places that are often a sentence subject, or follow a city (`Aurora, Colorado`, `Wilmington, N.C.`), but
 * are never a speaker: cities, countries, the US states and their dotted abbreviations (a one-dot one,
 * `Calif.`, is a word and a full stop to the tokenizer).
 */
export const PLACES = words(`
  washington moscow london paris berlin beijing tokyo delhi new york baghdad damascus kabul tehran jerusalem
  cairo brussels geneva rome madrid kyiv kiev ankara istanbul riyadh dubai doha beirut syria russia iraq iran
  israel afghanistan pakistan india china japan korea ukraine turkey egypt france germany britain england
  scotland wales ireland spain italy canada mexico brazil australia america europe asia africa us usa uk eu
  brooklyn manhattan chicago boston alabama alaska arizona arkansas california colorado connecticut delaware
  georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
  minnesota mississippi missouri montana nebraska nevada hampshire jersey carolina dakota ohio oklahoma oregon
  pennsylvania rhode island tennessee texas utah vermont virginia wisconsin wyoming n.h. n.j. n.m. n.y. n.c.
  n.d. r.i. s.c. s.d. w.va. d.c.
`);

/**
 * Compass words that open the names of countries and regions (`South Sudan`, `North Korea`, `West Virginia`):
 * such a name is a place, never the full name of a person called by its last word (`Sudan said …`).
 */
export const COMPASS_WORDS = words(`north south east west northern southern eastern western`);

export const NOT_DATELINES = phrases([
  'update',
  'note',
  'breaking',
  'exclusive',
  'watch',
  'video',
  'analysis',
  'opinion',
  'q',
  'a',
  'editor’s note',
  "editor's note",
  'live',
  'read more',
  'also read',
  'warning',
]);
