import { Fragment, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Article, Block } from '@/article';
import { initials } from '@/shared/speaker-palette';
import { useProgressiveFilter, useShownHidden } from '../hooks/use-progressive-filter';
import { indexArticle, type ArticleIndex } from '../lib/article-index';
import { filterKey, hiddenByBlock, type ShownFilter } from '../lib/filter-progress';
import { UNKNOWN_SPEAKER, kindLabel } from '../lib/labels';
import { segmentBlock, type Piece, type Run } from '../lib/segments';
import { QuoteCard } from './quote-card';
import { QuoteMark } from './quote-mark';

export type ArticleBodyProps = {
  /** The article whose blocks to render. */
  article: Article;
  /**
   * Speakers whose quotes keep their highlight; `null` when no filter is set.
   * Other quotes stay in the text as plain words.
   */
  visibleSpeakers: ReadonlySet<string> | null;
  /** The id in the URL fragment: a quote (its card opens) or an event (highlighted); null for none. */
  selectedId: string | null;
  /** Select a quote (its id) or clear the selection (null). */
  onSelect: (id: string | null) => void;
  /** "Show only this speaker" in the card. */
  onShowOnlySpeaker: (speakerId: string) => void;
  /** Link to a quote, for the card's "Copy link". */
  quoteHref: (quoteId: string) => string;
};

function renderPieces(pieces: Piece[], selectedId: string | null): ReactNode {
  return pieces.map((piece, i) => {
    let node: ReactNode = piece.text;
    // Innermost event last, so the first-listed event is the outermost element.
    for (const eventId of [...piece.eventIds].reverse()) {
      node = (
        <span
          id={piece.eventStarts.includes(eventId) ? eventId : undefined}
          tabIndex={piece.eventStarts.includes(eventId) ? -1 : undefined}
          data-event-id={eventId}
          data-selected={selectedId === eventId || undefined}
          className="event-mark"
        >
          {node}
        </span>
      );
    }
    return <Fragment key={i}>{node}</Fragment>;
  });
}

type BlockTextProps = {
  block: Block;
  /** The block cut into text and quote runs (computed once per article). */
  runs: readonly Run[];
  index: ArticleIndex;
  /** What the block shows under the filter (read per block, so a chunk of a filter change re-renders its blocks only). */
  filter: ShownFilter;
  /**
   * Ids of this block's quotes that the filter turns to plain words, joined by spaces, when the block
   * must follow the filter at once (it holds the selected quote); null to read it from `filter`.
   */
  hiddenNow: string | null;
  /** The selected quote or event, when it lies in this block; otherwise null. */
  selectedId: string | null;
  /** The quote whose card is open, when it lies in this block; otherwise null. */
  expandedId: string | null;
  /** Stable callbacks (the same function on every render), so an unchanged block skips rendering. */
  onActivate: (quoteId: string) => void;
  onEscape: (quoteId: string) => void;
};

/**
 * One block with its quotes marked. Memoised on props that only change for
 * the blocks a filter or a selection touches: on a long article, a filter
 * change or an opened card re-renders those blocks, not every quote.
 */
const BlockText = memo(function BlockText({ block, runs, index, filter, hiddenNow, selectedId, expandedId, onActivate, onEscape }: BlockTextProps) {
  const shown = useShownHidden(filter, block.id);
  const hidden = hiddenNow ?? shown;
  const hiddenIds = hidden ? new Set(hidden.split(' ')) : null;
  const content = runs.map((run, i) => {
    if (run.kind === 'text') return <Fragment key={i}>{renderPieces(run.pieces, selectedId)}</Fragment>;
    const quote = index.quotes.get(run.quoteId);
    if (!quote) return <Fragment key={i}>{renderPieces(run.pieces, selectedId)}</Fragment>;
    if (hiddenIds?.has(quote.id)) {
      // Filtered out: plain words, still a link target.
      return (
        <span
          key={i}
          id={run.first ? quote.id : undefined}
          tabIndex={run.first ? -1 : undefined}
          data-quote-id={quote.id}
          data-selected={selectedId === quote.id || undefined}
          className="quote-plain"
        >
          {renderPieces(run.pieces, selectedId)}
        </span>
      );
    }
    const speaker = quote.speakerId ? index.speakers.get(quote.speakerId) : undefined;
    const slot = quote.speakerId ? (index.slots.get(quote.speakerId) ?? null) : null;
    return (
      <QuoteMark
        key={i}
        quoteId={quote.id}
        first={run.first}
        continued={run.spanIndex > 0}
        speakerName={speaker?.name ?? UNKNOWN_SPEAKER}
        chip={initials(speaker?.name)}
        slot={slot}
        kind={quote.kind}
        number={index.quoteNumbers.get(quote.id) ?? 0}
        expanded={expandedId === quote.id}
        selected={selectedId === quote.id}
        onActivate={() => onActivate(quote.id)}
        onEscape={() => onEscape(quote.id)}
        text={run.pieces.map((piece) => piece.text).join('')}
      >
        {renderPieces(run.pieces, selectedId)}
      </QuoteMark>
    );
  });
  switch (block.kind) {
    case 'heading':
      return (
        <h2 data-block-id={block.id} className="mt-10 mb-3 font-sans text-xl font-bold">
          {content}
        </h2>
      );
    case 'caption':
      return (
        <p data-block-id={block.id} className="caption my-6 border-l-2 border-line pl-3 font-sans text-sm text-muted italic">
          <span className="mr-1 font-semibold not-italic">Caption:</span>
          {content}
        </p>
      );
    case 'credit':
      return (
        <p data-block-id={block.id} className="my-4 font-sans text-sm text-muted">
          {content}
        </p>
      );
    case 'paragraph':
      return (
        <p data-block-id={block.id} className="my-5">
          {content}
        </p>
      );
  }
});

/** The blocks an id (quote or event) lies in. */
function blocksOf(id: string | null, index: ArticleIndex, eventBlocks: ReadonlyMap<string, string>): ReadonlySet<string> {
  if (!id) return new Set();
  const quote = index.quotes.get(id);
  if (quote) return new Set(quote.spans.map((span) => span.blockId));
  const eventBlock = eventBlocks.get(id);
  return new Set(eventBlock ? [eventBlock] : []);
}

/**
 * The article text, block by block, with quotes marked in their speaker's
 * colour and the selected quote's card right after the paragraph where the
 * quote begins. Also renders (for print only) the quotes as numbered
 * footnotes naming their speakers.
 */
export function ArticleBody({ article, visibleSpeakers, selectedId, onSelect, onShowOnlySpeaker, quoteHref }: ArticleBodyProps) {
  const index: ArticleIndex = useMemo(() => indexArticle(article), [article]);
  const runs = useMemo(
    () =>
      new Map(
        article.blocks.map((block) => [
          block.id,
          segmentBlock(block.text, index.quoteRanges.get(block.id) ?? [], index.eventRanges.get(block.id) ?? []),
        ]),
      ),
    [article, index],
  );
  const eventBlocks = useMemo(() => new Map(article.events.map((event) => [event.id, event.span.blockId])), [article]);
  // Which quote's card should take focus when it renders: set by a click on
  // a quote (state, for rendering) and mirrored in a ref for the effect below.
  const [focusCardFor, setFocusCardFor] = useState<string | null>(null);
  const focusCard = useRef(false);
  const firstRun = useRef(true);
  const selectedQuote = selectedId ? (index.quotes.get(selectedId) ?? null) : null;

  // When the fragment changes from outside (a sidebar link, a shared link),
  // bring its target into view, and give it focus unless this is page load.
  useEffect(() => {
    const isFirst = firstRun.current;
    firstRun.current = false;
    if (focusCard.current) {
      focusCard.current = false; // the card took focus itself
      return;
    }
    if (!selectedId) return;
    const target = document.getElementById(selectedId);
    if (!target) return;
    const box = target.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      target.scrollIntoView?.({ block: 'center', behavior: isFirst || reduce ? 'auto' : 'smooth' });
    }
    if (!isFirst) target.focus({ preventScroll: true });
  }, [selectedId]);

  const activate = (quoteId: string) => {
    if (selectedQuote?.id === quoteId) return close(quoteId); // a second press closes, like a disclosure
    focusCard.current = true;
    setFocusCardFor(quoteId);
    onSelect(quoteId);
  };
  const close = (quoteId: string) => {
    focusCard.current = false;
    setFocusCardFor(null);
    onSelect(null);
    document.getElementById(quoteId)?.focus();
  };

  // Stable callbacks for the memoised blocks, calling the latest activate/close.
  const latest = useRef({ activate, close });
  useLayoutEffect(() => {
    latest.current = { activate, close };
  });
  const onActivate = useCallback((quoteId: string) => latest.current.activate(quoteId), []);
  const onEscape = useCallback((quoteId: string) => latest.current.close(quoteId), []);

  // Per block, the quotes the filter hides, as a string: a block whose quotes keep their state skips
  // rendering. On a long article the blocks follow a filter change progressively (near the screen first).
  const key = filterKey(visibleSpeakers);
  const target = useMemo(
    () => hiddenByBlock(article.quotes, key === null ? null : new Set(key ? key.split(' ') : [])),
    [article, key],
  );
  const blockIds = useMemo(() => article.blocks.map((block) => block.id), [article]);
  const quotesIn = useCallback((blockId: string) => index.quoteRanges.get(blockId)?.length ?? 0, [index]);
  const text = useRef<HTMLDivElement>(null);
  const filter = useProgressiveFilter(text, blockIds, quotesIn, target);
  const selectedBlocks = blocksOf(selectedId, index, eventBlocks);
  const expandedBlocks = selectedQuote ? blocksOf(selectedQuote.id, index, eventBlocks) : new Set<string>();

  const card = (blockId: string) => {
    if (!selectedQuote || selectedQuote.spans[0]?.blockId !== blockId) return null;
    const speaker = selectedQuote.speakerId ? (index.speakers.get(selectedQuote.speakerId) ?? null) : null;
    const theirs = selectedQuote.speakerId ? (index.quotesBySpeaker.get(selectedQuote.speakerId) ?? []) : [];
    const at = theirs.indexOf(selectedQuote.id);
    const nextQuoteId = theirs.length > 1 && at >= 0 ? (theirs[(at + 1) % theirs.length] ?? null) : null;
    return (
      <QuoteCard
        key={selectedQuote.id}
        quote={selectedQuote}
        speaker={speaker}
        slot={selectedQuote.speakerId ? (index.slots.get(selectedQuote.speakerId) ?? null) : null}
        position={at >= 0 ? { index: at + 1, total: theirs.length } : null}
        nextQuoteId={nextQuoteId}
        href={quoteHref(selectedQuote.id)}
        autoFocus={focusCardFor === selectedQuote.id}
        onClose={() => close(selectedQuote.id)}
        onNext={(id) => activate(id)}
        onShowOnlySpeaker={onShowOnlySpeaker}
      />
    );
  };

  // For print only; the same for every view of the article.
  const footnotes = useMemo(
    () =>
      article.quotes.length > 0 && (
        <section aria-label="Quotes and their speakers" className="hidden border-t border-line pt-4 font-sans text-sm print:block">
          <h2 className="mb-2 font-bold">Who said what</h2>
          <ol className="list-decimal pl-6">
            {article.quotes.map((quote) => {
              const speaker = quote.speakerId ? index.speakers.get(quote.speakerId) : undefined;
              return (
                <li key={quote.id}>
                  {speaker?.name ?? UNKNOWN_SPEAKER}
                  {speaker?.role ? `, ${speaker.role}` : ''} ({kindLabel(quote.kind)}
                  {quote.cue ? `, “${quote.cue}”` : ''})
                </li>
              );
            })}
          </ol>
        </section>
      ),
    [article, index],
  );

  return (
    <div ref={text} className="article-text font-serif text-lg leading-relaxed">
      {article.blocks.map((block) => (
        <Fragment key={block.id}>
          <BlockText
            block={block}
            runs={runs.get(block.id) ?? []}
            index={index}
            filter={filter}
            // The selected quote's blocks follow the filter at once (it is in view or about to be).
            hiddenNow={selectedBlocks.has(block.id) || expandedBlocks.has(block.id) ? (target.get(block.id) ?? '') : null}
            selectedId={selectedBlocks.has(block.id) ? selectedId : null}
            expandedId={expandedBlocks.has(block.id) ? (selectedQuote?.id ?? null) : null}
            onActivate={onActivate}
            onEscape={onEscape}
          />
          {card(block.id)}
        </Fragment>
      ))}
      {article.credit && !article.blocks.some((block) => block.text.includes(article.credit ?? '')) && (
        <p className="mt-8 font-sans text-sm text-muted">{article.credit}</p>
      )}
      {footnotes}
    </div>
  );
}
