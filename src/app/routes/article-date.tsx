import { useState } from 'react';
import { Link, useLoaderData, useNavigate } from 'react-router';
import type { Article } from '@/article';
import { ReferenceDate } from '@/features/library';
import { formatDateTime } from '@/shared/dates';
import { paths } from '../paths';

/**
 * `/articles/:id/date`: the date an added article with no date of its own
 * has its relative expressions ("on Monday") read against, and the form to
 * change it: the article's kept source is read again in the Web Worker and
 * replaces it, then the reader opens it.
 */
export function ArticleDateRoute() {
  const article = useLoaderData<Article>();
  const navigate = useNavigate();
  const [byReader, setByReader] = useState(false);
  const back = paths.article(article.id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <title>{`Date of ${article.title} – whosaid`}</title>
      <h1 className="font-serif text-3xl font-bold">{article.title}</h1>
      {article.published || !article.referenceDate ? (
        <p className="mt-3">The article gives its own date, so its relative dates are read against it.</p>
      ) : (
        <p className="mt-3">
          The article gives no date, so dates such as “on Monday” are read against{' '}
          <time dateTime={article.referenceDate}>{formatDateTime(article.referenceDate)}</time>
          {byReader ? ', dated by you.' : ', the date given when it was added.'}
        </p>
      )}
      {article.referenceDate && !article.published && (
        <ReferenceDate
          article={article}
          onDatedByReader={setByReader}
          onChanged={() => void navigate(back)}
          unkept={
            <p className="mt-2 text-muted">Its text was not kept when it was added, so it cannot be read again.</p>
          }
        />
      )}
      <p className="mt-6">
        <Link to={back} className="text-accent underline">
          Back to the article
        </Link>
      </p>
    </div>
  );
}
