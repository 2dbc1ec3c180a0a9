/**
 * `npx tsx scripts/eval/boundary-analysis.ts <PolNeAR> [--split train] [--show GROUP] [--cue REGEX] [--n 20]`
 *
 * Error analysis of content boundaries (issue 14), not shipped in the parser.
 * On one split (train or dev; never test) it takes each gold attribution left
 * unmatched at 0.5 whose cue shares a word with the cue of an unmatched
 * prediction whose content shares a word with it: whosaid found the
 * attribution but cut its content differently. For each it says which side
 * is longer at each end and what stands at the boundary (a sentence end, a
 * paragraph break, a comma, a conjunction, the cue itself), and prints the
 * groups, largest first; `--show GROUP` prints examples of one group, with
 * the gold content in [[…]] and whosaid's in {{…}}.
 */
import { parseArgs } from 'node:util';
import { analysisArticles } from './analysis-articles';
import { analysisFolder } from './analysis-split';
import type { TokenizedText } from '@/eval';
import { greedyMatch } from '@/eval/match';
import { overlap } from '@/eval/tokens';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'train' },
    show: { type: 'string' },
    cue: { type: 'string' },
    n: { type: 'string', default: '20' },
  },
});
const root = positionals[0] ?? '/work/data/polnear';
const folder = analysisFolder('boundary-analysis', root, values.split);

/** What stands in the text between two offsets (the gap after one side's end). */
function boundaryKind(text: string, from: number, to: number): string {
  const gap = text.slice(from, to);
  if (/\n\s*\n/.test(gap)) return 'paragraph';
  if (/[.?!]["”’']*\s/.test(gap) || /[.?!]["”’']*$/.test(gap.trimEnd())) return 'sentence';
  if (/;/.test(gap)) return 'semicolon';
  if (/[—–]|--/.test(gap)) return 'dash';
  if (/:/.test(gap)) return 'colon';
  if (/\(|\)/.test(gap)) return 'paren';
  const word = /^[\s,"“”]*([A-Za-z]+)/.exec(text.slice(from, from + 40))?.[1]?.toLowerCase() ?? '';
  const comma = /,/.test(gap) ? 'comma' : 'space';
  if (['and', 'but', 'or', 'while', 'because', 'as', 'although', 'though', 'since', 'so'].includes(word))
    return `${comma}+${word}`;
  if (['who', 'which', 'whom', 'whose', 'where', 'when'].includes(word)) return `${comma}+${word}`;
  if (['said', 'says', 'saying', 'according', 'told', 'added'].includes(word)) return `${comma}+cue`;
  return comma;
}

type Case = { group: string; cue: string; line: string };
const cases: Case[] = [];

function mark(text: string, g: [number, number], p: [number, number]): string {
  const lo = Math.max(0, Math.min(g[0], p[0]) - 80);
  const hi = Math.min(text.length, Math.max(g[1], p[1]) + 80);
  const inserts: [number, string][] = [
    [g[0], '[['],
    [g[1], ']]'],
    [p[0], '{{'],
    [p[1], '}}'],
  ];
  inserts.sort((a, b) => b[0] - a[0]);
  let out = text.slice(lo, hi);
  for (const [at, s] of inserts) out = out.slice(0, at - lo) + s + out.slice(at - lo);
  return out.replace(/\s+/g, ' ');
}

function classify(t: TokenizedText, g: number[], p: number[], cueStart: number): string {
  const tok = (i: number) => t.tokens[i] ?? { start: 0, end: 0, text: '' };
  const gs = tok(g[0] ?? 0).start;
  const ge = tok(g.at(-1) ?? 0).end;
  const ps = tok(p[0] ?? 0).start;
  const pe = tok(p.at(-1) ?? 0).end;
  const parts: string[] = [];
  if (gs < ps - 0) {
    const where = gs < cueStart && ps > cueStart ? 'gold-before-cue' : boundaryKind(t.text, gs, ps);
    parts.push(`start:gold-earlier@${where}`);
  } else if (ps < gs) parts.push(`start:ours-earlier@${boundaryKind(t.text, ps, gs)}`);
  if (ge > pe) parts.push(`end:ours-short@${boundaryKind(t.text, pe, tok((p.at(-1) ?? 0) + 1).start)}`);
  else if (pe > ge) parts.push(`end:ours-long@${boundaryKind(t.text, ge, tok((g.at(-1) ?? 0) + 1).start)}`);
  return parts.join(' ') || 'same-ends';
}

for (const {
  name,
  text,
  tokenized: t,
  gold,
  predicted: pred,
  goldTokens: gTok,
  predictedTokens: pTok,
} of analysisArticles(folder)) {
  const pairs = greedyMatch(gTok, pTok, 0.5);
  const usedG = new Set(pairs.map((x) => x.gold));
  const usedP = new Set(pairs.map((x) => x.predicted));
  gold.forEach((ga, gi) => {
    if (usedG.has(gi) || ga.cue.length === 0) return;
    const gc = t.tokenIds(ga.cue);
    let best = -1;
    let bestO = 0;
    let taken = false;
    for (const free of [true, false]) {
      pred.forEach((pa, pi) => {
        if (usedP.has(pi) === free || overlap(gc, t.tokenIds(pa.cue)) === 0) return;
        const o = overlap(gTok[gi] ?? [], pTok[pi] ?? []);
        if (o > bestO) [best, bestO, taken] = [pi, o, !free];
      });
      if (best >= 0) break;
    }
    if (best < 0) return;
    const g = gTok[gi] ?? [];
    const p = pTok[best] ?? [];
    const cueStart = ga.cue[0]?.start ?? 0;
    const group = `${taken ? 'TAKEN ' : ''}${classify(t, g, p, cueStart)}`;
    const cue = t.slice(ga.cue).toLowerCase();
    if (values.cue !== undefined && !new RegExp(values.cue).test(cue)) return;
    const span = (ids: number[]): [number, number] => [
      t.tokens[ids[0] ?? 0]?.start ?? 0,
      t.tokens[ids.at(-1) ?? 0]?.end ?? 0,
    ];
    const line = `${name} o=${bestO.toFixed(2)} g=${g.length} p=${p.length} cue=${cue}\n   ${mark(text, span(g), span(p))}`;
    cases.push({ group, cue, line });
  });
}

const byGroup = new Map<string, Case[]>();
for (const c of cases) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);
const out: string[] = [`${cases.length} found attributions with content overlap under 0.5`];
if (values.show !== undefined) {
  const re = new RegExp(values.show);
  const chosen = cases.filter((c) => re.test(c.group)).slice(0, Number(values.n));
  out.push(...chosen.map((c) => `${c.group}\n  ${c.line}`));
} else {
  for (const [group, list] of [...byGroup].sort((a, b) => b[1].length - a[1].length)) {
    const cues = new Map<string, number>();
    list.forEach((c) => cues.set(c.cue, (cues.get(c.cue) ?? 0) + 1));
    const top = [...cues]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    out.push(`${String(list.length).padStart(5)}  ${group.padEnd(60)} ${top}`);
  }
}
process.stdout.write(`${out.join('\n')}\n`);
