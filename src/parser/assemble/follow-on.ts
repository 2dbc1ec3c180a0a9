import type { Block } from '@/article';
import type { Resolution } from '../speakers';
import { comparePositions, type Position } from '../text';
import type { Draft } from './drafts';

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

/** A draft with its index among the drafts (and so among the resolutions). */
export type Ordered = { draft: Draft; i: number };

/**
 * The drafts in reading order, with follow-on quotes given the speaker of
 * the quote before them: an unattributed quote takes the speaker of the
 * direct quote it continues, and a piece that shares the cue of the quote
 * before it (a split quote) shares its source words too. Updates the
 * resolutions (and a follow-on draft's cue) in place.
 */
export function followOn(drafts: Draft[], resolutions: Resolution[], blocks: readonly Block[]): Ordered[] {
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
  return order;
}
