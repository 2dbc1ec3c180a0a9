/** What a TIMEX3 value names, read from the value itself. */
export type Granularity =
  | 'century'
  | 'decade'
  | 'year'
  | 'season'
  | 'quarter'
  | 'month'
  | 'week'
  | 'weekend'
  | 'day'
  | 'duration'
  | 'present'
  | 'vague';

export function granularityOf(value: string): Granularity {
  if (value === 'PRESENT_REF') return 'present';
  if (value.endsWith('_REF')) return 'vague';
  if (value.startsWith('P')) return 'duration';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}-WE$/.test(value)) return 'weekend';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return 'vague';
}
