/**
 * Every article in the library, for the pages that look across articles
 * (speakers, search): the bundled ones (`/articles/index.json`, then each
 * `/articles/<id>.json`, validated with the Article schema) and the reader's
 * own (`listStoredArticles()` from the library feature, validated there).
 *
 * Bundled articles don't change while the app runs, so they are fetched once
 * per session; the reader's own are read from IndexedDB every time.
 * A document that fails validation is left out and reported, never guessed at.
 */
import { ArticleCatalogSchema, validateArticle, type Article } from '@/article';
import { listStoredArticles } from '@/features/library';
import { paths } from './paths';

/** A document left out of the library, and why. */
export type SkippedDocument = { document: string; field: string; message: string };

type LibraryArticles = {
  /** Bundled articles first (catalog order), then the reader's own (newest first). */
  articles: Article[];
  /** Documents that could not be read. */
  skipped: SkippedDocument[];
};

type Bundled = { articles: Article[]; skipped: SkippedDocument[] };

/** How many article files to fetch at once. */
const PARALLEL = 6;

let bundled: Promise<Bundled> | null = null;

async function getJson(url: string, base: string): Promise<unknown> {
  const response = await fetch(new URL(url, base), { headers: { Accept: 'application/json' } });
  if (response.status === 404 || (response.headers.get('content-type') ?? '').includes('text/html')) return undefined;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function fetchBundled(base: string): Promise<Bundled> {
  const result: Bundled = { articles: [], skipped: [] };
  const catalog = ArticleCatalogSchema.safeParse((await getJson(paths.catalogJson(), base)) ?? { articles: [] });
  if (!catalog.success) {
    result.skipped.push({ document: 'index', field: '(root)', message: catalog.error.issues[0]?.message ?? 'invalid' });
    return result;
  }
  const ids = catalog.data.articles.map((summary) => summary.id);
  const loaded: (Article | null)[] = new Array<Article | null>(ids.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const at = next++;
      const id = ids[at] ?? '';
      let json: unknown;
      try {
        json = await getJson(paths.articleJson(id), base);
      } catch (cause) {
        result.skipped.push({
          document: id,
          field: '(root)',
          message: cause instanceof Error ? cause.message : String(cause),
        });
        continue;
      }
      if (json === undefined) {
        result.skipped.push({ document: id, field: '(root)', message: 'not found' });
        continue;
      }
      const checked = validateArticle(json);
      if (checked.ok) loaded[at] = checked.article;
      else result.skipped.push({ document: id, ...checked.error });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, ids.length) }, worker));
  result.articles = loaded.filter((article): article is Article => article !== null);
  return result;
}

/** Every readable article in the library, bundled and the reader's own; `base` is the page's URL. */
export async function loadLibraryArticles(base: string): Promise<LibraryArticles> {
  bundled ??= fetchBundled(base).catch((error: unknown) => {
    bundled = null; // try again next time
    throw error;
  });
  const [fromBuild, own] = await Promise.all([bundled, listStoredArticles().catch(() => [] as Article[])]);
  const seen = new Set(fromBuild.articles.map((article) => article.id));
  const mine = own.filter((article) => !seen.has(article.id));
  return { articles: [...fromBuild.articles, ...mine], skipped: fromBuild.skipped };
}

/** Forgets the fetched bundled articles (tests, and a reload of the catalog). */
export function resetLibraryArticles(): void {
  bundled = null;
}
