import {
  Fragment,
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Article, Block, Quote } from '@/article';
import { initials } from '@/shared/speaker-palette';
import { useProgressiveFilter, useShownHidden } from '../hooks/use-progressive-filter';
import { indexArticle, type ArticleIndex } from '../lib/article-index';
import { filterKey, hiddenByBlock, speakersOfKey, type ShownFilter } from '../lib/filter-progress';
import { UNKNOWN_SPEAKER, kindLabel } from '../lib/labels';
import { segmentBlock, type Piece, type Run } from '../lib/segments';
import { Selection } from '../lib/selection';
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
  /** Whether thoughts are marked; when false they stay in the text as plain words. Default true. */
  showThoughts?: boolean;
  /** The id in the URL fragment: a quote (its card opens) or an event (highlighted); null for none. */
  selectedId: string | null;
  /**
   * Changes with every navigation (the router location's key), so following a link to `selectedId`
   * again, after a click in the text selected another quote, selects and shows it again.
   */
  selectionKey?: string;
  /**
   * Called when a click in the text selects a quote (its id) or clears the selection (null). The text
   * has already updated; the parent only records it (the route rewrites the URL fragment).
   */
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
  /** The selected quote or event (read per block, so opening a card re-renders the blocks it touches only). */
  selection: Selection;
  /** Stable callbacks (the same function on every render), so an unchanged block skips rendering. */
  onActivate: (quoteId: string) => void;
  onEscape: (quoteId: string) => void;
  /** Renders the selected quote's card (after the block where the quote begins). */
  renderCard: (quote: Quote) => ReactNode;
};

/**
 * One block with its quotes marked, and the card of the selected quote when
 * the quote begins here. Memoised on props that are the same on every
 * render; it reads the filter and the selection from per-block stores, so a
 * filter change or an opened card re-renders the blocks it touches, not
 * every quote.
 */
const BlockText = memo(function BlockText({
  block,
  runs,
  index,
  filter,
  selection,
  onActivate,
  onEscape,
  renderCard,
}: BlockTextProps) {
  const hidden = useShownHidden(filter, block.id);
  const subscribe = useCallback(
    (listener: () => void) => selection.subscribe(block.id, listener),
    [selection, block.id],
  );
  const read = () => selection.in(block.id);
  const selectedId = useSyncExternalStore(subscribe, read, read);
  const selectedQuote = selectedId ? index.quotes.get(selectedId) : undefined;
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
        act={quote.act}
        number={index.quoteNumbers.get(quote.id) ?? 0}
        expanded={selectedId === quote.id}
        selected={selectedId === quote.id}
        onActivate={() => onActivate(quote.id)}
        onEscape={() => onEscape(quote.id)}
        text={run.pieces.map((piece) => piece.text).join('')}
      >
        {renderPieces(run.pieces, selectedId)}
      </QuoteMark>
    );
  });
  const card = selectedQuote && selectedQuote.spans[0]?.blockId === block.id ? renderCard(selectedQuote) : null;
  return (
    <>
      {blockElement(block, content)}
      {card}
    </>
  );
});

/** The block's element (heading, caption, credit or paragraph) around its content. */
function blockElement(block: Block, content: ReactNode): ReactNode {
  switch (block.kind) {
    case 'heading':
      return (
        <h2 data-block-id={block.id} className="mt-10 mb-3 font-sans text-xl font-bold">
          {content}
        </h2>
      );
    case 'caption':
      return (
        <p
          data-block-id={block.id}
          className="caption my-6 border-l-2 border-line pl-3 font-sans text-sm text-muted italic"
        >
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
}

/** The words the article uses for a quote's speaker (its `sourceSpan`), or null when it marks none. */
function sourceWordsOf(article: Article, quote: Quote): string | null {
  const span = quote.sourceSpan;
  if (!span) return null;
  const text = article.blocks
    .find((block) => block.id === span.blockId)
    ?.text.slice(span.start, span.end)
    .trim();
  return text || null;
}

/** The blocks an id (quote or event) lies in. */
function blocksOf(
  id: string | null,
  index: ArticleIndex,
  eventBlocks: ReadonlyMap<string, string>,
): ReadonlySet<string> {
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
export function ArticleBody({
  article,
  visibleSpeakers,
  showThoughts = true,
  selectedId,
  selectionKey,
  onSelect,
  onShowOnlySpeaker,
  quoteHref,
}: ArticleBodyProps) {
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
  // The selection, read by the blocks it touches. Set from `selectedId` (the URL) and by clicks in the text.
  const selection = useMemo(() => new Selection((id) => blocksOf(id, index, eventBlocks)), [index, eventBlocks]);

  // Per block, the quotes the filter hides, as a string: a block whose quotes keep their state skips
  // rendering. On a long article the blocks follow a filter change progressively (near the screen first).
  const key = filterKey(visibleSpeakers);
  const target = useMemo(
    () => hiddenByBlock(article.quotes, speakersOfKey(key), showThoughts),
    [article, key, showThoughts],
  );
  const blockIds = useMemo(() => article.blocks.map((block) => block.id), [article]);
  const quotesIn = useCallback((blockId: string) => index.quoteRanges.get(blockId)?.length ?? 0, [index]);
  const selectedBlocks = useCallback(() => selection.blockIds, [selection]);
  const text = useRef<HTMLDivElement>(null);
  const filter = useProgressiveFilter(text, blockIds, quotesIn, target, selectedBlocks);

  // The latest props, for the stable callbacks below.
  const latest = useRef({ target, onSelect, onShowOnlySpeaker, quoteHref });
  useLayoutEffect(() => {
    latest.current = { target, onSelect, onShowOnlySpeaker, quoteHref };
  });

  /** Selects `id` in the text; its blocks follow the filter at once (it is in view or about to be). */
  const select = useCallback(
    (id: string | null, focusCard: boolean) => {
      selection.set(id, focusCard);
      filter.apply(selection.blockIds, latest.current.target);
    },
    [selection, filter],
  );

  // When the fragment changes from outside (a sidebar link, a shared link, Back),
  // select it and bring it into view, giving it focus unless this is page load.
  const firstRun = useRef(true);
  useLayoutEffect(() => {
    const isFirst = firstRun.current;
    firstRun.current = false;
    if (selection.selected === selectedId) return;
    select(selectedId, false);
    if (!selectedId) return;
    const target = document.getElementById(selectedId);
    if (!target) return;
    const box = target.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      target.scrollIntoView?.({ block: 'center', behavior: isFirst || reduce ? 'auto' : 'smooth' });
    }
    if (!isFirst) target.focus({ preventScroll: true });
  }, [selectedId, selectionKey, selection, select]);

  const close = useCallback(
    (quoteId: string) => {
      select(null, false);
      latest.current.onSelect(null);
      document.getElementById(quoteId)?.focus();
    },
    [select],
  );
  const activate = useCallback(
    (quoteId: string) => {
      if (selection.selected === quoteId) {
        close(quoteId); // a second press closes, like a disclosure
        return;
      }
      select(quoteId, true);
      latest.current.onSelect(quoteId);
    },
    [selection, select, close],
  );
  const showOnly = useCallback((speakerId: string) => latest.current.onShowOnlySpeaker(speakerId), []);
  const hrefOf = useCallback((quoteId: string) => latest.current.quoteHref(quoteId), []);

  const renderCard = useCallback(
    (quote: Quote) => {
      const speaker = quote.speakerId ? (index.speakers.get(quote.speakerId) ?? null) : null;
      const theirs = quote.speakerId ? (index.quotesBySpeaker.get(quote.speakerId) ?? []) : [];
      const at = theirs.indexOf(quote.id);
      const nextQuoteId = theirs.length > 1 && at >= 0 ? (theirs[(at + 1) % theirs.length] ?? null) : null;
      return (
        <QuoteCard
          key={quote.id}
          quote={quote}
          speaker={speaker}
          sourceWords={speaker ? null : sourceWordsOf(article, quote)}
          slot={quote.speakerId ? (index.slots.get(quote.speakerId) ?? null) : null}
          position={at >= 0 ? { index: at + 1, total: theirs.length } : null}
          nextQuoteId={nextQuoteId}
          href={() => hrefOf(quote.id)}
          autoFocus={selection.focusCard}
          onClose={() => close(quote.id)}
          onNext={(id) => activate(id)}
          onShowOnlySpeaker={showOnly}
        />
      );
    },
    [article, index, selection, hrefOf, close, activate, showOnly],
  );

  // The blocks, the same elements on every render: a new filter or selection reaches them through the stores.
  const blocks = useMemo(
    () =>
      article.blocks.map((block) => (
        <BlockText
          key={block.id}
          block={block}
          runs={runs.get(block.id) ?? []}
          index={index}
          filter={filter}
          selection={selection}
          onActivate={activate}
          onEscape={close}
          renderCard={renderCard}
        />
      )),
    [article, runs, index, filter, selection, activate, close, renderCard],
  );

  const credit = useMemo(
    () =>
      article.credit &&
      !article.blocks.some((block) => block.text.includes(article.credit ?? '')) && (
        <p className="mt-8 font-sans text-sm text-muted">{article.credit}</p>
      ),
    [article],
  );

  // For print only; the same for every view of the article.
  const footnotes = useMemo(
    () =>
      article.quotes.length > 0 && (
        <section
          aria-label="Quotes and their speakers"
          className="hidden border-t border-line pt-4 font-sans text-sm print:block"
        >
          <h2 className="mb-2 font-bold">Who said what</h2>
          <ol className="list-decimal pl-6">
            {article.quotes.map((quote) => {
              const speaker = quote.speakerId ? index.speakers.get(quote.speakerId) : undefined;
              return (
                <li key={quote.id}>
                  {speaker?.name ?? UNKNOWN_SPEAKER}
                  {speaker?.role ? `, ${speaker.role}` : ''} ({kindLabel(quote.kind, quote.act)}
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
      {blocks}
      {credit}
      {footnotes}
    </div>
  );
}
