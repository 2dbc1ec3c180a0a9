/** Words the reader reads out after a speaker's name. */
import type { QuoteAct, QuoteKind } from '@/article';
import { quoteKindLabel } from '@/shared/labels';

/** `direct` -> `direct quote`, as read out after the speaker's name. */
export function kindLabel(kind: QuoteKind, act?: QuoteAct): string {
  return quoteKindLabel(kind, act).toLowerCase();
}

/** The name to show for a quote's speaker. */
export const UNKNOWN_SPEAKER = 'Unknown speaker';
