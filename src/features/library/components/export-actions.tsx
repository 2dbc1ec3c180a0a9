import { useId } from 'react';
import type { Article } from '@/article';
import type { ExportFile } from '../lib/export';

/** The exporters load on the first click, not with the reader (they are not needed to read). */
const loadExport = () => import('../lib/export');
type Exporter = 'articleJsonFile' | 'quotesCsvFile' | 'claimsJsonLdFile';

export type ExportActionsProps = {
  /** The article the reader shows. */
  article: Article;
  /** Receives each file to save (once the exporters have loaded); the browser download by default. */
  onDownload?: (file: ExportFile) => void;
};

const BUTTON = 'rounded-md border border-line bg-surface px-2.5 py-1 font-sans text-sm font-medium hover:bg-paper';

/**
 * Export in the reader, under the article header: the Article JSON (which
 * `/` can import back), the quotes as CSV for a spreadsheet, and the claims
 * as schema.org ClaimReview JSON-LD. Hidden in print.
 */
export function ExportActions({ article, onDownload }: ExportActionsProps) {
  const id = useId();
  const save = (exporter: Exporter) =>
    void loadExport().then((module) => (onDownload ?? module.downloadFile)(module[exporter](article)));
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
      <button type="button" className={BUTTON} onClick={() => save('articleJsonFile')}>
        Article JSON
      </button>
      <button type="button" className={BUTTON} onClick={() => save('quotesCsvFile')}>
        Quotes CSV
      </button>
      <button type="button" className={BUTTON} onClick={() => save('claimsJsonLdFile')}>
        Claims JSON-LD{claims === 0 ? ' (none)' : ''}
      </button>
    </div>
  );
}
