/**
 * `npx tsx scripts/eval/speaker-analysis.ts <PolNeAR> [--split train] [--show GROUP] [--limit N]`
 *
 * Error analysis for speakers (issue 14), not shipped in the parser. On one
 * split (train or dev; never test) it takes each attribution matched at 0.5
 * whose speaker the scorer judges wrong, puts it in a group by why, and
 * prints the groups by size; `--show GROUP` (a regular expression on the
 * group's name) lists its cases with the text before the content.
 *
 * Groups: `none/…` when the parser names nobody (by where the gold source
 * stands: the same sentence, earlier in the paragraph, an earlier paragraph,
 * after the content); otherwise by what the parser named: a pronoun resolved
 * to someone else, a gold pronoun, a role noun or an organisation instead of
 * the person, a group, a name that is part of the gold source, a follow-on
 * quote (no cue) after someone else's, or another name.
 */
import { parseArgs } from 'node:util';
import { analysisArticles, type AnalysisArticle } from './analysis-articles';
import { analysisFolder } from './analysis-split';
import { greedyMatch, isPronoun, judgeSpeaker, type GoldAttribution, type PredictedAttribution } from '@/eval';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'train' },
    show: { type: 'string' },
    limit: { type: 'string', default: '40' },
  },
});
const root = positionals[0] ?? '/work/data/polnear';
const folder = analysisFolder('speaker-analysis', root, values.split);
const flat = (s: string) => s.replace(/\s+/g, ' ');

type Case = { group: string; line: string };

/** Where the gold source stands relative to the content's start. */
function sourcePlace(text: string, gold: GoldAttribution): string {
  const source = gold.source[0]?.start ?? 0;
  const content = gold.content[0]?.start ?? 0;
  if (source > content) return 'after';
  const between = text.slice(source, content);
  if (/\n\s*\n/.test(between)) return 'earlier-paragraph';
  if (/[.?!]["”’']?\s+["“‘']?\p{Lu}/u.test(between)) return 'earlier-sentence';
  return 'same-sentence';
}

function whatNamed(goldText: string, predText: string, pred: PredictedAttribution): string {
  const name = pred.speaker?.name ?? '';
  if (isPronoun(goldText)) return 'gold-pronoun';
  if (isPronoun(predText)) return 'pronoun-other-person';
  if (pred.cue.length === 0) return 'follow-on';
  if (pred.speaker?.kind === 'group' || /s$/.test(predText.trim().split(/\s+/).at(-1) ?? '')) return 'group';
  if (goldText.includes(predText.trim()) || goldText.includes(name)) return 'part-of-gold';
  if (!/\p{Lu}/u.test(predText)) return 'role-noun';
  if (pred.speaker?.kind === 'organization') return 'organisation';
  return 'other-name';
}

function classify(text: string, gold: GoldAttribution, pred: PredictedAttribution, goldText: string): string {
  if (!pred.speaker) {
    const cue = pred.cue.length > 0 ? 'cue' : 'nocue';
    const pronoun = isPronoun(goldText) ? '-pronoun' : '';
    return `none/${pred.kind}/${cue}/${sourcePlace(text, gold)}${pronoun}`;
  }
  const predText = pred.source ? text.slice(pred.source.start, pred.source.end) : pred.speaker.name;
  return `named/${whatNamed(goldText, predText, pred)}`;
}

function casesOf({
  name,
  text,
  tokenized,
  gold,
  predicted,
  goldTokens: gTok,
  predictedTokens: pTok,
}: AnalysisArticle): Case[] {
  const sources = gold.filter((a) => a.source.length > 0).map((a) => a.source);
  const cases: Case[] = [];
  for (const pair of greedyMatch(gTok, pTok, 0.5)) {
    const g = gold[pair.gold] as GoldAttribution;
    const p = predicted[pair.predicted] as PredictedAttribution;
    if (g.source.length === 0 || judgeSpeaker(tokenized, g, p, sources).correct) continue;
    const goldText = flat(tokenized.slice(g.source));
    const start = Math.min(g.content[0]?.start ?? 0, g.source[0]?.start ?? 0);
    const line = [
      name,
      `gold=${goldText}`,
      `pred=${p.source ? flat(text.slice(p.source.start, p.source.end)) : '-'} => ${p.speaker?.name ?? '-'} (${p.speaker?.kind ?? ''})`,
      `cue=${flat(tokenized.slice(p.cue))} gcue=${flat(tokenized.slice(g.cue))}`,
      `before=…${flat(text.slice(Math.max(0, start - 120), g.content[0]?.start ?? 0)).slice(-420)}`,
      `content=${flat(tokenized.slice(g.content)).slice(0, 200)}`,
    ].join('\n    ');
    cases.push({ group: classify(text, g, p, goldText), line });
  }
  return cases;
}

const all = [...analysisArticles(folder)].flatMap(casesOf);
const groups = new Map<string, Case[]>();
for (const c of all) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
const out = [`${all.length} wrong speakers on ${values.split}`];
for (const [group, cases] of sorted) out.push(`${String(cases.length).padStart(5)}  ${group}`);
if (values.show) {
  const re = new RegExp(values.show);
  for (const [group, cases] of sorted.filter(([g]) => re.test(g))) {
    out.push('', `## ${group}`);
    for (const c of cases.slice(0, Number(values.limit))) out.push(`- ${c.line}`);
  }
}
process.stdout.write(`${out.join('\n')}\n`);
