/** Search: full-text search over every quote in the library, with filters and highlighted matches. */
export { QuoteSearch } from './components/quote-search';
export type { QuoteSearchProps } from './components/quote-search';
export { highlight } from './lib/quote-search';
export type { QuoteDoc, SearchFilters } from './lib/quote-search';
