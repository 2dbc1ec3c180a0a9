/**
 * The one text every offset refers to: CRLF and lone CR become LF and a
 * leading byte-order mark goes. Nothing else changes, so block texts stay
 * exact slices of what the reader sees.
 */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}
