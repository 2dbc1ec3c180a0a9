import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '@/parser';
import { normalizePublished, reduceHtml } from '@/features/library/lib/reduce-html';
import { libraryFixture } from '../../fixtures/library/files';

const fixture = libraryFixture;

describe('reduceHtml', () => {
  it('writes the title, metadata date, byline and blocks as whosaid text', () => {
    const reduced = reduceHtml(fixture('bridge.html'));
    const lines = reduced.text.split('\n');
    expect(lines[0]).toBe('Ferry service to replace bridge');
    expect(reduced.published).toBe('2024-03-14T08:30:00+00:00');
    expect(reduced.text).toContain('By Ana Ruiz');
    expect(reduced.text).toContain('"We have hired two boats and six crew," said Maria Lopez');
    expect(reduced.text).not.toMatch(/Home|Copyright/);
    expect(reduced.hints.captions).toEqual(['The ferry will dock at Gunwharf Quays']);
    expect(reduced.hints.headings).toEqual(['Traders worried']);
  });

  it('gives text the parser reads: quotes, speakers and the date', () => {
    const reduced = reduceHtml(fixture('bridge.html'));
    const article = parseArticle(reduced.text, { id: 'ferry', published: reduced.published });
    expect(article.title).toBe('Ferry service to replace bridge');
    expect(article.published).toBe('2024-03-14T08:30:00+00:00');
    expect(article.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Maria Lopez', 'Tom Baker']));
    expect(article.quotes.some((q) => q.text.includes('Nobody will be stranded.'))).toBe(true);
  });

  it('runs no script, handler or link from hostile HTML and keeps only its text', () => {
    const win = window as unknown as { __pwned?: unknown };
    delete win.__pwned;
    const onError = vi.fn();
    window.addEventListener('error', onError);
    const reduced = reduceHtml(fixture('hostile.html'));
    window.removeEventListener('error', onError);
    expect(win.__pwned).toBeUndefined();
    expect(document.title).not.toBe('pwned');
    expect(reduced.text).not.toMatch(/__pwned|<script|javascript:|onerror|display: none/);
    expect(reduced.text).toContain('"There is no plan to sell the pier," said council spokesman David Cole.');
    expect(reduced.published).toBe('2024-04-02');
  });

  it('falls back to the page text when Readability finds no article', () => {
    const reduced = reduceHtml('<html><body><h1>Short note</h1><div>"Yes," she said.</div></body></html>');
    expect(reduced.text.split('\n')[0]).toBe('Short note');
    expect(reduced.text).toContain('"Yes," she said.');
  });

  it('refuses a page without any text', () => {
    expect(() => reduceHtml('<html><body><script>1</script></body></html>')).toThrow(/no article text/);
  });
});

describe('normalizePublished', () => {
  it('keeps ISO dates, mends compact offsets, reads other dates as calendar dates', () => {
    expect(normalizePublished('2017-01-24T22:40:00Z')).toBe('2017-01-24T22:40:00Z');
    expect(normalizePublished('2017-01-24T22:40:00+0530')).toBe('2017-01-24T22:40:00+05:30');
    expect(normalizePublished('January 24, 2017')).toBe('2017-01-24');
    expect(normalizePublished('not a date')).toBeNull();
    expect(normalizePublished(null)).toBeNull();
  });
});
