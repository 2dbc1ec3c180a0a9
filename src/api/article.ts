/**
 * `whosaid/article`: the Article JSON schema (zod) and the types inferred from
 * it. Use it to check stored or received Article JSON before reading it:
 *
 * ```ts
 * import { ArticleSchema, validateArticle } from 'whosaid/article';
 * const result = validateArticle(JSON.parse(line));
 * if (!result.ok) console.error(`${result.error.field}: ${result.error.message}`);
 * ```
 */
import * as schema from '@/article';

/** The Article schema version these types describe; bumped when stored documents would no longer validate. */
export const SCHEMA_VERSION = schema.SCHEMA_VERSION;

/**
 * The whole Article as a zod (mini) schema: field types plus the checks a flat
 * schema can't make (unique ids, spans inside their blocks, references that
 * exist, a quote's text equal to what its spans cover). `ArticleSchema.parse(value)`
 * returns the Article or throws a zod error; {@link validateArticle} returns
 * the first failing field instead.
 */
export const ArticleSchema = schema.ArticleSchema;
/** A block of the body: `{ id, kind, text }`, in reading order. */
export const BlockSchema = schema.BlockSchema;
/** Character offsets into one block's text: `block.text.slice(start, end)`. */
export const SpanSchema = schema.SpanSchema;
/** Someone (or some body) the article quotes. */
export const SpeakerSchema = schema.SpeakerSchema;
/** One quote, direct, reported or mixed, with its spans and speaker. */
export const QuoteSchema = schema.QuoteSchema;
/** An assertion someone makes, or a denial that answers one. */
export const ClaimSchema = schema.ClaimSchema;
/** Something the article dates, with the date resolved against `published`. */
export const EventSchema = schema.EventSchema;

/**
 * Validates an already-decoded value as an Article.
 *
 * @returns `{ ok: true, article }`, or `{ ok: false, error: { field, message } }`
 *   naming the first failing field as a dotted path (`quotes.3.spans.0.end`).
 */
export const validateArticle = schema.validateArticle;
/** Like {@link validateArticle}, from JSON text; text that is not JSON fails with field `(root)`. */
export const parseArticleJson = schema.parseArticleJson;

/** One article: who said what, as the parser returns it. */
export type Article = schema.Article;
/** A block of the body. */
export type Block = schema.Block;
/** `paragraph`, `heading`, `caption` or `credit`. */
export type BlockKind = schema.BlockKind;
/** Character offsets into one block's text. */
export type Span = schema.Span;
/** Someone the article quotes. */
export type Speaker = schema.Speaker;
/** `person`, `organization` or `group`. */
export type SpeakerKind = schema.SpeakerKind;
/** One quote. */
export type Quote = schema.Quote;
/** `direct`, `indirect` or `mixed`. */
export type QuoteKind = schema.QuoteKind;
/** A claim or a denial. */
export type Claim = schema.Claim;
/** `claim` or `denial`. */
export type Stance = schema.Stance;
/** A dated event. */
export type ArticleEvent = schema.ArticleEvent;
/** `YYYY-MM-DD`, `{ start, end }`, or `{ duration, qualifier }`. */
export type EventDate = schema.EventDate;
/** `past`, `present` or `future`. */
export type Tense = schema.Tense;
/** What {@link validateArticle} returns. */
export type ValidationResult = schema.ValidationResult;
/** The first failing field and what is wrong with it. */
export type ValidationFailure = schema.ValidationFailure;
