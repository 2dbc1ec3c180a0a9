/** Events: dated expressions (`last Tuesday`, `in March 2015`) resolved against the publication date, with their tense. */
export { isValidDate } from './dates-calendar';
export { findEvents } from './find-events';
