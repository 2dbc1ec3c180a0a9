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

/** `Sean Spicer` -> `SS`, `Col. John Dorrian` -> `JD`, `Pentagon` -> `P`; `?` for no name. */
export function initials(name: string | null | undefined): string {
  if (!name) return '?';
  const words = name.split(/\s+/).filter((word) => /^[\p{Lu}\p{Lt}]/u.test(word) && !/\.$/.test(word));
  const chosen = words.length > 0 ? words : name.split(/\s+/);
  const first = chosen[0]?.[0] ?? '?';
  const last = chosen.length > 1 ? (chosen[chosen.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
