/** Words for the data's enums on the speaker pages. */
import type { QuoteKind, SpeakerKind } from '@/article';

/** `direct` -> `Direct quote`. */
export function kindLabel(kind: QuoteKind): string {
  switch (kind) {
    case 'direct':
      return 'Direct quote';
    case 'indirect':
      return 'Reported speech';
    case 'mixed':
      return 'Reported, partly quoted';
  }
}

/** `organization` -> `Organisation`. */
export function speakerKindLabel(kind: SpeakerKind): string {
  switch (kind) {
    case 'person':
      return 'Person';
    case 'organization':
      return 'Organisation';
    case 'group':
      return 'Group';
  }
}

/** `3 quotes`, `1 quote`. */
export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
