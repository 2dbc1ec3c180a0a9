import {
  lazy,
  Suspense,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useLoaderData, useLocation, useNavigate } from 'react-router';
import type { Article } from '@/article';
import { ExportActions } from '@/features/library';
import { ArticleBody, ArticleHeader, isQuoteVisible } from '@/features/reader';
import { FilterStatus, SpeakerFilter } from '@/features/speaker-filter';
import { ReadingTools } from '../components/reading-tools';
import { paths, readArticleView, type ArticleView, type Panel } from '../paths';

// The timeline and the claims are tabs the reader opens after reading starts: their code (TIMEX3 values in
// words, durations under their events; claims set against denials) loads just after hydration rather than
// in the first load, which stays in budget.
const Timeline = lazy(() => import('@/features/timeline').then((module) => ({ default: module.Timeline })));
const ClaimsPanel = lazy(() => import('@/features/claims').then((module) => ({ default: module.ClaimsPanel })));

const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

/**
 * Renders its children only once the page has hydrated. The prerendered page and the first client render both
 * show the fallback, so a lazy panel never suspends during hydration (which React would report as an error).
 */
function AfterHydration({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  // False in the prerender and while hydrating (the server snapshot), true from the render after.
  const hydrated = useSyncExternalStore(noSubscription, isClient, isServer);
  return hydrated ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}

/**
 * `/articles/:id`: the reader, combining the features. All view state comes
 * from the URL (see paths.ts): filter changes push a history entry, so Back
 * and Forward step through them; selecting a quote or switching tools
 * replaces the current entry.
 */
export function ArticleRoute() {
  const article = useLoaderData<Article>();
  const location = useLocation();
  const navigate = useNavigate();

  const fromUrl = readArticleView(new URLSearchParams(location.search), location.hash);
  // A filter change shows at once and reaches the URL a frame later (see setSpeakers); until the
  // router has navigated, the view is the one asked for.
  const [ahead, setAhead] = useState<{
    key: string;
    speakers: string[];
    thoughts: boolean;
    hash: string | null;
  } | null>(null);
  // Dropped once the router has moved on, so coming Back to this entry later reads its URL.
  if (ahead && ahead.key !== location.key) setAhead(null);
  const view =
    ahead && ahead.key === location.key
      ? { ...fromUrl, speakers: ahead.speakers, thoughts: ahead.thoughts, hash: ahead.hash }
      : fromUrl;
  const known = new Set(article.speakers.map((speaker) => speaker.id));
  const speakers = view.speakers.filter((id) => known.has(id));
  const visible = speakers.length > 0 ? new Set(speakers) : null;
  const current: Required<ArticleView> = { speakers, panel: view.panel, thoughts: view.thoughts, hash: view.hash };

  // The selected quote: from the URL on a navigation, from a click in the text in between (see onSelect).
  const selectedNow = useRef(view.hash);
  // A filter change waiting for the frame to be painted before it navigates (see setSpeakers).
  const pendingNavigation = useRef<object | null>(null);
  useLayoutEffect(() => {
    pendingNavigation.current = null;
  }, [location.key]);
  useLayoutEffect(() => {
    selectedNow.current = view.hash;
  }, [location.key, view.hash]);

  const href = (next: ArticleView) => paths.article(article.id, { ...current, hash: selectedNow.current, ...next });
  const go = (next: ArticleView, replace: boolean) => navigate(href(next), { replace, preventScrollReset: true });

  /** Filter change (speakers, or thoughts shown or not): keep the selected quote only if it stays highlighted. */
  const setFilter = (ids: string[], thoughts: boolean) => {
    const hash = selectedNow.current;
    const selected = hash ? article.quotes.find((quote) => quote.id === hash) : undefined;
    const keep = !selected || isQuoteVisible(selected, ids.length > 0 ? new Set(ids) : null, thoughts);
    const next = { speakers: ids, thoughts, hash: keep ? hash : null };
    // The text, the filter and the count follow in this frame; the navigation that records it in the
    // URL and history (a router navigation reaches every element of a long article) runs after it.
    setAhead({ key: location.key, ...next });
    selectedNow.current = next.hash;
    const url = href(next);
    // Clicks within one frame make one history entry; a navigation meanwhile (Back) drops it.
    const token = {};
    pendingNavigation.current = token;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (pendingNavigation.current !== token) return;
        pendingNavigation.current = null;
        void navigate(url, { preventScrollReset: true });
      }, 0),
    );
  };
  const setSpeakers = (ids: string[]) => setFilter(ids, view.thoughts);
  /** Show or hide thoughts: a filter change like a speaker's, shown at once and pushed to history. */
  const setThoughts = (show: boolean) => setFilter(speakers, show);
  const toggle = (id: string) =>
    setSpeakers(speakers.includes(id) ? speakers.filter((s) => s !== id) : [...speakers, id]);

  // The line above the text counts speech and thoughts apart ("15 quotes, 1 thought").
  let shown = 0;
  let thoughtsShown = 0;
  let thoughtsTotal = 0;
  for (const quote of article.quotes) {
    const isThought = quote.act === 'thought';
    if (isThought) thoughtsTotal++;
    if (!isQuoteVisible(quote, visible)) continue;
    if (isThought) thoughtsShown++;
    else shown++;
  }
  const names = speakers.map((id) => article.speakers.find((s) => s.id === id)?.name ?? id);

  // Links from the claims and timeline panels to the text: `#q9` keeps the
  // path and the filter, and a click navigates through the router with the
  // view as it is then. So the panels (every claim and event: thousands on a
  // long article) do not depend on the filter and are not re-rendered with it.
  const hrefNow = useRef(href);
  useLayoutEffect(() => {
    hrefNow.current = href;
  });
  const textLink = useCallback(
    (hash: string, children: ReactNode) => {
      const follow = (event: MouseEvent<HTMLAnchorElement>) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void navigate(hrefNow.current({ hash }), { preventScrollReset: true });
      };
      return (
        <a href={`#${encodeURIComponent(hash)}`} onClick={follow}>
          {children}
        </a>
      );
    },
    [navigate],
  );
  const claimsPanel = useMemo(
    () => (
      <AfterHydration fallback={<p className="text-muted">Loading the claims…</p>}>
        <ClaimsPanel
          claims={article.claims}
          quotes={article.quotes}
          speakers={article.speakers}
          renderQuoteLink={textLink}
        />
      </AfterHydration>
    ),
    [article, textLink],
  );
  const timelinePanel = useMemo(
    () => (
      <AfterHydration fallback={<p className="text-muted">Loading the timeline…</p>}>
        <Timeline events={article.events} published={article.published} renderEventLink={textLink} />
      </AfterHydration>
    ),
    [article, textLink],
  );

  // Opening or closing a quote card is no navigation: the text has updated itself, and the fragment
  // is rewritten in place after the frame is painted (a router navigation would re-render the route
  // and reach every element of a long article). Shared links, reloads and Back still see it.
  const onSelect = useCallback((id: string | null) => {
    selectedNow.current = id;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const url = new URL(window.location.href);
        url.hash = selectedNow.current ? encodeURIComponent(selectedNow.current) : '';
        if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
      }, 0),
    );
  }, []);

  const tools: { id: Panel; label: string; count: number; content: ReactNode }[] = [
    {
      id: 'speakers',
      label: 'Speakers',
      count: article.speakers.length,
      content: (
        <SpeakerFilter speakers={article.speakers} quotes={article.quotes} selected={speakers} onToggle={toggle} />
      ),
    },
    {
      id: 'claims',
      label: 'Claims',
      count: article.claims.filter((claim) => claim.stance === 'claim').length,
      content: claimsPanel,
    },
    {
      id: 'timeline',
      label: 'Timeline',
      count: article.events.length,
      content: timelinePanel,
    },
  ];

  return (
    <div className="mx-auto grid max-w-6xl gap-x-12 px-4 py-8 max-lg:pb-24 lg:grid-cols-[minmax(0,42rem)_minmax(18rem,1fr)]">
      <title>{`${article.title} – whosaid`}</title>
      <article className="min-w-0">
        <ArticleHeader article={article} />
        <ExportActions article={article} />
        <div className="sticky top-0 z-20 -mx-4 mb-2 border-b border-line bg-paper px-4 py-1 print:hidden">
          <FilterStatus
            shown={shown}
            total={article.quotes.length - thoughtsTotal}
            speakerNames={names}
            onClear={() => setSpeakers([])}
            thoughts={{ shown: thoughtsShown, total: thoughtsTotal, visible: view.thoughts, onToggle: setThoughts }}
          />
        </div>
        <ArticleBody
          article={article}
          visibleSpeakers={visible}
          showThoughts={view.thoughts}
          selectedId={view.hash}
          selectionKey={location.key}
          onSelect={onSelect}
          onShowOnlySpeaker={(id) => setSpeakers([id])}
          quoteHref={(id) => href({ hash: id })}
        />
      </article>
      <ReadingTools tools={tools} current={view.panel} onChange={(panel) => void go({ panel }, true)} />
    </div>
  );
}
