/**
 * HTML pages to whosaid text and Articles, for the app's Web Worker and the
 * command line alike. Imports only `@/article` and `@/parser`; the app's
 * features and the CLI import it through this file.
 */
export { articleFromPage, articleFromText, markedFromHints, type PageArticleOptions } from './page-article';
export { reducePage, checkMarkup, PageError, type BlockHints, type ReducedPage, type ReduceStage } from './reduce';
export { MAX_DEPTH, MAX_ELEMENTS } from './limits';
export { normalizeDate } from './metadata';
