/**
 * How far PolNeAR's annotators agree with each other, scored with the same
 * rule as the parser: the ceiling a parser can be compared with.
 *
 * A few core articles were annotated by several people (20 articles by 5 or
 * 6). For every ordered pair of their annotations of one article, the first
 * is read as gold and the second as a prediction, and scored exactly as the
 * parser's quotes are (content at 0.5 and 0.8 and exactly, direct quotes,
 * cues, speakers). Counts are summed over all pairs, so each figure is the
 * pairwise agreement pooled over the articles. Taking both orders makes
 * P and R equal and F1 symmetric; speaker accuracy is judged on the gold
 * side's sources, so both orders count too.
 */
import type { BratDocument, Range } from './brat';
import { goldAttributions, type GoldAttribution } from './gold';
import type { PredictedAttribution } from './predicted';
import { scoreAttributions, type DocumentScore } from './score';
import { TokenizedText } from './tokens';

/** An annotator's attributions as predictions: the source is the hull of its ranges, with no speaker. */
export function asPredicted(gold: readonly GoldAttribution[]): PredictedAttribution[] {
  return gold.map((a) => {
    const first = a.source[0];
    const last = a.source.at(-1);
    return {
      id: a.id,
      kind: a.kind,
      content: a.content,
      cue: a.cue,
      source: first && last ? ({ start: first.start, end: last.end } satisfies Range) : null,
      speaker: null,
    };
  });
}

/** One score per ordered pair of annotations of one article (n·(n−1) for n annotations). */
export function pairwiseScores(
  id: string,
  documentText: string,
  annotations: readonly BratDocument[],
): DocumentScore[] {
  const text = new TokenizedText(documentText);
  const golds = annotations.map((brat) => goldAttributions(brat, text));
  return golds.flatMap((gold, i) =>
    golds.flatMap((other, j) =>
      i === j ? [] : [scoreAttributions(`${id} (${i + 1} vs ${j + 1})`, text, gold, asPredicted(other.attributions))],
    ),
  );
}

/**
 * PolNeAR names an annotation `<article>_<annotator>.ann`. Returns, per
 * article annotated by at least two people, its annotation files, sorted.
 */
export function multiplyAnnotated(annFiles: readonly string[]): Map<string, string[]> {
  const byArticle = new Map<string, string[]>();
  for (const file of [...annFiles].sort()) {
    const match = /^(.*)_([0-9a-z]+)\.ann$/.exec(file);
    if (!match?.[1]) continue;
    byArticle.set(match[1], [...(byArticle.get(match[1]) ?? []), file]);
  }
  return new Map([...byArticle].filter(([, files]) => files.length > 1));
}
