/**
 * Stage 1, the text: the article's plain text read into blocks (normalise,
 * lines, structure with the title, byline and publication line), and each
 * block's reading context (tokens, sentences from the one sentence splitter,
 * where its quotes stand).
 */
export { normalizeText } from './normalize';
export { parsePublishedLine } from './published';
export { ArticleInputError, readStructure, type MarkedBlock } from './structure';
export { isCapitalized, isLyAdverb, isWord, tokenize, type Token } from './tokens';
export { sentenceAt } from './sentences';
export {
  buildContexts,
  comparePositions,
  neighbours,
  quoteAt,
  quotesWithin,
  tokensIn,
  type BlockContext,
} from './context';
