/** Look-ups the reader needs, computed once per article. Pure. */
import type { Article, Quote, Speaker } from '@/article';
import { speakerSlots } from '@/shared/speaker-palette';
import type { EventRange, QuoteRange } from './segments';

export type ArticleIndex = {
  speakers: Map<string, Speaker>;
  quotes: Map<string, Quote>;
  /** Colour slot per speaker id. */
  slots: Map<string, number>;
  /** Quote ids per speaker id, in reading order. */
  quotesBySpeaker: Map<string, string[]>;
  /** 1-based position of each quote in reading order (footnote numbers). */
  quoteNumbers: Map<string, number>;
  quoteRanges: Map<string, QuoteRange[]>;
  eventRanges: Map<string, EventRange[]>;
};

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexArticle(article: Article): ArticleIndex {
  const quotesBySpeaker = new Map<string, string[]>();
  const quoteRanges = new Map<string, QuoteRange[]>();
  const eventRanges = new Map<string, EventRange[]>();
  article.quotes.forEach((quote) => {
    if (quote.speakerId) push(quotesBySpeaker, quote.speakerId, quote.id);
    quote.spans.forEach((span, spanIndex) =>
      push(quoteRanges, span.blockId, { quoteId: quote.id, spanIndex, start: span.start, end: span.end }),
    );
  });
  article.events.forEach((event) =>
    push(eventRanges, event.span.blockId, { eventId: event.id, start: event.span.start, end: event.span.end }),
  );
  return {
    speakers: new Map(article.speakers.map((s) => [s.id, s])),
    quotes: new Map(article.quotes.map((q) => [q.id, q])),
    slots: speakerSlots(article.speakers),
    quotesBySpeaker,
    quoteNumbers: new Map(article.quotes.map((q, i) => [q.id, i + 1])),
    quoteRanges,
    eventRanges,
  };
}

/**
 * Whether a quote keeps its highlight under the filter: its speaker is in
 * `visibleSpeakers` (`null`: no speaker filter) and, for a thought, thoughts
 * are shown.
 */
export function isQuoteVisible(
  quote: Quote,
  visibleSpeakers: ReadonlySet<string> | null,
  showThoughts = true,
): boolean {
  if (!showThoughts && quote.act === 'thought') return false;
  if (visibleSpeakers === null) return true;
  return quote.speakerId !== null && visibleSpeakers.has(quote.speakerId);
}
