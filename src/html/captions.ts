/**
 * Captions the markup names but does not set in a `<figcaption>`: a photo or
 * video caption in `<span class="pb-caption">`, `<div class="image-caption">`,
 * `<p itemprop="caption">`. Readability drops class names, so they are marked
 * with a data attribute it keeps, before it runs; the block reader then reads
 * such a block as a caption (with its credit split off), not as body text.
 */

/** The attribute that marks an element as a caption, for the block reader. */
export const CAPTION_MARK = 'data-whosaid-caption';

/** A class or id naming a caption: `pb-caption`, `inline-video-caption`, `caption-text`, `wp-caption-text`. */
const CAPTION_NAME = /caption/i;
/** Longer than any caption: a container so named (`has-caption`) that holds article text is left alone. */
const MAX_CAPTION_LENGTH = 600;

function namesCaption(element: Element): boolean {
  if (element.getAttribute('itemprop') === 'caption') return true;
  return CAPTION_NAME.test(element.getAttribute('class') ?? '') || CAPTION_NAME.test(element.id);
}

/** Marks the caption elements under `doc`'s body; returns how many. */
export function markCaptionElements(doc: Document): number {
  let marked = 0;
  for (const element of Array.from(doc.body?.querySelectorAll('[class], [id], [itemprop]') ?? [])) {
    if (!namesCaption(element) || element.closest('figcaption')) continue;
    const text = (element.textContent ?? '').trim();
    if (!text || text.length > MAX_CAPTION_LENGTH || element.querySelector('h1, h2, h3, article')) continue;
    element.setAttribute(CAPTION_MARK, '');
    marked++;
  }
  return marked;
}
