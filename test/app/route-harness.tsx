/** What the route tests share: the build's JSON served from memory, and the app's routes in a memory router. */
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { routes } from '@/app/router';

/** Serves the build's JSON files from memory; anything else is a 404. Undo with `vi.unstubAllGlobals()`. */
export function serve(files: Record<string, unknown>): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
      if (!(path in files)) return new Response('Not Found', { status: 404 });
      return new Response(JSON.stringify(files[path]), { headers: { 'content-type': 'application/json' } });
    }),
  );
}

/** Renders the app at `url`; the router is returned so a test can read its location or navigate. */
export function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const view = render(<RouterProvider router={router} />);
  return { router, ...view };
}
