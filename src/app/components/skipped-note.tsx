import type { SkippedDocument } from '../library-articles';

/** A note naming the documents the cross-article pages left out, when there are any. */
export function SkippedNote({ skipped }: { skipped: readonly SkippedDocument[] }) {
  if (skipped.length === 0) return null;
  return (
    <p className="mt-4 rounded-md border border-denial p-3 text-sm">
      {skipped.length === 1 ? 'One document was' : `${skipped.length} documents were`} left out because they could not
      be read: {skipped.map((s) => `${s.document} (${s.field}: ${s.message})`).join('; ')}.
    </p>
  );
}
