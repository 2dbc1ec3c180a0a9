/**
 * Bounds on the work one page may cost, checked on the raw markup before any
 * DOM is built. Building a DOM and running Readability both grow faster than
 * the page when elements nest deeply (on linkedom, Readability took 6 s at 500
 * levels of `<div>` and 32 s at 1,000; building the tree took 12 s at 50,000),
 * so a page past these limits is refused with a message instead of read.
 */

/** Deepest element nesting read. The 130 pages of Readability's test set nest at most 38 levels. */
export const MAX_DEPTH = 100;
/** Most elements read. A 1 MB Wikipedia article has about 25,000. */
export const MAX_ELEMENTS = 100_000;

/** Elements that never have children or an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose start tag closes an open one of the same name (`<p>a<p>b`, `<li>`), as HTML parsers do. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
/** Elements whose content is raw text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

export type MarkupShape = {
  /** The deepest element nesting, as an HTML parser would build it (close enough to bound work). */
  depth: number;
  /** How many elements the markup opens. */
  elements: number;
};

/**
 * Measures the markup's nesting and element count in one pass over the text,
 * without building a tree: linear time, whatever the nesting. Stops early once
 * a limit is passed.
 */
export function measureMarkup(html: string): MarkupShape {
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    if (match[1]) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    elements++;
    if (VOID.has(name) || match[3]) continue;
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
    if (RAW_TEXT.has(name)) {
      // Skip to the end tag: what a script or style holds is not markup.
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = tag.lastIndex;
      const end = close.exec(html);
      tag.lastIndex = end ? end.index : html.length;
      stack.push(name);
      continue;
    }
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
    if (depth > MAX_DEPTH || elements > MAX_ELEMENTS) break;
  }
  return { depth, elements };
}
