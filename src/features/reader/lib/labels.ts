/** Words the reader reads out after a speaker's name. */
import type { QuoteKind } from '@/article';
import { quoteKindLabel } from '@/shared/labels';

/** `direct` -> `direct quote`, as read out after the speaker's name. */
export function kindLabel(kind: QuoteKind): string {
  return quoteKindLabel(kind).toLowerCase();
}

/** The name to show for a quote's speaker. */
export const UNKNOWN_SPEAKER = 'Unknown speaker';
