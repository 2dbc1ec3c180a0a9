/**
 * Renders one page of the app to HTML at build time, with the same route
 * objects (and loaders) the browser uses. Built by Vite as an SSR entry and
 * run by scripts/build/prerender.ts, which supplies `fetch` for the JSON the
 * loaders read. Never shipped to the browser.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { serializeRouteData } from './hydration';
import { routes } from './router';

export type RenderedPage = {
  /** The HTTP status the page stands for (200, or 404/422 for an error page). */
  status: number;
  /** The app's markup, for inside `#root`. */
  html: string;
  /** The page's `<title>` text, when a route set one. */
  title: string | null;
  /** JSON for the `route-data` block the client hydrates from. */
  data: string;
  /** Route paths matched, outermost first (`/articles/:id`), to find the route modules to preload. */
  routePaths: string[];
};

/** Renders `pathname` as the browser would show it on first load, with no search or fragment. */
export async function renderPage(pathname: string, origin = 'http://localhost'): Promise<RenderedPage> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(pathname, origin)));
  if (context instanceof Response) throw new Error(`${pathname}: a loader redirected (${context.status})`);
  const router = createStaticRouter(handler.dataRoutes, context);
  let html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  // React writes a route's <title> into the markup; the page's <head> gets it instead.
  let title: string | null = null;
  html = html.replace(/<title>([^<]*)<\/title>/, (_, text: string) => {
    title = text;
    return '';
  });
  return {
    status: context.statusCode,
    html,
    title,
    data: serializeRouteData({ path: pathname, loaderData: context.loaderData }),
    routePaths: context.matches.map((match) => match.route.path).filter((path): path is string => path !== undefined),
  };
}
