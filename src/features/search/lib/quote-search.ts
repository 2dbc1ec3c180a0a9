/**
 * Full-text search over every quote in the library with MiniSearch: words
 * folded to lower case without accents, the last word matched as a prefix
 * (so results come as one types), longer words forgiving a typo, all words
 * required. Filters by speaker, kind and date range apply to the hits, and
 * an empty query lists every quote the filters let through.
 */
import MiniSearch from 'minisearch';
import type { QuoteKind } from '@/article';

/** One quote as the search sees it. */
export type QuoteDoc = {
  /** `<articleId>/<quoteId>`, unique in the library. */
  id: string;
  articleId: string;
  articleTitle: string;
  /** The article's published date-time, or null. */
  published: string | null;
  quoteId: string;
  /** The quoted words. */
  text: string;
  kind: QuoteKind;
  /** The speaker's entry id across the library, or null when nobody is named. */
  speakerId: string | null;
  /** The speaker's name as the library lists it, or `Unknown speaker`. */
  speakerName: string;
};

/** What the person asked for: all of it lives in the URL. */
export type SearchFilters = {
  /** The words typed; may be empty. */
  q: string;
  /** Only quotes by this speaker entry. */
  speaker: string | null;
  /** Only quotes of this kind. */
  kind: QuoteKind | null;
  /** Only quotes from articles published on or after this day, `YYYY-MM-DD`. */
  from: string | null;
  /** Only quotes from articles published on or before this day, `YYYY-MM-DD`. */
  to: string | null;
};

/** A quote that matched, with the document words that made it match (for highlighting). */
type QuoteHit = { doc: QuoteDoc; terms: readonly string[] };

/** Lower case, accents removed: how both the index and the highlighter compare words. */
function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Words as MiniSearch's default tokenizer cuts them: runs without spaces or punctuation. */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

type QuoteIndex = { search: MiniSearch<QuoteDoc>; docs: readonly QuoteDoc[]; byId: Map<string, QuoteDoc> };

/** Indexes the quotes' words. Build once per library; searching is then instant. */
export function createQuoteIndex(docs: readonly QuoteDoc[]): QuoteIndex {
  const search = new MiniSearch<QuoteDoc>({
    fields: ['text'],
    storeFields: [],
    processTerm: (term) => foldWord(term),
  });
  search.addAll(docs);
  return { search, docs, byId: new Map(docs.map((doc) => [doc.id, doc])) };
}

const day = (published: string | null) => (published ? published.slice(0, 10) : null);

function passes(doc: QuoteDoc, filters: SearchFilters): boolean {
  if (filters.speaker && doc.speakerId !== filters.speaker) return false;
  if (filters.kind && doc.kind !== filters.kind) return false;
  if (filters.from || filters.to) {
    const d = day(doc.published);
    if (!d) return false;
    if (filters.from && d < filters.from) return false;
    if (filters.to && d > filters.to) return false;
  }
  return true;
}

/** Oldest article first, undated last, then reading order. */
function byDate(a: QuoteDoc, b: QuoteDoc): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published.localeCompare(b.published);
  }
  if (a.articleId !== b.articleId) return a.articleId.localeCompare(b.articleId);
  return (
    Number(a.quoteId.replace(/\D/g, '')) - Number(b.quoteId.replace(/\D/g, '')) || a.quoteId.localeCompare(b.quoteId)
  );
}

/** The quotes that match, best first (or in date order for an empty query). */
export function searchQuotes(index: QuoteIndex, filters: SearchFilters): QuoteHit[] {
  const query = filters.q.trim();
  if (!query)
    return index.docs
      .filter((doc) => passes(doc, filters))
      .sort(byDate)
      .map((doc) => ({ doc, terms: [] }));
  const results = index.search.search(query, {
    combineWith: 'AND',
    prefix: (_term, i, terms) => i === terms.length - 1,
    fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  });
  // "in quotation marks": the words must stand together, in that order.
  const quoted = /^["“”].*\S.*["“”]$/.exec(query) ? foldWord(stripMarks(query)) : null;
  const hits: QuoteHit[] = [];
  for (const result of results) {
    const doc = index.byId.get(String(result.id));
    if (!doc || !passes(doc, filters)) continue;
    if (quoted && !foldWord(doc.text).replace(/\s+/g, ' ').includes(quoted.replace(/\s+/g, ' '))) continue;
    hits.push({ doc, terms: result.terms });
  }
  return hits;
}

/** The query without surrounding quotation marks. */
const stripMarks = (query: string) =>
  query
    .trim()
    .replace(/^["“”]+|["“”]+$/g, '')
    .trim();

/** A piece of a quote's text, marked when it matched. */
type Segment = { text: string; match: boolean };

/**
 * Cuts a quote's text into plain and matching pieces: the whole query where
 * it stands in the text as typed, or else every word the search matched.
 * The pieces joined give the text back unchanged.
 */
export function highlight(text: string, query: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  const phrase = stripMarks(query);
  const lower = text.toLowerCase();
  if (phrase.includes(' ') && lower.length === text.length) {
    const at = lower.indexOf(phrase.toLowerCase());
    if (at >= 0) {
      push(text.slice(0, at), false);
      push(text.slice(at, at + phrase.length), true);
      push(text.slice(at + phrase.length), false);
      return segments;
    }
  }
  const wanted = new Set(terms);
  let end = 0;
  for (const word of text.matchAll(WORD)) {
    const start = word.index;
    push(text.slice(end, start), false);
    push(word[0], wanted.has(foldWord(word[0])));
    end = start + word[0].length;
  }
  push(text.slice(end), false);
  return segments;
}
