/** Words of time: months, weekdays, and the words of time that end a name or open an adverbial. */
import { words } from './word-list';

/** Weekday names, which may stand between a speaker and the verb (`Spicer on Monday said`, `Trump Wednesday said`). */
export const WEEKDAY_WORDS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/** Weekdays and other words of time, which end a name and may stand between a speaker and the verb. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_WORDS,
  ...words(`today yesterday tonight morning afternoon evening night week month year weekend`),
]);

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
