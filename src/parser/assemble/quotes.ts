import type { Block, Quote, Span, Speaker } from '@/article';
import type { ClaimInput } from '../claims';
import type { Located } from '../quotes';
import type { Resolution } from '../speakers';
import { sentenceAt, type BlockContext } from '../text';
import type { Draft } from './drafts';
import { followOn } from './follow-on';

function toSpan(blocks: readonly Block[], located: Located): Span {
  return { blockId: (blocks[located.block] as Block).id, start: located.start, end: located.end };
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

/** The article's quotes with their ids, the speakers still quoted, and what the claims stage reads. */
export type Assembled = { quotes: Quote[]; speakers: Speaker[]; claimInputs: ClaimInput[] };

/**
 * The quotes in reading order, numbered, each with its speaker (follow-on
 * quotes take the one before them) and its spans as block ids. Speakers
 * nobody is left quoting (their quote was folded into a mixed one) are dropped.
 */
export function assembleQuotes(
  drafts: Draft[],
  resolved: { speakers: Speaker[]; resolutions: Resolution[] },
  blocks: readonly Block[],
  contexts: readonly BlockContext[],
): Assembled {
  const { resolutions } = resolved;
  const quotes: Quote[] = [];
  const claimInputs: ClaimInput[] = [];
  followOn(drafts, resolutions, blocks).forEach(({ draft, i }) => {
    const resolution = resolutions[i];
    const spans = draft.spans.map((s) => toSpan(blocks, s));
    const quote: Quote = {
      id: `q${quotes.length + 1}`,
      speakerId: resolution?.speakerId ?? null,
      kind: draft.kind,
      act: 'speech',
      cue: draft.cue,
      cueSpan: draft.cueSpan ? toSpan(blocks, draft.cueSpan) : null,
      sourceSpan: resolution?.source ? toSpan(blocks, resolution.source) : null,
      text: draft.spans.map((s) => (blocks[s.block] as Block).text.slice(s.start, s.end)).join(' '),
      spans,
    };
    quotes.push(quote);
    claimInputs.push({ quote, rank: quotes.length, attribution: attributionText(draft, blocks, contexts) });
  });
  const quoted = new Set(quotes.map((q) => q.speakerId));
  return { quotes, speakers: resolved.speakers.filter((s) => quoted.has(s.id)), claimInputs };
}
