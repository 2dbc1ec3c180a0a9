/**
 * The types every stage shares: where things are in the article. A stage's
 * own types live in its folder.
 */

/** A place in the article: a block's index and a character offset in its text. */
export type Position = { block: number; offset: number };

/** A stretch of one block's text: the block's index and character offsets (end exclusive). */
export type Located = { block: number; start: number; end: number };

/** A sentence of one text, by character offsets (end exclusive). */
export type Sentence = { start: number; end: number };
