/**
 * Direct quotes: quotation marks paired into quotes, each quote's speaker
 * and cue from the words around it, transcript lines (`WALLACE: …`) and
 * interview answers, and the quoted titles of works that are not speech.
 */
export { findQuoteMarks, type RawQuote } from './quote-marks';
export { attributeQuotes, type Attribution } from './attribution';
export { findTranscriptLines, type TranscriptLine } from './transcript';
export { findInterview } from './interview';
export { fragmentOfSentence, notSpeech, opensLowerCase } from './not-speech';
