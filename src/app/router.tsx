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
          { path: '*', loader: notFoundLoader, element: null },
        ],
      },
    ],
  },
];
