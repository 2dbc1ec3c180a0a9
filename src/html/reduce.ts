/**
 * An HTML page to whosaid plain text. The markup is measured first (nesting
 * and size, on the raw text), then parsed with linkedom (a DOM that needs no
 * browser document: the same code runs in the app's Web Worker and in Node,
 * and the page's markup never meets a document that enforces the app's
 * Content Security Policy, runs a script or loads an image), cleared of
 * clutter and embedded posts, and reduced to the article with Readability.
 * Only text is taken from it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { clutterReason, removeClutterElements, removeFootnoteMarkers, repeatedTexts, splitCredit } from './clutter';
import { replaceEmbeds } from './embeds';
import { isEnglish } from './language';
import { MAX_DEPTH, MAX_ELEMENTS, measureMarkup } from './limits';
import { clean, normalizeDate, readByline, readMetadata } from './metadata';

/** A page whosaid won't read, with a message that says why in a reader's words. */
export class PageError extends Error {
  override name = 'PageError';
}

/** Block texts the markup marks as subheadings, captions or photo credits, to keep their kind after parsing. */
export type BlockHints = {
  headings: string[];
  captions: string[];
  credits?: string[];
};

export type ReducedPage = {
  /** whosaid plain text: title line, date line, byline, blank-line-separated blocks. */
  text: string;
  /** The publication date-time from the page's metadata (ISO 8601), or null when it gives none. */
  published: string | null;
  /** The site's name from its metadata (`the Guardian`), or null. */
  siteName: string | null;
  hints: BlockHints;
};

/** Stages of the work, for a progress line. */
export type ReduceStage = 'measuring' | 'reading markup' | 'finding the article';

type Kind = 'paragraph' | 'heading' | 'caption' | 'credit';
type RawBlock = { text: string; kind: Kind; linkText: number };

/** Leaf blocks of text, in document order. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, figcaption, li, blockquote, pre, dt, dd, td';
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements inside a caption that hold its credit. */
const CREDIT_ELEMENT =
  '[class*="credit" i], [class*="copyright" i], [class*="photographer" i], [itemprop="copyrightHolder"]';

function linkTextOf(element: Element): number {
  let total = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) total += clean(link.textContent).length;
  return total;
}

/** A caption as a caption block and, when it names one, a credit block. */
function captionBlocks(element: Element): RawBlock[] {
  const creditElements = Array.from(element.querySelectorAll(CREDIT_ELEMENT));
  const marked = creditElements.map((e) => clean(e.textContent)).filter(Boolean);
  for (const e of creditElements) e.remove();
  const split = splitCredit(clean(element.textContent));
  const credits = [...(split.credit ? [split.credit] : []), ...marked];
  const out: RawBlock[] = split.caption ? [{ text: split.caption, kind: 'caption', linkText: 0 }] : [];
  for (const credit of credits) out.push({ text: credit, kind: 'credit', linkText: 0 });
  return out;
}

/** The leaf text blocks under `root` in document order, with their kind. */
function readBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const element of Array.from(root.querySelectorAll(BLOCKS))) {
    // A block inside another one (a <p> in a <blockquote> or <li>) is read once, at the leaf.
    if (element.querySelector(BLOCKS)) continue;
    if (element.tagName === 'FIGCAPTION' || element.closest('figcaption')) {
      blocks.push(...captionBlocks(element));
      continue;
    }
    const text = clean(element.textContent);
    if (!text) continue;
    blocks.push({ text, kind: HEADINGS.has(element.tagName) ? 'heading' : 'paragraph', linkText: linkTextOf(element) });
  }
  if (blocks.length === 0) {
    for (const part of (root.textContent ?? '').split(/\n\s*\n/)) {
      const text = clean(part);
      if (text) blocks.push({ text, kind: 'paragraph', linkText: 0 });
    }
  }
  return blocks;
}

/** Drops clutter blocks (see clutter.ts) and the repeats of the title and byline. */
function keepArticleBlocks(blocks: RawBlock[], title: string, byline: string): RawBlock[] {
  const repeated = repeatedTexts(blocks.map((b) => b.text));
  return blocks.filter((block, i) => {
    if (block.kind === 'credit') return true;
    if (repeated.has(block.text)) return false;
    if (i < 3 && block.kind === 'heading' && block.text === title) return false;
    if (byline && block.text.replace(/^by\s+/i, '') === byline && block.text.length < 120) return false;
    return clutterReason(block.text, block.linkText, block.kind) === null;
  });
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

/** Refuses markup past the limits, before any tree is built. */
export function checkMarkup(html: string): void {
  const shape = measureMarkup(html);
  if (shape.depth > MAX_DEPTH)
    throw new PageError(
      `the page’s markup is nested more than ${MAX_DEPTH} levels deep, far deeper than any article page, so whosaid does not read it`,
    );
  if (shape.elements > MAX_ELEMENTS)
    throw new PageError(
      `the page has more than ${MAX_ELEMENTS.toLocaleString('en-US')} elements, far more than any article page, so whosaid does not read it`,
    );
}

/**
 * Reads an HTML page into whosaid plain text. Throws a PageError when the
 * page is past the limits, has no article text, or is not in English.
 * `onStage` hears of each stage as it starts.
 */
export function reducePage(html: string, onStage: (stage: ReduceStage) => void = () => {}): ReducedPage {
  onStage('measuring');
  checkMarkup(html);
  onStage('reading markup');
  const { document: doc } = parseHTML(html);
  const metadata = readMetadata(doc);
  const markedByline = readByline(doc);
  const docTitle = clean(doc.querySelector('h1')?.textContent) || clean(doc.title);

  onStage('finding the article');
  replaceEmbeds(doc);
  removeFootnoteMarkers(doc);
  // Readability changes the document it reads, so it gets its own copy; the copy loses the clutter.
  const copy = doc.cloneNode(true) as Document;
  removeClutterElements(copy);
  const reader = new Readability<Element>(copy, {
    serializer: (node) => node as Element,
    charThreshold: 200,
    maxElemsToParse: MAX_ELEMENTS,
  });
  const parsed = (() => {
    try {
      return reader.parse();
    } catch {
      return null;
    }
  })();

  let blocks: RawBlock[];
  if (parsed?.content) {
    blocks = readBlocks(parsed.content);
  } else {
    stripNonText(doc);
    removeClutterElements(doc);
    blocks = doc.body ? readBlocks(doc.body) : [];
  }

  const title =
    clean(parsed?.title) || metadata.title || docTitle || blocks.find((b) => b.kind === 'heading')?.text || '';
  const byline = (clean(parsed?.byline) || markedByline || '').replace(/^by\s+/i, '') || metadata.authors.join(' and ');
  blocks = keepArticleBlocks(blocks, title, byline);
  if (!title && blocks.length === 0) throw new PageError('the page has no article text that whosaid can find');
  if (!isEnglish(blocks.map((b) => b.text).join('\n')))
    throw new PageError('the page is not in English; whosaid reads English news only');

  const published = normalizeDate(parsed?.publishedTime) ?? metadata.published;
  const lines = [title || (blocks[0]?.text ?? '')];
  if (published) lines.push(published);
  if (byline && byline.length <= 100) lines.push(`By ${byline}`);
  const body = title ? blocks : blocks.slice(1);
  const text = `${lines.join('\n')}\n\n${body.map((b) => b.text).join('\n\n')}\n`;
  const of = (kind: Kind) => body.filter((b) => b.kind === kind).map((b) => b.text);
  return {
    text,
    published,
    siteName: clean(parsed?.siteName) || metadata.siteName,
    hints: { headings: of('heading'), captions: of('caption'), credits: of('credit') },
  };
}
