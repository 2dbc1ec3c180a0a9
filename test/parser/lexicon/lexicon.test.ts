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
    // Lists built from other lists (every form of a verb, past forms with their auxiliaries) are checked through their parts.
    expect(unchecked.sort()).toEqual(['OBJECT_VERBS', 'PAST_FORMS', 'TIME_WORDS'].sort());
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
});
