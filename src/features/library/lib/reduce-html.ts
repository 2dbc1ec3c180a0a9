/**
 * HTML to whosaid plain text: the page is read with DOMParser (an inert
 * document: its scripts never run, its event handlers never fire, its images
 * and frames never load), reduced to the article with @mozilla/readability,
 * and written out as the parser's input: the title line, a date line, a
 * byline, then the paragraphs, subheadings and captions separated by blank
 * lines. Only text is taken from the markup; nothing from it is ever put into
 * the live page.
 */
import { Readability } from '@mozilla/readability';

/** Block texts the markup marks as subheadings or captions, to keep their kind after parsing. */
export type BlockHints = {
  headings: string[];
  captions: string[];
};

type ReducedHtml = {
  /** whosaid plain text: title line, date line, byline, blank-line-separated blocks. */
  text: string;
  /** The publication date-time from the page's metadata (ISO 8601), or null when it gives none. */
  published: string | null;
  hints: BlockHints;
};

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
/** Leaf blocks of text, in document order. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, figcaption, li, blockquote, pre, dt, dd, td';
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Collapses runs of blank space; the parser reads one block per paragraph. */
function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A metadata date as the Article schema wants it: the ISO prefix when the
 * value starts with one (`2017-01-24T22:40:00+00:00`), else any date the
 * browser can read, as a calendar date; null when there is none.
 */
export function normalizePublished(value: string | null | undefined): string | null {
  const text = clean(value);
  if (!text) return null;
  // An offset without a colon (`+0530`) is written `+05:30`, as ISO 8601's extended form wants.
  const compactOffset = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-]\d{2})(\d{2})$/.exec(text);
  if (compactOffset) return `${compactOffset[1]}${compactOffset[2]}:${compactOffset[3]}`;
  const iso = ISO.exec(text);
  if (iso) return iso[0];
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Metadata Readability does not read: `<time datetime>`, `<meta name="date">` and friends. */
function fallbackPublished(doc: Document): string | null {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
  ];
  for (const selector of selectors) {
    const value = normalizePublished(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  const time = doc.querySelector('time[datetime]');
  return normalizePublished(time?.getAttribute('datetime'));
}

/** The leaf text blocks under `root` in document order, with their kind. */
function readBlocks(root: Element): { text: string; kind: 'paragraph' | 'heading' | 'caption' }[] {
  const blocks: { text: string; kind: 'paragraph' | 'heading' | 'caption' }[] = [];
  for (const element of Array.from(root.querySelectorAll(BLOCKS))) {
    // A block inside another one (a <p> in a <blockquote> or <li>) is read once, at the leaf.
    if (element.querySelector(BLOCKS)) continue;
    const text = clean(element.textContent);
    if (!text) continue;
    const kind = HEADINGS.has(element.tagName)
      ? 'heading'
      : element.tagName === 'FIGCAPTION' || element.closest('figcaption')
        ? 'caption'
        : 'paragraph';
    blocks.push({ text, kind });
  }
  if (blocks.length === 0) {
    for (const part of (root.textContent ?? '').split(/\n\s*\n/)) {
      const text = clean(part);
      if (text) blocks.push({ text, kind: 'paragraph' });
    }
  }
  return blocks;
}

/** Removes what is never article text, for the fallback when Readability finds no article. */
function stripNonText(doc: Document): void {
  for (const element of Array.from(
    doc.querySelectorAll(
      'script, style, noscript, template, iframe, object, embed, svg, nav, header, footer, aside, form',
    ),
  )) {
    element.remove();
  }
}

/** Reads an HTML page into whosaid plain text; throws when there is no text at all. */
export function reduceHtml(html: string): ReducedHtml {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const metaPublished = fallbackPublished(doc);
  const docTitle = clean(doc.querySelector('h1')?.textContent) || clean(doc.title);

  // Readability changes the document it reads, so it gets its own copy.
  const copy = doc.cloneNode(true) as Document;
  const reader = new Readability<Element>(copy, { serializer: (node) => node as Element, charThreshold: 200 });
  const parsed = (() => {
    try {
      return reader.parse();
    } catch {
      return null;
    }
  })();

  let blocks: ReturnType<typeof readBlocks>;
  if (parsed?.content) {
    blocks = readBlocks(parsed.content);
  } else {
    stripNonText(doc);
    blocks = doc.body ? readBlocks(doc.body) : [];
  }

  const title = clean(parsed?.title) || docTitle || blocks.find((b) => b.kind === 'heading')?.text || '';
  // The title is its own line; drop the same words when the body repeats them as a heading.
  blocks = blocks.filter((block, i) => !(i < 2 && block.kind === 'heading' && block.text === title));
  if (!title && blocks.length === 0) throw new Error('the page has no article text');

  const published = normalizePublished(parsed?.publishedTime) ?? metaPublished;
  const byline = clean(parsed?.byline).replace(/^by\s+/i, '');
  const lines = [title || (blocks[0]?.text ?? '')];
  if (published) lines.push(published);
  if (byline && byline.length <= 100) lines.push(`By ${byline}`);
  const body = title ? blocks : blocks.slice(1);
  const text = `${lines.join('\n')}\n\n${body.map((b) => b.text).join('\n\n')}\n`;
  return {
    text,
    published,
    hints: {
      headings: body.filter((b) => b.kind === 'heading').map((b) => b.text),
      captions: body.filter((b) => b.kind === 'caption').map((b) => b.text),
    },
  };
}
