/**
 * One-to-one greedy matching by best overlap, and precision/recall/F1.
 *
 * Every gold-prediction pair whose overlap reaches the threshold is a
 * candidate; candidates are taken best overlap first (ties: earlier gold,
 * then earlier prediction), skipping any whose gold or prediction is taken.
 */
import { overlap } from './tokens';

export type Pair = { gold: number; predicted: number; overlap: number };

/** `threshold` is inclusive; any positive overlap counts when it is 0. */
export function greedyMatch(
  gold: readonly (readonly number[])[],
  predicted: readonly (readonly number[])[],
  threshold: number,
): Pair[] {
  const candidates: Pair[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const o = overlap(g, p);
      if (o > 0 && o >= threshold) candidates.push({ gold: gi, predicted: pi, overlap: o });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.predicted - b.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Pair[] = [];
  for (const pair of candidates) {
    if (usedGold.has(pair.gold) || usedPredicted.has(pair.predicted)) continue;
    usedGold.add(pair.gold);
    usedPredicted.add(pair.predicted);
    pairs.push(pair);
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Matched pairs, gold items and predicted items. */
export type Counts = { matched: number; gold: number; predicted: number };

export type Prf = Counts & { precision: number; recall: number; f1: number };

export const emptyCounts = (): Counts => ({ matched: 0, gold: 0, predicted: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { matched: a.matched + b.matched, gold: a.gold + b.gold, predicted: a.predicted + b.predicted };
}

/** Precision is 0 with no predictions, recall 0 with no gold (and F1 0 then). */
export function prf(counts: Counts): Prf {
  const precision = counts.predicted > 0 ? counts.matched / counts.predicted : 0;
  const recall = counts.gold > 0 ? counts.matched / counts.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}
