/**
 * HTML input at the command line (`"html"` in a JSON Lines record): the page
 * goes through the same reducer the app's worker uses (`@/html`: linkedom +
 * Readability, clutter out, metadata in), so a stream reads a page as the app
 * does. The block kinds the markup showed (subheadings, captions) are not
 * carried through a stream: its text is parsed as plain text.
 */
import { reducePage } from '@/html';
import { CliError } from './cli-error';

/** What the reducer finds in a page. */
export type HtmlArticle = {
  /** The headline (the reduced text's first line), or null when the page has none. */
  title: string | null;
  /** The article as whosaid plain text: title line, date line, byline, blank-line-separated blocks. */
  text: string;
  /** The publication date-time from the page's metadata (ISO 8601), or null. */
  published: string | null;
};

/** Reduces an HTML page to its article. Throws a CliError naming the problem when it can't. */
export function htmlToArticle(html: string): HtmlArticle {
  try {
    const page = reducePage(html);
    const title = page.text.split('\n', 1)[0]?.trim() || null;
    return { title, text: page.text, published: page.published };
  } catch (error) {
    throw new CliError(`the "html" can't be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
