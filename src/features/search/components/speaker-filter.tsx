import { useEffect, useId, useState } from 'react';
import { plural } from '@/shared/labels';

/** A person the filter offers: id, name, and how often they are quoted. */
export type SpeakerChoice = { id: string; name: string; quoteCount: number };

/** The people matching what was typed (the first few), and how many more there were. */
export type SpeakerMatches = { shown: readonly SpeakerChoice[]; more: number };

export type SpeakerFilterProps = {
  /** The chosen person's id, or null for anyone. */
  chosen: string | null;
  /** The chosen person's name, when the page knows it. */
  chosenName: string | undefined;
  /** The people whose name contains `query`, the first `limit` of them. */
  findSpeakers: (query: string, limit: number) => Promise<SpeakerMatches>;
  /** Choose a person, or anyone (null). */
  onChoose: (id: string | null) => void;
  className?: string;
};

/** How many matching people are offered at once. */
const MATCHES_SHOWN = 8;

/** What the status line says about the matches for `typed`. */
function matchesLine(typed: string, shown: number, more: number): string {
  if (shown === 0) return `No speaker’s name contains “${typed}”.`;
  if (more === 0) return plural(shown, 'speaker matches', 'speakers match') + '.';
  return `The first ${shown} of ${shown + more} matching speakers; type more of the name to narrow them.`;
}

/**
 * The speaker filter: type part of a name, then choose one of the few people
 * that match. A search rather than a list of every person, which in a large
 * library would be tens of thousands of options. The person chosen shows
 * with a button to go back to anyone.
 */
export function SpeakerFilter({ chosen, chosenName, findSpeakers, onChoose, className = '' }: SpeakerFilterProps) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; matches: SpeakerMatches } | null>(null);
  const typed = query.trim();
  useEffect(() => {
    if (!typed) return;
    let live = true;
    void findSpeakers(typed, MATCHES_SHOWN).then((matches) => {
      if (live) setFound({ query: typed, matches });
    });
    return () => {
      live = false;
    };
  }, [findSpeakers, typed]);
  const matches = typed && found?.query === typed ? found.matches : null;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={inputId} className="text-sm">
        Speaker
      </label>
      {chosen ? (
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{chosenName ?? chosen}</span>
          <button
            type="button"
            onClick={() => onChoose(null)}
            className="rounded-md border border-line px-2 py-0.5 text-sm hover:border-ink"
          >
            Any speaker
          </button>
        </p>
      ) : null}
      <input
        id={inputId}
        type="text"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={chosen ? 'Another speaker' : 'Anyone'}
        autoComplete="off"
        spellCheck={false}
        className="w-full min-w-0 rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
      />
      <p aria-live="polite" className="text-sm text-muted">
        {matches && matchesLine(typed, matches.shown.length, matches.more)}
      </p>
      {matches && matches.shown.length > 0 && (
        <ul aria-label="Speakers matching" className="space-y-1">
          {matches.shown.map((speaker) => (
            <li key={speaker.id}>
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  onChoose(speaker.id);
                }}
                className="rounded-md border border-line px-2 py-0.5 text-left text-sm hover:border-ink"
              >
                {speaker.name} ({plural(speaker.quoteCount, 'quote', 'quotes')})
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
