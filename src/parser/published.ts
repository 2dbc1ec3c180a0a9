/**
 * The publication line under a headline ("24/01/2017 22:40 by admin",
 * "January 24, 2017 10:40 PM ET"). PLACEHOLDER until the dates module lands.
 */
export type PublishedLine = {
  /** ISO 8601 to the precision printed: `2017-01-24T22:40`. */
  published: string;
  /** What the line says besides the date ("by admin"), trimmed; '' when nothing. */
  rest: string;
};

/** Reads a line that is mainly a publication date; null when the line is something else. */
export function parsePublishedLine(line: string): PublishedLine | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?\s*(.*)$/.exec(line.trim());
  if (!match) return null;
  const [, day = '', month = '', year = '', hour, minute, rest = ''] = match;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return { published: hour && minute ? `${date}T${hour.padStart(2, '0')}:${minute}` : date, rest: rest.trim() };
}
