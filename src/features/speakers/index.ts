/** Speakers: the filter list and the filter's status line. */
export { SpeakerFilter } from './components/speaker-filter';
export type { SpeakerFilterProps } from './components/speaker-filter';
export { FilterStatus } from './components/filter-status';
export type { FilterStatusProps } from './components/filter-status';
