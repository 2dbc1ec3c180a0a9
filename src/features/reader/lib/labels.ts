/** Words for the data's enums, in one place. */
import type { QuoteKind } from '@/article';

/** `direct` -> `direct quote`, as read out after the speaker's name. */
export function kindLabel(kind: QuoteKind): string {
  switch (kind) {
    case 'direct':
      return 'direct quote';
    case 'indirect':
      return 'reported speech';
    case 'mixed':
      return 'reported, partly quoted';
  }
}

/** The name to show for a quote's speaker. */
export const UNKNOWN_SPEAKER = 'Unknown speaker';
