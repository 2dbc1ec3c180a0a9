import type { KeyboardEvent, ReactNode } from 'react';
import type { QuoteAct, QuoteKind } from '@/article';
import { speakerClass } from '@/shared/speaker-palette';
import { kindLabel } from '../lib/labels';

export type QuoteMarkProps = {
  /** The quote's id; the first mark of a quote carries it as its element id (the `#q7` target). */
  quoteId: string;
  /** Set on the first mark of a quote only. */
  first: boolean;
  /** True for the second and later paragraphs of a quote that runs over several. */
  continued: boolean;
  /** The speaker's name, read first in the accessible name. */
  speakerName: string;
  /** Short label in the speaker's colour (initials), so colour is not the only cue. */
  chip: string;
  /** Colour slot from the palette, or null for an unknown speaker (neutral colour). */
  slot: number | null;
  kind: QuoteKind;
  /**
   * `thought`: the writer's account of a state of mind. Marked apart from
   * speech without relying on colour: a wavy underline, no fill, and a
   * "thought" tag on the chip; its accessible name says "thought".
   */
  act: QuoteAct;
  /** Footnote number in print. */
  number: number;
  /** Whether this quote's card is open (`aria-expanded`). */
  expanded: boolean;
  /** Whether the URL points at this quote (outlined). */
  selected: boolean;
  /** Called when the mark is activated by click, Enter or Space. */
  onActivate: () => void;
  /** Called on Escape while the mark has focus. */
  onEscape: () => void;
  /** The quoted words of this mark as plain text, read after the speaker's name. */
  text: string;
  /** The quoted words as rendered (text, perhaps with dated expressions inside). */
  children: ReactNode;
};

/**
 * A highlighted quote in the running text:
 *
 *     <span aria-hidden class="speaker-chip">SS</span>
 *     <span role="button" tabindex="0" aria-expanded
 *           aria-label="Sean Spicer, direct quote: …words…">
 *       <mark data-kind="direct">…words…</mark>
 *     </span>
 *
 * A `<span role="button">` rather than `<button>`: Chromium lays buttons out
 * as inline blocks, which would tear a long quote out of its line. It has the
 * button's keyboard behaviour (Tab stop, Enter on key down, Space on key up).
 * The name is an aria-label (not visually hidden text inside) so the
 * button's box is just its visible words. Colour comes from the speaker's slot; the initials chip and the underline
 * style (solid for direct, dotted for reported, wavy with a "thought" tag for a thought) say the same without colour.
 */
export function QuoteMark(props: QuoteMarkProps) {
  const {
    quoteId,
    first,
    continued,
    speakerName,
    chip,
    slot,
    kind,
    act,
    number,
    expanded,
    selected,
    onActivate,
    onEscape,
    text,
    children,
  } = props;

  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onActivate();
    } else if (event.key === ' ') {
      event.preventDefault(); // no page scroll; activates on key up like a button
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      onEscape();
    }
  };
  const onKeyUp = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key === ' ') {
      event.preventDefault();
      onActivate();
    }
  };

  return (
    <>
      {/* The chip sits outside the button so the button's visible text is exactly its words (WCAG 2.5.3). */}
      {!continued && (
        <span
          aria-hidden="true"
          className={`speaker-chip ${speakerClass(slot)} cursor-pointer`}
          data-kind={kind}
          data-act={act}
          onClick={onActivate}
        >
          {chip}
          {act === 'thought' && <span className="thought-tag">thought</span>}
        </span>
      )}
      <span
        id={first ? quoteId : undefined}
        role="button"
        tabIndex={0}
        aria-label={`${speakerName}, ${act === 'thought' ? 'thought' : kindLabel(kind)}${continued ? ', continued' : ''}: ${text}`}
        aria-expanded={expanded}
        aria-haspopup="dialog"
        data-quote-id={quoteId}
        data-selected={selected || undefined}
        className={`quote ${speakerClass(slot)} cursor-pointer rounded-sm`}
        onClick={onActivate}
        onKeyDown={onKeyDown}
        onKeyUp={onKeyUp}
      >
        <mark className="quote-mark" data-kind={kind} data-act={act}>
          {children}
        </mark>
        {!continued && (
          <sup aria-hidden="true" className="hidden print:inline">
            {number}
          </sup>
        )}
      </span>
    </>
  );
}
