import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Quote, Speaker } from '@/article';
import { initials, speakerClass } from '@/shared/speaker-palette';
import { cueLabel } from '@/shared/labels';
import { kindLabel, UNKNOWN_SPEAKER } from '../lib/labels';

export type QuoteCardProps = {
  /** The quote the card is about. */
  quote: Quote;
  /** Its speaker, or null when the article does not say who said it. */
  speaker: Speaker | null;
  /**
   * The article's own words for a speaker whosaid could not resolve to
   * anyone (`They said …` with no group named before), shown so the reader
   * sees what the writer says; null otherwise.
   */
  sourceWords?: string | null;
  /** Colour slot of the speaker (null: neutral). */
  slot: number | null;
  /** 1-based position of this quote among the speaker's quotes, and how many they have. */
  position: { index: number; total: number } | null;
  /** Id of the speaker's next quote (wrapping), or null when there is no other. */
  nextQuoteId: string | null;
  /** Link to this quote (path, search and hash), read when "Copy link" copies it as an absolute URL. */
  href: string | (() => string);
  /** Move focus into the card when it opens (render with `key={quote.id}` so each quote gets a fresh card). */
  autoFocus: boolean;
  /** Close the card (Escape or the Close button). */
  onClose: () => void;
  /** Open the speaker's next quote. */
  onNext: (quoteId: string) => void;
  /** Filter the article to this speaker; without it the action is not offered. */
  onShowOnlySpeaker?: (speakerId: string) => void;
};

/**
 * The card that opens under a highlighted quote: who said it (name, role),
 * how (kind, cue verb), the full quote, where it stands among the speaker's
 * quotes with a step to the next, and actions. A non-modal dialog: focus
 * moves in when it opens from a click and Escape hands it back.
 */
export function QuoteCard(props: QuoteCardProps) {
  const {
    quote,
    speaker,
    sourceWords,
    slot,
    position,
    nextQuoteId,
    href,
    autoFocus,
    onClose,
    onNext,
    onShowOnlySpeaker,
  } = props;
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const name = speaker?.name ?? UNKNOWN_SPEAKER;

  useEffect(() => {
    if (autoFocus) ref.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const copy = async () => {
    const url = new URL(typeof href === 'function' ? href() : href, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus('Link copied.');
    } catch {
      setCopyStatus(`Copy this link: ${url}`);
    }
  };

  const action =
    'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-paper focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus';

  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-print="hide"
      className={`quote-card ${speakerClass(slot)} relative my-4 rounded-lg border border-line bg-surface p-4 font-sans shadow-lg focus-visible:outline-3 focus-visible:outline-focus print:hidden`}
    >
      {/* Identity: chip + name + role, the dialog's label. */}
      <div className="flex items-start gap-3 pr-16">
        <span aria-hidden="true" className="speaker-chip speaker-chip-lg" data-kind={quote.kind} data-act={quote.act}>
          {initials(speaker?.name)}
        </span>
        <div>
          <p id={titleId} className="text-base font-bold">
            {name}
          </p>
          {speaker?.role && <p className="text-sm text-muted">{speaker.role}</p>}
          {!speaker && sourceWords && (
            <p className="text-sm text-muted">The article says “{sourceWords}”, and does not name who that is.</p>
          )}
        </div>
      </div>
      <button type="button" onClick={onClose} className={`absolute top-3 right-3 ${action}`}>
        Close
      </button>

      {/* A thought says first what it is: the writer's account, not the person's words. */}
      {quote.act === 'thought' && (
        <p className="thought-note mt-3 rounded-md border-2 border-dashed border-line px-3 py-2 text-sm">
          <strong>Thought.</strong> The writer’s account of what {speaker ? speaker.name : 'this person'} thinks or
          wants, not words quoted from {speaker?.kind === 'person' ? 'them' : 'it'}.
        </p>
      )}

      {/* How it was said. */}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">Act</dt>
        <dd>{quote.act === 'thought' ? 'Thought' : 'Speech'}</dd>
        <dt className="text-muted">Kind</dt>
        <dd>{kindLabel(quote.kind, quote.act).replace(/^./, (c) => c.toUpperCase())}</dd>
        {quote.cue && (
          <>
            <dt className="text-muted">Cue</dt>
            <dd>{cueLabel(quote.cue)}</dd>
          </>
        )}
      </dl>
      <blockquote className="quote-card-text mt-3 border-l-4 pl-3 font-serif text-base">
        <p>{quote.kind === 'direct' ? `“${quote.text}”` : quote.text}</p>
      </blockquote>

      {/* Where this quote stands among the speaker's, and what to do next. */}
      {position && (
        <p className="mt-3 text-sm text-muted">
          Quote {position.index} of {position.total} by {name}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {nextQuoteId && (
          <button type="button" className={action} onClick={() => onNext(nextQuoteId)}>
            Next quote by {name}
          </button>
        )}
        {speaker && onShowOnlySpeaker && (
          <button type="button" className={action} onClick={() => onShowOnlySpeaker(speaker.id)}>
            Show only {name}
          </button>
        )}
        <button type="button" className={action} onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p role="status" className="pt-2 text-sm text-muted">
        {copyStatus}
      </p>
    </div>
  );
}
