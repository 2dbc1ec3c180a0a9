import type { Article } from '@/article';
import { formatDateTime } from '@/shared/dates';

export type ArticleHeaderProps = {
  /** The article whose title, date, byline and dateline to show. */
  article: Article;
};

/**
 * The article's masthead: title as the page's only `h1`, then one line of
 * facts (dateline, date in words inside `<time datetime>`, byline).
 */
export function ArticleHeader({ article }: ArticleHeaderProps) {
  return (
    <header className="mb-6">
      <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl">{article.title}</h1>
      <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
        {article.dateline && (
          <span>
            <span className="sr-only">Dateline: </span>
            <span className="font-semibold tracking-wide text-ink uppercase">{article.dateline}</span>
          </span>
        )}
        {article.published && (
          <span>
            <span className="sr-only">Published </span>
            <time dateTime={article.published}>{formatDateTime(article.published)}</time>
          </span>
        )}
        {article.byline && <span>{/^by\s/i.test(article.byline) ? article.byline : `By ${article.byline}`}</span>}
      </p>
    </header>
  );
}
