/** Words of time: months, weekdays, and the words of time that end a name or open an adverbial. */
import { ordered, wordRecord, words } from './word-list';

/** The months in calendar order: the one list every month name, abbreviation and number comes from. */
export const MONTH_NAMES = ordered([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** The months as abbreviated in print (`Jan.`, `Sept.`); May has none. `sept` comes before `sep` for the patterns. */
export const MONTH_ABBREVIATIONS = ordered([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
]);

/** The months but May, which is also a name and a verb (`May said`, `it may`). */
export const MONTHS_BUT_MAY: ReadonlySet<string> = new Set(MONTH_NAMES.filter((month) => month !== 'may'));

/** The weekdays, Sunday first as `Date.getUTCDay` counts them. */
export const WEEKDAY_NAMES = ordered(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);

/** The weekdays as abbreviated in print (`Tues.`, `Thurs.`), longer forms first for the patterns. */
export const WEEKDAY_ABBREVIATIONS = ordered([
  'mon',
  'tues',
  'tue',
  'wed',
  'thurs',
  'thur',
  'thu',
  'fri',
  'sat',
  'sun',
]);

/** Weekday names, which may stand between a speaker and the verb (`Spicer on Monday said`, `Trump Wednesday said`). */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** Words of time besides the weekdays. */
export const TIME_OF_DAY_WORDS = words(
  `today yesterday tonight morning afternoon evening night week month year weekend`,
);

/** Weekdays and other words of time, which end a name and may stand between a speaker and the verb. */
export const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...TIME_OF_DAY_WORDS]);

/** A lexicon word as it starts a sentence or a name: `march` -> `March`. */
export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Words that start a time adverbial on their own or before a time word: `said Tuesday`, `said last week`. */
export const TIME_ADVERBS = words(`
  yesterday today tonight earlier later recently
`);

export const TIME_HEADS = words(`
  on in at late early earlier last this yesterday today tonight
`);

/** Capitalised words before a weekday that make it a name: "Black Friday", "Super Tuesday". */
export const WEEKDAY_NAME_BEFORE = words(`
  Black Good Super Cyber Ash Holy Maundy Palm Easter Bloody Giving Shrove Whit Manic Blue Spy Low Plough
`);

/** Words that may stand before a weekday, in the order the pattern tries them: `last Monday`, `until Friday`. */
export const WEEKDAY_LEADS = ordered([
  'on',
  'last',
  'next',
  'this',
  'coming',
  'past',
  'since',
  'until',
  'till',
  'by',
  'from',
  'through',
  'early',
  'late',
  'before',
  'after',
]);

/** Words for part of a period: `earlier this week`, `late last year`. */
export const PERIOD_PARTS = ordered(['earlier', 'later', 'early', 'late']);

/** Words that shift a period from the current one: `last week`, `this month`, `the coming year`. */
export const PERIOD_SHIFTS = ordered(['last', 'next', 'this', 'past', 'coming']);

/** Shifts that may make a rolling period after `the`: `the past week` (the seven days before), not `the this week`. */
export const ROLLING_SHIFTS = words(`last past next coming`);

/** Words that may stand before a month, in the order the pattern tries them: `in March`, `mid-June`, `throughout May`. */
export const MONTH_LEADS = ordered([
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'from',
  'through',
  'early',
  'late',
  'mid',
  'earlier',
  'later',
  'last',
  'next',
  'this',
  'before',
  'after',
  'of',
  'throughout',
]);

/** Words that make a four-digit number a year: `in 2016`, `since 2009`, `mid-1990`. */
export const YEAR_LEADS = ordered([
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'from',
  'through',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'throughout',
]);

/** Words before a number and a unit that make it a frequency, not a duration: `every two weeks`, `a 10-day`. */
export const FREQUENCY_WORDS = words(`every each per a an`);

/** The ordinals that number a quarter: `the third quarter`, `fourth-quarter profit`. */
export const QUARTER_ORDINALS = wordRecord<number>({ first: 1, second: 2, third: 3, fourth: 4 });

/** The seasons and their TIMEX3 codes: `last fall` is `…-FA`. */
export const SEASON_CODES = wordRecord<'SP' | 'SU' | 'FA' | 'WI'>({
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
});

/** Units of time and their TIMEX3 duration letters (`T` marks a time unit: `PT5H`); decades and centuries count years. */
export const DURATION_LETTERS = wordRecord<string>({
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'E',
  century: 'C',
});

/** Nouns before `of the year` that make it an award, not a date: `player of the year`. */
export const AWARD_NOUNS = words(`player man woman person team car book album song coach rookie dish`);

/** Labels before a four-digit number that make it a number, not a year: `Flight 2012`, `page 2001`. */
export const NUMBER_LABELS = words(`number flight room page route bill house suite article`);

/** Half of each unit in the next smaller one, as a TIMEX3 duration ends it: `2 1/2 years` is `P2Y6M`. */
export const HALF_UNITS = wordRecord<string>({ minute: '30S', hour: '30M', day: 'T12H', month: '15D', year: '6M' });
