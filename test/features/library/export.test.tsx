import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseArticleJson, type Article } from '@/article';
import { ExportActions } from '@/features/library';
import { claimsJsonLd, csvCell, quotesCsv, type ExportFile } from '@/features/library/lib/export';
import { parseArticle } from '@/parser';
import { checkA11y } from '../../a11y';
import { seedArticle } from '../../fixtures/app/seed-article';
import { thoughtArticle } from '../../fixtures/app/thought-article';

/** Splits RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const hostile: Article = parseArticle(
  [
    'Row test',
    '',
    '1 May 2024',
    '',
    '"=HYPERLINK(""http://x"")," said Jane Doe, a "quoted", comma, spokeswoman.',
    '',
    '"-2+3," said Jane Doe.',
    '',
    '"@SUM(A1)," said Jane Doe.',
  ].join('\n'),
  { id: 'row-test' },
);

describe('quotes CSV', () => {
  it('has the columns and one row per quote with speaker, role, kind, act, cue, text and paragraph', () => {
    const rows = readCsv(quotesCsv(seedArticle));
    expect(rows[0]).toEqual(['speaker', 'role', 'kind', 'act', 'cue', 'text', 'paragraph']);
    expect(rows).toHaveLength(seedArticle.quotes.length + 1);
    const rubbish = rows.find((row) => row[5]?.includes('rubbish'));
    expect(rubbish?.[0]).toBe('John Dorrian');
    expect(rubbish?.[2]).toBe('direct');
    expect(rubbish?.[3]).toBe('speech');
    expect(Number(rubbish?.[6])).toBeGreaterThan(0);
  });

  it('says in the act column which rows are thoughts', () => {
    const rows = readCsv(quotesCsv(thoughtArticle)).slice(1);
    expect(rows.map((row) => [row[0], row[3], row[4]])).toEqual([
      ['Barack Obama', 'thought', 'believed'],
      ['Barack Obama', 'speech', 'called'],
      ['Sean Spicer', 'speech', 'said'],
    ]);
  });

  it('escapes quotes, commas and line breaks, and defuses formulas', () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(null)).toBe('');
    expect(hostile.quotes.filter((q) => /^[=+\-@]/.test(q.text)).length).toBeGreaterThanOrEqual(2);
    const cells = readCsv(quotesCsv(hostile))
      .slice(1)
      .map((row) => row[5]);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('claims JSON-LD', () => {
  it('is a schema.org graph of ClaimReview items with claimReviewed, author, datePublished and appearance', () => {
    const doc = claimsJsonLd(seedArticle) as { '@context': string; '@graph': Record<string, unknown>[] };
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(seedArticle.claims.length);
    const first = doc['@graph'][0] as {
      '@type': string;
      claimReviewed: string;
      datePublished: string;
      itemReviewed: { '@type': string; author?: { name: string }; appearance: { '@type': string; headline: string } };
    };
    expect(first['@type']).toBe('ClaimReview');
    expect(first.claimReviewed).toBe(seedArticle.claims[0]?.text);
    expect(first.datePublished).toBe(seedArticle.published);
    expect(first.itemReviewed['@type']).toBe('Claim');
    expect(first.itemReviewed.appearance).toMatchObject({ '@type': 'NewsArticle', headline: seedArticle.title });
    const speaker = seedArticle.speakers.find((s) => s.id === seedArticle.claims[0]?.speakerId);
    if (speaker) expect(first.itemReviewed.author?.name).toBe(speaker.name);
  });
});

describe('claims JSON-LD of an article with thoughts', () => {
  it('reviews spoken claims only: a claim carried by a thought alone is left out', () => {
    const doc = claimsJsonLd(thoughtArticle) as { '@graph': { claimReviewed: string }[] };
    expect(doc['@graph'].map((item) => item.claimReviewed)).toEqual([
      'The US and Russia have a shared national interest in fighting ISIS.',
    ]);
  });
});

describe('ExportActions', () => {
  it('offers the Article JSON, the quotes CSV and the claims JSON-LD for download', async () => {
    const files: ExportFile[] = [];
    render(<ExportActions article={seedArticle} onDownload={(file) => files.push(file)} />);
    const group = screen.getByRole('group', { name: 'Export' });
    expect(group).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Article JSON' }));
    await userEvent.click(screen.getByRole('button', { name: 'Quotes CSV' }));
    await userEvent.click(screen.getByRole('button', { name: /Claims JSON-LD/ }));
    // The exporters load on the first click.
    await waitFor(() => expect(files).toHaveLength(3));
    expect(files.map((f) => f.name)).toEqual([
      `${seedArticle.id}.json`,
      `${seedArticle.id}-quotes.csv`,
      `${seedArticle.id}-claims.jsonld`,
    ]);
    const json = parseArticleJson(files[0]?.content ?? '');
    expect(json.ok && json.article).toEqual(seedArticle);
    expect(files[1]?.content).toMatch(/^\uFEFFspeaker,role,kind,act,cue,text,paragraph\r\n/);
    expect(JSON.parse(files[2]?.content ?? '{}')).toEqual(claimsJsonLd(seedArticle));
  });

  it('downloads through an object URL by default', async () => {
    const created = vi.fn((blob: Blob) => {
      expect(blob.type).toBe('application/json');
      return 'blob:test';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ExportActions article={seedArticle} />);
    await userEvent.click(screen.getByRole('button', { name: 'Article JSON' }));
    await waitFor(() => expect(created).toHaveBeenCalledOnce());
    expect(click).toHaveBeenCalledOnce();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(`${seedArticle.id}.json`);
    vi.unstubAllGlobals();
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<ExportActions article={seedArticle} onDownload={() => {}} />);
    await checkA11y(container);
  });
});
