/**
 * The Article JSON contract: the one document the parser writes and the app
 * reads. Every type the rest of the code uses is inferred from these schemas,
 * and every boundary (parser output, build output, fetched or imported JSON)
 * validates with `ArticleSchema`.
 *
 * Imports nothing from the rest of `src/`.
 */
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ISO_DATE_TIME } from './iso-date-time';

// zod/mini (about 5 KB gzip in the app bundle, against 23 KB for classic zod) ships
// without messages; the English locale gives the same ones classic zod prints
// ("Invalid input: expected string, received undefined").
z.config(en());

/**
 * Bumped whenever a stored document would no longer validate. Version 2 added
 * `act` to every quote; version-1 documents are migrated on read (see
 * `migrate.ts`), so old exports and stored libraries still open.
 */
export const SCHEMA_VERSION = 2 as const;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

/**
 * A publication date-time as printed by the article, to the precision it
 * gives: `2017-01-24`, `2017-01-24T22:40` or with seconds and an offset.
 */
export const IsoDateTimeSchema = z.string().check(z.regex(ISO_DATE_TIME, 'expected an ISO 8601 date or date-time'));

/** Ids are short, stable and safe in a URL path or fragment: `b3`, `q7`, `sean-spicer`, `000_8f66`. */
const IdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'expected an id of letters, digits, "-" and "_"'));

/** A non-empty string (`text()` in classic zod). */
const text = (message?: string) => z.string().check(z.minLength(1, message));
/** A count or offset: a whole number, 0 or more. */
const offset = () => z.int().check(z.nonnegative());

export const BlockKindSchema = z.enum(['paragraph', 'heading', 'caption', 'credit']);

/**
 * One unit of the article body in reading order. Title, date line and byline
 * are article fields, not blocks.
 */
export const BlockSchema = z.object({
  /** `b1`, `b2`, … in reading order. */
  id: IdSchema,
  kind: BlockKindSchema,
  /** The block's text exactly as in the source, trimmed of surrounding blank space. */
  text: text('a block has text'),
});

/** Character offsets into one block's text: `block.text.slice(start, end)`. */
export const SpanSchema = z
  .object({
    blockId: IdSchema,
    start: offset(),
    end: offset(),
  })
  .check(
    z.refine((span) => span.start < span.end, {
      message: 'a span ends after it starts',
      path: ['end'],
    }),
  );

export const SpeakerKindSchema = z.enum(['person', 'organization', 'group']);

/** Someone (or some body) the article quotes. */
export const SpeakerSchema = z.object({
  /** Slug of the canonical name: `sean-spicer`. */
  id: IdSchema,
  /** The fullest name the article gives: `Sean Spicer`. */
  name: text(),
  /** The description the article gives (`White House press secretary`), or null. */
  role: z.nullable(text()),
  kind: SpeakerKindSchema,
  /** Other ways the article names this speaker (`Spicer`), not including `name`. */
  aliases: z.array(text()),
});

/**
 * `direct`: the words inside quotation marks. `indirect`: reported speech
 * ("X said that…", "according to X"). `mixed`: reported speech that carries a
 * quoted fragment.
 */
export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']);

/**
 * What the writer attributes. `speech`: words the person said or wrote
 * (`said`, `told`, `according to`, `a statement`, `a poll shows`). `thought`:
 * the writer's account of what the person thinks, knows, fears, wants or
 * intends (`believes`, `hopes`, `plans`, `is expected to`), which the person
 * may never have put in words. The reader keeps the two visibly apart.
 * Version-1 documents had speech only.
 */
export const QuoteActSchema = z.enum(['speech', 'thought']);

export const QuoteSchema = z.object({
  /** `q1`, `q2`, … in reading order. */
  id: IdSchema,
  /** The speaker, or null when the article does not say who said it. */
  speakerId: z.nullable(IdSchema),
  kind: QuoteKindSchema,
  /** Speech or thought; see `QuoteActSchema`. */
  act: QuoteActSchema,
  /** The attribution verb or phrase as written: `said`, `added`, `according to`; null when there is none. */
  cue: z.nullable(text()),
  /**
   * Where the cue stands in the text, when it is there. Lets the reader mark
   * the attribution and lets evaluation score cue detection.
   */
  cueSpan: z.nullable(SpanSchema),
  /** The words the article uses for the speaker at this quote (`he`, `Spicer`), when it does. */
  sourceSpan: z.nullable(SpanSchema),
  /** The quoted words: the span texts joined by a single space. */
  text: text(),
  /**
   * The quoted words in reading order, without quotation marks: one span per
   * paragraph a quote runs through, and one per piece when an attribution splits
   * it (`"A," she said, "B."`). Spans never overlap.
   */
  spans: z.array(SpanSchema).check(z.minLength(1, 'a quote has at least one span')),
});

export const StanceSchema = z.enum(['claim', 'denial']);

/** An assertion someone makes, or a denial that answers one. */
export const ClaimSchema = z.object({
  /** `c1`, `c2`, … */
  id: IdSchema,
  speakerId: z.nullable(IdSchema),
  stance: StanceSchema,
  /** What is asserted or denied, in the article's words. */
  text: text(),
  /** The quotes that carry this claim or denial. */
  quoteIds: z.array(IdSchema),
  /** For a denial: the id of the claim it answers. Null for a claim. */
  respondsTo: z.nullable(IdSchema),
});

/**
 * When an event happened. A calendar date, a range (`last week`), or a
 * duration (`more than two years`, ISO 8601 `P2Y`) with how it is qualified.
 */
export const EventDateSchema = z.union([
  IsoDateSchema,
  z.object({ start: IsoDateSchema, end: IsoDateSchema }),
  z.object({
    duration: z.string().check(z.regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'expected an ISO 8601 duration')),
    qualifier: z.enum(['more than', 'less than', 'about', 'exactly']),
  }),
]);

export const TenseSchema = z.enum(['past', 'present', 'future']);

/**
 * The time expression in TimeML's TIMEX3 terms: `DATE` or `DURATION`, and its
 * value at the text's own granularity (`2010`, `2013-03`, `2013-W12`,
 * `1989-Q3`, `1998-FA`, `2013-03-22`, `P2Y`, `PT5H`, `PXY`, `PRESENT_REF`).
 */
export const TimexSchema = z.object({
  type: z.enum(['DATE', 'DURATION']),
  value: z
    .string()
    .check(
      z.regex(
        /^(?:\d{2,4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|SP|SU|FA|WI|W\d{2}(?:-WE)?))?|P(?:T?(?:\d+|X)[A-Z]+)+|(?:PRESENT|PAST|FUTURE)_REF)$/,
        'expected a TIMEX3 value',
      ),
    ),
});

/** Something the article dates, with the date resolved against `published`. */
export const EventSchema = z.object({
  /** `e1`, `e2`, … in reading order. */
  id: IdSchema,
  /** The sentence (or clause) that describes the event. */
  text: text(),
  /** Null for a time with no place in the calendar: `recently`, `for years`. */
  date: z.nullable(EventDateSchema),
  /** The expression in TimeML terms; absent in articles parsed before it was added. */
  timex: z.optional(TimexSchema),
  /** The words the text uses for the time: `Monday`, `two years`. */
  expression: text(),
  /** Where `expression` stands. */
  span: SpanSchema,
  blockId: IdSchema,
  tense: TenseSchema,
});

const ArticleShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The source file's name without extension, or a generated id. */
  id: IdSchema,
  title: text(),
  /** As printed, in ISO 8601 (`2017-01-24T22:40`), or null when the article gives none. */
  published: z.nullable(IsoDateTimeSchema),
  /**
   * When the article gives no publication date (`published` is null): the
   * date its relative expressions (`on Monday`, `last week`) were resolved
   * against, the one the reader chose or the day it was added. Absent when
   * `published` is used or nothing relative was resolved. Added in schema 1
   * without a version bump: documents without it stay valid.
   */
  referenceDate: z.optional(z.nullable(IsoDateSchema)),
  byline: z.nullable(text()),
  /** The place the story is filed from (`Washington`), or null. */
  dateline: z.nullable(text()),
  /** Agency credit such as `With AP Inputs`, or null. */
  credit: z.nullable(text()),
  blocks: z.array(BlockSchema),
  speakers: z.array(SpeakerSchema),
  quotes: z.array(QuoteSchema),
  claims: z.array(ClaimSchema),
  events: z.array(EventSchema),
});

type ArticleShape = z.infer<typeof ArticleShape>;

/** True when `offset` falls between the two halves of one character (a UTF-16 surrogate pair, such as an emoji). */
function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
type Issue = { path: (string | number)[]; message: string };

/** Cross-references a flat schema can't express: ids exist, offsets fit the text. */
function referenceIssues(article: ArticleShape): Issue[] {
  const issues: Issue[] = [];
  const blockText = new Map(article.blocks.map((block) => [block.id, block.text]));
  const speakerIds = new Set(article.speakers.map((speaker) => speaker.id));
  const quoteIds = new Set(article.quotes.map((quote) => quote.id));
  const claimStance = new Map(article.claims.map((claim) => [claim.id, claim.stance]));

  const checkUnique = (ids: string[], field: string) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) issues.push({ path: [field, index, 'id'], message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };
  for (const field of ['blocks', 'speakers', 'quotes', 'claims', 'events'] as const) {
    checkUnique(
      article[field].map((item) => item.id),
      field,
    );
  }

  const checkSpan = (span: z.infer<typeof SpanSchema>, path: (string | number)[]) => {
    const text = blockText.get(span.blockId);
    if (text === undefined) {
      issues.push({ path: [...path, 'blockId'], message: `no block "${span.blockId}"` });
    } else if (span.end > text.length) {
      issues.push({
        path: [...path, 'end'],
        message: `offset ${span.end} is outside block "${span.blockId}" (${text.length} characters)`,
      });
    } else {
      for (const key of ['start', 'end'] as const) {
        if (splitsSurrogatePair(text, span[key]))
          issues.push({
            path: [...path, key],
            message: `offset ${span[key]} splits a character (a surrogate pair) in block "${span.blockId}"`,
          });
      }
    }
  };
  const checkSpeaker = (id: string | null, path: (string | number)[]) => {
    if (id !== null && !speakerIds.has(id)) issues.push({ path, message: `no speaker "${id}"` });
  };

  article.quotes.forEach((quote, q) => {
    checkSpeaker(quote.speakerId, ['quotes', q, 'speakerId']);
    quote.spans.forEach((span, s) => checkSpan(span, ['quotes', q, 'spans', s]));
    if (quote.cueSpan) checkSpan(quote.cueSpan, ['quotes', q, 'cueSpan']);
    if (quote.sourceSpan) checkSpan(quote.sourceSpan, ['quotes', q, 'sourceSpan']);
    const sliced = quote.spans.map((span) => blockText.get(span.blockId)?.slice(span.start, span.end) ?? '');
    if (sliced.join(' ') !== quote.text) {
      issues.push({ path: ['quotes', q, 'text'], message: 'the text differs from what its spans cover' });
    }
  });
  article.claims.forEach((claim, c) => {
    checkSpeaker(claim.speakerId, ['claims', c, 'speakerId']);
    claim.quoteIds.forEach((id, i) => {
      if (!quoteIds.has(id)) issues.push({ path: ['claims', c, 'quoteIds', i], message: `no quote "${id}"` });
    });
    if (claim.stance === 'denial' && claim.respondsTo !== null && claimStance.get(claim.respondsTo) !== 'claim') {
      issues.push({ path: ['claims', c, 'respondsTo'], message: `no claim "${claim.respondsTo}"` });
    }
    if (claim.stance === 'claim' && claim.respondsTo !== null) {
      issues.push({ path: ['claims', c, 'respondsTo'], message: 'a claim responds to nothing' });
    }
  });
  article.events.forEach((event, e) => {
    checkSpan(event.span, ['events', e, 'span']);
    if (event.span.blockId !== event.blockId) {
      issues.push({ path: ['events', e, 'blockId'], message: 'the span lies in another block' });
    }
  });
  return issues;
}

export const ArticleSchema = ArticleShape.check(
  z.superRefine((article, ctx) => {
    for (const issue of referenceIssues(article)) ctx.addIssue({ code: 'custom', ...issue });
  }),
);

export type Article = z.infer<typeof ArticleSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockKind = z.infer<typeof BlockKindSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type QuoteAct = z.infer<typeof QuoteActSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type ArticleEvent = z.infer<typeof EventSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Tense = z.infer<typeof TenseSchema>;
export type Timex = z.infer<typeof TimexSchema>;
