import { EventSchema, type ArticleEvent, type Block } from '@/article';
import { detectEvents } from './detect-events';

/** The article's events, each one valid and inside its block; none at all if the dates step fails. */
export function findEvents(blocks: Block[], published: string | null): ArticleEvent[] {
  let events: ArticleEvent[];
  try {
    events = detectEvents(blocks, published);
  } catch {
    // Dates are a separate module; a failure there must not cost the reader the quotes.
    return [];
  }
  const lengths = new Map(blocks.map((b) => [b.id, b.text.length]));
  return events.filter(
    (e) =>
      EventSchema.safeParse(e).success && e.span.blockId === e.blockId && e.span.end <= (lengths.get(e.blockId) ?? -1),
  );
}
