/**
 * What the reader exports: the Article JSON as the command line writes it,
 * the quotes as CSV, and the claims as schema.org ClaimReview-shaped JSON-LD.
 */
import type { Article, Claim, Speaker } from '@/article';

/** A file to download. */
export type ExportFile = { name: string; type: string; content: string };

/** The Article JSON: 2-space indented with a final newline, like `npm run parse`. */
export function articleJsonFile(article: Article): ExportFile {
  return { name: `${article.id}.json`, type: 'application/json', content: `${JSON.stringify(article, null, 2)}\n` };
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line
 * break. A cell that starts with `=`, `+`, `-`, `@` (or a tab or carriage
 * return) is prefixed with `'`, so a spreadsheet shows it as text instead of
 * running it as a formula.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const QUOTE_CSV_COLUMNS = ['speaker', 'role', 'kind', 'cue', 'text', 'paragraph'] as const;

/**
 * The quotes, one row each in reading order. `paragraph` is the 1-based
 * number of the body block (paragraph, subheading or caption) the quote
 * starts in.
 */
export function quotesCsv(article: Article): string {
  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const blockNumber = new Map(article.blocks.map((b, i) => [b.id, i + 1]));
  const rows = [QUOTE_CSV_COLUMNS.join(',')];
  for (const quote of article.quotes) {
    const speaker = quote.speakerId ? speakers.get(quote.speakerId) : undefined;
    const first = quote.spans[0];
    rows.push(
      [
        speaker?.name ?? null,
        speaker?.role ?? null,
        quote.kind,
        quote.cue,
        quote.text,
        first ? (blockNumber.get(first.blockId) ?? null) : null,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function quotesCsvFile(article: Article): ExportFile {
  // The byte-order mark lets spreadsheets read the file as UTF-8 (curly quotes, accents).
  return { name: `${article.id}-quotes.csv`, type: 'text/csv;charset=utf-8', content: `\uFEFF${quotesCsv(article)}` };
}

function agent(speaker: Speaker | undefined) {
  if (!speaker) return undefined;
  return {
    '@type': speaker.kind === 'person' ? 'Person' : 'Organization',
    name: speaker.name,
    ...(speaker.role ? { description: speaker.role } : {}),
  };
}

/**
 * The claims and denials as schema.org `ClaimReview` items in one JSON-LD
 * graph. Each names the words (`claimReviewed`), the date (`datePublished`,
 * the article's), and the `Claim` it is about with its `author` (the speaker)
 * and its `appearance` (the article). A denial's claim says which claim it
 * answers. whosaid reports what was said and rates nothing, so there is no
 * `reviewRating`.
 */
export function claimsJsonLd(article: Article): object {
  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const claims = new Map(article.claims.map((c) => [c.id, c]));
  const appearance = {
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
  };
  const item = (claim: Claim) => {
    const speaker = claim.speakerId ? speakers.get(claim.speakerId) : undefined;
    const answered = claim.respondsTo ? claims.get(claim.respondsTo) : undefined;
    return {
      '@type': 'ClaimReview',
      '@id': `#${claim.id}`,
      claimReviewed: claim.text,
      ...(article.published ? { datePublished: article.published } : {}),
      author: { '@type': 'Organization', name: 'whosaid' },
      itemReviewed: {
        '@type': 'Claim',
        ...(agent(speaker) ? { author: agent(speaker) } : {}),
        ...(article.published ? { datePublished: article.published } : {}),
        appearance,
        ...(claim.stance === 'denial'
          ? {
              description: answered ? `Denies: ${answered.text}` : 'A denial',
              ...(answered ? { isBasedOn: `#${answered.id}` } : {}),
            }
          : {}),
      },
    };
  };
  return { '@context': 'https://schema.org', '@graph': article.claims.map(item) };
}

export function claimsJsonLdFile(article: Article): ExportFile {
  return {
    name: `${article.id}-claims.jsonld`,
    type: 'application/ld+json',
    content: `${JSON.stringify(claimsJsonLd(article), null, 2)}\n`,
  };
}

/** Offers a file for download through a temporary object URL. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
