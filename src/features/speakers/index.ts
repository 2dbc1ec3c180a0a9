/**
 * Speakers: the same speaker across every article in the library, grouped by
 * name and aliases, with the reader's merge and split choices kept in
 * IndexedDB; the speaker list and one speaker's page.
 */
export { buildPeopleIndex } from './lib/group';
export type { PeopleIndex, PersonEntry } from './lib/group';
export { nameForm } from './lib/names';
export { entryFinder } from './lib/find-entries';
export type { EntryChoice, EntryMatches } from './lib/find-entries';
export { addOverride, clearOverrides, loadOverrides } from './lib/overrides';
export type { Override } from './lib/overrides';
export { entryQuoteTotal, pageArticles, personProfile, profileSource, PROFILE_PAGE } from './lib/profile';
export type { PersonProfile, ProfileSource } from './lib/profile';
export { entryArticles, entryNames, groupPeople, pageEntryArticles, peopleLayout } from './lib/people';
export type { EntryArticle, PeopleSummary, PersonSummary, SpeakerName } from './lib/people';
export { SpeakerIndex } from './components/speaker-index';
export type { SpeakerIndexProps } from './components/speaker-index';
export { SpeakerProfile } from './components/speaker-profile';
export type { SpeakerProfileProps } from './components/speaker-profile';
