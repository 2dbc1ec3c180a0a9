/**
 * The seam for HTML input at the command line (`"html"` in a JSON Lines
 * record). The HTML reducer shared by the app and the CLI (linkedom +
 * Readability) plugs in here: `htmlToArticle` takes a page and returns the
 * article's headline, text and publication date. Until it lands, an HTML
 * record is refused with a message saying so, rather than read badly.
 */
import { CliError } from './cli-error';

/** What the reducer finds in a page. */
export type HtmlArticle = {
  /** The headline, or null when the page has none. */
  title: string | null;
  /** The article's text: paragraphs separated by blank lines. */
  text: string;
  /** The publication date-time from the page's metadata (ISO 8601), or null. */
  published: string | null;
};

/** Reduces an HTML page to its article. Throws a CliError when it can't. */
export function htmlToArticle(html: string): HtmlArticle {
  void html;
  throw new CliError('"html" is not read at the command line yet; give the article as "text"');
}
