/**
 * Page clutter, found by general signals rather than one rule per site.
 *
 * Before Readability runs, elements whose class, id or role marks them as
 * promotion, newsletter sign-up, related stories, an author card, a pop-up or
 * an advert are removed (a politician's name card that pops up inside a
 * paragraph would otherwise run into the sentence). After it, each block of
 * the article is judged on its own text: mostly links (teaser lists), all
 * capitals (`GET WITH THE PROGRAM`), a teaser label (`READ MORE: …`), no
 * letters (a gallery counter `6`), a bare time stamp, a box label
 * (`Advertisement`, `Summary`) or a sponsor's (`Powered by …`), a byline kept
 * as a heading, or a text that repeats on the page (boilerplate).
 */

/**
 * Class or id words of clutter containers. Matched as whole words of the
 * class/id (split at spaces, `-` and `_`), so `related-stories` and
 * `newsletter_signup` match but `unrelated` does not.
 */
const CLUTTER_WORDS = new Set([
  'promo',
  'promos',
  'promotion',
  'newsletter',
  'newsletters',
  'signup',
  'subscribe',
  'subscription',
  'related',
  'recommended',
  'recirc',
  'outbrain',
  'taboola',
  'popup',
  'modal',
  'tooltip',
  'hovercard',
  'overlay',
  'paywall',
  'advert',
  'advertisement',
  'sponsored',
]);
/** Two-word class names of clutter (`author-card`, `more-stories`, `pop-up`, `read-more`). */
const CLUTTER_PAIRS =
  /(^|[\s_-])(author[\s_-]?(card|bio|box|info|profile)|bio[\s_-]card|more[\s_-]stories|read[\s_-]?more|pop[\s_-]up|sign[\s_-]up|most[\s_-](read|popular))($|[\s_-])/i;
/** Roles of page furniture, never article text. */
const CLUTTER_ROLES = new Set([
  'dialog',
  'alertdialog',
  'complementary',
  'navigation',
  'banner',
  'contentinfo',
  'tooltip',
]);

function isClutterElement(element: Element): boolean {
  const role = element.getAttribute('role')?.toLowerCase();
  if (role && CLUTTER_ROLES.has(role)) return true;
  if (element.getAttribute('aria-modal') === 'true') return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  if (!names.trim()) return false;
  if (CLUTTER_PAIRS.test(names)) return true;
  return names.split(/[\s_-]+/).some((word) => CLUTTER_WORDS.has(word));
}

/**
 * Removes clutter containers. An element that holds most of the page's text
 * (a whole-page wrapper that happens to carry `modal-open`, an `<article>`)
 * stays: the signal marks boxes beside the article, not the article.
 */
export function removeClutterElements(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const total = (body.textContent ?? '').length;
  let removed = 0;
  for (const element of Array.from(body.querySelectorAll('[class], [id], [role], [aria-modal]'))) {
    if (!isClutterElement(element) || !body.contains(element)) continue;
    if (element.querySelector('article') || element.tagName === 'ARTICLE' || element.tagName === 'MAIN') continue;
    if ((element.textContent ?? '').length > total / 2) continue;
    element.remove();
    removed++;
  }
  return removed;
}

/**
 * Removes footnote markers (`<sup>[12]</sup>`, `<sup>3</sup>`): they are
 * references, not words, and run into the next name (`[6][7] Jamie Zawinski`).
 */
export function removeFootnoteMarkers(doc: Document): number {
  let removed = 0;
  for (const sup of Array.from(doc.querySelectorAll('sup'))) {
    if (/^\s*(\[[^\]]{1,12}\]\s*)+$|^\s*\d{1,3}\s*$/.test(sup.textContent ?? '')) {
      sup.remove();
      removed++;
    }
  }
  return removed;
}

/** Labels of boxes and adverts that stand alone as a block. */
const BOX_LABELS =
  /^(advertisement|advert|ad|sponsored( content)?|story continues( below( advertisement)?)?|continue reading|skip advertisement|summary|key points|highlights|in brief|share( this)?( article| story)?|listen to (this )?article|photos?|gallery|video)$/i;
/** A sponsor's label over a box (`Powered by SmartAsset.com`, `Presented by …`): a few words, never a sentence. */
const SPONSOR_LABEL = /^(?:powered|sponsored|presented|brought to you|supported|paid for)\s+by\s+\S+(?:\s+\S+){0,3}$/i;
/** Teaser labels that open a link to another story. */
const TEASER_LABEL =
  /^(read more|related|more|watch|listen|see also|also read|read also|read next|recommended|sign up|subscribe|click here|don't miss|trending)\b\s*[:|»>–—-]/i;
/** A block that is only a time stamp: a live blog's `10:32 a.m. ET`, `2 hours ago`, `Updated 14:05 GMT`. */
const TIME_STAMP =
  /^((updated|posted|published)\s*:?\s*)?(\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([A-Z]{2,4})?|\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago|just now)$/i;

/** Share of a text's letters that are capitals. */
function capitalShare(text: string): { letters: number; share: number } {
  const letters = text.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((letter) => letter !== letter.toLowerCase()).length;
  return { letters: letters.length, share: letters.length === 0 ? 0 : capitals / letters.length };
}

/** Why a block is clutter, or null when it is article text. */
export function clutterReason(
  text: string,
  linkText: number,
  kind: 'paragraph' | 'heading' | 'caption',
): string | null {
  if (!/\p{L}/u.test(text)) return 'no letters';
  if (text.length < 250 && linkText / text.length > 0.6) return 'mostly links';
  const words = text.split(/\s+/).length;
  const caps = capitalShare(text);
  if (words >= 2 && caps.letters >= 8 && caps.share > 0.85) return 'all capitals';
  if (text.length < 300 && TEASER_LABEL.test(text)) return 'teaser label';
  if (BOX_LABELS.test(text.replace(/[.:]$/, ''))) return 'box label';
  if (SPONSOR_LABEL.test(text.replace(/[.:]$/, ''))) return 'sponsor label';
  if (TIME_STAMP.test(text)) return 'time stamp';
  if (kind === 'heading' && /^by\s+\p{Lu}/u.test(text)) return 'byline';
  return null;
}

/**
 * The indexes of the blocks that repeat another. A text of up to
 * `everywhereUpTo` characters shown more than once is boilerplate repeated
 * through the page (`Advertisement`, a sign-off), and every showing is a
 * repeat; a longer one (a slideshow's caption above its photo and again in its
 * strip) is read once, where it first stands.
 */
export function repeatedBlocks(texts: readonly string[], everywhereUpTo: number): Set<number> {
  const first = new Map<string, number>();
  const repeats = new Set<number>();
  texts.forEach((text, i) => {
    const at = first.get(text);
    if (at === undefined) {
      first.set(text, i);
      return;
    }
    repeats.add(i);
    if (text.length <= everywhereUpTo) repeats.add(at);
  });
  return repeats;
}

/** A credit at the end of a caption: `(AP Photo/Evan Vucci)`, `Photo: Jane Roe`, `Jane Roe/Reuters`, `Getty Images`. */
const TRAILING_CREDIT = new RegExp(
  String.raw`\s*[([]?\s*(` +
    [
      String.raw`(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|[Pp]icture|[Ii]llustration|[Vv]ideo|[Cc]redit|CREDIT)s?\s*(?:by\b|:)\s*[^()[\]]+`,
      String.raw`(?:©|[Cc]opyright\b)\s*[^()[\]]+`,
      String.raw`(?:AP|AFP|Reuters|EPA|PA)\s+Photo\s*\/[^()[\]]+`,
      String.raw`(?:\p{Lu}[\p{L}'.-]*\s+){0,3}\p{Lu}[\p{L}'.-]*\s*\/\s*(?:AP|AFP|Reuters|EPA|Getty Images|Shutterstock|Alamy|PA|Bloomberg|Sipa|Zuma)[^()[\]]*`,
      String.raw`Getty Images|Shutterstock`,
    ].join('|') +
    String.raw`)\s*[)\]]?\s*$`,
  'u',
);

/**
 * A staff photographer's credit in parentheses: `(Ellen M. Banner / The
 * Seattle Times)`, `(Jabin Botsford/The Washington Post)`. Only in
 * parentheses at the very end, a name of two to four capitalised words
 * (the last a word, not an initial) before the slash and a capitalised outlet after it, so a caption's own
 * `either/or` never matches.
 */
const STAFF_CREDIT =
  /\s*\(\s*((?:\p{Lu}[\p{L}'.-]*\s+){1,3}\p{Lu}\p{Ll}[\p{L}'-]*\s*\/\s*(?:The\s+)?\p{Lu}[\p{L}'&.-]*(?:\s+\p{Lu}[\p{L}'&.-]*){0,4})\s*\)\s*$/u;

/**
 * A credit in parentheses at the very end that says the photo came through an
 * agency: `(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)`.
 */
const VIA_CREDIT = /\s*\(\s*([^()]*\b(?:[Pp]hoto|PHOTO|[Ii]mage|[Vv]ideo)\s+via\s+[^()]+?)\s*\)\s*$/u;

/** An agency alone in parentheses at the very end: `(Reuters)`, `(AFP/Getty Images)`. */
const AGENCY_CREDIT =
  /\s*\(\s*((?:AP|AFP|Reuters|EPA|PA|Getty Images|Bloomberg)(?:\s*\/\s*(?:Getty Images|Shutterstock|Alamy))?)\s*\)\s*$/u;

/** Splits a caption into its description and a photo credit, when it ends with one. */
export function splitCredit(caption: string): { caption: string; credit: string | null } {
  const match =
    TRAILING_CREDIT.exec(caption) ??
    STAFF_CREDIT.exec(caption) ??
    VIA_CREDIT.exec(caption) ??
    AGENCY_CREDIT.exec(caption);
  if (!match || match.index === 0) return { caption, credit: null };
  const credit = match[1]?.trim() ?? '';
  const rest = caption.slice(0, match.index).trim();
  if (!credit || !rest || !/[\p{L}]/u.test(rest)) return { caption, credit: null };
  return { caption: rest, credit };
}
