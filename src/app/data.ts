/**
 * Route loaders: fetch the JSON the build wrote, validate it at the
 * boundary, and turn every failure into a route error the error page can
 * explain (404 for a missing article, 422 naming the first failing field for
 * a document that fails the schema).
 *
 * Validation (zod) is imported when a loader first runs: a prerendered
 * page hydrates from data the build already validated, so its first load
 * does without it.
 */
import { data, type LoaderFunctionArgs } from 'react-router';
import type { Article, ArticleCatalog } from '@/article';
import { paths } from './paths';

/** What a 422 route error carries: which document failed, where, and why. */
export type InvalidDocument = {
  /** The article id, or `index` for the list of articles. */
  document: string;
  /** The first failing field as a dotted path (`quotes.3.spans.0.end`), or `(root)`. */
  field: string;
  message: string;
};

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

function notFound(what: string): never {
  throw new Response(what, { status: 404, statusText: 'Not Found' });
}

function invalid(detail: InvalidDocument): never {
  throw data(detail, { status: 422, statusText: 'Invalid document' });
}

/**
 * GETs JSON from this origin. Returns undefined for a missing file, including
 * the HTML page a single-page server answers in its place.
 */
async function getJson(url: URL, signal: AbortSignal, document: string): Promise<unknown> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Response(`${url.pathname}: ${response.status}`, { status: response.status });
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) return undefined;
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    return invalid({
      document,
      field: '(root)',
      message: `not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
    });
  }
}

export async function articleLoader({ params, request }: LoaderFunctionArgs): Promise<Article> {
  const id = params.id ?? '';
  if (!ID.test(id)) notFound(`No article "${id}"`);
  // The reader's own articles first: asking the server for them would log a 404.
  const stored = await storedArticle(id);
  if (stored) return stored;
  const validation = import('@/article'); // in parallel with the fetch
  const json = await getJson(new URL(paths.articleJson(id), request.url), request.signal, id);
  if (json === undefined) notFound(`No article "${id}"`);
  const { validateArticle } = await validation;
  const result = validateArticle(json);
  if (!result.ok) invalid({ document: id, ...result.error });
  return result.article;
}

/**
 * An article the reader added (IndexedDB), validated with the same schema:
 * null when there is none, a 422 when the stored document no longer
 * validates. Stored ids never repeat a bundled one (they end in a random
 * suffix, and an import with a bundled id gets a new one). The storage code
 * loads only here.
 */
async function storedArticle(id: string): Promise<Article | null> {
  const { readStoredArticle } = await import('@/features/library');
  const result = await readStoredArticle(id).catch(() => null);
  if (result === null) return null;
  if (!result.ok) invalid({ document: id, ...result.error });
  return result.article;
}

export async function catalogLoader({ request }: LoaderFunctionArgs): Promise<ArticleCatalog> {
  const validation = import('@/article');
  const json = await getJson(new URL(paths.catalogJson(), request.url), request.signal, 'index');
  if (json === undefined) return { articles: [] };
  const { ArticleCatalogSchema } = await validation;
  const result = ArticleCatalogSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    invalid({
      document: 'index',
      field: issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)',
      message: issue?.message ?? 'invalid document',
    });
  }
  return result.data;
}

/** Loader for any path no route matches. */
export function notFoundLoader(): never {
  notFound('No such page');
}
