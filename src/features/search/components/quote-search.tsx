import { Fragment, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import type { QuoteAct, QuoteKind } from '@/article';
import { formatDate } from '@/shared/dates';
import { QUOTE_KINDS, quoteKindLabel as kindLabel } from '@/shared/labels';
import { createQuoteIndex, highlight, searchQuotes, type QuoteDoc, type SearchFilters } from '../lib/quote-search';

export type QuoteSearchProps = {
  /** Every quote in the library. The index is built once per array. */
  docs: readonly QuoteDoc[];
  /** The query and filters, read from the URL. */
  filters: SearchFilters;
  /** Speakers offered in the speaker filter, in the order to list them. */
  speakers: readonly { id: string; name: string }[];
  /** Change the query or filters; `replace` is true while typing (one history entry per search). */
  onChange: (next: Partial<SearchFilters>, replace: boolean) => void;
  /** Renders a link to a quote's place in its article around `children`. */
  renderQuoteLink: (articleId: string, quoteId: string, children: ReactNode) => ReactNode;
  /** Renders a link to a speaker's page around `children`. */
  renderSpeakerLink: (speakerId: string, children: ReactNode) => ReactNode;
  /** Most results to list at once. */
  limit?: number;
};

const isKind = (value: string): value is QuoteKind => QUOTE_KINDS.some((k) => k.value === value);
const isAct = (value: string): value is QuoteAct => value === 'speech' || value === 'thought';

const field = 'rounded-md border border-line bg-surface px-2 py-1.5 text-ink';

/**
 * Search over every quote: a search box that filters as one types, filters
 * for speaker, kind and date range, a live count, and the results with the
 * matching words in `<mark>` (text split into nodes, never HTML), each
 * linked to its place in the article.
 */
export function QuoteSearch({
  docs,
  filters,
  speakers,
  onChange,
  renderQuoteLink,
  renderSpeakerLink,
  limit = 50,
}: QuoteSearchProps) {
  const ids = { q: useId(), speaker: useId(), kind: useId(), act: useId(), from: useId(), to: useId() };
  const index = useMemo(() => createQuoteIndex(docs), [docs]);
  const hits = useMemo(() => searchQuotes(index, filters), [index, filters]);
  const shown = hits.slice(0, limit);

  // The box is uncontrolled so fast typing never loses a key; it follows the
  // URL when the query changes from elsewhere (Back, a link) while not focused.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const box = input.current;
    if (box && box.value !== filters.q && document.activeElement !== box) box.value = filters.q;
  }, [filters.q]);

  const filtered = Boolean(filters.speaker || filters.kind || filters.act || filters.from || filters.to);
  const query = filters.q.trim();
  const status =
    hits.length === 0
      ? query
        ? `No quotes match “${query}”${filtered ? ' with these filters' : ''}.`
        : 'No quotes match these filters.'
      : `${hits.length} ${hits.length === 1 ? 'quote' : 'quotes'}${query ? ` match “${query}”` : ''}${
          hits.length > shown.length ? `; showing the first ${shown.length}` : ''
        }.`;

  return (
    <div className="space-y-6">
      <form role="search" aria-label="Quotes" onSubmit={(event) => event.preventDefault()} className="space-y-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.q} className="font-semibold">
            Search every quote
          </label>
          <input
            ref={input}
            id={ids.q}
            type="search"
            name="q"
            defaultValue={filters.q}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onChange({ q: event.currentTarget.value }, true)}
            className={`${field} w-full text-lg`}
          />
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <legend className="mb-2 text-sm font-semibold text-muted">Filters</legend>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={ids.speaker} className="text-sm">
              Speaker
            </label>
            <select
              id={ids.speaker}
              value={filters.speaker ?? ''}
              onChange={(event) => onChange({ speaker: event.currentTarget.value || null }, false)}
              className={`${field} min-w-0`}
            >
              <option value="">Anyone</option>
              {speakers.map((speaker) => (
                <option key={speaker.id} value={speaker.id}>
                  {speaker.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={ids.kind} className="text-sm">
              Kind
            </label>
            <select
              id={ids.kind}
              value={filters.kind ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChange({ kind: isKind(value) ? value : null }, false);
              }}
              className={`${field} min-w-0`}
            >
              <option value="">Any kind</option>
              {QUOTE_KINDS.map((kind) => (
                <option key={kind.value} value={kind.value}>
                  {kind.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={ids.act} className="text-sm">
              Speech or thought
            </label>
            <select
              id={ids.act}
              value={filters.act ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChange({ act: isAct(value) ? value : null }, false);
              }}
              className={`${field} min-w-0`}
            >
              <option value="">Both</option>
              <option value="speech">Speech only</option>
              <option value="thought">Thoughts only</option>
            </select>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={ids.from} className="text-sm">
              Published from
            </label>
            <input
              id={ids.from}
              type="date"
              value={filters.from ?? ''}
              max={filters.to ?? undefined}
              onChange={(event) => onChange({ from: event.currentTarget.value || null }, false)}
              className={`${field} min-w-0`}
            />
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={ids.to} className="text-sm">
              Published to
            </label>
            <input
              id={ids.to}
              type="date"
              value={filters.to ?? ''}
              min={filters.from ?? undefined}
              onChange={(event) => onChange({ to: event.currentTarget.value || null }, false)}
              className={`${field} min-w-0`}
            />
          </div>
        </fieldset>
        {filtered && (
          <button
            type="button"
            onClick={() => onChange({ speaker: null, kind: null, act: null, from: null, to: null }, false)}
            className="rounded-md border border-line px-3 py-1 text-sm hover:border-ink"
          >
            Clear filters
          </button>
        )}
      </form>

      <p role="status" className="text-sm text-muted">
        {status}
      </p>

      {shown.length > 0 && (
        <ol aria-label="Results" className="space-y-4">
          {shown.map(({ doc, terms }) => {
            const segments = highlight(doc.text, filters.q, terms);
            const words = segments.map((segment, i) =>
              segment.match ? (
                <mark key={i} className="rounded-sm bg-event px-0.5 text-ink">
                  {segment.text}
                </mark>
              ) : (
                <Fragment key={i}>{segment.text}</Fragment>
              ),
            );
            return (
              <li key={doc.id} className="rounded-lg border border-line bg-surface p-3 sm:p-4">
                <p className="font-serif text-lg leading-relaxed">
                  {renderQuoteLink(doc.articleId, doc.quoteId, doc.kind === 'direct' ? <>“{words}”</> : <>{words}</>)}
                </p>
                <p className="mt-2 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-muted">
                  <span className="font-semibold text-ink">
                    {doc.speakerId ? renderSpeakerLink(doc.speakerId, doc.speakerName) : doc.speakerName}
                  </span>
                  <span className={doc.act === 'thought' ? 'font-semibold text-ink' : undefined}>
                    {kindLabel(doc.kind, doc.act)}
                  </span>
                  <span>
                    <span className="sr-only">In </span>
                    <cite className="not-italic">{doc.articleTitle}</cite>
                  </span>
                  {doc.published && <time dateTime={doc.published}>{formatDate(doc.published)}</time>}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
