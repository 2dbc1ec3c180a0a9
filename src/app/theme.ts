/**
 * Light and dark theme. The page follows the system until the reader picks
 * one with the toggle; the pick is remembered in localStorage. The class on
 * <html> is set before first paint by `public/theme.js` (an external script,
 * so a strict CSP without inline scripts allows it); this module keeps it in
 * step afterwards.
 */
import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';
const THEME_KEY = 'whosaid-theme';

const listeners = new Set<() => void>();

function stored(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The theme in effect now. */
function currentTheme(): Theme {
  return stored() ?? systemTheme();
}

function apply() {
  document.documentElement.classList.toggle('dark', currentTheme() === 'dark');
  listeners.forEach((listener) => listener());
}

/** Picks a theme and remembers it. */
export function setTheme(theme: Theme) {
  try {
    window.localStorage.setItem(THEME_KEY, theme);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.classList.toggle('dark', theme === 'dark');
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', apply);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', apply);
  };
}

/** The theme in effect, re-rendering when it changes. Light when rendered without a DOM. */
export function useTheme(): Theme {
  return useSyncExternalStore(
    subscribe,
    () => (document.documentElement.classList.contains('dark') ? 'dark' : 'light'),
    () => 'light',
  );
}
