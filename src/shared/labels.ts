/** Words for the Article's enums, in one place so every page names a kind the same way. */
import type { QuoteAct, QuoteKind, SpeakerKind } from '@/article';

/** Every quote kind with its label, in the order a reader meets them in a list. */
export const QUOTE_KINDS: readonly { value: QuoteKind; label: string }[] = [
  { value: 'direct', label: 'Direct quote' },
  { value: 'indirect', label: 'Reported speech' },
  { value: 'mixed', label: 'Reported, partly quoted' },
];

/** `direct` -> `Direct quote`; a reported thought is `Reported thought`, not speech. */
export function quoteKindLabel(kind: QuoteKind, act: QuoteAct = 'speech'): string {
  const label = QUOTE_KINDS.find((k) => k.value === kind)?.label ?? kind;
  return act === 'thought' ? label.replace('Reported speech', 'Reported thought') : label;
}

/** `15 quotes, 1 thought`; thoughts are left out when there are none. */
export function countQuotesAndThoughts(quotes: number, thoughts: number): string {
  const said = `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`;
  return thoughts > 0 ? `${said}, ${thoughts} ${thoughts === 1 ? 'thought' : 'thoughts'}` : said;
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

/**
 * How a quote's cue reads in words: a verb as written (`“said”`), but the
 * punctuation cues of transcripts (`WALLACE: …`) and signed quotes
 * (`"…" ― Esther Tapia`) by what they are.
 */
export function cueLabel(cue: string): string {
  if (cue === ':') return 'a speaker’s name and a colon (transcript)';
  if (/^[—―–]$/.test(cue)) return 'a dash before the name (signed)';
  return `“${cue}”`;
}
