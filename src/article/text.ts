/** Reading the text a span points at. */
import type { Article, Block, Quote, Span } from './schema';

export function blockById(article: Article): Map<string, Block> {
  return new Map(article.blocks.map((block) => [block.id, block]));
}

/** The characters a span covers, or '' when its block is missing. */
export function spanText(blocks: Map<string, Block>, span: Span): string {
  return blocks.get(span.blockId)?.text.slice(span.start, span.end) ?? '';
}

/** A quote's words as the span slices joined by a space: equal to `quote.text` in a valid document. */
export function quoteSliceText(blocks: Map<string, Block>, quote: Quote): string {
  return quote.spans.map((span) => spanText(blocks, span)).join(' ');
}
