/**
 * Speaker colours. Each speaker gets one of eight slots (article order,
 * wrapping); the colours themselves are CSS tokens in `src/app/styles.css`
 * (`--color-speaker-0` …), chosen from the Okabe–Ito palette so they stay
 * distinct for colour-blind readers. Colour is never the only cue: the
 * initials go with it.
 */

/** How many colour slots the stylesheet defines. */
const SPEAKER_SLOTS = 8;

/** The CSS class that sets `--speaker`, `--speaker-tint` and `--speaker-line` for a slot; `speaker-none` for unknown speakers. */
export function speakerClass(slot: number | null): string {
  return slot === null ? 'speaker-none' : `speaker-${slot % SPEAKER_SLOTS}`;
}

/** Colour slot per speaker id, in the order the article lists its speakers. */
export function speakerSlots(speakers: readonly { id: string }[]): Map<string, number> {
  return new Map(speakers.map((speaker, index) => [speaker.id, index % SPEAKER_SLOTS]));
}

/** Small words that never stand for a group in its initials. */
const LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'a', 'an']);

/**
 * `Sean Spicer` -> `SS`, `Col. John Dorrian` -> `JD`, `Pentagon` -> `P`,
 * `Pentagon officials` -> `PO` (a group keeps its head noun, so it does not
 * share a chip with the organisation it belongs to); `?` for no name.
 */
export function initials(name: string | null | undefined): string {
  if (!name) return '?';
  const all = name.split(/\s+/).filter((word) => word.length > 0);
  const words = all.filter((word) => /^[\p{Lu}\p{Lt}]/u.test(word) && !/\.$/.test(word));
  const chosen = words.length > 0 ? words : all;
  const first = chosen[0]?.[0] ?? '?';
  const lastWord = chosen.length > 1 ? chosen[chosen.length - 1] : headAfter(all, chosen[0]);
  return (first + (lastWord?.[0] ?? '')).toUpperCase();
}

/** The last content word after `word` in `all` (`Pentagon officials` -> `officials`), if any. */
function headAfter(all: readonly string[], word: string | undefined): string | undefined {
  const after = all
    .slice(all.indexOf(word ?? '') + 1)
    .filter((w) => !LINKING_WORDS.has(w.toLowerCase()) && /^\p{L}/u.test(w));
  return after[after.length - 1];
}
