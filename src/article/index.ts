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
} from './schema';
export { describeFailure, parseArticleJson, validateArticle } from './validate';
export { migrateArticle, READABLE_VERSIONS } from './migrate';
export type { ValidationFailure, ValidationResult } from './validate';
export { ArticleCatalogSchema, ArticleSummarySchema, summarize } from './catalog';
export type { ArticleCatalog, ArticleSummary } from './catalog';
export { blockById, quoteSliceText, spanText } from './text';
export { slugify } from './slug';
