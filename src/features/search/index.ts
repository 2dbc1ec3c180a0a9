/**
 * Search: full-text search over every quote in the library, with filters and
 * highlighted matches. The index (MiniSearch) lives in a Web Worker, is saved
 * in IndexedDB and kept up to date one article at a time, so the page never
 * reads every article.
 */
export { QuoteSearch, URL_DELAY } from './components/quote-search';
export type { QuoteSearchProps, SearchPerson } from './components/quote-search';
export type { SpeakerChoice, SpeakerMatches } from './components/speaker-filter';
export { highlight } from './lib/highlight';
export { openSearch } from './lib/search-client';
export type { SearchClient } from './lib/search-client';
export type { LibrarySource } from './lib/index-store';
export type { QuoteDoc, SearchFilters, SpeakerRef } from './lib/quote-index';
export type { SearchState } from './lib/search-service';
