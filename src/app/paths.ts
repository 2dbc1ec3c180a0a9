/**
 * The one module that knows the app's URLs: route patterns, search-param
 * keys, and builders for every href. View state lives in the URL:
 *
 *   /articles/:id?speaker=sean-spicer&speaker=john-dorrian&panel=claims#q7
 *
 * - `speaker` (repeatable): the speaker filter, pushed to history so Back
 *   and Forward step through filter changes;
 * - `panel`: which reading tool is open (`speakers`, `claims`, `timeline`);
 * - the fragment: the selected quote (`q7`) or event (`e2`).
 */

export const SPEAKER_PARAM = 'speaker';
export const PANEL_PARAM = 'panel';

export const PANELS = ['speakers', 'claims', 'timeline'] as const;
export type Panel = (typeof PANELS)[number];

export const routes = {
  home: '/',
  article: '/articles/:id',
} as const;

/** The reader's view state as the URL holds it. */
export type ArticleView = {
  speakers?: readonly string[];
  panel?: Panel;
  /** A quote or event id, without `#`. */
  hash?: string | null;
};

/** `?speaker=a&speaker=b&panel=claims` (or '' when nothing is set). */
export function articleSearch({ speakers = [], panel }: ArticleView): string {
  const params = new URLSearchParams();
  for (const id of speakers) params.append(SPEAKER_PARAM, id);
  if (panel && panel !== 'speakers') params.set(PANEL_PARAM, panel);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const paths = {
  home: () => '/',
  /** The reader at a view: `/articles/x?speaker=y#q3`. */
  article: (id: string, view: ArticleView = {}) =>
    `/articles/${encodeURIComponent(id)}${articleSearch(view)}${view.hash ? `#${encodeURIComponent(view.hash)}` : ''}`,
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
    hash: decoded || null,
  };
}
