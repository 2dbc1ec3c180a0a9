import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { Quote, Speaker } from '@/article';
import { countQuotesAndThoughts } from '@/shared/labels';
import { initials, speakerClass, speakerSlots } from '@/shared/speaker-palette';

export type SpeakerFilterProps = {
  /** Every speaker of the article, in article order (which also fixes their colours). */
  speakers: readonly Speaker[];
  /** The article's quotes, counted per speaker. */
  quotes: readonly Quote[];
  /** Ids of the speakers in the filter; empty for no filter. */
  selected: readonly string[];
  /** Add or remove one speaker from the filter. */
  onToggle: (speakerId: string) => void;
};

type SpeakerRowProps = {
  speaker: Speaker;
  slot: number | null;
  count: number;
  /** How many of `count` are thoughts. */
  thoughts: number;
  pressed: boolean;
  /** Stable across renders, so a filter change re-renders only the rows whose `pressed` changes. */
  onToggle: (speakerId: string) => void;
};

/** One speaker's toggle button; memoised so a list of hundreds costs one row per press. */
const SpeakerRow = memo(function SpeakerRow({ speaker, slot, count, thoughts, pressed, onToggle }: SpeakerRowProps) {
  // Muted grey is too faint on a dark tint: pressed rows use full ink.
  const quiet = pressed ? 'text-ink' : 'text-muted';
  return (
    <li className="speaker-row">
      <button
        type="button"
        aria-pressed={pressed}
        onClick={() => onToggle(speaker.id)}
        className={[
          speakerClass(slot),
          // layout: chip, then name and role, count at the end
          'flex w-full items-center gap-3 rounded-md border px-2.5 py-2 text-left',
          // state: pressed gets the speaker's tint and a heavier border
          pressed ? 'speaker-pressed border-ink' : 'border-line hover:bg-paper',
          'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus',
        ].join(' ')}
      >
        <span aria-hidden="true" className="speaker-chip" data-kind="direct">
          {initials(speaker.name)}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block font-semibold">{speaker.name}</span>
          {speaker.role && <span className={`block truncate text-xs ${quiet}`}>{speaker.role}</span>}
        </span>
        <span className={`text-sm whitespace-nowrap ${quiet}`}>
          {countQuotesAndThoughts(count - thoughts, thoughts)}
        </span>
      </button>
    </li>
  );
});

/**
 * Every speaker with their quote count, as toggle buttons (`aria-pressed`)
 * named by the speaker's name. Pressing one shows only the pressed speakers'
 * quotes; a key under the list explains the underline styles. Counts give
 * speech and thoughts apart ("3 quotes, 1 thought").
 */
export function SpeakerFilter({ speakers, quotes, selected, onToggle }: SpeakerFilterProps) {
  // Per article, not per filter change.
  const slots = useMemo(() => speakerSlots(speakers), [speakers]);
  const counts = useMemo(() => {
    const byId = new Map<string, number>();
    const thoughtsById = new Map<string, number>();
    for (const quote of quotes) {
      if (!quote.speakerId) continue;
      byId.set(quote.speakerId, (byId.get(quote.speakerId) ?? 0) + 1);
      if (quote.act === 'thought') thoughtsById.set(quote.speakerId, (thoughtsById.get(quote.speakerId) ?? 0) + 1);
    }
    return { all: byId, thoughts: thoughtsById };
  }, [quotes]);
  // The rows get one stable callback that calls the latest `onToggle`.
  const latest = useRef(onToggle);
  useLayoutEffect(() => {
    latest.current = onToggle;
  });
  const toggle = useCallback((speakerId: string) => latest.current(speakerId), []);
  const pressed = new Set(selected);
  if (speakers.length === 0) return <p className="text-sm text-muted">No speakers found in this article.</p>;
  return (
    <>
      <ul className="space-y-1.5">
        {speakers.map((speaker) => (
          <SpeakerRow
            key={speaker.id}
            speaker={speaker}
            slot={slots.get(speaker.id) ?? null}
            count={counts.all.get(speaker.id) ?? 0}
            thoughts={counts.thoughts.get(speaker.id) ?? 0}
            pressed={pressed.has(speaker.id)}
            onToggle={toggle}
          />
        ))}
      </ul>
      <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-xs leading-relaxed text-muted">
        <span>
          <span className="legend-direct">Solid underline</span>: direct quote
        </span>
        <span>
          <span className="legend-reported">dotted</span>: reported speech
        </span>
        {counts.thoughts.size > 0 && (
          <span>
            <span className="legend-thought">wavy</span>, tagged “thought”: the writer’s account of what someone thinks
            or wants
          </span>
        )}
      </p>
    </>
  );
}
