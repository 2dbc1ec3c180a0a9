import type { ReactNode } from 'react';
import { Link, useLoaderData } from 'react-router';
import type { ArticleCatalog } from '@/article';
import { ArticleInput, LibraryList } from '@/features/library';
import { formatDate } from '@/shared/dates';
import { countQuotesAndThoughts } from '@/shared/labels';
import { paths } from '../paths';
import { usePeopleView } from '../hooks/use-people-view';

const articleLink = (id: string, children: ReactNode) => (
  <Link to={paths.article(id)} className="text-ink hover:underline">
    {children}
  </Link>
);

/**
 * `/`: add an article (paste, drop or choose a file, import an exported
 * JSON), the reader's own articles kept in this browser, and the bundled
 * articles, newest first, with their quote and speaker counts.
 */
export function HomeRoute() {
  // Articles are added and deleted here: the speakers pages' view of them is built again once that settles.
  usePeopleView();
  const { articles } = useLoaderData<ArticleCatalog>();
  const sorted = [...articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  const bundledIds = new Set(articles.map((article) => article.id));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <title>Articles – whosaid</title>
      <h1 className="font-serif text-3xl font-bold">Articles</h1>
      <p className="mt-2 text-muted">
        Open an article to see every quote with its speaker, claims against denials, and a timeline.
      </p>

      <ArticleInput renderArticleLink={articleLink} takenIds={bundledIds} />
      <LibraryList renderArticleLink={articleLink} />

      <section aria-labelledby="bundled-heading" className="mt-10">
        <h2 id="bundled-heading" className="font-serif text-2xl font-bold">
          Bundled articles
        </h2>
        {sorted.length === 0 ? (
          <p className="mt-4">No bundled articles.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {sorted.map((article) => (
              <li
                key={article.id}
                className="relative rounded-lg border border-line bg-surface p-4 hover:border-accent"
              >
                <h3 className="font-serif text-xl leading-snug font-bold">
                  <Link
                    to={paths.article(article.id)}
                    className="text-ink no-underline after:absolute after:inset-0 hover:underline"
                  >
                    {article.title}
                  </Link>
                </h3>
                <p className="mt-2 flex flex-wrap gap-x-4 text-sm text-muted">
                  {article.published && <time dateTime={article.published}>{formatDate(article.published)}</time>}
                  <span>
                    {countQuotesAndThoughts(
                      article.quoteCount - (article.thoughtCount ?? 0),
                      article.thoughtCount ?? 0,
                    )}
                  </span>
                  <span>
                    {article.speakerCount} {article.speakerCount === 1 ? 'speaker' : 'speakers'}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
