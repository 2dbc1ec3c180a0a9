/**
 * The parser: an article's plain text in, one validated Article out.
 * Pure TypeScript, no DOM and no React: it runs in Node (CLI, build) and in a Web Worker.
 *
 * PLACEHOLDER: structure only; quote, speaker, claim and event detection land next.
 */
import { ArticleSchema, SCHEMA_VERSION, type Article } from '@/article';

export type ParseOptions = {
  /** The article id, usually the source file's name without extension. */
  id: string;
  /** Overrides (or supplies) the publication date-time the relative dates resolve against. */
  published?: string | null;
};

/** Input that cannot become an article: empty, no title. The message names the problem. */
export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
}

export function parseArticle(text: string, options: ParseOptions): Article {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const [title, ...rest] = paragraphs;
  if (!title) throw new ArticleInputError('the text is empty');
  return ArticleSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    title,
    published: options.published ?? null,
    byline: null,
    dateline: null,
    credit: null,
    blocks: rest.map((p, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text: p })),
    speakers: [],
    quotes: [],
    claims: [],
    events: [],
  });
}
