/**
 * Library: the reader's own articles. Input (paste, drop, choose; HTML
 * reduced with Readability), parsing in a Web Worker, IndexedDB storage with
 * rename and delete-with-undo, export from the reader and import back.
 */
export { ArticleInput } from './components/article-input';
export type { ArticleInputProps } from './components/article-input';
export { LibraryList } from './components/library-list';
export type { LibraryListProps } from './components/library-list';
export { ExportActions } from './components/export-actions';
export { ReferenceDate } from './components/reference-date';
export type { ReferenceDateProps } from './components/reference-date';
export type { ExportActionsProps } from './components/export-actions';
export {
  ensureDerived,
  getStoredArticle,
  LIBRARY_SEARCH_SOURCE,
  listDigests,
  listStoredArticles,
  readStoredArticle,
  subscribeDerivedProgress,
  subscribeLibrary,
} from './lib/storage';
export type { DerivedProgress, LibraryChange } from './lib/storage';
export { listNameArticleIds, listNameRefs, listNameRefsByDate, listNameSaid, listSpeakerNames } from './lib/storage';
export {
  findPeopleViewEntry,
  findPeopleViewNames,
  listPeopleViewItems,
  listPeopleViewPage,
  peopleViewState,
  savePeopleView,
} from './lib/storage';
export type { PeopleViewBuild, PeopleViewListItem, PeopleViewMeta, PeopleViewName } from './lib/people-view';
export { startLibraryRead } from './lib/first-page';
export { mergeNameSummaries, speakerNameKey, summarizeNames } from './lib/name-sums';
