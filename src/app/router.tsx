/**
 * The route table (data mode): loaders fetch and validate, routes render.
 *
 * Every page's component is a `lazy` route module, so each page's code is
 * its own chunk and a reader's first load carries only the reader (the
 * build checks this: scripts/build/budget.ts). Loaders stay here, in the
 * entry, so data and code load in parallel; heavy code a loader needs
 * (validation, storage) is imported inside it.
 */
import type { RouteObject } from 'react-router';
import { Layout } from './components/layout';
import { articleLoader, catalogLoader, notFoundLoader } from './data';
import { patterns } from './paths';
import { Loading } from './routes/loading';
import { RouteError } from './routes/route-error';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    HydrateFallback: Loading,
    children: [
      {
        // Errors render inside the layout, so the banner and navigation stay.
        errorElement: <RouteError />,
        children: [
          {
            path: patterns.home,
            loader: catalogLoader,
            lazy: async () => ({ Component: (await import('./routes/home')).HomeRoute }),
            HydrateFallback: Loading,
          },
          {
            path: patterns.article,
            loader: articleLoader,
            // The view state (filter, tool, quote) is in the search and fragment; the data only
            // changes with the id, so a filter change does not fetch and validate the article again.
            shouldRevalidate: ({ currentParams, nextParams, formMethod, defaultShouldRevalidate }) =>
              formMethod ? defaultShouldRevalidate : currentParams.id !== nextParams.id,
            lazy: async () => ({ Component: (await import('./routes/article')).ArticleRoute }),
            HydrateFallback: Loading,
          },
          {
            // Changing an added article's reference date: its own page, so its code (the library's storage and
            // worker client) is never in the reader's first load.
            path: patterns.articleDate,
            loader: articleLoader,
            lazy: async () => ({ Component: (await import('./routes/article-date')).ArticleDateRoute }),
            HydrateFallback: Loading,
          },
          {
            // Cross-article pages: loader, action and page load together (they need the same code).
            path: patterns.speakers,
            lazy: async () => {
              const { SpeakersRoute, speakersLoader } = await import('./routes/speakers');
              return { Component: SpeakersRoute, loader: speakersLoader };
            },
            HydrateFallback: Loading,
          },
          {
            path: patterns.speaker,
            lazy: async () => {
              const { SpeakerRoute, speakerLoader, speakerAction } = await import('./routes/speaker');
              return { Component: SpeakerRoute, loader: speakerLoader, action: speakerAction };
            },
            HydrateFallback: Loading,
          },
          {
            path: patterns.search,
            lazy: async () => {
              const { SearchRoute, searchLoader, searchShouldRevalidate } = await import('./routes/search');
              return { Component: SearchRoute, loader: searchLoader, shouldRevalidate: searchShouldRevalidate };
            },
            HydrateFallback: Loading,
          },
          { path: '*', loader: notFoundLoader, element: null },
        ],
      },
    ],
  },
];
