/**
 * The Content Security Policy the app is served with: as a header by
 * `vite preview` (vite.config.ts) and as a `<meta http-equiv>` in every built
 * page for static hosts that can't set headers (a meta policy ignores
 * `frame-ancestors`; the header carries it).
 *
 * - No 'unsafe-inline' or 'unsafe-eval' anywhere: the theme script is a file
 *   (public/theme.js), the prerendered pages' router data is a JSON data block
 *   (never executed), and React sets style props through the CSSOM, which
 *   `style-src` does not restrict (the app sets none in markup).
 * - `img-src data: blob:` and `worker-src blob:` leave room for generated
 *   images and a worker built from a blob; both are same-document, never
 *   another origin.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'connect-src': "'self'",
  'img-src': "'self' data: blob:",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
  'form-action': "'self'",
};

/** Directives a `<meta http-equiv>` policy may not carry (browsers ignore them there and warn). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function cspHeader(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export function cspMeta(): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Headers `vite preview` sends with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
