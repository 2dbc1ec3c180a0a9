/** The timeline: the article's events in date order. */
export { Timeline } from './components/timeline';
export type { TimelineProps } from './components/timeline';
