export {
  ArticleSchema,
  BlockSchema,
  ClaimSchema,
  EventSchema,
  QuoteActSchema,
  QuoteSchema,
  SCHEMA_VERSION,
  SpanSchema,
  SpeakerSchema,
  TimexSchema,
} from './schema';
export type {
  Article,
  ArticleEvent,
  Block,
  BlockKind,
  Claim,
  EventDate,
  Quote,
  QuoteAct,
  QuoteKind,
  Span,
  Speaker,
  SpeakerKind,
  Stance,
  Tense,
  Timex,
} from './schema';
export { describeFailure, parseArticleJson, validateArticle } from './validate';
export { migrateArticle, READABLE_VERSIONS } from './migrate';
export type { ValidationFailure, ValidationResult } from './validate';
export { ArticleCatalogSchema, ArticleSummarySchema, summarize } from './catalog';
export type { ArticleCatalog, ArticleSummary } from './catalog';
export { blockById, quoteSliceText, spanText } from './text';
export { slugify } from './slug';
export { digestArticle } from './digest';
export { checkLimits, MAX_QUOTES, MAX_QUOTES_PER_BLOCK } from './limits';
export type { ArticleDigest } from './digest';
export type { NameArticleRef, NameContribution, NameSaid, SpeakerNameSummary } from './speaker-names';
export { articleOrderKey } from './speaker-names';
