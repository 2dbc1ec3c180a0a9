/**
 * A speaker filter applied block by block. On a long article a filter change
 * turns thousands of quotes into plain words (or back); doing that in one go
 * blocks the page for a tenth of a second. Instead the reader keeps, per
 * block, the filter state it shows, and brings the blocks up to date in
 * chunks: the ones near the screen first, the rest in reading order. Pure:
 * maps in, maps out.
 */
import type { Quote } from '@/article';
import { isQuoteVisible } from './article-index';
import { BlockListeners } from './block-listeners';

/**
 * Per block, the ids of the quotes a filter turns to plain words, joined by
 * spaces; blocks with none are absent. Two filters that hide the same quotes
 * in a block give it the same string, so an unchanged block can skip
 * rendering by comparing strings.
 */
export type HiddenByBlock = ReadonlyMap<string, string>;

const NOTHING_HIDDEN: HiddenByBlock = new Map();

/** What a filter (`null`: none) hides, block by block. */
export function hiddenByBlock(quotes: readonly Quote[], visibleSpeakers: ReadonlySet<string> | null): HiddenByBlock {
  if (visibleSpeakers === null) return NOTHING_HIDDEN;
  const hidden = new Map<string, string>();
  for (const quote of quotes) {
    if (isQuoteVisible(quote, visibleSpeakers)) continue;
    const blocks =
      quote.spans.length === 1 ? [quote.spans[0]?.blockId ?? ''] : new Set(quote.spans.map((span) => span.blockId));
    for (const blockId of blocks) {
      const before = hidden.get(blockId);
      hidden.set(blockId, before ? `${before} ${quote.id}` : quote.id);
    }
  }
  return hidden;
}

/** A stable key for a filter: the same speakers give the same key, whatever their order (null: no filter). */
export function filterKey(visibleSpeakers: ReadonlySet<string> | null): string | null {
  return visibleSpeakers === null ? null : [...visibleSpeakers].sort().join(' ');
}

/** Blocks, in reading order, whose shown state differs from the target. */
export function staleBlocks(
  blockIds: readonly string[],
  shown: (blockId: string) => string,
  target: HiddenByBlock,
): string[] {
  return blockIds.filter((id) => shown(id) !== (target.get(id) ?? ''));
}

/**
 * What each block shows, with a listener per block: bringing a chunk of
 * blocks up to date re-renders those blocks only, not the article.
 */
export class ShownFilter {
  private readonly shown: Map<string, string>;
  private readonly listeners = new BlockListeners();

  constructor(initial: HiddenByBlock) {
    this.shown = new Map(initial);
  }

  /** The ids of the quotes block `blockId` shows as plain words, joined by spaces ('' for none). */
  get = (blockId: string): string => this.shown.get(blockId) ?? '';

  /** Calls `listener` whenever block `blockId` changes; returns the unsubscribe function. */
  subscribe(blockId: string, listener: () => void): () => void {
    return this.listeners.subscribe(blockId, listener);
  }

  /** Brings `blockIds` to the target and tells their listeners. */
  apply(blockIds: Iterable<string>, target: HiddenByBlock): void {
    const changed: string[] = [];
    for (const id of blockIds) {
      const next = target.get(id) ?? '';
      if (this.get(id) === next) continue;
      if (next) this.shown.set(id, next);
      else this.shown.delete(id);
      changed.push(id);
    }
    this.listeners.notify(changed);
  }
}
