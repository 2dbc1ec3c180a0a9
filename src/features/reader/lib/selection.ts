/**
 * The reader's selection (the quote or event the URL fragment names) as a
 * small store with a listener per block: opening or closing a quote card
 * re-renders the blocks that hold the old and the new selection, not the
 * article, and needs no router navigation.
 */
import { BlockListeners } from './block-listeners';
export class Selection {
  private id: string | null = null;
  private blocks: ReadonlySet<string> = new Set();
  private readonly listeners = new BlockListeners();
  /** Whether the card of the selected quote should take focus when it renders (it was opened by a click). */
  focusCard = false;

  /** `blocksOf(id)`: the blocks a quote or event lies in (none for an unknown id). */
  constructor(private readonly blocksOf: (id: string) => ReadonlySet<string>) {}

  /** The selected quote or event id, or null. */
  get selected(): string | null {
    return this.id;
  }

  /** The blocks the selection lies in. */
  get blockIds(): ReadonlySet<string> {
    return this.blocks;
  }

  /** The selected id when it lies in block `blockId`, else null. */
  in = (blockId: string): string | null => (this.blocks.has(blockId) ? this.id : null);

  /** Calls `listener` whenever the selection enters or leaves block `blockId`; returns the unsubscribe function. */
  subscribe(blockId: string, listener: () => void): () => void {
    return this.listeners.subscribe(blockId, listener);
  }

  /** Selects `id` (null: nothing) and tells the blocks it leaves and enters. */
  set(id: string | null, focusCard = false): void {
    this.focusCard = focusCard;
    if (id === this.id) return;
    const before = this.blocks;
    this.id = id;
    this.blocks = id ? this.blocksOf(id) : new Set();
    this.listeners.notify(new Set([...before, ...this.blocks]));
  }
}
