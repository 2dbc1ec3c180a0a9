/** What shows while the first page's data loads. */
export function Loading() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16" aria-busy="true">
      <p role="status" className="text-muted">
        Loading…
      </p>
    </div>
  );
}
