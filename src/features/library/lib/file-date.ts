/**
 * A date in a file's name, for texts that print none: corpora name files
 * like `cnn_2016-10-12_trump-rally.txt`. Only a real calendar day standing
 * apart from other digits counts (`2016-10-12`, not `12016-10-123` or `2016-02-30`).
 */
const DATE_IN_NAME = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** The first valid `YYYY-MM-DD` in `name`, or null. */
export function dateFromFileName(name: string): string | null {
  const match = DATE_IN_NAME.exec(name);
  if (!match) return null;
  const [day, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === day ? day : null;
}
