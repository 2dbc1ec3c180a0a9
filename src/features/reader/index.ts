/** The reader: the article text with its quotes marked, and the quote card. */
export { ArticleHeader } from './components/article-header';
export type { ArticleHeaderProps } from './components/article-header';
export { ArticleBody } from './components/article-body';
export type { ArticleBodyProps } from './components/article-body';
export { isQuoteVisible } from './lib/article-index';
