import { formatDate } from '@/shared/dates';

export type DateSpanProps = {
  /** The earliest date, `YYYY-MM-DD`, or null when nothing is dated. */
  first: string | null;
  /** The latest date, `YYYY-MM-DD`, or null. */
  last: string | null;
};

/**
 * `23 January 2017 – 27 January 2017` in `<time>` elements; one date when
 * they are equal; "undated" when none. Screen readers hear "quoted from …
 * to …".
 */
export function DateSpan({ first, last }: DateSpanProps) {
  if (!first || !last) return <span>undated</span>;
  if (first === last) {
    return (
      <span>
        <span className="sr-only">Quoted on </span>
        <time dateTime={first}>{formatDate(first)}</time>
      </span>
    );
  }
  return (
    <span>
      <span className="sr-only">Quoted from </span>
      <time dateTime={first}>{formatDate(first)}</time>
      <span aria-hidden="true"> – </span>
      <span className="sr-only"> to </span>
      <time dateTime={last}>{formatDate(last)}</time>
    </span>
  );
}
