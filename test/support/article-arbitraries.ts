/**
 * fast-check arbitraries for parser property tests: hostile strings, and
 * realistic article models (rendered by `generate-article.ts`) that shrink to
 * a few paragraphs when a property fails.
 */
import fc from 'fast-check';
import {
  CLAUSES,
  CUE_VERBS,
  DATE_PHRASES,
  HEADINGS,
  INTRO_PREFIXES,
  NARRATIVE_TEMPLATES,
  ORGANIZATIONS,
  ORPHAN_WORDS,
  PLACES,
  QUOTE_SENTENCES,
  QUOTE_SHAPES,
  TITLES,
  type ArticleModel,
  type NarrativeSentenceModel,
  type ParagraphModel,
  type PersonModel,
} from './generate-article';

/** Every quotation mark an English news text may use, and the characters that break naive splitting. */
export const QUOTE_CHARS = [
  '"',
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  "'",
  '\u00ab',
  '\u00bb',
  '\u201e',
  '`',
] as const;
const AWKWARD_CHARS = [
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\r\n\r\n',
  '\uFEFF',
  '\0',
  '\t',
  ' ',
  '\u00a0',
  '\u2028',
  '\u200b',
] as const;

/** Pieces of news copy: names, titles, cues, dates, and the punctuation around them. */
const NEWS_TOKENS = [
  'said',
  'added',
  'according to',
  'denied',
  'called',
  'he',
  'He',
  'she',
  'they',
  'Spicer',
  'Sean Spicer',
  'Mr.',
  'Col.',
  'US Air Force Col. John Dorrian',
  'White House press secretary',
  'the Pentagon',
  'on Monday',
  'last week',
  'next month',
  'Friday',
  'more than two years',
  'Washington:',
  '24/01/2017 22:40 by admin',
  'File pic - ',
  '- With AP Inputs',
  'that',
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  '-',
  '\u2013',
  '\u2014',
  '(',
  ')',
  '...',
  '\u2026',
  'a',
  'ISIS',
  'rubbish',
  '0',
  '2017',
] as const;

/** UTF-16 code units, lone surrogates included (what a pasted or badly decoded file can hold). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Hostile free text: grapheme, full-unicode and raw UTF-16 strings, and token soups heavy in quotation marks and line breaks. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...QUOTE_CHARS, ...AWKWARD_CHARS, 'a', 'B', ' '), maxLength: 200 }),
  fc
    .array(fc.constantFrom(...QUOTE_CHARS, ...AWKWARD_CHARS, ...NEWS_TOKENS, ' ', ' ', ' '), { maxLength: 120 })
    .map((parts) => parts.join('')),
);

const index = (length: number) => fc.nat({ max: length - 1 });

const person: fc.Arbitrary<PersonModel> = fc.record({
  pronoun: fc.constantFrom('he' as const, 'she' as const),
  first: index(15),
  prefix: index(INTRO_PREFIXES.length),
});

const narrativeSentence: fc.Arbitrary<NarrativeSentenceModel> = fc.record({
  template: index(NARRATIVE_TEMPLATES.length),
  date: index(DATE_PHRASES.length),
  place: index(PLACES.length),
  org: index(ORGANIZATIONS.length),
  clause: index(CLAUSES.length),
});

const paragraph: fc.Arbitrary<ParagraphModel> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('narrative' as const),
      sentences: fc.array(narrativeSentence, { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('heading' as const), heading: index(HEADINGS.length) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('quote' as const),
      shape: fc.constantFrom(...QUOTE_SHAPES),
      person: fc.nat({ max: 5 }),
      cue: index(CUE_VERBS.length),
      sentences: fc.array(index(Math.max(QUOTE_SENTENCES.length, CLAUSES.length, ORPHAN_WORDS.length)), {
        minLength: 1,
        maxLength: 3,
      }),
      question: fc.boolean(),
    }),
  },
);

/** A realistic article: one to six people, up to a dozen paragraphs, either quotation style. */
export const arbitraryArticleModel: fc.Arbitrary<ArticleModel> = fc.record({
  title: index(TITLES.length),
  published: fc.option(
    fc.record({
      year: fc.integer({ min: 2000, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    }),
    { freq: 4 },
  ),
  dateline: fc.option(index(PLACES.length)),
  quoteStyle: fc.constantFrom('straight' as const, 'curly' as const),
  crlf: fc.constant(false),
  caption: fc.boolean(),
  credit: fc.boolean(),
  people: fc.array(person, { minLength: 1, maxLength: 6 }),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 12 }),
});

/** A text edit: delete `remove` characters at `at` (a fraction of the length) and insert `insert` there. */
export type Mutation = { at: number; remove: number; insert: string };

export const arbitraryMutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 8 }),
    insert: fc.oneof(fc.constantFrom(...QUOTE_CHARS, ...AWKWARD_CHARS), fc.string({ unit: 'binary', maxLength: 4 })),
  }),
  { minLength: 1, maxLength: 6 },
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce((current, { at, remove, insert }) => {
    const position = Math.floor(at * current.length);
    return current.slice(0, position) + insert + current.slice(position + remove);
  }, text);
}
