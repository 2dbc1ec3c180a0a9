/**
 * The library as the pages that look across articles (speakers, search)
 * need it: one digest (speakers and quote texts) per article. The bundled
 * articles come from the build (`/articles/index.json`, then each
 * `/articles/<id>.json`, validated with the Article schema), fetched once per
 * session as they don't change while the app runs. The reader's own come
 * from the digests the library keeps in IndexedDB, written once when each
 * article was saved: no stored article is read or validated here.
 * A document that fails validation is left out and reported, never guessed at.
 */
import {
  ArticleCatalogSchema,
  digestArticle,
  validateArticle,
  type Article,
  type ArticleDigest,
  type NameArticleRef,
  type SpeakerNameSummary,
} from '@/article';
import { getStoredArticle, summarizeNames } from '@/features/library';
import { paths } from './paths';

/** A document left out of the library, and why. */
export type SkippedDocument = { document: string; field: string; message: string };

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

function bundledArticles(base: string): Promise<Bundled> {
  bundled ??= fetchBundled(base).catch((error: unknown) => {
    bundled = null; // try again next time
    throw error;
  });
  return bundled;
}

/** The bundled articles' digests (fetched once per session), and the documents that could not be read. */
export async function loadBundledDigests(
  base: string,
): Promise<{ digests: ArticleDigest[]; skipped: SkippedDocument[] }> {
  const { articles, skipped } = await bundledArticles(base);
  return { digests: articles.map(digestArticle), skipped };
}

/** The whole articles with these ids (a profile's), bundled or stored; ids that can't be read are left out. */
export async function loadArticles(base: string, ids: readonly string[]): Promise<Article[]> {
  const fromBuild = new Map((await bundledArticles(base)).articles.map((article) => [article.id, article]));
  const found = await Promise.all(ids.map((id) => fromBuild.get(id) ?? getStoredArticle(id).catch(() => null)));
  return found.filter((article): article is Article => article !== null);
}

/** Forgets the fetched bundled articles (tests, and a reload of the catalog). */
export function resetLibraryArticles(): void {
  bundled = null;
}

/** The bundled articles' speaker names and their article records (for the people index), and what was skipped. */
export async function loadBundledNames(
  base: string,
): Promise<{ names: SpeakerNameSummary[]; refs: NameArticleRef[]; count: number; skipped: SkippedDocument[] }> {
  const { articles, skipped } = await bundledArticles(base);
  return { ...summarizeNames(articles.map(digestArticle)), count: articles.length, skipped };
}
