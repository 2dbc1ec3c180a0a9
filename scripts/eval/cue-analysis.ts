/**
 * `npx tsx scripts/eval/cue-analysis.ts <PolNeAR> [--split train] [--top n]`
 *
 * Error analysis for the reported-speech rules (issue 14), not shipped in the
 * parser. On one split (train; never test) it prints:
 * - the gold attributions the parser missed (no prediction at 0.5 overlap),
 *   grouped by their cue (lowercased cue words), with the cue class;
 * - for each word that is part of some gold cue, how often it occurs in the
 *   article bodies, how often that occurrence is inside a gold cue (its
 *   precision as a cue) and how often the parser already marks it as a cue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analysisFolder } from './analysis-split';
import { chooseAnnotations, goldAttributions, parseBrat, scoreDocument, TokenizedText } from '@/eval';
import { bodyStart } from '@/eval/gold';
import { predictedAttributions } from '@/eval/predicted';
import { parseArticle } from '@/parser';

type WordCount = { occurs: number; gold: number; predicted: number };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'train' },
    top: { type: 'string', default: '60' },
    show: { type: 'string' },
    false: { type: 'string' },
  },
});
const root = positionals[0] ?? '/work/data/polnear';
const folder = analysisFolder('cue-analysis', root, values.split);
const missed = new Map<string, { n: number; cls: string }>();
const words = new Map<string, WordCount>();
const shown: string[] = [];
const byPredictedCue = new Map<string, { all: number; wrong: number }>();
function count(w: string): WordCount {
  const found = words.get(w);
  if (found) return found;
  const fresh = { occurs: 0, gold: 0, predicted: 0 };
  words.set(w, fresh);
  return fresh;
}

for (const [name, ann] of chooseAnnotations(readdirSync(join(folder, 'attributions')))) {
  const text = readFileSync(join(folder, 'text', `${name}.txt`), 'utf8');
  const brat = parseBrat(readFileSync(join(folder, 'attributions', ann), 'utf8'));
  const article = parseArticle(text, { id: 'a', published: null });
  const scored = scoreDocument(name, text, brat, article);
  for (const miss of scored.misses) {
    if (
      miss.side === 'predicted' &&
      values.false !== undefined &&
      new RegExp(values.false).test((miss.cue ?? '').toLowerCase())
    )
      shown.push(`FALSE [${miss.cue}] (${miss.source ?? '-'}) ${miss.content} {best ${miss.bestOverlap.toFixed(2)}}`);
    if (miss.side !== 'gold') continue;
    const key = (miss.cue ?? '(none)').toLowerCase().replace(/\s+/g, ' ');
    const entry = missed.get(key) ?? { n: 0, cls: miss.cueClass ?? '' };
    entry.n += 1;
    missed.set(key, entry);
    if (values.show !== undefined && new RegExp(values.show).test(key))
      shown.push(`[${miss.cue}] (${miss.source ?? '-'}) ${miss.content} {best ${miss.bestOverlap.toFixed(2)}}`);
  }
  const tokenized = new TokenizedText(text);
  const gold = goldAttributions(brat, tokenized);
  const goldCue = new Set(gold.attributions.flatMap((a) => tokenized.tokenIds(a.cue)));
  const predicted = predictedAttributions(text, article).attributions;
  const predictedCue = new Set(predicted.flatMap((a) => tokenized.tokenIds(a.cue)));
  for (const a of predicted) {
    const key = tokenized.slice(a.cue).toLowerCase();
    const entry = byPredictedCue.get(key) ?? { all: 0, wrong: 0 };
    entry.all += 1;
    byPredictedCue.set(key, entry);
  }
  for (const miss of scored.misses) {
    if (miss.side !== 'predicted') continue;
    const entry = byPredictedCue.get((miss.cue ?? '').toLowerCase());
    if (entry) entry.wrong += 1;
  }
  const cueWords = new Set([...goldCue].map((i) => (tokenized.tokens[i]?.text ?? '').toLowerCase()));
  cueWords.forEach((w) => count(w));
  const body = bodyStart(text);
  tokenized.tokens.forEach((token, i) => {
    const w = token.text.toLowerCase();
    if (token.start < body || !words.has(w)) return;
    const c = count(w);
    c.occurs += 1;
    if (goldCue.has(i)) c.gold += 1;
    if (predictedCue.has(i)) c.predicted += 1;
  });
}
// Words first seen late were not counted in earlier articles: the counts are
// only for articles after the word first appeared as a gold cue. Good enough
// for choosing words; rerun with --split to compare.
const top = Number(values.top);
const out: string[] = ['missed gold attributions by cue (n, class, cue):'];
for (const [cue, { n, cls }] of [...missed].sort((a, b) => b[1].n - a[1].n).slice(0, top))
  out.push(`${String(n).padStart(5)}  ${cls.padEnd(7)} ${cue}`);
out.push('', 'cue words (occurs, gold cue, precision, parser marks, gold not marked):');
for (const [w, c] of [...words]
  .sort((a, b) => b[1].gold - b[1].predicted - (a[1].gold - a[1].predicted))
  .slice(0, top * 2))
  out.push(
    `${w.padEnd(16)} ${String(c.occurs).padStart(5)} ${String(c.gold).padStart(5)}  ${(c.gold / Math.max(1, c.occurs)).toFixed(2)}  ${String(c.predicted).padStart(5)}  ${String(c.gold - c.predicted).padStart(5)}`,
  );
if (values.show !== undefined || values.false !== undefined) out.splice(0, out.length, ...shown);
out.push('', 'predicted cues (all, false alarms, right):');
for (const [cue, c] of [...byPredictedCue].sort((a, b) => b[1].all - a[1].all).slice(0, top * 2))
  out.push(
    `${cue.padEnd(20)} ${String(c.all).padStart(5)} ${String(c.wrong).padStart(5)} ${String(c.all - c.wrong).padStart(5)}`,
  );
process.stdout.write(`${out.join('\n')}\n`);
