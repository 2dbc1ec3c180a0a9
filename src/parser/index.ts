/**
 * The parser: an article's plain text in, one validated Article out.
 * Pure TypeScript, no DOM and no React: it runs in Node (CLI, build) and in a Web Worker.
 *
 * Steps, each its own module: normalise -> structure (title, date line,
 * blocks) -> quotation marks -> direct attribution -> reported speech ->
 * speakers -> claims and denials -> events (dates). Every step is linear (or
 * bounded per quote) in the size of the text.
 */
import {
  ArticleSchema,
  EventSchema,
  SCHEMA_VERSION,
  type Article,
  type ArticleEvent,
  type Block,
  type Quote,
  type Span,
} from '@/article';
import { attributeQuotes, type Attribution, type Located } from './attribution';
import { pairClaims, type ClaimInput } from './claims';
import { buildContexts, comparePositions, type BlockContext, type Position } from './context';
import { detectEvents } from './events';
import { normalizeText } from './normalize';
import type { RawQuote } from './quote-marks';
import { findQuoteMarks } from './quote-marks';
import { findReported, type Reported } from './reported';
import { sentenceAt } from './sentences';
import { resolveSpeakers, type Resolution, type SpeakerItem } from './speakers';
import { ArticleInputError, readStructure } from './structure';
import { findInterview } from './interview';
import { findTranscriptLines } from './transcript';

export { ArticleInputError } from './structure';
export { detectEvents } from './events';

export type ParseOptions = {
  /** The article id, usually the source file's name without extension. */
  id: string;
  /** Overrides (or supplies) the publication date-time the relative dates resolve against. */
  published?: string | null;
};

/** A quote before ids and speaker ids: what the detection steps produce. */
type Draft = {
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

function toSpan(blocks: readonly Block[], located: Located): Span {
  return { blockId: (blocks[located.block] as Block).id, start: located.start, end: located.end };
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words inside a quote's marks (past 8, the count stops: only short quotes matter). */
function wordCount(raw: RawQuote, contexts: readonly BlockContext[]): number {
  let count = 0;
  for (const span of raw.spans) {
    const text = (contexts[span.block] as BlockContext).block.text.slice(span.start, span.end);
    count += text.match(WORD)?.length ?? 0;
    if (count > 8) return count;
  }
  return count;
}

/** Whether a quote opens after a word of its own sentence (`a call for "…"`), not at a sentence start or after `:`. */
function insideSentence(raw: RawQuote, contexts: readonly BlockContext[]): boolean {
  const text = (contexts[raw.open.block] as BlockContext).block.text;
  let k = raw.open.offset - 1;
  while (k >= 0 && k > raw.open.offset - 4 && /\s/.test(text[k] ?? '')) k--;
  return k >= 0 && /[\p{L}\p{N}]/u.test(text[k] ?? '');
}

/** Short words a title leaves in lower case: `Tales From the Crypt`, `Those Guys Have All the Fun`. */
const TITLE_SMALL_WORDS = new Set('a an the and or but nor of in on at to for from with by as is vs'.split(' '));
/** Nouns that introduce a work by its title: `in his 2012 book, "An American Son."`. */
const WORK_NOUNS =
  /\b(?:book|novel|memoir|show|series|film|movie|documentary|song|album|play|column|headline|article|op-ed|essay|piece|program|programme|podcast|titled|entitled)\b[^.!?]{0,40}$/i;

/**
 * Whether a quote is the title of a work, not speech: a few words in title
 * case (`''Tales From the Crypt,''`), quoted with no speaker or after a word
 * that names a work (`said in his book, ''An American Son.''`).
 */
function isWorkTitle(raw: RawQuote, contexts: readonly BlockContext[], attribution: Attribution): boolean {
  const only = raw.spans.length === 1 ? raw.spans[0] : undefined;
  if (!only) return false;
  const text = (contexts[only.block] as BlockContext).block.text;
  const words = text.slice(only.start, only.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w, i) => i === 0 || !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || words.length > 14 || content.length < 2) return false;
  if (!content.every((w) => /^\p{Lu}/u.test(w)) || words.every((w) => w === w.toUpperCase())) return false;
  return (
    attribution.mention === null || WORK_NOUNS.test(text.slice(Math.max(0, raw.open.offset - 60), raw.open.offset))
  );
}

/** The byline's author when it is one person's name (`Ann Ruiz`), not two (`Ann Ruiz and Tom Baker`), a desk or a handle. */
function soleAuthor(byline: string | null): string | null {
  return byline && /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(byline) ? byline : null;
}

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

function directDrafts(
  rawQuotes: readonly RawQuote[],
  contexts: readonly BlockContext[],
  subsumed: ReadonlySet<number>,
): Draft[] {
  const attributions = attributeQuotes(rawQuotes, contexts);
  const drafts: Draft[] = [];
  rawQuotes.forEach((raw, q) => {
    if (subsumed.has(q)) return;
    const attribution = attributions[q];
    if (!attribution) return;
    // A few quoted words nobody is said to say are a title, a nickname or scare quotes, not a quote.
    if (attribution.cue === null && wordCount(raw, contexts) <= 3) return;
    if (isWorkTitle(raw, contexts, attribution)) return;
    // So is a short unattributed fragment inside a sentence (`found there had been "3,210 shooting victims" …`).
    if (
      attribution.cue === null &&
      !attribution.inherit &&
      wordCount(raw, contexts) <= 8 &&
      insideSentence(raw, contexts)
    )
      return;
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
    drafts.push({
      kind: mixed ? 'mixed' : 'direct',
      spans:
        mixed && only
          ? [{ block: only.block, start: attribution.mixedFrom ?? only.start, end: raw.close.offset + 1 }]
          : raw.spans,
      cue: attribution.cue,
      cueSpan: attribution.cueSpan,
      item: { position: at, mention: attribution.mention, carry: false },
      inheritFrom: attribution.inherit ? (attribution.inheritFrom ?? q - 1) : null,
      direct: q,
    });
  });
  return drafts;
}

/** The words from the cue to the quote (or to the end of the cue's clause): what a denial refers to. */
function attributionText(draft: Draft, blocks: readonly Block[], contexts: readonly BlockContext[]): string {
  const cue = draft.cueSpan;
  const first = draft.spans[0];
  if (!cue || !first) return '';
  const text = (blocks[cue.block] as Block).text;
  if (draft.kind === 'direct' && (cue.block < first.block || (cue.block === first.block && cue.start < first.start))) {
    const end = cue.block === first.block ? first.start : text.length;
    return text
      .slice(cue.start, end)
      .replace(/[\s"“”„«',:]+$/, '')
      .slice(0, 200);
  }
  const sentence = sentenceAt((contexts[cue.block] as BlockContext).sentences, cue.start);
  const end =
    draft.kind === 'direct'
      ? Math.min(sentence.end, cue.start + 200)
      : Math.min(draft.spans[0]?.start ?? cue.end, cue.start + 200);
  return text.slice(cue.start, Math.max(end, cue.end)).trim();
}

function safeEvents(blocks: Block[], published: string | null): ArticleEvent[] {
  let events: ArticleEvent[];
  try {
    events = detectEvents(blocks, published);
  } catch {
    // Dates are a separate module; a failure there must not cost the reader the quotes.
    return [];
  }
  const lengths = new Map(blocks.map((b) => [b.id, b.text.length]));
  return events.filter(
    (e) =>
      EventSchema.safeParse(e).success && e.span.blockId === e.blockId && e.span.end <= (lengths.get(e.blockId) ?? -1),
  );
}

export function parseArticle(text: string, options: ParseOptions): Article {
  if (typeof text !== 'string') throw new ArticleInputError('the input is not text');
  const normalized = normalizeText(text);
  const structure = readStructure(normalized);
  const { blocks } = structure;

  const rawQuotes = findQuoteMarks(blocks);
  const contexts = buildContexts(blocks, rawQuotes);
  const reported = findReported(contexts);
  const subsumed = new Set(reported.flatMap((r) => r.quotes));
  const direct = directDrafts(rawQuotes, contexts, subsumed);
  // A cue that attributes a direct quote (`"…," he said of the plan`) introduces nothing else.
  const directCues = new Set(direct.flatMap((d) => (d.cueSpan ? [`${d.cueSpan.block}:${d.cueSpan.start}`] : [])));
  // A transcript line (`WALLACE: …`) is one quote by its speaker: what the other rules found inside it goes.
  const transcript = findTranscriptLines(blocks);
  const lines = transcript.length > 0 ? transcript : findInterview(blocks, structure.title);
  const lineBlocks = new Set(lines.map((l) => l.content.block));
  const drafts: Draft[] = [
    ...lines.map<Draft>((l) => ({
      kind: 'direct',
      spans: [l.content],
      cue: (blocks[l.cue.block] as Block).text.slice(l.cue.start, l.cue.end),
      cueSpan: l.cue,
      item: { position: { block: l.cue.block, offset: 0 }, mention: l.mention, carry: false },
      inheritFrom: null,
      direct: null,
    })),
    ...direct,
    ...reported
      .filter((r) => r.quotes.length > 0 || !r.cueSpan || !directCues.has(`${r.cueSpan.block}:${r.cueSpan.start}`))
      .map<Draft>((r) => {
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
      }),
  ].filter((d, i) => i < lines.length || !d.spans.some((s) => lineBlocks.has(s.block)));

  const { speakers, resolutions } = resolveSpeakers(
    contexts,
    drafts.map((d) => d.item),
    soleAuthor(structure.byline),
  );
  // Follow-on quotes take the speaker of the direct quote before them, in order.
  // A piece that shares the cue of the quote before it (a split quote) shares its source words too.
  const speakerOfDirect = new Map<number, Resolution>();
  const order = drafts
    .map((draft, i) => ({ draft, i }))
    .sort((a, b) => comparePositions(startOf(a.draft), startOf(b.draft)));
  let previous: { draft: Draft; resolution: Resolution } | null = null;
  for (const { draft, i } of order) {
    const resolution = resolutions[i];
    if (!resolution) continue;
    const from = draft.inheritFrom !== null ? speakerOfDirect.get(draft.inheritFrom) : undefined;
    if (from && resolution.speakerId === null) {
      resolution.speakerId = from.speakerId;
      if (draft.cueSpan) resolution.source = from.source;
    }
    if (
      previous &&
      followsReported(draft, previous.draft, blocks) &&
      resolution.speakerId === null &&
      previous.resolution.speakerId !== null
    ) {
      // `Rubio said the plan was dead. "Who do you call?"`: the quote goes on with what the reported sentence began.
      resolution.speakerId = previous.resolution.speakerId;
      resolution.source = previous.resolution.source;
      // In its own sentence of the same paragraph it is one act of speech with one cue; a new paragraph is a new act.
      if (sameBlock(draft, previous.draft)) {
        draft.cue = previous.draft.cue;
        draft.cueSpan = previous.draft.cueSpan;
      }
    }
    if (draft.direct !== null) speakerOfDirect.set(draft.direct, resolution);
    previous = { draft, resolution };
  }

  const quotes: Quote[] = [];
  const claimInputs: ClaimInput[] = [];
  order.forEach(({ draft, i }) => {
    const resolution = resolutions[i];
    const spans = draft.spans.map((s) => toSpan(blocks, s));
    const quote: Quote = {
      id: `q${quotes.length + 1}`,
      speakerId: resolution?.speakerId ?? null,
      kind: draft.kind,
      cue: draft.cue,
      cueSpan: draft.cueSpan ? toSpan(blocks, draft.cueSpan) : null,
      sourceSpan: resolution?.source ? toSpan(blocks, resolution.source) : null,
      text: draft.spans.map((s) => (blocks[s.block] as Block).text.slice(s.start, s.end)).join(' '),
      spans,
    };
    quotes.push(quote);
    claimInputs.push({ quote, rank: quotes.length, attribution: attributionText(draft, blocks, contexts) });
  });
  // Speakers nobody is left quoting (their quote was folded into a mixed one) are dropped.
  const quoted = new Set(quotes.map((q) => q.speakerId));
  const usedSpeakers = speakers.filter((s) => quoted.has(s.id));

  return ArticleSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    title: structure.title,
    published: options.published ?? structure.published,
    byline: structure.byline,
    dateline: structure.dateline,
    credit: structure.credit,
    blocks,
    speakers: usedSpeakers,
    quotes,
    claims: pairClaims(claimInputs, usedSpeakers),
    events: safeEvents(blocks, options.published ?? structure.published),
  });
}

const sameBlock = (a: Draft, b: Draft): boolean => a.spans[0]?.block === b.spans[b.spans.length - 1]?.block;

/** Whether an unattributed direct quote opens the sentence (or the paragraph) right after a reported statement. */
function followsReported(draft: Draft, before: Draft, blocks: readonly Block[]): boolean {
  const first = draft.spans[0];
  const last = before.spans[before.spans.length - 1];
  if (
    draft.kind !== 'direct' ||
    draft.cueSpan ||
    draft.inheritFrom !== null ||
    draft.item.mention ||
    before.direct !== null ||
    before.kind === 'direct'
  )
    return false;
  if (!first || !last) return false;
  // `Smith said the plan would fail.` / `"It is a disaster."`: a paragraph that opens with a quote goes on too.
  if (first.block === last.block + 1)
    return /^\s*["“'‘]*$/.test((blocks[first.block] as Block).text.slice(0, first.start));
  if (first.block !== last.block) return false;
  const gap = (blocks[first.block] as Block).text.slice(last.end, Math.max(last.end, first.start - 1));
  return /^[.!?]?\s*$/.test(gap.replace(/["“”]/g, ''));
}

function startOf(draft: Draft): Position {
  const first = draft.spans[0];
  return first ? { block: first.block, offset: first.start } : { block: 0, offset: 0 };
}
