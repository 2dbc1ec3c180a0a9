/**
 * TempEval-3's time-expression measures (UzZaman et al. 2013), on the TIMEX3
 * types asked for (DATE and DURATION by default):
 *
 * - relaxed extent match: a system expression and a gold one share a
 *   character; strict: they cover exactly the same characters;
 * - precision over the system's expressions, recall over gold's, F1;
 * - value and type accuracy over the relaxed matches, and value F1 =
 *   value accuracy × relaxed F1 (TempEval-3's "attribute F1"), which equals
 *   the F1 of counting only matches with the right value.
 *
 * Gold expressions of other types (TIME, SET) are not scored; a system
 * expression that overlaps only such an expression is left out of precision
 * rather than counted as a false alarm. Matching is one-to-one, greatest
 * overlap first.
 */
import { prf, type Prf } from './match';
import type { GoldTimex, TimexType } from './timeml';

export type SystemTimex = { start: number; end: number; type: TimexType; value: string };

export type TimeCounts = {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  value: number;
  type: number;
};

export type TimeExample = {
  document: string;
  kind: 'missed' | 'false alarm' | 'wrong value' | 'wrong extent';
  /** The expression (gold's for misses and wrong values, the system's for false alarms). */
  text: string;
  /** Up to 40 characters either side. */
  context: string;
  gold: string | null;
  system: string | null;
};

export type DocumentTimeScore = { counts: TimeCounts; examples: TimeExample[] };

export const emptyTimeCounts = (): TimeCounts => ({ gold: 0, system: 0, relaxed: 0, strict: 0, value: 0, type: 0 });

export function addTimeCounts(a: TimeCounts, b: TimeCounts): TimeCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict,
    value: a.value + b.value,
    type: a.type + b.type,
  };
}

type Range = { start: number; end: number };

function overlapOf(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function context(text: string, item: Range): string {
  const before = text.slice(Math.max(0, item.start - 40), item.start);
  const after = text.slice(item.end, item.end + 40);
  return `${before}[${text.slice(item.start, item.end)}]${after}`.replace(/\s+/g, ' ').trim();
}

/** Leading and trailing white space does not count in an extent. */
function trimmed(text: string, item: Range): Range {
  let { start, end } = item;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

export function scoreTimeDocument(
  document: string,
  text: string,
  goldAll: readonly GoldTimex[],
  systemAll: readonly SystemTimex[],
  types: readonly TimexType[] = ['DATE', 'DURATION'],
): DocumentTimeScore {
  const scored = new Set(types);
  const gold = goldAll.filter((g) => scored.has(g.type)).map((g) => ({ ...g, ...trimmed(text, g) }));
  const others = goldAll.filter((g) => !scored.has(g.type));
  const systemTrimmed = systemAll.map((s) => ({ ...s, ...trimmed(text, s) })).filter((s) => s.end > s.start);
  // An expression that only overlaps gold of an unscored type is neither right nor wrong here.
  const system = systemTrimmed.filter(
    (s) => gold.some((g) => overlapOf(g, s) > 0) || !others.some((o) => overlapOf(o, s) > 0),
  );
  const candidates: { g: number; s: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const overlap = overlapOf(g, s);
      if (overlap > 0) candidates.push({ g: gi, s: si, overlap });
    }),
  );
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.s - b.s);
  const goldTaken = new Map<number, number>();
  const systemTaken = new Set<number>();
  for (const c of candidates) {
    if (goldTaken.has(c.g) || systemTaken.has(c.s)) continue;
    goldTaken.set(c.g, c.s);
    systemTaken.add(c.s);
  }
  const counts: TimeCounts = { ...emptyTimeCounts(), gold: gold.length, system: system.length };
  const examples: TimeExample[] = [];
  gold.forEach((g, gi) => {
    const si = goldTaken.get(gi);
    if (si === undefined) {
      examples.push({
        document,
        kind: 'missed',
        text: text.slice(g.start, g.end),
        context: context(text, g),
        gold: `${g.type} ${g.value}`,
        system: null,
      });
      return;
    }
    const s = system[si] as SystemTimex;
    counts.relaxed += 1;
    const exact = s.start === g.start && s.end === g.end;
    if (exact) counts.strict += 1;
    if (s.type === g.type) counts.type += 1;
    if (s.value === g.value) counts.value += 1;
    else {
      examples.push({
        document,
        kind: 'wrong value',
        text: text.slice(g.start, g.end),
        context: context(text, g),
        gold: `${g.type} ${g.value}`,
        system: `${s.type} ${s.value} "${text.slice(s.start, s.end)}"`,
      });
    }
    if (!exact && s.value === g.value) {
      examples.push({
        document,
        kind: 'wrong extent',
        text: text.slice(g.start, g.end),
        context: context(text, g),
        gold: `"${text.slice(g.start, g.end)}"`,
        system: `"${text.slice(s.start, s.end)}"`,
      });
    }
  });
  system.forEach((s, si) => {
    if (systemTaken.has(si)) return;
    examples.push({
      document,
      kind: 'false alarm',
      text: text.slice(s.start, s.end),
      context: context(text, s),
      gold: null,
      system: `${s.type} ${s.value}`,
    });
  });
  return { counts, examples };
}

export type TimeFigures = {
  relaxed: Prf;
  strict: Prf;
  /** Value and type accuracy over relaxed matches. */
  valueAccuracy: number;
  typeAccuracy: number;
  valueF1: number;
  typeF1: number;
};

export function timeFigures(counts: TimeCounts): TimeFigures {
  const relaxed = prf({ matched: counts.relaxed, gold: counts.gold, predicted: counts.system });
  const strict = prf({ matched: counts.strict, gold: counts.gold, predicted: counts.system });
  const valueAccuracy = counts.relaxed === 0 ? 0 : counts.value / counts.relaxed;
  const typeAccuracy = counts.relaxed === 0 ? 0 : counts.type / counts.relaxed;
  return {
    relaxed,
    strict,
    valueAccuracy,
    typeAccuracy,
    valueF1: valueAccuracy * relaxed.f1,
    typeF1: typeAccuracy * relaxed.f1,
  };
}

const fixed = (n: number) => n.toFixed(3);

export function formatTimeFigures(label: string, counts: TimeCounts): string {
  const f = timeFigures(counts);
  return [
    `${label}: ${counts.gold} gold, ${counts.system} found, ${counts.relaxed} matched (${counts.strict} exactly)`,
    '| measure | P | R | F1 |',
    '| --- | --- | --- | --- |',
    `| relaxed extent | ${fixed(f.relaxed.precision)} | ${fixed(f.relaxed.recall)} | ${fixed(f.relaxed.f1)} |`,
    `| strict extent | ${fixed(f.strict.precision)} | ${fixed(f.strict.recall)} | ${fixed(f.strict.f1)} |`,
    `| value | | | ${fixed(f.valueF1)} |`,
    `value accuracy ${fixed(f.valueAccuracy)}, type accuracy ${fixed(f.typeAccuracy)} (over relaxed matches)`,
  ].join('\n');
}
