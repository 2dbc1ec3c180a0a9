/**
 * Scores one article's parse against its gold attributions, and adds scores up.
 *
 * - content: all attributions, matched by content overlap at 0.5 and at 0.8;
 * - direct: gold attributions whose content is all inside quotation marks,
 *   against predicted quotes of kind `direct` whose content is all inside
 *   quotation marks too: the same test on both sides (a transcript line,
 *   `A: It's a big mistake.`, is verbatim but unmarked, and PolNeAR's kind,
 *   read from the marks, calls it indirect), matched the same way;
 * - cue: gold cue spans against predicted `cueSpan`s, matched on any shared word;
 *   `cueOnMatched` counts, among content pairs matched at 0.5, those whose
 *   cues share a word;
 * - speaker: among content pairs matched at 0.5 whose gold has a source,
 *   those the speaker rules (see speaker.ts) accept.
 */
import type { Article } from '@/article';
import type { BratDocument, Range } from './brat';
import { contentKind, goldAttributions, type ContentKind, type CueClass, type GoldAttribution } from './gold';
import { addCounts, emptyCounts, greedyMatch, type Counts, type Pair } from './match';
import { predictedAttributions, type PredictedAttribution } from './predicted';
import { judgeSpeaker } from './speaker';
import { overlap, TokenizedText } from './tokens';

/** Overlap a prediction needs to match gold: the main figure and the strict one (the keys name them in Scores). */
const MATCH_AT = { at50: 0.5, at80: 0.8 } as const;

export type Tally = { hits: number; total: number };

export type Scores = {
  content: { at50: Counts; at80: Counts };
  direct: { at50: Counts; at80: Counts };
  cue: Counts;
  cueOnMatched: Tally;
  speaker: Tally;
  /** Per gold content kind: gold attributions matched at 0.5 (hits) of all (total). */
  recallByKind: Record<ContentKind, Tally>;
  /** Per gold cue class (see gold.ts): gold attributions matched at 0.5 of all. */
  recallByCueClass: Record<CueClass, Tally>;
};

/** A gold attribution nothing matched at 0.5, or a prediction that matched nothing. */
export type Miss = {
  article: string;
  /** `gold`: a miss; `predicted`: a false alarm. */
  side: 'gold' | 'predicted';
  kind: ContentKind | Article['quotes'][number]['kind'];
  /** For a miss, the gold cue's class; null for a false alarm. */
  cueClass: CueClass | null;
  content: string;
  cue: string | null;
  source: string | null;
  /** Best overlap with anything on the other side (0 when nothing shares a word). */
  bestOverlap: number;
};

export type SpeakerError = {
  article: string;
  content: string;
  goldSource: string;
  predictedSource: string | null;
  predictedSpeaker: string | null;
};

export type DocumentScore = {
  article: string;
  scores: Scores;
  misses: Miss[];
  speakerErrors: SpeakerError[];
  /** Gold events skipped for lack of content. */
  skippedGold: number;
  /** Gold attributions set aside because their content is in the title. */
  titleGold: number;
  unplacedBlocks: number;
};

export const emptyScores = (): Scores => ({
  content: { at50: emptyCounts(), at80: emptyCounts() },
  direct: { at50: emptyCounts(), at80: emptyCounts() },
  cue: emptyCounts(),
  cueOnMatched: { hits: 0, total: 0 },
  speaker: { hits: 0, total: 0 },
  recallByKind: { direct: { hits: 0, total: 0 }, mixed: { hits: 0, total: 0 }, indirect: { hits: 0, total: 0 } },
  recallByCueClass: { speech: { hits: 0, total: 0 }, other: { hits: 0, total: 0 } },
});

const addTally = (a: Tally, b: Tally): Tally => ({ hits: a.hits + b.hits, total: a.total + b.total });

export function addScores(a: Scores, b: Scores): Scores {
  return {
    content: { at50: addCounts(a.content.at50, b.content.at50), at80: addCounts(a.content.at80, b.content.at80) },
    direct: { at50: addCounts(a.direct.at50, b.direct.at50), at80: addCounts(a.direct.at80, b.direct.at80) },
    cue: addCounts(a.cue, b.cue),
    cueOnMatched: addTally(a.cueOnMatched, b.cueOnMatched),
    speaker: addTally(a.speaker, b.speaker),
    recallByKind: {
      direct: addTally(a.recallByKind.direct, b.recallByKind.direct),
      mixed: addTally(a.recallByKind.mixed, b.recallByKind.mixed),
      indirect: addTally(a.recallByKind.indirect, b.recallByKind.indirect),
    },
    recallByCueClass: {
      speech: addTally(a.recallByCueClass.speech, b.recallByCueClass.speech),
      other: addTally(a.recallByCueClass.other, b.recallByCueClass.other),
    },
  };
}

function counts(pairs: Pair[], gold: number, predicted: number): Counts {
  return { matched: pairs.length, gold, predicted };
}

const shorten = (s: string, max = 200) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * `article` is null when the parser rejected or failed on the text: the
 * article then has no predictions.
 */
export function scoreDocument(
  id: string,
  documentText: string,
  brat: BratDocument,
  article: Article | null,
): DocumentScore {
  const text = new TokenizedText(documentText);
  const gold = goldAttributions(brat, text);
  const predicted = article ? predictedAttributions(documentText, article) : { attributions: [], unplacedBlocks: 0 };
  const g = gold.attributions;
  const p = predicted.attributions;
  const goldTokens = g.map((a) => text.contentTokenIds(a.content));
  const predictedTokens = p.map((a) => text.contentTokenIds(a.content));

  const pairs50 = greedyMatch(goldTokens, predictedTokens, MATCH_AT.at50);
  const pairs80 = greedyMatch(goldTokens, predictedTokens, MATCH_AT.at80);

  const directGold = g.map((a, i) => (a.kind === 'direct' ? i : -1)).filter((i) => i >= 0);
  const directPredicted = p
    .map((a, i) => (a.kind === 'direct' && contentKind(text, predictedTokens[i] ?? []) === 'direct' ? i : -1))
    .filter((i) => i >= 0);
  const pick = (all: number[][], which: number[]) => which.map((i) => all[i] ?? []);
  const direct = (threshold: number) =>
    counts(
      greedyMatch(pick(goldTokens, directGold), pick(predictedTokens, directPredicted), threshold),
      directGold.length,
      directPredicted.length,
    );

  const goldCues = g.filter((a) => a.cue.length > 0).map((a) => text.tokenIds(a.cue));
  const predictedCues = p.flatMap((a) => (a.cue ? [text.tokenIds([a.cue])] : []));
  const cuePairs = greedyMatch(goldCues, predictedCues, 0);

  const cueOnMatched: Tally = { hits: 0, total: 0 };
  const speaker: Tally = { hits: 0, total: 0 };
  const speakerErrors: SpeakerError[] = [];
  const allSources = g.filter((a) => a.source.length > 0).map((a) => a.source);
  for (const pair of pairs50) {
    const ga = g[pair.gold] as GoldAttribution;
    const pa = p[pair.predicted] as PredictedAttribution;
    if (ga.cue.length > 0) {
      cueOnMatched.total += 1;
      if (pa.cue && overlap(text.tokenIds(ga.cue), text.tokenIds([pa.cue])) > 0) cueOnMatched.hits += 1;
    }
    if (ga.source.length === 0) continue;
    speaker.total += 1;
    if (judgeSpeaker(text, ga, pa, allSources).correct) speaker.hits += 1;
    else {
      speakerErrors.push({
        article: id,
        content: shorten(text.slice(ga.content)),
        goldSource: text.slice(ga.source),
        predictedSource: pa.source ? text.slice([pa.source]) : null,
        predictedSpeaker: pa.speaker?.name ?? null,
      });
    }
  }

  const best = (tokens: number[], others: number[][]) => Math.max(0, ...others.map((o) => overlap(tokens, o)));
  const slice = (ranges: Range[]) => (ranges.length > 0 ? text.slice(ranges) : null);
  const matchedGold = new Set(pairs50.map((pair) => pair.gold));
  const matchedPredicted = new Set(pairs50.map((pair) => pair.predicted));
  const { recallByKind, recallByCueClass } = emptyScores();
  g.forEach((a, i) => {
    const hit = matchedGold.has(i) ? 1 : 0;
    recallByKind[a.kind].total += 1;
    recallByKind[a.kind].hits += hit;
    recallByCueClass[a.cueClass].total += 1;
    recallByCueClass[a.cueClass].hits += hit;
  });
  const misses: Miss[] = [
    ...g.flatMap((a, i): Miss[] =>
      matchedGold.has(i)
        ? []
        : [
            {
              article: id,
              side: 'gold',
              kind: a.kind,
              cueClass: a.cueClass,
              content: shorten(text.slice(a.content)),
              cue: slice(a.cue),
              source: slice(a.source),
              bestOverlap: best(goldTokens[i] ?? [], predictedTokens),
            },
          ],
    ),
    ...p.flatMap((a, i): Miss[] =>
      matchedPredicted.has(i)
        ? []
        : [
            {
              article: id,
              side: 'predicted',
              kind: a.kind,
              cueClass: null,
              content: shorten(text.slice(a.content)),
              cue: a.cue ? slice([a.cue]) : null,
              source: a.speaker?.name ?? (a.source ? slice([a.source]) : null),
              bestOverlap: best(predictedTokens[i] ?? [], goldTokens),
            },
          ],
    ),
  ];

  return {
    article: id,
    scores: {
      content: { at50: counts(pairs50, g.length, p.length), at80: counts(pairs80, g.length, p.length) },
      direct: { at50: direct(MATCH_AT.at50), at80: direct(MATCH_AT.at80) },
      cue: counts(cuePairs, goldCues.length, predictedCues.length),
      cueOnMatched,
      speaker,
      recallByKind,
      recallByCueClass,
    },
    misses,
    speakerErrors,
    skippedGold: gold.skipped,
    titleGold: gold.inTitle,
    unplacedBlocks: predicted.unplacedBlocks,
  };
}
