/**
 * Speakers: the phrases that name someone (mentions: names, descriptions,
 * pronouns, organisations, clause subjects) and their resolution into one
 * speaker per person or body across the article.
 */
export { phraseEndingAt, type Mention } from './mentions';
export { clauseSubject, isQuantity, mainSubject } from './mentions-clause-subject';
export { accordingSource, describedPhrase, sourceAfter, subjectBefore } from './mentions-described';
export { speakerAfter, speakerBefore } from './mentions-named';
export { soleAuthor } from './author';
export { resolveSpeakers, type Resolution, type SpeakerItem } from './resolve';
