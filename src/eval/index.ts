/**
 * Evaluation of the parser against human attribution annotation (PolNeAR).
 * Pure: the command in src/cli/eval.ts reads the files and calls these.
 */
export { codePointOffsets, parseBrat } from './brat';
export type { Range } from './brat';
export { chooseAnnotations, cueClass, goldAttributions } from './gold';
export type { GoldAttribution } from './gold';
export { greedyMatch, prf } from './match';
export { placeBlocks } from './predicted';
export type { PredictedAttribution } from './predicted';
export { scoreDocument } from './score';
export type { Scores } from './score';
export { headWord, isPronoun, judgeSpeaker } from './speaker';
export { examples, figures, formatExamples, formatTable, splitReport } from './report';
export type { SplitRun } from './report';
export { overlap, TokenizedText } from './tokens';
