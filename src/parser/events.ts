/**
 * Events: time expressions in the body, resolved to calendar dates against the
 * publication date. PLACEHOLDER until the dates module lands.
 */
import type { ArticleEvent, Block } from '@/article';

export function detectEvents(blocks: readonly Block[], published: string | null): ArticleEvent[] {
  void blocks;
  void published;
  return [];
}
