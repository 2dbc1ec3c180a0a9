import type { ReactNode } from 'react';
import { initials } from '@/shared/speaker-palette';
import type { PersonEntry } from '../lib/group';
import { plural, speakerKindLabel } from '@/shared/labels';
import type { PersonProfile } from '../lib/profile';
import { DateSpan } from './date-span';
import { EntryNames } from './entry-names';
import { SpeakerClaims } from './speaker-claims';
import { SpeakerQuotes } from './speaker-quotes';

export type SpeakerProfileProps = {
  /** Everything the entry said, from `personProfile`. */
  profile: PersonProfile;
  /** Every other entry in the library, offered for a merge. */
  others: readonly Pick<PersonEntry, 'id' | 'name' | 'quoteCount'>[];
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
};

/**
 * One speaker across the library: name as the page's `h1`, role, kind and
 * counts; their quotes by article in date order; their claims and denials;
 * and the names grouped into the entry, with merge and split.
 */
export function SpeakerProfile({
  profile,
  others,
  renderQuoteLink,
  renderArticleLink,
  renderSpeakerLink,
  onMerge,
  onSplit,
  busy,
}: SpeakerProfileProps) {
  const { entry } = profile;
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
            <span>{plural(entry.quoteCount, 'quote', 'quotes')}</span>
            <span>{plural(entry.articleIds.length, 'article', 'articles')}</span>
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
        <SpeakerQuotes
          articles={profile.articles}
          renderQuoteLink={renderQuoteLink}
          renderArticleLink={renderArticleLink}
        />
      </section>

      <section aria-labelledby="speaker-claims">
        <h2 id="speaker-claims" className="mb-4 border-b border-line pb-1 font-serif text-2xl font-bold">
          Claims and denials
        </h2>
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
