/**
 * Prerendered pages and hydration. The build renders `/` and each bundled
 * article to HTML (scripts/build/prerender.ts) and writes the loader data
 * the page was rendered with into a data block:
 *
 *     <script type="application/json" id="route-data">{"path":"/","loaderData":{…}}</script>
 *
 * A JSON data block is never executed, so a CSP without inline scripts
 * allows it (unlike React Router's default `window.__staticRouterHydrationData`
 * script). The client hydrates from it only when it was rendered for the
 * path being shown; any other page (the SPA shell for a stored article, a
 * host that answers every path with one file) renders on the client.
 */
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router';

export const ROUTE_DATA_ID = 'route-data';

/** What the data block holds: the path it was rendered for and the router's data. */
type RouteData = {
  path: string;
  loaderData: NonNullable<HydrationState['loaderData']>;
};

/** The data block's JSON, safe inside `<script>`: no `<` (so no `</script>`), and no line separators. */
export function serializeRouteData(data: RouteData): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The hydration data for `pathname`, or null when the page was not prerendered for it. */
export function readRouteData(doc: Document, pathname: string): HydrationState | null {
  const block = doc.getElementById(ROUTE_DATA_ID);
  if (!block?.textContent) return null;
  try {
    const data = JSON.parse(block.textContent) as Partial<RouteData>;
    if (data.path !== pathname || typeof data.loaderData !== 'object' || data.loaderData === null) return null;
    return { loaderData: data.loaderData };
  } catch {
    return null;
  }
}

/**
 * Loads the `lazy` modules of the routes that match `pathname` and merges
 * them into the route objects, so the first render has every component and
 * hydration matches the server's HTML (React Router would otherwise render
 * the `HydrateFallback` while they load).
 */
export async function resolveLazyRoutes(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}
