import { useEffect } from 'react';
import { subscribeLibrary } from '@/features/library';

/** How long the library stays unchanged before the people view is built again (an import saves many articles). */
const QUIET_MS = 1500;

/**
 * Keeps the people view up to date in the background: once the library has
 * been quiet for a moment after a change, the view is built again (in its
 * worker), so the speakers pages find it ready instead of waiting for it.
 * Its code loads only then, not with the page.
 */
export function usePeopleView() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = subscribeLibrary(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void import('../people-view')
          .then(({ refreshPeopleView }) => refreshPeopleView(window.location.href))
          .catch(() => undefined); // a page that needs the view builds it (or groups here) itself
      }, QUIET_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);
}
