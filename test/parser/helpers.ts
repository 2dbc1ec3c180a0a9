/** Shared helpers for parser tests: read a fixture, slice spans, find quotes. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Quote, Span } from '@/article';
import { parseArticle } from '@/parser';

export function readFixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
}

export function parseFixture(name: string, published?: string): Article {
  return parseArticle(readFixture(`test/fixtures/articles/${name}.txt`), { id: name, published: published ?? null });
}

/** The text a span covers. */
export function slice(article: Article, span: Span | null): string | null {
  if (!span) return null;
  const block = article.blocks.find((b) => b.id === span.blockId);
  if (!block) throw new Error(`no block ${span.blockId}`);
  return block.text.slice(span.start, span.end);
}

/** The one quote whose text starts with `start`; fails the test when there is none or several. */
export function quoteStarting(article: Article, start: string): Quote {
  const found = article.quotes.filter((q) => q.text.startsWith(start));
  if (found.length !== 1)
    throw new Error(
      `expected one quote starting "${start}", found ${found.length}: ${article.quotes.map((q) => q.text.slice(0, 30)).join(' | ')}`,
    );
  return found[0] as Quote;
}

/** The block whose text starts with `start`. */
export function blockStarting(article: Article, start: string) {
  const block = article.blocks.find((b) => b.text.startsWith(start));
  if (!block) throw new Error(`no block starting "${start}"`);
  return block;
}

/** Parses a title and paragraphs; returns each quote as [kind, text, speaker name, cue]. */
export function quotesOf(...paragraphs: string[]): [string, string, string | null, string | null][] {
  const article = parseArticle(['Title of the story', ...paragraphs].join('\n\n'), { id: 't' });
  const names = new Map(article.speakers.map((s) => [s.id, s.name]));
  return article.quotes.map((q) => [q.kind, q.text, q.speakerId ? (names.get(q.speakerId) ?? null) : null, q.cue]);
}
