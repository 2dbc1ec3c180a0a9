import { useEffect, useRef, useState } from 'react';
import {
  Link,
  redirect,
  useFetcher,
  useLoaderData,
  useLocation,
  useNavigate,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import {
  addOverride,
  entryQuoteTotal,
  personProfile,
  PROFILE_PAGE,
  SpeakerProfile,
  type PersonProfile,
  type PersonSummary,
} from '@/features/speakers';
import type { SkippedDocument } from '../library-articles';
import { countEntryArticles, loadEntryPage, loadProfileSources, openPeople } from '../speakers-data';
import { paths, QUOTES_PARAM, readSpeakerAct } from '../paths';
import { articleLink, quoteLink, speakerLink } from '../components/library-links';
import { SkippedNote } from '../components/skipped-note';
import { UpdatingNote } from '../components/updating-note';
import { useLibraryRevalidation } from '../hooks/use-library-revalidation';
import { usePeopleUpdating } from '../hooks/use-people-updating';

type SpeakerData = {
  profile: PersonProfile;
  /** Articles the entry speaks in, each once; read after the first screen. */
  articleCount: Promise<number>;
  /** Every other entry, for the merge search; read after the first screen. */
  others: Promise<Pick<PersonSummary, 'id' | 'name' | 'quoteCount'>[]>;
  /** Quotes of the act chosen shown on the page, and in all. */
  quotesShown: { shown: number; total: number };
  skipped: SkippedDocument[];
  /** Set while the entry comes from a view older than the names (see `openPeople`). */
  updating: Promise<void> | null;
};

/** How many quotes the page shows (`?quotes=100`); 0 when not set or not a positive number. */
const readSpeakerQuotes = (search: URLSearchParams): number =>
  Math.max(0, Math.floor(Number(search.get(QUOTES_PARAM)))) || 0;

/** What a merge or split answers: words to announce, and the entry to show now. */
type SpeakerActionData = {
  notice: string;
  /** The entry the page should show after the change. */
  entryId: string;
  /** Form keys of that entry when the choice was made, so the notice shows only there. */
  keys: string[];
};

/**
 * One entry with everything it said. A link to a name that has since been
 * merged into another entry redirects to that entry.
 */
export async function speakerLoader({ params, request }: LoaderFunctionArgs): Promise<SpeakerData> {
  const id = params.id ?? '';
  const search = new URL(request.url).searchParams;
  const act = readSpeakerAct(search);
  const people = await openPeople(request.url);
  const entry = await people.find(id);
  if (!entry) throw new Response(`No speaker "${id}"`, { status: 404, statusText: 'Not Found' });
  if (entry.id !== id) throw redirect(paths.speaker(entry.id, act));
  const { skipped, bundledRefs } = people;
  // The articles shown, from the first of its names' records in date order; what its names said there (no article is read).
  const { shown, shownQuotes } = await loadEntryPage(
    entry,
    bundledRefs,
    act,
    readSpeakerQuotes(search) || PROFILE_PAGE,
  );
  const articles = await loadProfileSources(request.url, shown);
  // The entries of the other speakers in those articles (whose claims it denied, or who denied its own).
  const named = await people.namesOf(articles.flatMap((article) => article.speakers.map((speaker) => speaker.name)));
  // Unsorted: the merge search offers only the few that match what is typed.
  const others = people.choices().then((choices) => choices.filter((other) => other.id !== entry.id));
  return {
    profile: personProfile({ entryOfName: (name) => named.get(name) }, entry, shown, articles, act),
    // The exact number of articles (the names' sums count an article naming the entry two ways twice), after the first screen.
    articleCount: countEntryArticles(entry, bundledRefs),
    others,
    // In all, from the names' sums: what every record would add up to.
    quotesShown: { shown: shownQuotes, total: entryQuoteTotal(entry, act) },
    skipped,
    updating: people.updating,
  };
}

/** The id of the entry holding a name form, after a change (by one of the form's names as written). */
async function entryOfForm(
  request: Request,
  form: PersonSummary['forms'][number] | undefined,
): Promise<string | undefined> {
  const name = form?.names[0]?.name;
  if (name === undefined) return undefined;
  return (await (await openPeople(request.url)).namesOf([name])).get(name)?.id;
}

/**
 * Merge (`intent=merge`, `other=<entry id>`) or split (`intent=split`,
 * `form=<form key>`), stored in IndexedDB and applied from then on.
 */
export async function speakerAction({ params, request }: ActionFunctionArgs): Promise<SpeakerActionData> {
  const form = await request.formData();
  const intent = form.get('intent');
  const before = await openPeople(request.url);
  const entry = await before.find(params.id ?? '');
  if (!entry?.forms[0]) throw new Response('No such speaker', { status: 404, statusText: 'Not Found' });

  if (intent === 'merge') {
    const other = await before.find(String(form.get('other') ?? ''));
    if (!other?.forms[0] || other.id === entry.id) throw new Response('Choose another entry to merge', { status: 400 });
    await addOverride({ op: 'merge', a: entry.forms[0].key, b: other.forms[0].key });
    return {
      notice: `Merged ${other.name} into ${entry.name}.`,
      entryId: (await entryOfForm(request, entry.forms[0])) ?? entry.id,
      keys: [...entry.forms, ...other.forms].map((f) => f.key),
    };
  }
  if (intent === 'split') {
    const key = String(form.get('form') ?? '');
    const split = entry.forms.find((f) => f.key === key);
    const rest = entry.forms.filter((f) => f.key !== key);
    if (!split || !rest[0]) throw new Response('That name cannot be split off', { status: 400 });
    await addOverride({ op: 'split', key });
    return {
      notice: `Split ${split.name} off into an entry of its own.`,
      entryId: (await entryOfForm(request, rest[0])) ?? entry.id,
      keys: rest.map((f) => f.key),
    };
  }
  throw new Response('Unknown action', { status: 400 });
}

const NO_ENTRIES: Awaited<SpeakerData['others']> = [];

/** What `promise` gives once it is there, `before` until then. */
function useResolved<T>(promise: Promise<T>, before: T): T {
  const [done, setDone] = useState<{ promise: Promise<T>; value: T } | null>(null);
  useEffect(() => {
    let live = true;
    void promise.then((value) => {
      if (live) setDone({ promise, value });
    });
    return () => {
      live = false;
    };
  }, [promise]);
  return done?.promise === promise ? done.value : before;
}

/** `/speakers/:id`: one speaker across the library, with merge and split. */
export function SpeakerRoute() {
  const { profile, articleCount, others: readingOthers, quotesShown, skipped, updating } = useLoaderData<SpeakerData>();
  const stale = usePeopleUpdating(updating);
  const others = useResolved(readingOthers, NO_ENTRIES);
  const { search } = useLocation();
  const act = readSpeakerAct(new URLSearchParams(search));
  const fetcher = useFetcher<SpeakerActionData>();
  const navigate = useNavigate();
  useLibraryRevalidation();
  const { entry } = profile;

  // After a choice, show the entry it left (a split may rename the one we were on), once per answer.
  const handled = useRef<SpeakerActionData | undefined>(undefined);
  useEffect(() => {
    const answer = fetcher.data;
    if (fetcher.state !== 'idle' || !answer || handled.current === answer) return;
    handled.current = answer;
    if (answer.entryId !== entry.id) void navigate(paths.speaker(answer.entryId), { replace: true });
  }, [fetcher.state, fetcher.data, entry.id, navigate]);

  const notice =
    fetcher.state === 'idle' && fetcher.data && entry.forms.some((f) => fetcher.data?.keys.includes(f.key))
      ? fetcher.data.notice
      : '';

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <title>{`${entry.name} – Speakers – whosaid`}</title>
      <p className="mb-4 text-sm">
        <Link to={paths.speakers()}>All speakers</Link>
      </p>
      <UpdatingNote updating={stale} />
      <p role="status" className={notice ? 'mb-4 rounded-md border border-accent p-3' : 'sr-only'}>
        {notice}
      </p>
      <SpeakerProfile
        profile={profile}
        articleCount={articleCount}
        others={others}
        busy={fetcher.state !== 'idle'}
        renderQuoteLink={quoteLink}
        renderArticleLink={articleLink}
        renderSpeakerLink={speakerLink}
        act={act}
        renderActLink={(choice, children, current) => (
          <Link
            to={paths.speaker(entry.id, choice)}
            aria-current={current ? 'page' : undefined}
            preventScrollReset
            className="inline-block rounded-md border border-line px-3 py-1 no-underline aria-[current=page]:border-ink aria-[current=page]:font-semibold aria-[current=page]:text-ink"
          >
            {children}
          </Link>
        )}
        quotesShown={quotesShown}
        renderMoreLink={(children) => (
          <Link to={paths.speaker(entry.id, act, quotesShown.shown + PROFILE_PAGE)} preventScrollReset>
            {children}
          </Link>
        )}
        onMerge={(other) => void fetcher.submit({ intent: 'merge', other }, { method: 'post' })}
        onSplit={(form) => void fetcher.submit({ intent: 'split', form }, { method: 'post' })}
      />
      <SkippedNote skipped={skipped} />
    </div>
  );
}
