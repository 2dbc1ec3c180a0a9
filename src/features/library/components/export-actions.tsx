import { useId } from 'react';
import type { Article } from '@/article';
import { articleJsonFile, claimsJsonLdFile, downloadFile, quotesCsvFile, type ExportFile } from '../lib/export';

export type ExportActionsProps = {
  /** The article the reader shows. */
  article: Article;
  /** Receives each file to save; the browser download by default. */
  onDownload?: (file: ExportFile) => void;
};

const BUTTON = 'rounded-md border border-line bg-surface px-2.5 py-1 font-sans text-sm font-medium hover:bg-paper';

/**
 * Export in the reader, under the article header: the Article JSON (which
 * `/` can import back), the quotes as CSV for a spreadsheet, and the claims
 * as schema.org ClaimReview JSON-LD. Hidden in print.
 */
export function ExportActions({ article, onDownload = downloadFile }: ExportActionsProps) {
  const id = useId();
  const claims = article.claims.length;
  return (
    <div
      role="group"
      aria-labelledby={id}
      className="my-4 flex flex-wrap items-center gap-2 font-sans text-sm print:hidden"
    >
      <span id={id} className="text-muted">
        Export
      </span>
      <button type="button" className={BUTTON} onClick={() => onDownload(articleJsonFile(article))}>
        Article JSON
      </button>
      <button type="button" className={BUTTON} onClick={() => onDownload(quotesCsvFile(article))}>
        Quotes CSV
      </button>
      <button type="button" className={BUTTON} onClick={() => onDownload(claimsJsonLdFile(article))}>
        Claims JSON-LD{claims === 0 ? ' (none)' : ''}
      </button>
    </div>
  );
}
