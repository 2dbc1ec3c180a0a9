import { describe, expect, it } from 'vitest';
import * as lexicon from '@/parser/lexicon';

/**
 * Lists matched against the text as written, not its lower case: their
 * capitals are meant (`Black Friday` names a day, `black Friday` does not).
 */
const CASE_SENSITIVE = new Set(['WEEKDAY_NAME_BEFORE']);

const lists = Object.entries(lexicon).flatMap(([name, value]) => {
  const entries = lexicon.entriesOf(value);
  return entries ? [[name, entries] as const] : [];
});

describe('the lexicon', () => {
  it('writes every exported list with a lexicon helper, so these checks see it', () => {
    const unchecked = Object.entries(lexicon)
      .filter(([, value]) => typeof value === 'object' && lexicon.entriesOf(value) === undefined)
      .map(([name]) => name);
    // Lists built from other lists (every form of a verb, the months but May, …) are checked through their parts.
    expect(unchecked.sort()).toEqual(
      [
        'EVENT_SENTENCE_ABBREVIATIONS',
        'KEEPS_PERIOD',
        'MONTHS_BUT_MAY',
        'NOT_NAMES',
        'OBJECT_VERBS',
        'PHYSICAL_SENSE_VERBS',
        'PAST_FORMS',
        'SENTENCE_ABBREVIATIONS',
        'TIME_WORDS',
        'WEEKDAY_WORDS',
      ].sort(),
    );
  });

  it.each(lists)('%s lists each entry once', (_name, entries) => {
    const repeated = entries.filter((entry, i) => entries.indexOf(entry) !== i);
    expect(repeated).toEqual([]);
  });

  it.each(lists.filter(([name]) => !CASE_SENSITIVE.has(name)))(
    '%s is in lower case (it is matched against lower-cased words)',
    (_name, entries) => {
      expect(entries.filter((entry) => entry !== entry.toLowerCase())).toEqual([]);
    },
  );

  it.each(lists.filter(([name]) => CASE_SENSITIVE.has(name)))(
    '%s is matched case-sensitively, so its entries are capitalised as in the text',
    (_name, entries) => {
      expect(entries.every((entry) => /^\p{Lu}/u.test(entry))).toBe(true);
    },
  );

  it('names each month and each weekday in one list only', () => {
    // `may` is also a modal verb (in lists of verb forms and function words); LY_NOUNS lists words that end in -ly, July among them.
    const names = new Set<string>([...lexicon.MONTH_NAMES, ...lexicon.WEEKDAY_NAMES].filter((name) => name !== 'may'));
    const elsewhere = lists
      .filter(([name]) => !['MONTH_NAMES', 'WEEKDAY_NAMES', 'LY_NOUNS'].includes(name))
      .flatMap(([name, entries]) => entries.filter((entry) => names.has(entry)).map((entry) => `${name}: ${entry}`));
    expect(elsewhere).toEqual([]);
  });

  it('reads one abbreviation list three ways, and names where they differ', () => {
    expect(lexicon.SENTENCE_ABBREVIATIONS.has('sept')).toBe(true);
    expect(lexicon.KEEPS_PERIOD.has('sept')).toBe(false);
    expect(lexicon.SENTENCE_ABBREVIATIONS.has('thur')).toBe(false);
    expect(lexicon.EVENT_SENTENCE_ABBREVIATIONS.has('thur')).toBe(true);
    expect(
      [...lexicon.NOT_EVENT_ABBREVIATIONS].filter((word) => lexicon.EVENT_SENTENCE_ABBREVIATIONS.has(word)),
    ).toEqual([]);
  });
});
