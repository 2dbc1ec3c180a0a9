import type { ReactNode } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import type { InvalidDocument } from '../data';
import { paths } from '../paths';

function isInvalidDocument(value: unknown): value is InvalidDocument {
  return typeof value === 'object' && value !== null && 'document' in value && 'field' in value && 'message' in value;
}

function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <title>{`${title} – whosaid`}</title>
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      <div className="mt-4 space-y-3">{children}</div>
      <p className="mt-8">
        <Link to={paths.home()}>Back to all articles</Link>
      </p>
    </div>
  );
}

/**
 * The error page for any route: 404 for a missing article or page, a named
 * field for an article that fails the schema, and a plain message otherwise.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const what = typeof error.data === 'string' ? error.data : 'No such page';
    return (
      <Page title="Not found">
        <p>{what}. It may have been renamed or removed.</p>
        {what.startsWith('No article') && (
          <p>
            Articles you add are kept in the browser you added them in. To read one elsewhere, export its Article JSON
            there and import it here.
          </p>
        )}
      </Page>
    );
  }
  if (isRouteErrorResponse(error) && isInvalidDocument(error.data)) {
    const { document, field, message } = error.data;
    return (
      <Page title="This article can’t be shown">
        <p>
          The data for <strong>{document === 'index' ? 'the list of articles' : `“${document}”`}</strong> does not match
          the Article format, so whosaid won’t guess at it.
        </p>
        <p>
          First problem: field <code className="rounded bg-surface px-1">{field}</code>: {message}
        </p>
      </Page>
    );
  }
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <Page title="Something went wrong">
      <p>The page could not be shown: {message}</p>
    </Page>
  );
}
