import { useEffect } from 'react';
import { subscribeLibrary } from '@/features/library';

/** How long the library stays unchanged before the people view is built again (an import saves many articles). */
const QUIET_MS = 1500;
/** How long a change waits at most for its build while the library keeps changing (a long import). */
const MOST_MS = 30_000;

/**
 * Keeps the people view up to date in the background: once the library has
 * been quiet for a moment after a change, or at the latest half a minute
 * after it while an import goes on, the view is built again (in its worker),
 * so the speakers pages find one to read instead of waiting for it. Its code
 * loads only then, not with the page.
 */
export function usePeopleView() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let since: number | null = null;
    const off = subscribeLibrary(() => {
      clearTimeout(timer);
      since ??= Date.now();
      timer = setTimeout(
        () => {
          since = null;
          void import('../people-view')
            .then(({ refreshPeopleView }) => refreshPeopleView(window.location.href))
            .catch(() => undefined); // a page that needs the view builds it (or groups here) itself
        },
        Math.max(0, Math.min(QUIET_MS, since + MOST_MS - Date.now())),
      );
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);
}
