/**
 * The one module that knows the app's URLs: route patterns, search-param
 * keys, and builders for every href. View state lives in the URL:
 *
 *   /articles/:id?speaker=sean-spicer&speaker=john-dorrian&panel=claims#q7
 *
 * - `speaker` (repeatable): the speaker filter, pushed to history so Back
 *   and Forward step through filter changes;
 * - `panel`: which reading tool is open (`speakers`, `claims`, `timeline`);
 * - `thoughts=hide`: thoughts (the writer's account of what someone thinks or
 *   wants) shown as plain words; absent, they are marked like quotes;
 * - the fragment: the selected quote (`q7`) or event (`e2`).
 *
 * The search page keeps its query and filters in the URL too:
 *
 *   /search?q=rubbish&speaker=john-dorrian&kind=direct&act=speech&from=2017-01-01&to=2017-01-31
 *
 * and a speaker's page its act filter: `/speakers/barack-obama?act=thought`.
 */

const SPEAKER_PARAM = 'speaker';
const PANEL_PARAM = 'panel';
/** `?thoughts=hide` hides thoughts in the reader. */
const THOUGHTS_PARAM = 'thoughts';
const THOUGHTS_HIDDEN = 'hide';
/** `?act=speech` or `?act=thought`: search and speaker pages show one act only. */
const ACT_PARAM = 'act';
const ACTS = ['speech', 'thought'] as const;
export type ActFilter = (typeof ACTS)[number] | null;
const readAct = (search: URLSearchParams): ActFilter => ACTS.find((act) => act === search.get(ACT_PARAM)) ?? null;
/**
 * `?quotes=100`: a speaker page shows that many quotes (in whole articles) instead of the first 50. Read by
 * routes/speaker.tsx (`readSpeakerQuotes`), so the reader's first load does not carry it.
 */
export const QUOTES_PARAM = 'quotes';

const PANELS = ['speakers', 'claims', 'timeline'] as const;
export type Panel = (typeof PANELS)[number];

/** Search page keys: `/search?q=words&speaker=sean-spicer&kind=direct&from=2017-01-01&to=2017-12-31`. */
const QUERY_PARAM = 'q';
const KIND_PARAM = 'kind';
const FROM_PARAM = 'from';
const TO_PARAM = 'to';

/** Route patterns, for the route table (`router.tsx`); `paths` below builds the hrefs that match them. */
export const patterns = {
  home: '/',
  article: '/articles/:id',
  articleDate: '/articles/:id/date',
  speakers: '/speakers',
  speaker: '/speakers/:id',
  search: '/search',
} as const;

/** The search page's query and filters as the URL holds them (`speaker` is a people entry id). */
type SearchView = {
  q?: string;
  speaker?: string | null;
  kind?: 'direct' | 'indirect' | 'mixed' | null;
  act?: ActFilter;
  from?: string | null;
  to?: string | null;
};

/** `?q=…&speaker=…&kind=…&from=…&to=…` with empty values left out. */
function searchQuery(view: SearchView): string {
  const params = new URLSearchParams();
  if (view.q) params.set(QUERY_PARAM, view.q);
  if (view.speaker) params.set(SPEAKER_PARAM, view.speaker);
  if (view.kind) params.set(KIND_PARAM, view.kind);
  if (view.act) params.set(ACT_PARAM, view.act);
  if (view.from) params.set(FROM_PARAM, view.from);
  if (view.to) params.set(TO_PARAM, view.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = ['direct', 'indirect', 'mixed'] as const;

/** Reads the search page's view from the URL; anything malformed is left out. */
export function readSearchView(search: URLSearchParams): Required<SearchView> {
  const day = (key: string) => {
    const value = search.get(key);
    return value && DAY.test(value) ? value : null;
  };
  const kind = search.get(KIND_PARAM);
  return {
    q: search.get(QUERY_PARAM) ?? '',
    speaker: search.get(SPEAKER_PARAM) || null,
    kind: KINDS.find((k) => k === kind) ?? null,
    act: readAct(search),
    from: day(FROM_PARAM),
    to: day(TO_PARAM),
  };
}

/** The reader's view state as the URL holds it. */
export type ArticleView = {
  speakers?: readonly string[];
  panel?: Panel;
  /** Whether thoughts are marked (the default) or shown as plain words. */
  thoughts?: boolean;
  /** A quote or event id, without `#`. */
  hash?: string | null;
};

/** `?speaker=a&speaker=b&panel=claims&thoughts=hide` (or '' when nothing is set). */
function articleQuery({ speakers = [], panel, thoughts = true }: ArticleView): string {
  const params = new URLSearchParams();
  for (const id of speakers) params.append(SPEAKER_PARAM, id);
  if (panel && panel !== 'speakers') params.set(PANEL_PARAM, panel);
  if (!thoughts) params.set(THOUGHTS_PARAM, THOUGHTS_HIDDEN);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Href builders, one per page (and the build's JSON files). */
export const paths = {
  home: () => '/',
  /** The reader at a view: `/articles/x?speaker=y#q3`. */
  article: (id: string, view: ArticleView = {}) =>
    `/articles/${encodeURIComponent(id)}${articleQuery(view)}${view.hash ? `#${encodeURIComponent(view.hash)}` : ''}`,
  /** Where the reader changes the date an added, undated article's relative dates are read against. */
  articleDate: (id: string) => `/articles/${encodeURIComponent(id)}/date`,
  /** Every speaker across the library. */
  speakers: () => '/speakers',
  /** One speaker's page: `/speakers/sean-spicer`, or `/speakers/sean-spicer?act=thought` for one act. */
  speaker: (id: string, act: ActFilter = null, quotes = 0) =>
    `/speakers/${encodeURIComponent(id)}${act ? `?${ACT_PARAM}=${act}` : ''}${quotes ? `${act ? '&' : '?'}${QUOTES_PARAM}=${quotes}` : ''}`,
  /** Search over every quote: `/search?q=rubbish`. */
  search: (view: SearchView = {}) => `/search${searchQuery(view)}`,
  /** Where the build puts an article's JSON. */
  articleJson: (id: string) => `/articles/${encodeURIComponent(id)}.json`,
  /** Where the build puts the list of bundled articles. */
  catalogJson: () => '/articles/index.json',
};

/** Reads the reader's view state from a URL's search params and fragment. */
export function readArticleView(search: URLSearchParams, hash: string): Required<ArticleView> {
  const panel = search.get(PANEL_PARAM);
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // keep the raw fragment
  }
  return {
    speakers: [...new Set(search.getAll(SPEAKER_PARAM))],
    panel: PANELS.find((p) => p === panel) ?? 'speakers',
    thoughts: search.get(THOUGHTS_PARAM) !== THOUGHTS_HIDDEN,
    hash: decoded || null,
  };
}

/** A speaker page's act filter (`?act=thought`); anything else is no filter. */
export function readSpeakerAct(search: URLSearchParams): ActFilter {
  return readAct(search);
}
