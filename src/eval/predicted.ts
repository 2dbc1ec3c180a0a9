/**
 * The parser's quotes as document-level attributions, comparable with gold.
 *
 * The parser gives block-relative offsets; each block's text is a trimmed
 * piece of the source, so it is found in the document by searching forward
 * from the end of the previous block. Predicted quotes that share one cue
 * span (a quote split by its attribution: `"…," he said, "…"`) are one
 * attribution act, as in PolNeAR, and are merged.
 */
import type { Article, QuoteKind, Span, Speaker } from '@/article';
import type { Range } from './brat';

export type PredictedAttribution = {
  /** The quote id, or ids joined by `+` when merged. */
  id: string;
  kind: QuoteKind;
  content: Range[];
  cue: Range | null;
  source: Range | null;
  speaker: Speaker | null;
};

type PredictedDocument = {
  attributions: PredictedAttribution[];
  /** Blocks whose text could not be found in the document; their quotes are dropped. */
  unplacedBlocks: number;
};

/**
 * Where `text` stands in `document` when its blank space was changed (a line
 * break read as a space) but not its length, so offsets still line up; or -1.
 */
function sameLengthMatch(document: string, text: string, from: number): number {
  const pattern = text
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const re = new RegExp(pattern, 'g');
  for (const start of [from, 0]) {
    re.lastIndex = start;
    const match = re.exec(document);
    if (match) return match[0].length === text.length ? match.index : -1;
  }
  return -1;
}

/**
 * Document offset of each block, or no entry when it cannot be found. Blocks
 * are texts trimmed from the source; one whose blank space differs from the
 * source is placed only when its length is unchanged.
 */
export function placeBlocks(document: string, article: Article): Map<string, number> {
  const placed = new Map<string, number>();
  let cursor = article.title ? Math.max(0, document.indexOf(article.title)) : 0;
  for (const block of article.blocks) {
    let at = document.indexOf(block.text, cursor);
    if (at < 0) at = document.indexOf(block.text);
    if (at < 0) at = sameLengthMatch(document, block.text, cursor);
    if (at < 0) continue;
    placed.set(block.id, at);
    cursor = at + block.text.length;
  }
  return placed;
}

function mergeKind(a: QuoteKind, b: QuoteKind): QuoteKind {
  return a === b ? a : 'mixed';
}

export function predictedAttributions(document: string, article: Article): PredictedDocument {
  const offsets = placeBlocks(document, article);
  const toRange = (span: Span | null): Range | null => {
    const base = span ? offsets.get(span.blockId) : undefined;
    return span && base !== undefined ? { start: base + span.start, end: base + span.end } : null;
  };
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]));
  const byCue = new Map<string, PredictedAttribution>();
  const attributions: PredictedAttribution[] = [];

  for (const quote of article.quotes) {
    const content = quote.spans.map(toRange).filter((range): range is Range => range !== null);
    if (content.length === 0) continue;
    const cue = toRange(quote.cueSpan);
    const key = cue ? `${cue.start}:${cue.end}` : null;
    const existing = key ? byCue.get(key) : undefined;
    if (existing) {
      existing.id += `+${quote.id}`;
      existing.content = [...existing.content, ...content].sort((a, b) => a.start - b.start);
      existing.kind = mergeKind(existing.kind, quote.kind);
      existing.source ??= toRange(quote.sourceSpan);
      existing.speaker ??= quote.speakerId ? (speakers.get(quote.speakerId) ?? null) : null;
      continue;
    }
    const attribution: PredictedAttribution = {
      id: quote.id,
      kind: quote.kind,
      content,
      cue,
      source: toRange(quote.sourceSpan),
      speaker: quote.speakerId ? (speakers.get(quote.speakerId) ?? null) : null,
    };
    attributions.push(attribution);
    if (key) byCue.set(key, attribution);
  }
  const unplacedBlocks = article.blocks.filter((block) => !offsets.has(block.id)).length;
  return { attributions, unplacedBlocks };
}
