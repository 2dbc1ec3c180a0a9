/**
 * Evaluation of the parser against human attribution annotation (PolNeAR).
 * Pure: the command in src/cli/eval.ts reads the files and calls these.
 */
export { codePointOffsets, parseBrat } from './brat';
export type { Range } from './brat';
export { multiplyAnnotated, pairwiseScores } from './agreement';
export { cueClass } from './cue-class';
export { chooseAnnotations, goldAttributions } from './gold';
export type { GoldAttribution } from './gold';
export { greedyMatch, prf } from './match';
export { placeBlocks } from './predicted';
export type { PredictedAttribution } from './predicted';
export { scoreDocument } from './score';
export type { Scores } from './score';
export { headWord, isPronoun, judgeSpeaker } from './speaker';
export { examples, figures, formatAgreement, formatExamples, formatTable, splitReport } from './report';
export type { SplitRun } from './report';
export { overlap, TokenizedText } from './tokens';
export { parseTimeml, TimemlError } from './timeml';
export type { GoldTimex, TimemlDocument, TimexType } from './timeml';
export { addTimeCounts, emptyTimeCounts, formatTimeFigures, scoreTimeDocument, timeFigures } from './time-score';
export type { DocumentTimeScore, SystemTimex, TimeCounts, TimeExample, TimeFigures } from './time-score';
export { systemTimexes, timexOfEvent } from './time-system';
