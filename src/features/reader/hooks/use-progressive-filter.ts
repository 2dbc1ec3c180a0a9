import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { ShownFilter, staleBlocks, type HiddenByBlock } from '../lib/filter-progress';

/**
 * A filter change that touches at most this many quotes is applied at once
 * (every article of ordinary length); a larger one is applied in chunks.
 */
const AT_ONCE_QUOTES = 200;
/** Scripting time aimed at per chunk, so a chunk and its frame's style and layout fit in 16 ms. */
const CHUNK_MS = 6;
const FIRST_CHUNK_QUOTES = 60;

/** Runs `work` after the next frame has been painted (or soon, where there are no frames). */
function afterNextFrame(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(work, 16);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Applies a speaker filter to the text block by block (see
 * lib/filter-progress.ts) and returns the store the blocks read their state
 * from (`useShownHidden`). A change of at most 200 quotes is shown at once.
 * A larger one updates the blocks in the viewport before the
 * frame is painted, then the others in chunks of about 6 ms of scripting,
 * one chunk per frame, blocks coming into view first; each chunk re-renders
 * only its blocks. Until done, `container` has `aria-busy="true"`. Printing
 * brings every block up to date first.
 *
 * The blocks `first` names (the selection's) are brought up to date before
 * the frame is painted too.
 *
 * `container` holds the blocks as elements with `data-block-id`.
 */
export function useProgressiveFilter(
  container: RefObject<HTMLElement | null>,
  blockIds: readonly string[],
  quotesIn: (blockId: string) => number,
  target: HiddenByBlock,
  /** Blocks that follow the filter at once, whatever its size (the selected quote's: it is in view or about to be). */
  first: () => Iterable<string> = () => [],
): ShownFilter {
  const [store] = useState(() => new ShownFilter(target));

  // Blocks in the viewport, kept by an observer.
  const near = useRef(new Set<string>());
  useEffect(() => {
    const root = container.current;
    if (!root || typeof IntersectionObserver !== 'function') return;
    const seen = near.current;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.target.getAttribute('data-block-id');
          if (!id) continue;
          if (entry.isIntersecting) seen.add(id);
          else seen.delete(id);
        }
      },
      { rootMargin: '0px' },
    );
    root.querySelectorAll('[data-block-id]').forEach((element) => observer.observe(element));
    return () => {
      observer.disconnect();
      seen.clear();
    };
  }, [container, blockIds]);

  const chunkQuotes = useRef(FIRST_CHUNK_QUOTES);
  // After the commit that brings a new filter, before paint.
  useLayoutEffect(() => {
    const stale = staleBlocks(blockIds, store.get, target);
    if (stale.length === 0) return;
    if (stale.reduce((n, id) => n + quotesIn(id), 0) <= AT_ONCE_QUOTES) {
      store.apply(stale, target);
      return;
    }
    const pending = new Set(stale);
    const busy = container.current;
    busy?.setAttribute('aria-busy', 'true'); // set here, not rendered: chunks must not re-render the article
    const take = (ids: Iterable<string>) => {
      const list = [...ids];
      list.forEach((id) => pending.delete(id));
      store.apply(list, target);
    };
    // The blocks near the screen now, so the painted frame already follows the filter.
    take([...near.current, ...first()].filter((id) => pending.has(id)));

    let stopped = false;
    let cancel = () => {};
    const chunk = () => {
      const budget = chunkQuotes.current;
      const ids = new Set([...near.current].filter((id) => pending.has(id))); // scrolled into view meanwhile
      let spent = [...ids].reduce((n, id) => n + quotesIn(id), 0);
      for (const id of pending) {
        if (spent >= budget) break;
        if (ids.has(id)) continue;
        ids.add(id);
        spent += quotesIn(id);
      }
      const start = performance.now();
      take(ids);
      // A store update renders in a microtask queued before this one, so this one sees it done.
      queueMicrotask(() => {
        if (stopped) return;
        const ms = Math.max(performance.now() - start, 0.25);
        chunkQuotes.current = Math.round(Math.min(2000, Math.max(10, (budget * CHUNK_MS) / ms)));
        if (pending.size > 0) cancel = afterNextFrame(chunk);
        else busy?.removeAttribute('aria-busy');
      });
    };
    cancel = afterNextFrame(chunk);

    // Paper gets every block as the filter says.
    const settle = () => {
      cancel();
      take([...pending]); // rendered in a microtask, before the page is laid out for print
      busy?.removeAttribute('aria-busy');
    };
    window.addEventListener('beforeprint', settle);
    return () => {
      stopped = true;
      cancel();
      window.removeEventListener('beforeprint', settle);
      busy?.removeAttribute('aria-busy');
    };
  }, [blockIds, container, first, quotesIn, store, target]);

  return store;
}

/** What one block shows under the filter, re-rendering the block (only) when that changes. */
export function useShownHidden(store: ShownFilter, blockId: string): string {
  const subscribe = useCallback((listener: () => void) => store.subscribe(blockId, listener), [store, blockId]);
  const read = () => store.get(blockId);
  return useSyncExternalStore(subscribe, read, read);
}
