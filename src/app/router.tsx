/** The route table (data mode): loaders fetch and validate, routes render. */
import type { RouteObject } from 'react-router';
import { Layout } from './components/layout';
import { articleLoader, catalogLoader, notFoundLoader } from './data';
import { routes as paths } from './paths';
import { ArticleRoute } from './routes/article';
import { HomeRoute } from './routes/home';
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
          { path: paths.home, loader: catalogLoader, element: <HomeRoute />, HydrateFallback: Loading },
          { path: paths.article, loader: articleLoader, element: <ArticleRoute />, HydrateFallback: Loading },
          {
            // Cross-article pages: loader, action and page load together (they need the same code).
            path: paths.speakers,
            lazy: async () => {
              const { SpeakersRoute, speakersLoader } = await import('./routes/speakers');
              return { Component: SpeakersRoute, loader: speakersLoader };
            },
            HydrateFallback: Loading,
          },
          {
            path: paths.speaker,
            lazy: async () => {
              const { SpeakerRoute, speakerLoader, speakerAction } = await import('./routes/speaker');
              return { Component: SpeakerRoute, loader: speakerLoader, action: speakerAction };
            },
            HydrateFallback: Loading,
          },
          {
            path: paths.search,
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
