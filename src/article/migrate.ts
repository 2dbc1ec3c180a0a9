/**
 * Older Article JSON, brought up to the current schema on read. Every reader of
 * stored or imported JSON goes through `validateArticle` (validate.ts), which
 * calls `migrateArticle` first, so old exports, imports and articles already
 * in a reader's library keep opening after an upgrade.
 */
import { SCHEMA_VERSION } from './schema';

/** The versions this app reads: the current one and each it migrates from. */
export const READABLE_VERSIONS: readonly number[] = [1, SCHEMA_VERSION];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Version 1 had no `act`: everything it marked was speech. */
function fromVersion1(article: Record<string, unknown>): Record<string, unknown> {
  const quotes = Array.isArray(article.quotes)
    ? article.quotes.map((quote: unknown) => (isRecord(quote) ? { ...quote, act: 'speech' } : quote))
    : article.quotes;
  return { ...article, schemaVersion: 2, quotes };
}

/**
 * Returns the value as a current-version document when it is an older one the
 * app can read; anything else (the current version, an unknown one, not an
 * object) comes back unchanged for validation to judge. Never mutates its input.
 */
export function migrateArticle(value: unknown): unknown {
  if (isRecord(value) && value.schemaVersion === 1) return fromVersion1(value);
  return value;
}
