/**
 * `npx tsx scripts/eval/direct-analysis.ts <PolNeAR> [--split train]`
 *
 * Error analysis for direct quotes and speakers (issue 14), not shipped in the
 * parser. On one split (train or dev; never test) it prints, one line each:
 * - `FA`: a predicted direct quote no gold direct quote matches at 0.5, with
 *   the gold attribution of any kind it overlaps most (kind, overlap);
 * - `MISS`: a gold direct quote no predicted direct quote matches, with the
 *   prediction of any kind it overlaps most;
 * - `SPK`: a matched attribution whose speaker the scorer judges wrong.
 * Fields are tab-separated so the output can be grouped with sort and cut.
 */
import { parseArgs } from 'node:util';
import { analysisArticles } from './analysis-articles';
import { analysisFolder } from './analysis-split';
import { greedyMatch, judgeSpeaker, type TokenizedText } from '@/eval';
import { contentKind } from '@/eval/gold';
import { overlap } from '@/eval/tokens';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { split: { type: 'string', default: 'train' } },
});
const root = positionals[0] ?? '/work/data/polnear';
const folder = analysisFolder('direct-analysis', root, values.split);
const out: string[] = [];
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Gold words the prediction lacks, by where they stand: before (B), inside (I) or after (A) it. */
function extra(text: TokenizedText, gold: number[], predicted: number[]): string {
  const first = predicted[0] ?? 0;
  const last = predicted.at(-1) ?? 0;
  const own = new Set(predicted);
  const parts: Record<string, string[]> = { B: [], I: [], A: [] };
  for (const id of gold) {
    if (own.has(id)) continue;
    const where = id < first ? 'B' : id > last ? 'A' : 'I';
    parts[where]?.push(text.tokens[id]?.text ?? '');
  }
  return Object.entries(parts)
    .filter(([, w]) => w.length > 0)
    .map(([k, w]) => `${k}${w.length}:${w.slice(0, 8).join(' ')}`)
    .join(' ');
}

for (const { name, tokenized, gold, predicted, goldTokens: gTok, predictedTokens: pTok } of analysisArticles(folder)) {
  const dg = gold.flatMap((a, i) => (a.kind === 'direct' ? [i] : []));
  const dp = predicted.flatMap((a, i) =>
    a.kind === 'direct' && contentKind(tokenized, pTok[i] ?? []) === 'direct' ? [i] : [],
  );
  const pairs = greedyMatch(
    dg.map((i) => gTok[i] ?? []),
    dp.map((i) => pTok[i] ?? []),
    0.5,
  );
  const usedG = new Set(pairs.map((p) => dg[p.gold]));
  const usedP = new Set(pairs.map((p) => dp[p.predicted]));
  const best = (tokens: number[], others: number[][]) => {
    let at = -1;
    let o = 0;
    others.forEach((other, i) => {
      const v = overlap(tokens, other);
      if (v > o) [o, at] = [v, i];
    });
    return { at, o };
  };
  for (const i of dp) {
    const p = predicted[i] as (typeof predicted)[number];
    if (usedP.has(i)) {
      const cue = flat(tokenized.slice(p.cue));
      out.push(
        [
          'HIT',
          name,
          flat(tokenized.slice(p.content)).slice(0, 160),
          `cue=${cue}`,
          `spk=${p.speaker?.name ?? '-'}`,
        ].join('\t'),
      );
      continue;
    }
    const b = best(pTok[i] ?? [], gTok);
    const g = b.at >= 0 ? gold[b.at] : undefined;
    out.push(
      [
        'FA',
        name,
        g ? g.kind : 'none',
        b.o.toFixed(2),
        flat(tokenized.slice(p.content)).slice(0, 160),
        `cue=${flat(tokenized.slice(p.cue))}`,
        `spk=${p.speaker?.name ?? '-'}`,
        g ? `gold=${flat(tokenized.slice(g.content)).slice(0, 200)}` : '',
        g ? `gcue=${flat(tokenized.slice(g.cue))}` : '',
        g ? extra(tokenized, gTok[b.at] ?? [], pTok[i] ?? []) : '',
      ].join('\t'),
    );
  }
  for (const i of dg) {
    if (usedG.has(i)) continue;
    const g = gold[i] as (typeof gold)[number];
    const b = best(gTok[i] ?? [], pTok);
    const p = b.at >= 0 ? predicted[b.at] : undefined;
    out.push(
      [
        'MISS',
        name,
        p ? `${p.kind}/${contentKind(tokenized, pTok[b.at] ?? [])}` : 'none',
        b.o.toFixed(2),
        flat(tokenized.slice(g.content)).slice(0, 160),
        `gcue=${flat(tokenized.slice(g.cue))}`,
        `src=${flat(tokenized.slice(g.source))}`,
        p ? `pred=${flat(tokenized.slice(p.content)).slice(0, 200)}` : '',
      ].join('\t'),
    );
  }
  const sources = gold.filter((a) => a.source.length > 0).map((a) => a.source);
  for (const pair of greedyMatch(gTok, pTok, 0.5)) {
    const g = gold[pair.gold] as (typeof gold)[number];
    const p = predicted[pair.predicted] as (typeof predicted)[number];
    if (g.source.length === 0 || judgeSpeaker(tokenized, g, p, sources).correct) continue;
    out.push(
      [
        'SPK',
        name,
        p.kind,
        p.cue.length > 0 ? 'cue' : 'nocue',
        flat(tokenized.slice(g.source)),
        `${p.source ? flat(tokenized.slice([p.source])) : '-'} => ${p.speaker?.name ?? '-'}`,
        flat(tokenized.slice(g.content)).slice(0, 160),
        `gcue=${flat(tokenized.slice(g.cue))}`,
        `at=${g.content[0]?.start ?? 0}`,
      ].join('\t'),
    );
  }
}
process.stdout.write(`${out.join('\n')}\n`);
