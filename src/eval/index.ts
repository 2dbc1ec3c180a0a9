/**
 * Evaluation of the parser against human attribution annotation (PolNeAR).
 * Pure: the command in src/cli/eval.ts reads the files and calls these.
 */
export { codePointOffsets, parseBrat } from './brat';
export type { BratDocument, BratEntity, BratEvent, Range } from './brat';
export { asPredicted, multiplyAnnotated, pairwiseScores } from './agreement';
export { CUE_CLASSES, cueClass } from './cue-class';
export type { CueClass } from './cue-class';
export { chooseAnnotations, goldAttributions } from './gold';
export type { ContentKind, GoldAttribution, GoldDocument } from './gold';
export { greedyMatch, prf } from './match';
export type { Counts, Prf } from './match';
export { placeBlocks, predictedAttributions } from './predicted';
export type { PredictedAttribution } from './predicted';
export { scoreAttributions, scoreDocument } from './score';
export type { DocumentScore, Miss, Scores } from './score';
export { headWord, isPronoun, judgeSpeaker } from './speaker';
export { breakdown, examples, figures, formatAgreement, formatExamples, formatTable, splitReport } from './report';
export type { Figures, SplitReport, SplitRun } from './report';
export { overlap, TokenizedText } from './tokens';
