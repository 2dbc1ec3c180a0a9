import { KEEPS_PERIOD, LY_NOUNS } from '../lexicon';
/** Words and punctuation with their offsets; abbreviations keep their period (`Col.`, `U.S.`, `J.`). */
export type Token = { text: string; lower: string; start: number; end: number };

const TOKEN = /[\p{L}\p{N}]+(?:['’\-&.][\p{L}\p{N}]+)*\.?|''|[,;:()—―–"“”„«»!?.]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    const start = match.index + offset;
    if (word === "''") {
      // Two apostrophes are a straight quotation mark (see quote-marks.ts); the rules test for `"`.
      tokens.push({ text: '"', lower: '"', start, end: start + 2 });
      continue;
    }
    if (word.length > 1 && word.endsWith('.')) {
      const bare = word.slice(0, -1);
      // `said.` ends a sentence; `Col.`, `J.` and `U.S.` are abbreviations.
      const abbreviation = /^\p{L}$/u.test(bare) || bare.includes('.') || KEEPS_PERIOD.has(bare.toLowerCase());
      if (!abbreviation) {
        tokens.push({ text: bare, lower: bare.toLowerCase(), start, end: start + bare.length });
        tokens.push({ text: '.', lower: '.', start: start + bare.length, end: start + word.length });
        continue;
      }
      word = match[0];
    }
    tokens.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length });
  }
  return tokens;
}

export const isCapitalized = (token: Token | undefined): boolean =>
  token !== undefined && /^[\p{Lu}]/u.test(token.text);
export const isWord = (token: Token | undefined): boolean => token !== undefined && /^[\p{L}\p{N}]/u.test(token.text);

/** An adverb in `-ly` (`flatly`, `repeatedly`) that may stand between a subject and its verb. */
export const isLyAdverb = (t: Token | undefined): boolean =>
  t !== undefined && /^\p{Ll}[\p{Ll}-]{2,}ly$/u.test(t.text) && !LY_NOUNS.has(t.lower);
