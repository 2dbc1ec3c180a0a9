/**
 * Is this English? whosaid's rules read English only, so a page in another
 * language is refused rather than read into speakerless "quotes".
 *
 * The test is the share of words that are common English function words
 * (`the`, `of`, `and`, `to`, `said`…). Running English prose has 35–50% of
 * them; French, Spanish, German or Portuguese news has under 8%, since their
 * own function words (`le`, `de`, `la`, `der`, `und`) are not on the list, and
 * scripts without Latin letters have none. A list of 60 words does this in a
 * few lines with no model to load, where a general detector (franc, eld) adds
 * 100 KB+ of n-gram tables to the worker for a yes/no question.
 */
const ENGLISH = new Set(
  (
    'the of and to a in is that for it was on with he as his be at by this had not are but from or have an they ' +
    'which you were her she their we there been has will would who its said says about after more also when if ' +
    'than can all what could into them our up out over just'
  ).split(' '),
);

/** Below this share of English function words, a text is not English. */
export const ENGLISH_THRESHOLD = 0.15;
/** Texts shorter than this (in words) are not judged: too few words to tell. */
const MIN_WORDS = 40;

/** The share of the text's words that are common English function words, or null for a text too short to judge. */
export function englishShare(text: string): number | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  // Scripts without spaces (Chinese, Japanese) have few "words"; count their letters instead.
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (words.length < MIN_WORDS && letters < MIN_WORDS * 5) return null;
  if (words.length === 0) return 0;
  const common = words.filter((word) => ENGLISH.has(word)).length;
  // A text of a few long runs (no spaces between words) counts as one word per five letters.
  return common / Math.max(words.length, letters / 12);
}

export function isEnglish(text: string): boolean {
  const share = englishShare(text);
  return share === null || share >= ENGLISH_THRESHOLD;
}
