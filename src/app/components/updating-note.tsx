/** A short note while a page shows people from a view that is being brought up to date. */
export function UpdatingNote({ updating }: { updating: boolean }) {
  if (!updating) return null;
  return (
    <p role="status" className="mt-2 text-sm text-muted">
      Updating…
    </p>
  );
}
