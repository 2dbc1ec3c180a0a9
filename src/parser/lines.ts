/** Lines of the normalised text with their offsets, trimmed of surrounding blank space. */
export type Line = {
  start: number;
  end: number;
  text: string;
  /** A blank line (or the start of the text) stands before this one. */
  afterBlank: boolean;
};

const isBlank = (code: number) => code === 32 || code === 9 || code === 12 || code === 11 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0xfeff;

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
