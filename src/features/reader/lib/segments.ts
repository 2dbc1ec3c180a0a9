/**
 * Splits one block's text into runs for rendering: plain text, and the parts
 * of it that quotes cover, each possibly containing dated expressions
 * (events). Pure: offsets in, runs out.
 */

/** One quote span placed in a block. */
export type QuoteRange = {
  quoteId: string;
  /** Index of this span within `quote.spans` (0 for the first paragraph of the quote). */
  spanIndex: number;
  start: number;
  end: number;
};

/** One event expression placed in a block. */
export type EventRange = { eventId: string; start: number; end: number };

/** A stretch of text with the same events over it. */
export type Piece = {
  text: string;
  /** Events covering this piece, in the order given. */
  eventIds: string[];
  /** Events that begin with this piece (their element carries the id). */
  eventStarts: string[];
};

export type Run =
  | { kind: 'text'; pieces: Piece[] }
  | {
      kind: 'quote';
      quoteId: string;
      spanIndex: number;
      /** True for the first run of the quote's first span: it carries the quote's id. */
      first: boolean;
      pieces: Piece[];
    };

/**
 * Runs covering `text` from start to end. Quote ranges that overlap an earlier
 * one lose the overlap; ranges outside the text are clipped.
 */
export function segmentBlock(text: string, quotes: readonly QuoteRange[], events: readonly EventRange[]): Run[] {
  const clip = (n: number) => Math.max(0, Math.min(text.length, n));
  const bounds = new Set<number>([0, text.length]);
  for (const range of [...quotes, ...events]) {
    bounds.add(clip(range.start));
    bounds.add(clip(range.end));
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const sortedQuotes = [...quotes].sort((a, b) => a.start - b.start);

  const runs: Run[] = [];
  const seenQuoteStarts = new Set<string>();
  const seenEventStarts = new Set<string>();
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? 0;
    if (start >= end) continue;
    const quote = sortedQuotes.find((q) => q.start <= start && q.end >= end) ?? null;
    const eventIds = events.filter((e) => e.start <= start && e.end >= end).map((e) => e.eventId);
    const eventStarts = eventIds.filter((id) => !seenEventStarts.has(id));
    eventStarts.forEach((id) => seenEventStarts.add(id));
    const piece: Piece = { text: text.slice(start, end), eventIds, eventStarts };

    const last = runs[runs.length - 1];
    const sameRun =
      last &&
      (quote === null
        ? last.kind === 'text'
        : last.kind === 'quote' && last.quoteId === quote.quoteId && last.spanIndex === quote.spanIndex);
    if (sameRun) {
      last.pieces.push(piece);
    } else if (quote === null) {
      runs.push({ kind: 'text', pieces: [piece] });
    } else {
      const key = `${quote.quoteId}/${quote.spanIndex}`;
      const first = quote.spanIndex === 0 && !seenQuoteStarts.has(key);
      seenQuoteStarts.add(key);
      runs.push({ kind: 'quote', quoteId: quote.quoteId, spanIndex: quote.spanIndex, first, pieces: [piece] });
    }
  }
  return runs;
}
