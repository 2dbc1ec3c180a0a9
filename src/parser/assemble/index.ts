/**
 * Assembly: the quotes the detection stages found become drafts (before
 * speakers), and after speaker resolution, numbered quotes in reading order.
 */
export { draftQuotes, type Draft } from './drafts';
export { assembleQuotes } from './quotes';
