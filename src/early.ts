/**
 * The first script the page runs, before the app's own (index.html): on `/`
 * it starts reading the library's rows from IndexedDB, so they are ready
 * when the list mounts instead of being asked for only then. It holds only
 * that read (src/features/library/lib/first-page.ts), a few hundred bytes.
 */
import { startLibraryRead } from '@/features/library';

if (window.location.pathname === '/') startLibraryRead();
