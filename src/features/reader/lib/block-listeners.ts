/**
 * Listeners keyed by block id: the stores the reader's paragraphs subscribe to
 * (filter progress, selection) tell only the blocks a change touches, so one
 * click re-renders a few paragraphs instead of the whole article.
 */
export class BlockListeners {
  private readonly byBlock = new Map<string, Set<() => void>>();

  /** Calls `listener` whenever block `blockId` is told of a change; returns the unsubscribe function. */
  subscribe(blockId: string, listener: () => void): () => void {
    let set = this.byBlock.get(blockId);
    if (!set) {
      set = new Set();
      this.byBlock.set(blockId, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Tells the listeners of each block in `blockIds`. */
  notify(blockIds: Iterable<string>): void {
    for (const id of blockIds) this.byBlock.get(id)?.forEach((listener) => listener());
  }
}
