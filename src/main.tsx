import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { readRouteData, resolveLazyRoutes } from './app/hydration';
import { routes } from './app/router';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// A page the build prerendered starts from the data it was rendered with (no
// fetch) and with its route module loaded (no fallback); any other page (the
// SPA shell) runs its loaders.
const hydrationData = readRouteData(document, window.location.pathname);
if (hydrationData) await resolveLazyRoutes(routes, window.location.pathname);
const router = createBrowserRouter(routes, hydrationData ? { hydrationData } : {});
/** Marks `<html data-ready>` once the app has rendered (or hydrated); browser tests and the bench wait for it. */
function Ready() {
  useEffect(() => {
    performance.mark('whosaid:ready');
    document.documentElement.dataset.ready = '';
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <RouterProvider router={router} />
    <Ready />
  </StrictMode>
);

// The prerendered HTML shows the page with no view state. A URL that carries
// some (a speaker filter, a selected quote) renders over it instead of
// hydrating it, which would not match.
if (hydrationData && !window.location.search && !window.location.hash) hydrateRoot(root, app);
else createRoot(root).render(app);
