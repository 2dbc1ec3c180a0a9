/** Lines of the normalised text with their offsets, trimmed of surrounding blank space. */
export type Line = {
  start: number;
  end: number;
  text: string;
  /** A blank line (or the start of the text) stands before this one. */
  afterBlank: boolean;
};

/**
 * Exactly what String#trim (and `\s`) removes, so block texts are trimmed the way readers check them:
 * tab to carriage return, space, no-break space, U+1680, U+2000–U+200A, the line and paragraph
 * separators U+2028/U+2029, U+202F, U+205F, U+3000 and the byte-order mark U+FEFF. A comparison
 * chain rather than a regular expression per character.
 */
export function isBlank(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Non-blank lines in order; linear in the text size. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let afterBlank = true;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      lines.push({ start, end, text: text.slice(start, end), afterBlank });
      afterBlank = false;
    } else {
      afterBlank = true;
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}
