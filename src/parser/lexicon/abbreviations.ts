/**
 * Abbreviations that keep their full stop. Three readers use them, each with
 * its own reach, built here from one set of lists:
 * - the tokenizer keeps the full stop only on abbreviations that stand in a
 *   name (`Col.`, `Jr.`, `Corp.`): {@link KEEPS_PERIOD};
 * - the sentence splitter also reads `Mt.`, `etc.`, months and weekdays as
 *   abbreviations, not sentence ends: {@link SENTENCE_ABBREVIATIONS};
 * - the events' sentence ranges (see events/dates-sentences.ts) read their own
 *   reach: {@link EVENT_SENTENCE_ABBREVIATIONS}.
 */
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from './time';
import { words } from './word-list';

/** Titles and name parts abbreviated before or after a name: `Col. John Dorrian`, `Martin Luther King Jr.`. */
export const NAME_ABBREVIATIONS = words(`
  mr mrs ms dr prof rev hon col maj gen lt capt sgt cpl pvt adm cmdr gov sen rep sec supt insp det pres st jr sr
`);

/** Company suffixes: `Acme Corp.`, `Tesco Ltd.`. */
export const COMPANY_ABBREVIATIONS = words(`inc corp ltd co`);

/**
 * Company suffixes written without a full stop (`Grant & Hale, LLP`): kept out of {@link KEEPS_PERIOD}, so
 * `… for Acme LLC. He said` still ends a sentence.
 */
export const UNDOTTED_COMPANY_SUFFIXES = words(`llp llc plc lp`);

/** Other abbreviations inside a sentence: `Mt. Everest`, `vs.`, `approx.`, `Pennsylvania Ave.`. */
export const OTHER_ABBREVIATIONS = words(`mt ft vs etc bros dept est approx fig ave blvd rd atty`);

/** Abbreviations the tokenizer keeps whole, full stop included: those that stand in a name. */
export const KEEPS_PERIOD: ReadonlySet<string> = new Set([...NAME_ABBREVIATIONS, ...COMPANY_ABBREVIATIONS]);

/** All the abbreviations any reader knows. */
const ALL: readonly string[] = [
  ...NAME_ABBREVIATIONS,
  ...COMPANY_ABBREVIATIONS,
  ...OTHER_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_ABBREVIATIONS,
];

/** Words after which the sentence splitter does not end a sentence: all of them but `Thur.`, which it never listed. */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set(ALL.filter((word) => word !== 'thur'));

/** Abbreviations only the events' sentence ranges know: `Cpt.`, `No. 5`, and dotted initialisms they see whole (`U.S`). */
export const EVENT_ONLY_ABBREVIATIONS = words(`cpt no u.s u.k u.n e.g i.e a.m p.m`);

/** Abbreviations the events' sentence ranges never listed. */
export const NOT_EVENT_ABBREVIATIONS = words(`cpl pvt sec det bros rd atty`);

/** Words after which a full stop does not end an events' sentence range. */
export const EVENT_SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...ALL.filter((word) => !NOT_EVENT_ABBREVIATIONS.has(word)),
  ...EVENT_ONLY_ABBREVIATIONS,
]);
