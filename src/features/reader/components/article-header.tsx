import type { ReactNode } from 'react';
import type { Article } from '@/article';
import { formatDateTime } from '@/shared/dates';

export type ArticleHeaderProps = {
  /** The article whose title, date, byline and dateline to show. */
  article: Article;
  /** Shown under the note on an undated article's reference date: the control to change it. */
  dateControl?: ReactNode;
};

/**
 * The article's masthead: title as the page's only `h1`, then one line of
 * facts (dateline, date in words inside `<time datetime>` or "Date unknown",
 * byline). An undated article says which date its relative dates were read
 * against, so no date is ever silently today's.
 */
export function ArticleHeader({ article, dateControl }: ArticleHeaderProps) {
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
        {article.published ? (
          <span>
            <span className="sr-only">Published </span>
            <time dateTime={article.published}>{formatDateTime(article.published)}</time>
          </span>
        ) : (
          <span>Date unknown</span>
        )}
        {article.byline && <span>{/^by\s/i.test(article.byline) ? article.byline : `By ${article.byline}`}</span>}
      </p>
      {!article.published && article.referenceDate && (
        <>
          <p className="mt-1 text-sm text-muted">
            The article gives no date, so dates such as “on Monday” were read against{' '}
            <time dateTime={article.referenceDate}>{formatDateTime(article.referenceDate)}</time>.
          </p>
          {dateControl}
        </>
      )}
    </header>
  );
}
