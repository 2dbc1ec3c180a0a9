import { useEffect } from 'react';
import { useRevalidator } from 'react-router';
import { subscribeLibrary } from '@/features/library';

/** Reloads the route's data when this tab or another one changes the reader's library. */
export function useLibraryRevalidation() {
  const { revalidate } = useRevalidator();
  useEffect(() => subscribeLibrary(() => void revalidate()), [revalidate]);
}
