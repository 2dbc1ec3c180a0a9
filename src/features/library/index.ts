/** Library: the reader's own articles (input, parsing in a worker, IndexedDB storage, export and import). */
export { getStoredArticle, listStoredArticles, readStoredArticle, subscribeLibrary } from './lib/storage';
