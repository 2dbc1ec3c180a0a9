import type { Block, Quote } from '@/article';
import {
  fragmentOfSentence,
  notSpeech,
  opensLowerCase,
  type Attribution,
  type RawQuote,
  type TranscriptLine,
} from '../quotes';
import { ARTICLES, CLAUSE_JOINS } from '../lexicon';
import type { Reported } from '../reported';
import type { SpeakerItem } from '../speakers';
import type { BlockContext } from '../text';
import type { Located, Position } from '../types';

/** A quote before ids and speaker ids: what the detection steps produce. */
export type Draft = {
  kind: Quote['kind'];
  spans: Located[];
  cue: string | null;
  cueSpan: Located | null;
  item: SpeakerItem;
  /** Take the speaker of the direct quote at this index (an unattributed follow-on quote). */
  inheritFrom: number | null;
  /** Index among the direct quotes, for inheritance. */
  direct: number | null;
};

/** What the detection stages found, for {@link draftQuotes}. */
export type Found = {
  blocks: readonly Block[];
  contexts: readonly BlockContext[];
  rawQuotes: readonly RawQuote[];
  /** One attribution per raw quote, from the quotes stage. */
  attributions: readonly (Attribution | undefined)[];
  reported: readonly Reported[];
  /** Transcript lines or interview answers. */
  lines: readonly TranscriptLine[];
};

/** Whether every word of a reported clause stands inside its quotes (`said that "…"`): then it is a direct quote. */
function allQuoted(r: Reported, rawQuotes: readonly RawQuote[], blocks: readonly Block[]): boolean {
  if (r.rest) return false;
  const text = (blocks[r.content.block] as Block).text;
  let outside = text.slice(r.content.start, r.content.end);
  for (const q of [...r.quotes].reverse()) {
    const raw = rawQuotes[q];
    if (!raw || raw.open.block !== r.content.block || raw.close.block !== r.content.block) return false;
    const from = raw.open.offset - r.content.start;
    const to = raw.close.offset + 1 - r.content.start;
    outside = outside.slice(0, Math.max(0, from)) + ' ' + outside.slice(Math.max(0, to));
  }
  return !/[\p{L}\p{N}]/u.test(outside);
}

function directDrafts(found: Found, subsumed: ReadonlySet<number>): Draft[] {
  const { rawQuotes, contexts, attributions } = found;
  const drafts: Draft[] = [];
  rawQuotes.forEach((raw, q) => {
    if (subsumed.has(q)) return;
    const attribution = attributions[q];
    if (!attribution) return;
    if (notSpeech(raw, contexts, attribution)) return;
    const at: Position = attribution.cueSpan
      ? { block: attribution.cueSpan.block, offset: attribution.cueSpan.start }
      : { block: raw.open.block, offset: raw.open.offset };
    const only = raw.spans.length === 1 ? raw.spans[0] : undefined;
    // The quote completes words of the attribution's own sentence: one mixed quote over both.
    const mixed =
      attribution.mixedFrom !== undefined &&
      only &&
      raw.open.block === raw.close.block &&
      attribution.cueSpan?.block === only.block;
    const spans =
      mixed && only
        ? [{ block: only.block, start: attribution.mixedFrom ?? only.start, end: raw.close.offset + 1 }]
        : raw.spans;
    drafts.push({
      kind:
        mixed ||
        attribution.lead ||
        attribution.tail ||
        (attribution.cue === null && !attribution.inherit && !attribution.mention && opensLowerCase(raw, contexts)) ||
        fragmentOfSentence(raw, contexts, attribution)
          ? 'mixed'
          : 'direct',
      spans: [
        ...(attribution.lead ? [attribution.lead] : []),
        ...spans,
        ...(attribution.tail ? [attribution.tail] : []),
      ],
      cue: attribution.cue,
      cueSpan: attribution.cueSpan,
      item: { position: at, mention: attribution.mention, carry: false },
      inheritFrom: attribution.inherit ? (attribution.inheritFrom ?? q - 1) : null,
      direct: q,
    });
  });
  return drafts;
}

/** A transcript line (`WALLACE: …`) or an interview answer: one direct quote by its speaker. */
function lineDraft(l: TranscriptLine, blocks: readonly Block[]): Draft {
  return {
    kind: 'direct',
    spans: [l.content],
    cue: (blocks[l.cue.block] as Block).text.slice(l.cue.start, l.cue.end),
    cueSpan: l.cue,
    item: { position: { block: l.cue.block, offset: 0 }, mention: l.mention, carry: false },
    inheritFrom: null,
    direct: null,
  };
}

function reportedDraft(r: Reported, rawQuotes: readonly RawQuote[], blocks: readonly Block[]): Draft {
  // `said that "…"` with nothing outside the marks: a direct quote, its span inside them.
  const quoted =
    r.quotes.length === 1 && allQuoted(r, rawQuotes, blocks) ? rawQuotes[r.quotes[0] as number] : undefined;
  return {
    kind: r.quotes.length === 0 ? 'indirect' : quoted ? 'direct' : 'mixed',
    spans: quoted ? quoted.spans : r.rest ? [r.content, r.rest] : [r.content],
    cue: r.cue,
    cueSpan: r.cueSpan,
    item: {
      position: r.cueSpan
        ? { block: r.cueSpan.block, offset: r.cueSpan.start }
        : { block: r.content.block, offset: r.content.start },
      mention: r.mention,
      carry: r.carry,
    },
    inheritFrom: null,
    direct: null,
  };
}

/**
 * `when he told Chris Wallace, "…"`, `what his parents told him: "…"`: an attribution at `from` opened by a word that
 * makes it part of a clause of the writer's (a subordinator, past an article or a possessive).
 */
function insideWritersClause(text: string, from: number): boolean {
  const words =
    text
      .slice(Math.max(0, from - 40), from)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let k = words.length - 1;
  if (ARTICLES.has(words[k] ?? '') || /^(?:his|her|their|its)$/.test(words[k] ?? '')) k--;
  const word = words[k] ?? '';
  return CLAUSE_JOINS.has(word) && !/^(?:and|but|so|yet)$/.test(word);
}

/**
 * `Asked about Trump's declaration that it had been a bomb, Clinton said, "I think …"`: a reported clause that
 * runs into a quote with an attribution of its own inside the clause (another cue and speaker between the clause's
 * start and the quote) ends before that attribution, and the quote is a direct quote of its own speaker.
 */
function cutAtOwnAttribution(r: Reported, found: Found): Reported {
  const { rawQuotes, attributions, blocks } = found;
  if (r.rest || !r.cueSpan) return r;
  const text = (blocks[r.content.block] as Block).text;
  for (const [n, q] of r.quotes.entries()) {
    const raw = rawQuotes[q];
    const own = attributions[q];
    const cue = own?.cueSpan;
    const mention = own?.mention;
    if (!raw || !cue || !mention || cue.block !== r.content.block || raw.open.block !== r.content.block) continue;
    if (mention.block !== cue.block || cue.start === r.cueSpan.start || raw.open.offset < cue.end) continue;
    // Set off as a sentence of its own (`Clinton said, "I think …"`), not named inside the clause (`what she calls "…"`).
    if (
      !/[,:]\s*$/.test(text.slice(cue.end, raw.open.offset)) ||
      !/^\W*\p{Lu}/u.test(text.slice(raw.open.offset, raw.open.offset + 4))
    )
      continue;
    const from = Math.min(mention.start, cue.start);
    if (insideWritersClause(text, from)) continue;
    if (from <= r.content.start || raw.open.offset > r.content.end) continue;
    let end = from;
    while (end > r.content.start && /[\s,;:—–-]/.test(text[end - 1] ?? '')) end--;
    if (!/[\p{L}\p{N}]/u.test(text.slice(r.content.start, end))) return r;
    return { ...r, content: { ...r.content, end }, quotes: r.quotes.slice(0, n) };
  }
  return r;
}

/**
 * One draft per quote the detection stages found: transcript lines first,
 * then direct quotes, then reported speech. Quoted words a reported clause
 * takes in are not direct quotes of their own; a cue that attributes a
 * direct quote (`"…," he said of the plan`) introduces nothing else; and what
 * the other rules found inside a transcript line goes.
 */
export function draftQuotes(found: Found): Draft[] {
  const { blocks, rawQuotes, lines } = found;
  const reported = found.reported.map((r) => cutAtOwnAttribution(r, found));
  const subsumed = new Set(reported.flatMap((r) => r.quotes));
  const direct = directDrafts(found, subsumed);
  const directCues = new Set(direct.flatMap((d) => (d.cueSpan ? [`${d.cueSpan.block}:${d.cueSpan.start}`] : [])));
  const lineBlocks = new Set(lines.map((l) => l.content.block));
  return [
    ...lines.map((l) => lineDraft(l, blocks)),
    ...direct,
    ...reported
      .filter((r) => r.quotes.length > 0 || !r.cueSpan || !directCues.has(`${r.cueSpan.block}:${r.cueSpan.start}`))
      .map((r) => reportedDraft(r, rawQuotes, blocks)),
  ].filter((d, i) => i < lines.length || !d.spans.some((s) => lineBlocks.has(s.block)));
}
