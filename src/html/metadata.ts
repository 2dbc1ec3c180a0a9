/**
 * What a page says about itself, beyond what Readability reads: JSON-LD
 * (`NewsArticle`, `Article`, `BlogPosting`…: `headline`, `datePublished`,
 * `dateModified`, `author`, `publisher`), Open Graph and `article:` tags,
 * common meta names (`author`, `byl`, `parsely-pub-date`, `dc.date`…) and
 * `<time datetime>`. Each value is taken from the first source that has it.
 */

export type PageMetadata = {
  title: string | null;
  /** ISO 8601 as the page gives it (`2019-01-03T07:00:02Z`), or null. */
  published: string | null;
  modified: string | null;
  /** Person names, in the page's order; URLs and organisations are left out. */
  authors: string[];
  siteName: string | null;
};

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/;

/** Collapses runs of blank space. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A metadata date as the Article schema wants it: the ISO prefix when the
 * value starts with one (an offset without a colon, `+0530`, gets one), else
 * a date in words read as a calendar date; null when there is none. Never
 * today's date.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const text = clean(value);
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) return iso[0].replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  // Date.parse reads a date without an offset as local time; its fields are that date.
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: Json | undefined): string | null {
  if (typeof value === 'string') return clean(value) || null;
  if (Array.isArray(value)) return asString(value[0]);
  return null;
}

function types(node: { [key: string]: Json }): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting)$/;
const URL_LIKE = /^(https?:|www\.|\/)/i;

/** Person names from a JSON-LD `author`: a string, a Person, or a list of them. */
function authorNames(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') names.push(clean(item));
    else if (isObject(item) && !types(item).includes('Organization')) {
      const name = asString(item.name);
      if (name) names.push(name);
    }
  }
  return names.filter((name) => name && !URL_LIKE.test(name));
}

/** Every object in a JSON-LD document, `@graph` arrays and nesting included. */
function* walk(value: Json, depth = 0): Generator<{ [key: string]: Json }> {
  if (depth > 8) return;
  if (Array.isArray(value)) for (const item of value) yield* walk(item, depth + 1);
  else if (isObject(value)) {
    yield value;
    if (value['@graph'] !== undefined) yield* walk(value['@graph'], depth + 1);
    if (value.mainEntity !== undefined) yield* walk(value.mainEntity, depth + 1);
  }
}

/** The first article object of the page's JSON-LD blocks; a block that is not JSON is skipped. */
function jsonLdArticle(doc: Document): { [key: string]: Json } | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    for (const node of walk(data)) if (types(node).some((t) => ARTICLE_TYPE.test(t))) return node;
  }
  return null;
}

function meta(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const element =
      doc.querySelector(`meta[property="${name}"]`) ??
      doc.querySelector(`meta[name="${name}"]`) ??
      doc.querySelector(`meta[itemprop="${name}"]`);
    const value = clean(element?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** Reads the page's metadata. */
export function readMetadata(doc: Document): PageMetadata {
  const ld = jsonLdArticle(doc);
  const publisher = ld && isObject(ld.publisher) ? asString(ld.publisher.name) : null;
  const published =
    normalizeDate(asString(ld?.datePublished)) ??
    normalizeDate(
      meta(doc, [
        'article:published_time',
        'og:published_time',
        'datePublished',
        'parsely-pub-date',
        'sailthru.date',
        'pubdate',
        'publishdate',
        'publish-date',
        'date',
        'dc.date',
        'dc.date.issued',
        'DC.date.issued',
        'article.published',
        'dcterms.created',
      ]),
    ) ??
    normalizeDate(
      (
        doc.querySelector('time[pubdate]') ??
        doc.querySelector('article time[datetime]') ??
        doc.querySelector('time[datetime]')
      )?.getAttribute('datetime'),
    );
  const modified =
    normalizeDate(asString(ld?.dateModified)) ?? normalizeDate(meta(doc, ['article:modified_time', 'dateModified']));
  let authors = ld ? authorNames(ld.author) : [];
  if (authors.length === 0) {
    const named = meta(doc, ['author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'article:author']);
    if (named && !URL_LIKE.test(named)) authors = [named.replace(/^by\s+/i, '')];
  }
  return {
    title: asString(ld?.headline) ?? meta(doc, ['og:title', 'twitter:title']),
    published,
    modified,
    authors,
    siteName: meta(doc, ['og:site_name']) ?? publisher,
  };
}

/** Class or id words of a byline element, as Readability reads them. */
const BYLINE_NAMES = /byline|author|dateline|writtenby|p-author/i;

/**
 * The page's byline as Readability finds it (the first element marked as the
 * author by `rel`, `itemprop`, class or id, with under 100 characters of
 * text), read before clutter removal: the byline often sits inside an author
 * box that clutter removal takes out.
 */
export function readByline(doc: Document): string | null {
  for (const element of Array.from(doc.querySelectorAll('[rel="author"], [itemprop*="author"], [class], [id]'))) {
    const marked =
      element.getAttribute('rel') === 'author' ||
      (element.getAttribute('itemprop') ?? '').includes('author') ||
      BYLINE_NAMES.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
    if (!marked) continue;
    // A box that holds a marked name (`<div class="authorinfo">… <span itemprop="author">`) gives the name only.
    const inner = element.querySelector(
      '[rel="author"], [itemprop*="author"], [class*="author" i], [class*="byline" i]',
    );
    const text = clean((inner ?? element).textContent);
    if (text.length > 0 && text.length < 100 && /\p{L}/u.test(text)) return text;
  }
  return null;
}
