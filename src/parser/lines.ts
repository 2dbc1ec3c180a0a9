/** Lines of the normalised text with their offsets, trimmed of surrounding blank space. */
export type Line = {
  start: number;
  end: number;
  text: string;
  /** A blank line (or the start of the text) stands before this one. */
  afterBlank: boolean;
};

/** Exactly what String#trim removes, so block texts are trimmed the way readers check them. */
const isBlank = (code: number) => /\s/.test(String.fromCharCode(code));

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
