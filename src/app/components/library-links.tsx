/**
 * Link renderers the cross-article pages hand to features (`renderQuoteLink`
 * and the like), so a feature shows a link without knowing the app's URLs.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../paths';

/** A link to one quote in the reader (`/articles/x#q3`). */
export const quoteLink = (articleId: string, quoteId: string, children: ReactNode) => (
  <Link to={paths.article(articleId, { hash: quoteId })}>{children}</Link>
);

/** A link to an article in the reader. */
export const articleLink = (articleId: string, children: ReactNode) => (
  <Link to={paths.article(articleId)}>{children}</Link>
);

/** A link to one speaker's page. */
export const speakerLink = (id: string, children: ReactNode) => <Link to={paths.speaker(id)}>{children}</Link>;
