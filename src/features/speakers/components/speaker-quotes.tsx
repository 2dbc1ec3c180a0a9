import type { ReactNode } from 'react';
import { formatDateTime } from '@/shared/dates';
import { cueLabel, quoteKindLabel as kindLabel } from '@/shared/labels';
import type { ProfileArticle } from '../lib/profile';

export type SpeakerQuotesProps = {
  /** The entry's quotes grouped by article, oldest article first. */
  articles: readonly ProfileArticle[];
  /** Renders a link to a quote's place in its article around `children`. */
  renderQuoteLink: (articleId: string, quoteId: string, children: ReactNode) => ReactNode;
  /** Renders a link to an article around `children`. */
  renderArticleLink: (articleId: string, children: ReactNode) => ReactNode;
};

/**
 * Quotes in date order, one section per article (its title linked, its date
 * in a `<time>`), each quote marked direct or reported (by a label, not by
 * colour alone) and linked to its place in the article.
 */
export function SpeakerQuotes({ articles, renderQuoteLink, renderArticleLink }: SpeakerQuotesProps) {
  if (articles.length === 0) return <p className="text-muted">No quotes found for this speaker.</p>;
  return (
    <ol className="space-y-8">
      {articles.map(({ article, quotes }) => (
        <li key={article.id}>
          <article aria-labelledby={`quotes-${article.id}`}>
            <h3 id={`quotes-${article.id}`} className="font-serif text-lg leading-snug font-bold">
              {renderArticleLink(article.id, article.title)}
            </h3>
            <p className="text-sm text-muted">
              {article.published ? (
                <time dateTime={article.published}>{formatDateTime(article.published)}</time>
              ) : (
                'Undated'
              )}
            </p>
            <ol className="mt-3 space-y-3">
              {quotes.map((quote) => (
                <li
                  key={quote.id}
                  className={[
                    // the rule's style says direct (solid) or reported (dotted), as in the reader
                    'border-l-4 pl-3',
                    quote.kind === 'direct' ? 'border-solid border-ink' : 'border-dotted border-muted',
                  ].join(' ')}
                >
                  <p className="text-xs font-bold tracking-wide text-muted uppercase">{kindLabel(quote.kind)}</p>
                  <p className="mt-0.5 font-serif text-lg leading-relaxed">
                    {renderQuoteLink(article.id, quote.id, quote.kind === 'direct' ? `“${quote.text}”` : quote.text)}
                  </p>
                  {quote.cue && <p className="text-sm text-muted">Cue: {cueLabel(quote.cue)}</p>}
                </li>
              ))}
            </ol>
          </article>
        </li>
      ))}
    </ol>
  );
}
