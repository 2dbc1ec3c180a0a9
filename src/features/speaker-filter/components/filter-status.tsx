import { useId } from 'react';

export type FilterStatusProps = {
  /** Speech still highlighted under the filter. */
  shown: number;
  /** All speech in the article. */
  total: number;
  /** Names of the speakers in the filter; empty for no filter. */
  speakerNames: readonly string[];
  /** Clear the filter; the button shows only while a filter is set. */
  onClear: () => void;
  /**
   * The article's thoughts (the writer's account of what someone thinks or
   * wants): how many are highlighted and in all, and whether they are shown.
   * Without it, or with none in the article, neither the count nor the
   * control appears.
   */
  thoughts?: {
    shown: number;
    total: number;
    visible: boolean;
    /** Show or hide thoughts; the "Show thoughts" checkbox calls it. */
    onToggle: (visible: boolean) => void;
  };
};

/**
 * "Showing all 15 quotes, 1 thought" in a polite live region, so a change of
 * filter is announced wherever focus is, with the action that clears the
 * speaker filter and, when the article has thoughts, the one control that
 * shows or hides them.
 */
export function FilterStatus({ shown, total, speakerNames, onClear, thoughts }: FilterStatusProps) {
  const filtered = speakerNames.length > 0;
  const checkboxId = useId();
  const withThoughts = thoughts && thoughts.total > 0 ? thoughts : null;
  const thoughtWord = (n: number) => (n === 1 ? 'thought' : 'thoughts');
  // Hidden: "; 1 thought hidden". Shown under a speaker filter: ", 1 of 2 thoughts". Shown, no filter: ", 2 thoughts".
  const thoughtsText = !withThoughts
    ? ''
    : !withThoughts.visible
      ? `; ${withThoughts.total} ${thoughtWord(withThoughts.total)} hidden`
      : filtered
        ? `, ${withThoughts.shown} of ${withThoughts.total} ${thoughtWord(withThoughts.total)}`
        : `, ${withThoughts.total} ${thoughtWord(withThoughts.total)}`;
  const quoteWord = total === 1 ? 'quote' : 'quotes';
  return (
    <div className="flex min-h-10 flex-wrap items-center gap-x-3 gap-y-2 font-sans text-sm">
      <p role="status" aria-live="polite" className="text-muted">
        {filtered
          ? `Showing ${shown} of ${total} ${quoteWord}${thoughtsText}: ${speakerNames.join(', ')}`
          : `Showing all ${total} ${quoteWord}${thoughtsText}`}
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
      {withThoughts && (
        <span className="ml-auto flex items-center gap-2">
          <input
            id={checkboxId}
            type="checkbox"
            checked={withThoughts.visible}
            onChange={(event) => withThoughts.onToggle(event.currentTarget.checked)}
            className="size-4 accent-accent focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
          />
          <label htmlFor={checkboxId} className="font-medium text-ink">
            Show thoughts
          </label>
        </span>
      )}
    </div>
  );
}
