/**
 * How the search compares words, and the highlighter that cuts each shown
 * result into plain and matching pieces (run in the search worker with the
 * index, so the page only renders the pieces).
 */

/** Lower case, accents removed: how both the index and the highlighter compare words. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Words as MiniSearch's default tokenizer cuts them: runs without spaces or punctuation. */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** The query without surrounding quotation marks. */
export const stripMarks = (query: string) =>
  query
    .trim()
    .replace(/^["“”]+|["“”]+$/g, '')
    .trim();

/** A piece of a quote's text, marked when it matched. */
export type Segment = { text: string; match: boolean };

/**
 * Cuts a quote's text into plain and matching pieces: the whole query where
 * it stands in the text as typed, or else every word the search matched.
 * The pieces joined give the text back unchanged.
 */
export function highlight(text: string, query: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  };
  const phrase = stripMarks(query);
  const lower = text.toLowerCase();
  if (phrase.includes(' ') && lower.length === text.length) {
    const at = lower.indexOf(phrase.toLowerCase());
    if (at >= 0) {
      push(text.slice(0, at), false);
      push(text.slice(at, at + phrase.length), true);
      push(text.slice(at + phrase.length), false);
      return segments;
    }
  }
  const wanted = new Set(terms);
  let end = 0;
  for (const word of text.matchAll(WORD)) {
    const start = word.index;
    push(text.slice(end, start), false);
    push(word[0], wanted.has(foldWord(word[0])));
    end = start + word[0].length;
  }
  push(text.slice(end), false);
  return segments;
}
