import { useEffect, useState, type ReactNode } from 'react';
import type { QuoteAct } from '@/article';
import { initials } from '@/shared/speaker-palette';
import type { PersonSummary } from '../lib/people';
import { countQuotesAndThoughts, plural, speakerKindLabel } from '@/shared/labels';
import { PROFILE_PAGE, type PersonProfile } from '../lib/profile';
import { DateSpan } from './date-span';
import { EntryNames } from './entry-names';
import { SpeakerClaims } from './speaker-claims';
import { SpeakerQuotes } from './speaker-quotes';

export type SpeakerProfileProps = {
  /** Everything the entry said, from `personProfile`. */
  profile: PersonProfile;
  /**
   * Articles the entry speaks in, each once, when it differs from the
   * entry's sum or is still being counted (shown when it comes).
   */
  articleCount?: number | Promise<number>;
  /** Every other entry in the library, offered for a merge. */
  others: readonly Pick<PersonSummary, 'id' | 'name' | 'quoteCount'>[];
  /** Renders a link to a quote's place in its article around `children`. */
  renderQuoteLink: (articleId: string, quoteId: string, children: ReactNode) => ReactNode;
  /** Renders a link to an article around `children`. */
  renderArticleLink: (articleId: string, children: ReactNode) => ReactNode;
  /** Renders a link to another entry's page around `children`. */
  renderSpeakerLink: (entryId: string, children: ReactNode) => ReactNode;
  /** Merge the entry with this id into this one. */
  onMerge: (otherId: string) => void;
  /** Take a name form out of this entry. */
  onSplit: (formKey: string) => void;
  /** True while a merge or split is being saved. */
  busy?: boolean;
  /** Only speech, only thoughts, or both (null); from the URL. */
  act?: QuoteAct | null;
  /**
   * Renders a link that sets the act filter around `children`; `current` is
   * true for the filter in force (mark it `aria-current`). Without it, or
   * when the speaker has no thoughts and no filter is set, no filter is offered.
   */
  renderActLink?: (act: QuoteAct | null, children: ReactNode, current: boolean) => ReactNode;
  /** How many quotes (of the act chosen) the page shows, and how many there are. */
  quotesShown?: { shown: number; total: number };
  /** Renders the link that shows more quotes around `children`; offered while some are not shown. */
  renderMoreLink?: (children: ReactNode) => ReactNode;
};

const ACT_CHOICES: { act: QuoteAct | null; label: string }[] = [
  { act: null, label: 'Both' },
  { act: 'speech', label: 'Speech only' },
  { act: 'thought', label: 'Thoughts only' },
];

/** The number of articles, or a note while it is counted. */
function ArticleCount({ count }: { count: number | Promise<number> }) {
  const [counted, setCounted] = useState<{ from: Promise<number>; n: number } | null>(null);
  useEffect(() => {
    if (typeof count === 'number') return;
    let live = true;
    void count.then((n) => live && setCounted({ from: count, n }));
    return () => {
      live = false;
    };
  }, [count]);
  const n = typeof count === 'number' ? count : counted?.from === count ? counted.n : null;
  return <>{n === null ? 'Counting articles…' : plural(n, 'article', 'articles')}</>;
}

/**
 * One speaker across the library: name as the page's `h1`, role, kind and
 * counts; their quotes by article in date order; their claims and denials;
 * and the names grouped into the entry, with merge and split.
 */
export function SpeakerProfile({
  profile,
  articleCount,
  others,
  renderQuoteLink,
  renderArticleLink,
  renderSpeakerLink,
  onMerge,
  onSplit,
  busy,
  act = null,
  renderActLink,
  quotesShown,
  renderMoreLink,
}: SpeakerProfileProps) {
  const { entry } = profile;
  const thoughts = entry.thoughtCount;
  const articles = act
    ? profile.articles
        .map((item) => ({ ...item, quotes: item.quotes.filter((quote) => quote.act === act) }))
        .filter((item) => item.quotes.length > 0)
    : profile.articles;
  const more = quotesShown && quotesShown.total > quotesShown.shown;
  return (
    <div className="space-y-10">
      <header className="flex items-start gap-4 speaker-none">
        <span aria-hidden="true" className="speaker-chip speaker-chip-lg mt-1 w-12 shrink-0" data-kind="direct">
          {initials(entry.name)}
        </span>
        <div className="min-w-0">
          <h1 className="font-serif text-3xl leading-tight font-bold text-balance">{entry.name}</h1>
          {entry.role && <p className="mt-1 text-muted">{entry.role}</p>}
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <span>{speakerKindLabel(entry.kind)}</span>
            <span>{countQuotesAndThoughts(entry.quoteCount - thoughts, thoughts)}</span>
            <span>
              <ArticleCount count={articleCount ?? entry.articleCount} />
            </span>
            <span className="text-muted">
              <DateSpan first={entry.first} last={entry.last} />
            </span>
          </p>
        </div>
      </header>

      <section aria-labelledby="speaker-quotes">
        <h2 id="speaker-quotes" className="mb-4 border-b border-line pb-1 font-serif text-2xl font-bold">
          Quotes
        </h2>
        {/* Offered when there is something to choose: the speaker has thoughts, or a filter is set. */}
        {renderActLink && (thoughts > 0 || act !== null) && (
          <nav aria-label="Speech or thoughts" className="mb-4 text-sm">
            <ul className="flex flex-wrap gap-2">
              {ACT_CHOICES.map((choice) => (
                <li key={choice.label} className="act-choice">
                  {renderActLink(choice.act, choice.label, choice.act === act)}
                </li>
              ))}
            </ul>
          </nav>
        )}
        <SpeakerQuotes
          articles={articles}
          act={act}
          renderQuoteLink={renderQuoteLink}
          renderArticleLink={renderArticleLink}
        />
        {quotesShown && quotesShown.total > 0 && (
          <p className="mt-6 flex flex-wrap items-center gap-3 text-sm">
            <span>
              Showing {quotesShown.shown} of {quotesShown.total} {act === 'thought' ? 'thoughts' : 'quotes'}.
            </span>
            {more && renderMoreLink?.(`Show ${PROFILE_PAGE} more`)}
          </p>
        )}
      </section>

      <section aria-labelledby="speaker-claims">
        <h2 id="speaker-claims" className="mb-4 border-b border-line pb-1 font-serif text-2xl font-bold">
          Claims and denials
        </h2>
        {more && (
          <p className="mb-4 text-sm text-muted">
            From the articles whose quotes are shown; show more quotes for the rest.
          </p>
        )}
        <SpeakerClaims
          claims={profile.claims}
          denials={profile.denials}
          renderQuoteLink={renderQuoteLink}
          renderSpeakerLink={renderSpeakerLink}
        />
      </section>

      <section aria-labelledby="speaker-names">
        <h2 id="speaker-names" className="mb-4 border-b border-line pb-1 font-serif text-2xl font-bold">
          Names in this entry
        </h2>
        <EntryNames entry={entry} others={others} onMerge={onMerge} onSplit={onSplit} busy={busy} />
      </section>
    </div>
  );
}
