/**
 * The evaluation report: scores per split and overall, a breakdown of the
 * errors, and the short table the command prints.
 */
import { prf, type Prf } from './match';
import {
  addScores,
  emptyScores,
  type DocumentScore,
  type Miss,
  type Scores,
  type SpeakerError,
  type Tally,
} from './score';

export type SplitRun = {
  split: string;
  documents: DocumentScore[];
  /** Articles the parser rejected (ArticleInputError) or failed on; scored as empty. */
  rejected: number;
  failed: { article: string; message: string }[];
  /** Milliseconds spent in the parser for the whole split. */
  parseMs: number;
};

type Figures = {
  articles: number;
  content: { at50: Prf; at80: Prf };
  direct: { at50: Prf; at80: Prf };
  cue: Prf;
  cueOnMatched: Tally & { accuracy: number };
  speaker: Tally & { accuracy: number };
  recallByKind: Record<keyof Scores['recallByKind'], Tally & { recall: number }>;
  recallByCueClass: Record<keyof Scores['recallByCueClass'], Tally & { recall: number }>;
  skippedGold: number;
  titleGold: number;
  unplacedBlocks: number;
  rejected: number;
  failed: number;
  parseMs: number;
};

type Breakdown = {
  /** Misses (gold not matched at 0.5) that share some words with a prediction (a boundary error) or none. */
  misses: {
    partial: number;
    unmatched: number;
    byKind: Record<string, number>;
    byCue: [string, number][];
    byCueClass: Record<string, number>;
  };
  falseAlarms: {
    partial: number;
    unmatched: number;
    byKind: Record<string, number>;
    byCue: [string, number][];
    byCueClass: Record<string, number>;
  };
  speakerErrors: { total: number; predictedNone: number };
};

type SplitReport = Figures & { split: string; breakdown: Breakdown; failures: SplitRun['failed'] };

const ratio = (t: Tally) => (t.total > 0 ? t.hits / t.total : 0);
const withRatio = (t: Tally) => ({ ...t, accuracy: ratio(t) });

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function topCues(items: Miss[], n = 12): [string, number][] {
  const counts = countBy(items, (m) => (m.cue ?? '(no cue)').toLowerCase().replace(/\s+/g, ' '));
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n);
}

function breakdown(documents: DocumentScore[]): Breakdown {
  const all = documents.flatMap((d) => d.misses);
  const misses = all.filter((m) => m.side === 'gold');
  const falseAlarms = all.filter((m) => m.side === 'predicted');
  const errors = documents.flatMap((d) => d.speakerErrors);
  const part = (items: Miss[]) => ({
    partial: items.filter((m) => m.bestOverlap > 0).length,
    unmatched: items.filter((m) => m.bestOverlap === 0).length,
    byKind: countBy(items, (m) => m.kind),
    byCue: topCues(items),
    byCueClass: countBy(items, (m) => m.cueClass ?? 'n/a'),
  });
  return {
    misses: part(misses),
    falseAlarms: part(falseAlarms),
    speakerErrors: { total: errors.length, predictedNone: errors.filter((e) => e.predictedSpeaker === null).length },
  };
}

export function figures(runs: SplitRun[]): Figures {
  const documents = runs.flatMap((r) => r.documents);
  const s = documents.reduce((acc, d) => addScores(acc, d.scores), emptyScores());
  const kind = (t: Tally) => ({ ...t, recall: ratio(t) });
  return {
    articles: documents.length,
    content: { at50: prf(s.content.at50), at80: prf(s.content.at80) },
    direct: { at50: prf(s.direct.at50), at80: prf(s.direct.at80) },
    cue: prf(s.cue),
    cueOnMatched: withRatio(s.cueOnMatched),
    speaker: withRatio(s.speaker),
    recallByKind: {
      direct: kind(s.recallByKind.direct),
      mixed: kind(s.recallByKind.mixed),
      indirect: kind(s.recallByKind.indirect),
    },
    recallByCueClass: { speech: kind(s.recallByCueClass.speech), other: kind(s.recallByCueClass.other) },
    skippedGold: documents.reduce((n, d) => n + d.skippedGold, 0),
    titleGold: documents.reduce((n, d) => n + d.titleGold, 0),
    unplacedBlocks: documents.reduce((n, d) => n + d.unplacedBlocks, 0),
    rejected: runs.reduce((n, r) => n + r.rejected, 0),
    failed: runs.reduce((n, r) => n + r.failed.length, 0),
    parseMs: runs.reduce((n, r) => n + r.parseMs, 0),
  };
}

export function splitReport(run: SplitRun): SplitReport {
  return { split: run.split, ...figures([run]), breakdown: breakdown(run.documents), failures: run.failed };
}

/** `n` items spread evenly through the list (the same ones every run). */
export function spread<T>(items: T[], n: number): T[] {
  if (n >= items.length) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T);
}

type Examples = { misses: Miss[]; falseAlarms: Miss[]; speakerErrors: SpeakerError[] };

export function examples(documents: DocumentScore[], n: number): Examples {
  const all = documents.flatMap((d) => d.misses);
  return {
    misses: spread(
      all.filter((m) => m.side === 'gold'),
      n,
    ),
    falseAlarms: spread(
      all.filter((m) => m.side === 'predicted'),
      n,
    ),
    speakerErrors: spread(
      documents.flatMap((d) => d.speakerErrors),
      n,
    ),
  };
}

const f3 = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);

function prfRow(label: string, m: Prf): string {
  return `${pad(label, 18)} ${f3(m.precision)}  ${f3(m.recall)}  ${f3(m.f1)}   ${m.matched}/${m.gold}/${m.predicted}`;
}

function tallyRow(label: string, t: Tally & { accuracy: number }): string {
  return `${pad(label, 18)} ${pad('', 14)}${f3(t.accuracy)}   ${t.hits}/${t.total}`;
}

/** The short table: one block per split, then the overall figures when there are several. */
export function formatTable(title: string, f: Figures): string {
  const seconds = (f.parseMs / 1000).toFixed(1);
  const perArticle = f.articles > 0 ? (f.parseMs / f.articles).toFixed(1) : '0';
  const kinds = (['direct', 'mixed', 'indirect'] as const)
    .map((k) => `${k} ${f3(f.recallByKind[k].recall)} (${f.recallByKind[k].hits}/${f.recallByKind[k].total})`)
    .join(', ');
  const classes = (['speech', 'other'] as const)
    .map(
      (k) => `${k} ${f3(f.recallByCueClass[k].recall)} (${f.recallByCueClass[k].hits}/${f.recallByCueClass[k].total})`,
    )
    .join(', ');
  return [
    `${title}: ${f.articles} articles`,
    `${pad('', 18)} P      R      F1      matched/gold/predicted`,
    prfRow('content @0.5', f.content.at50),
    prfRow('content @0.8', f.content.at80),
    prfRow('direct @0.5', f.direct.at50),
    prfRow('direct @0.8', f.direct.at80),
    prfRow('cue', f.cue),
    tallyRow('cue on matched', f.cueOnMatched),
    tallyRow('speaker accuracy', f.speaker),
    `recall @0.5 by gold kind: ${kinds}`,
    `recall @0.5 by gold cue: ${classes}`,
    `not scored: ${f.titleGold} gold attributions in titles, ${f.skippedGold} without content`,
    `parse time ${seconds} s (${perArticle} ms/article); rejected ${f.rejected}, failed ${f.failed}, unplaced blocks ${f.unplacedBlocks}`,
  ].join('\n');
}

export function formatExamples(ex: Examples): string {
  const quote = (s: string | null) => (s === null ? '—' : `“${s.replace(/\s+/g, ' ')}”`);
  const line = (m: Miss) =>
    `  [${m.article}] ${m.kind}, overlap ${m.bestOverlap.toFixed(2)}: ${quote(m.content)} cue ${quote(m.cue)} source ${quote(m.source)}`;
  return [
    `Misses (gold not matched at 0.5), ${ex.misses.length} shown:`,
    ...ex.misses.map(line),
    `False alarms (predicted, not matched at 0.5), ${ex.falseAlarms.length} shown:`,
    ...ex.falseAlarms.map(line),
    `Wrong speakers, ${ex.speakerErrors.length} shown:`,
    ...ex.speakerErrors.map(
      (e) =>
        `  [${e.article}] gold ${quote(e.goldSource)}, parser ${quote(e.predictedSpeaker)} (source span ${quote(e.predictedSource)}): ${quote(e.content)}`,
    ),
  ].join('\n');
}
