/**
 * Validation at the JSON boundary, with an error a person can act on: which
 * document, which field, what is wrong.
 */
import type { z } from 'zod/mini';
import { migrateArticle, READABLE_VERSIONS } from './migrate';
import { ArticleSchema, SCHEMA_VERSION, type Article } from './schema';

export type ValidationFailure = {
  /** The first failing field as a dotted path, `quotes.3.spans.0.end`, or `(root)`. */
  field: string;
  message: string;
};

export type ValidationResult = { ok: true; article: Article } | { ok: false; error: ValidationFailure };

function firstIssue(error: z.core.$ZodError): ValidationFailure {
  const issue = error.issues[0];
  if (!issue) return { field: '(root)', message: 'invalid document' };
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  return { field, message: issue.message };
}

/**
 * Validates an already-decoded value as an Article: the one door for stored,
 * fetched and imported JSON. An older schema version is migrated first
 * (migrate.ts); an unknown one is refused by name.
 */
export function validateArticle(value: unknown): ValidationResult {
  if (typeof value === 'object' && value !== null && 'schemaVersion' in value) {
    const version = (value as { schemaVersion: unknown }).schemaVersion;
    if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
      const older = READABLE_VERSIONS.filter((v) => v !== SCHEMA_VERSION).join(', ');
      return {
        ok: false,
        error: {
          field: 'schemaVersion',
          message: `schema version ${JSON.stringify(version)} is not supported (this app reads version ${SCHEMA_VERSION}, and migrates ${older})`,
        },
      };
    }
  }
  const result = ArticleSchema.safeParse(migrateArticle(value));
  return result.success ? { ok: true, article: result.data } : { ok: false, error: firstIssue(result.error) };
}

/** Decodes JSON text and validates it as an Article; malformed JSON is a failure, not a throw. */
export function parseArticleJson(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { field: '(root)', message: `not valid JSON: ${detail}` } };
  }
  return validateArticle(value);
}

/** One line naming the document, the field and the problem. */
export function describeFailure(label: string, error: ValidationFailure): string {
  return `${label}: ${error.field}: ${error.message}`;
}
