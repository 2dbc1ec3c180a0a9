/** Search: full-text search over every quote in the library, with filters and highlighted matches. */
export { QuoteSearch } from './components/quote-search';
export type { QuoteSearchProps } from './components/quote-search';
export { createQuoteIndex, highlight, searchQuotes } from './lib/quote-search';
export type { QuoteDoc, QuoteHit, SearchFilters, Segment } from './lib/quote-search';
