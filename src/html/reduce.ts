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
import { parsePublishedLine, type MarkedBlock } from '@/parser';
import { CAPTION_MARK, markCaptionElements } from './captions';
import { clutterReason, removeClutterElements, removeFootnoteMarkers, repeatedBlocks, splitCredit } from './clutter';
import { replaceEmbeds } from './embeds';
import { isEnglish } from './language';
import { MAX_DEPTH, MAX_ELEMENTS, measureMarkup } from './limits';
import { clean, normalizeDate, readByline, readMetadata } from './metadata';

/** A page whosaid won't read, with a message that says why in a reader's words. */
export class PageError extends Error {
  override name = 'PageError';
}

/**
 * Block texts marked as subheadings, captions or photo credits, as requests
 * saved before pages were read in the worker carry them (see `markedFromHints`).
 */
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
  /** The body blocks the markup marks as subheadings, captions or credits, in reading order, for the parser. */
  marked: MarkedBlock[];
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

/**
 * A caption's text as a caption block (none when nothing but its credit is
 * left) and, when it ends with one, a credit block.
 */
function creditSplit(text: string): RawBlock[] {
  const split = splitCredit(text);
  return [
    ...(split.caption ? [{ text: split.caption, kind: 'caption' as const, linkText: 0 }] : []),
    ...(split.credit ? [{ text: split.credit, kind: 'credit' as const, linkText: 0 }] : []),
  ];
}

/** A figure's caption as a caption block and its credits: the one it ends with, then those the markup marks. */
function captionBlocks(element: Element): RawBlock[] {
  const creditElements = Array.from(element.querySelectorAll(CREDIT_ELEMENT));
  const marked = creditElements.map((e) => clean(e.textContent)).filter(Boolean);
  for (const e of creditElements) e.remove();
  return [
    ...creditSplit(clean(element.textContent)),
    ...marked.map((text): RawBlock => ({ text, kind: 'credit', linkText: 0 })),
  ];
}

/** An agency photo caption's opening: `In this photo dated …`, `FILE - In this Nov. 29 file photo, …`. */
const CAPTION_OPENING =
  /^(?:FILE\s*[-–—]\s*)?(?:In\s+)?(?:this|these)\s+(?:[\p{L}\p{N},.]+\s+){0,4}?(?:photos?|images?|pictures?)\b/iu;

/** A gallery caption's opening: `Clockwise from top:`, `From left,`, `Left to right:`, `Pictured:`. */
const GALLERY_CAPTION_OPENING =
  /^(?:(?:clockwise\s+)?from\s+(?:top|left|right|bottom)(?:\s+(?:left|right))?|left\s+to\s+right)\s*[:,]|^pictured\s*:/iu;

/**
 * A block's kind from its element and text: a gallery caption's opening makes a
 * caption wherever it stands; a heading element is a heading only while
 * it reads like one; a slideshow that sets each photo's caption in an `<h1>`
 * gives a caption (or, when long, a paragraph).
 */
function blockKind(element: Element, text: string): Kind {
  if (GALLERY_CAPTION_OPENING.test(text)) return 'caption';
  if (!HEADINGS.has(element.tagName)) return 'paragraph';
  if (CAPTION_OPENING.test(text)) return 'caption';
  return text.split(/\s+/).length > 30 ? 'paragraph' : 'heading';
}

/**
 * The alt texts of the images under `root`. Some pages set a photo's caption
 * as a list item or paragraph after the `<figure>`, not in a `<figcaption>`;
 * its text then repeats the image's alt text, often lightly edited, which
 * marks it as the caption.
 */
function imageAlts(root: Element): string[] {
  return (
    Array.from(root.querySelectorAll('img[alt]'))
      .map((img) => img.getAttribute('alt') ?? '')
      // Short alts ("Photo", "Logo") could match a short paragraph by chance.
      .filter((alt) => wordsOf(alt).size >= 5)
  );
}

/** Whether a block of five words or more repeats one image's alt text (most of its words are the alt's). */
const repeatsAnAlt = (text: string, alts: string[]) =>
  wordsOf(text).size >= 5 && alts.some((alt) => mostlyWithin(text, alt, 0.8));

/** Whether a block is a caption the markup marks: in a `<figcaption>` or a marked caption element, or all its text in one. */
function isCaption(element: Element): boolean {
  if (element.closest(`figcaption, [${CAPTION_MARK}]`)) return true;
  const marked = element.querySelector(`[${CAPTION_MARK}]`);
  return marked !== null && clean(marked.textContent) === clean(element.textContent);
}

/** The leaf text blocks under `root` in document order, with their kind. */
function readBlocks(root: Element): RawBlock[] {
  const blocks: RawBlock[] = [];
  const alts = imageAlts(root);
  for (const element of Array.from(root.querySelectorAll(BLOCKS))) {
    // A block inside another one (a <p> in a <blockquote> or <li>) is read once, at the leaf.
    if (element.querySelector(BLOCKS)) continue;
    if (isCaption(element)) {
      blocks.push(...captionBlocks(element));
      continue;
    }
    const text = clean(element.textContent);
    if (!text) continue;
    const kind = repeatsAnAlt(text, alts) ? 'caption' : blockKind(element, text);
    if (kind === 'caption') blocks.push(...creditSplit(text));
    else blocks.push({ text, kind, linkText: linkTextOf(element) });
  }
  if (blocks.length === 0) {
    for (const part of (root.textContent ?? '').split(/\n\s*\n/)) {
      const text = clean(part);
      if (text) blocks.push({ text, kind: 'paragraph', linkText: 0 });
    }
  }
  return blocks;
}

/**
 * The byline a reader sees: Readability's, else the one the markup marks, else
 * the metadata's authors. A candidate that is a date line (some pages mark
 * their time stamp as the byline: `April 28, 2019 at 6:01 am Updated April 29`)
 * is passed over; the parser's own reader of date lines says which.
 */
function shownByline(candidates: string[], authors: string[]): string {
  for (const candidate of candidates) {
    const name = candidate.replace(/^by\s+/i, '');
    if (name && !parsePublishedLine(name)) return name;
  }
  return authors.join(' and ');
}

/** Texts up to this length shown twice are boilerplate, dropped wherever they stand; longer ones are read once. */
const BOILERPLATE_LENGTH = 200;

/** Drops clutter blocks (see clutter.ts), repeated texts and the repeats of the title and byline. */
function keepArticleBlocks(blocks: RawBlock[], title: string, byline: string): RawBlock[] {
  const repeats = repeatedBlocks(
    blocks.map((b) => b.text),
    BOILERPLATE_LENGTH,
  );
  let repeatDropped = false;
  return blocks.filter((block, i) => {
    // A credit stays (photos may share one) unless it belongs to a block dropped as a repeat.
    if (block.kind === 'credit') return !repeatDropped;
    repeatDropped = repeats.has(i);
    if (repeatDropped) return false;
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

/** The words of a title, lower-cased, for comparing titles that differ in punctuation (`Dropbox’s ATF -`, `Dropbox ATF:`). */
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []);

/** Whether `inner`'s words are mostly (a `share` of them) among `outer`'s. */
function mostlyWithin(inner: string, outer: string, share = 0.6): boolean {
  const a = wordsOf(inner);
  const b = wordsOf(outer);
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return a.size > 0 && shared >= a.size * share;
}

/**
 * The headline a reader sees: the title the metadata gives, unless the page's
 * own `<h1>` and `<title>` agree with each other and share almost no words
 * with it (a portal whose `og:title` is its own name, `Yahoo News - Latest News
 * & Headlines`, above a story headed `Russia: Space ship malfunctions, breaks up over Siberia`).
 */
function shownHeadline(chosen: string, headline: string, pageTitle: string): string {
  if (!chosen || !headline || !pageTitle) return chosen;
  const pageAgrees = mostlyWithin(headline, pageTitle);
  const chosenAgrees =
    mostlyWithin(chosen, headline) || mostlyWithin(headline, chosen) || mostlyWithin(chosen, pageTitle);
  return pageAgrees && !chosenAgrees ? headline : chosen;
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
  const headline = clean(doc.querySelector('h1')?.textContent);
  const pageTitle = clean(doc.title);
  const docTitle = headline || pageTitle;

  onStage('finding the article');
  replaceEmbeds(doc);
  removeFootnoteMarkers(doc);
  // Readability changes the document it reads, so it gets its own copy; the copy loses the clutter.
  const copy = doc.cloneNode(true) as Document;
  removeClutterElements(copy);
  markCaptionElements(copy);
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
    markCaptionElements(doc);
    blocks = doc.body ? readBlocks(doc.body) : [];
  }

  const title = shownHeadline(
    clean(parsed?.title) || metadata.title || docTitle || blocks.find((b) => b.kind === 'heading')?.text || '',
    headline,
    pageTitle,
  );
  const byline = shownByline([clean(parsed?.byline), markedByline ?? ''], metadata.authors);
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
  return {
    text,
    published,
    siteName: clean(parsed?.siteName) || metadata.siteName,
    marked: body.flatMap(({ text, kind }) => (kind === 'paragraph' ? [] : [{ text, kind }])),
  };
}
