import { useEffect, useRef, type MouseEvent } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { paths } from '../paths';
import { ThemeToggle } from './theme-toggle';

/**
 * The page frame: skip link, banner with the site name, navigation and theme
 * toggle, the main landmark (busy while a route loads), and a footer. Scrolls
 * to the top when the page (not just its query or fragment) changes.
 */
export function Layout() {
  const navigation = useNavigation();
  const { pathname, hash } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const loading = navigation.state === 'loading';

  const lastPath = useRef(pathname);
  useEffect(() => {
    if (lastPath.current === pathname) return;
    lastPath.current = pathname;
    if (!hash) window.scrollTo(0, 0);
  }, [pathname, hash]);

  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // Move focus without writing #main into the URL (the fragment selects quotes).
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  const navLink = ({ isActive }: { isActive: boolean }) =>
    `rounded-md px-2 py-1 text-sm font-medium no-underline ${isActive ? 'text-ink underline decoration-2 underline-offset-4' : 'text-muted hover:text-ink'}`;

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" onClick={skip} className="skip-link print:hidden">
        Skip to content
      </a>
      <header className="border-b border-line print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link to={paths.home()} className="font-serif text-xl font-bold text-ink no-underline">
            who<span className="text-accent">said</span>
          </Link>
          <nav aria-label="Main" className="flex-1">
            <ul className="flex gap-2">
              <li>
                <NavLink to={paths.home()} end className={navLink}>
                  Articles
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.speakers()} className={navLink}>
                  Speakers
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.search()} className={navLink}>
                  Search
                </NavLink>
              </li>
            </ul>
          </nav>
          <ThemeToggle />
        </div>
        <div className={loading ? 'loading-bar' : 'h-[3px]'} />
      </header>
      <p role="status" className="sr-only">
        {loading ? 'Loading…' : ''}
      </p>
      <main id="main" ref={mainRef} tabIndex={-1} aria-busy={loading} className="flex-1 focus:outline-none">
        <Outlet />
      </main>
      <footer className="border-t border-line print:hidden">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-muted">
          whosaid shows who said what in a news article. Everything is worked out from the text; check the original
          before you quote it.
        </p>
      </footer>
    </div>
  );
}
