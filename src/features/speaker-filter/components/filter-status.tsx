export type FilterStatusProps = {
  /** Quotes still highlighted under the filter. */
  shown: number;
  /** All quotes in the article. */
  total: number;
  /** Names of the speakers in the filter; empty for no filter. */
  speakerNames: readonly string[];
  /** Clear the filter; the button shows only while a filter is set. */
  onClear: () => void;
};

/**
 * "Showing 5 of 12 quotes" in a polite live region, so a change of filter is
 * announced wherever focus is, with the one action that clears the filter.
 */
export function FilterStatus({ shown, total, speakerNames, onClear }: FilterStatusProps) {
  const filtered = speakerNames.length > 0;
  return (
    <div className="flex min-h-10 flex-wrap items-center gap-x-3 gap-y-2 font-sans text-sm">
      <p role="status" aria-live="polite" className="text-muted">
        {filtered
          ? `Showing ${shown} of ${total} quotes: ${speakerNames.join(', ')}`
          : `Showing all ${total} ${total === 1 ? 'quote' : 'quotes'}`}
      </p>
      {filtered && (
        <button
          type="button"
          onClick={onClear}
          className="rounded-md border border-line bg-surface px-3 py-1 font-medium hover:bg-paper focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
        >
          Clear filter
        </button>
      )}
    </div>
  );
}
