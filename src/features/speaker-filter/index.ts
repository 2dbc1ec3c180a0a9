/** Speaker filter: the reader's list of the article's speakers to filter the text by, and the filter's status line. */
export { SpeakerFilter } from './components/speaker-filter';
export type { SpeakerFilterProps } from './components/speaker-filter';
export { FilterStatus } from './components/filter-status';
export type { FilterStatusProps } from './components/filter-status';
