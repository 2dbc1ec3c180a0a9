import { useEffect } from 'react';
import { useRevalidator } from 'react-router';

/**
 * While a page shows people from a view older than the library's names
 * (`updating`, from `openPeople`), waits for the build in the background and
 * then loads the route's data again, from the view brought up to date. True
 * while the page shows the older view.
 */
export function usePeopleUpdating(updating: Promise<void> | null): boolean {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (!updating) return;
    let live = true;
    void updating.then(() => {
      if (live) void revalidate();
    });
    return () => {
      live = false;
    };
  }, [updating, revalidate]);
  return updating !== null;
}
