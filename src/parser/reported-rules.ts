/**
 * The rules reported.ts tries, in order, on each word of a sentence: each
 * reads one form of reported speech at the word (see the list in reported.ts)
 * and returns an Outcome: a statement, `'stop'`, or null to let the next rule
 * try.
 */
import type { Located } from './attribution';
import { quoteAt } from './context';
import { clauseSubject } from './mentions-clause-subject';
import { accordingSource, subjectBefore } from './mentions-described';
import { clauseEnd, clauseStartsAt, indexFrom, quotesInside, span } from './reported-clause';
import { askedContent, BE_FORMS, characterisation, coordinatedSubject, firstBodyToken, OBJECT_CUES, REQUEST_VERBS } from './reported-forms';
import type { Outcome, Sentence } from './reported-types';
import { isWord, type Token } from './tokens';

/** `according to X, CLAUSE` or `CLAUSE, according to X.` */
export function according({ context, source, base, tokens }: Sentence, v: number): Outcome {
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!(t.lower === 'according' && next?.lower === 'to')) return null;
  const mention = accordingSource(tokens, v + 2, tokens.length, source, base);
  if (!mention) return 'stop';
  let contentSpan: Located | null = null;
  if (tokens[v - 1]?.text === ',' && v - 1 > 0) contentSpan = span(context, tokens, 0, v - 1);
  else {
    const comma = indexFrom(tokens, v + 2, v + 16, (x) => x.text === ',');
    if (comma > 0) contentSpan = span(context, tokens, comma + 1, clauseEnd(tokens, comma + 1));
  }
  if (!contentSpan || quoteAt(context, contentSpan.start) >= 0) return 'stop';
  const reported = { cue: context.block.text.slice(t.start, next.end), cueSpan: { block: context.index, start: t.start, end: next.end }, mention: { ...mention, block: context.index }, inherit: false, carry: false, content: contentSpan, rest: null, quotes: quotesInside(context, contentSpan) };
  return { reported, covers: contentSpan.end };
}

/**
 * `asked the minister whether …`, `asked Trump about the tweet`, `asked her to call`: a question or a request.
 * `urged Democrats to vote …`, `called on the party to …`: a request.
 */
export function askedOrUrged({ context, source, base, tokens }: Sentence, v: number): Outcome {
  const t = tokens[v] as Token;
  const lower = t.lower;
  const next = tokens[v + 1];
  const request = REQUEST_VERBS.has(lower) || (/^(?:called|calls|call|calling)$/.test(lower) && next?.lower === 'on');
  if (!((/^(?:asked|asks|ask)$/.test(lower) || request) && !BE_FORMS.has(tokens[v - 1]?.lower ?? ''))) return null;
  const asked = askedContent(tokens, next?.lower === 'on' ? v + 1 : v, request);
  const mention = asked === null ? null : (subjectBefore(tokens, v, Math.max(0, v - 40), source, base) ?? coordinatedSubject(tokens, v, source, base));
  const contentSpan = mention && asked !== null ? span(context, tokens, asked, clauseEnd(tokens, asked)) : null;
  if (!mention || !contentSpan || quoteAt(context, contentSpan.start) >= 0) return 'stop';
  const reported = { cue: t.text, cueSpan: { block: context.index, start: t.start, end: t.end }, mention: { ...mention, block: context.index }, inherit: false, carry: false, content: contentSpan, rest: null, quotes: quotesInside(context, contentSpan) };
  return { reported, covers: contentSpan.end };
}

/**
 * `They called him a political opportunist`, `described the plan as a disaster`: a characterisation without quotation marks.
 * When none is found, later rules try the word (`called for a moratorium`).
 */
export function characterised({ context, source, base, tokens }: Sentence, v: number): Outcome {
  const t = tokens[v] as Token;
  if (!(/^(?:called|calls|call|calling|described|describes|describing|branded|brands|labeled|labelled)$/.test(t.lower) && !BE_FORMS.has(tokens[v - 1]?.lower ?? ''))) return null;
  const object = characterisation(tokens, v);
  const mention = object === null ? null : (subjectBefore(tokens, v, Math.max(0, v - 40), source, base) ?? coordinatedSubject(tokens, v, source, base));
  const contentSpan = mention && object !== null ? span(context, tokens, object, clauseEnd(tokens, object)) : null;
  if (!(mention && contentSpan && quoteAt(context, contentSpan.start) < 0 && quotesInside(context, contentSpan).length === 0)) return null;
  const reported = { cue: t.text, cueSpan: { block: context.index, start: t.start, end: t.end }, mention: { ...mention, block: context.index }, inherit: false, carry: false, content: contentSpan, rest: null, quotes: [] };
  return { reported, covers: contentSpan.end };
}

/** `pointed out that the committee employs veterans`: a phrasal cue. */
export function pointedOut({ context, source, base, tokens }: Sentence, v: number): Outcome {
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!(/^point(?:ed|s|ing)?$/.test(t.lower) && next?.lower === 'out')) return null;
  const from = tokens[v + 2]?.lower === 'that' ? v + 3 : clauseStartsAt(tokens, v + 2) ? v + 2 : null;
  const mention = from === null ? null : (subjectBefore(tokens, v, Math.max(0, v - 40), source, base) ?? coordinatedSubject(tokens, v, source, base) ?? clauseSubject(tokens, v, firstBodyToken(context, tokens), source, base));
  const contentSpan = mention && from !== null ? span(context, tokens, from, clauseEnd(tokens, from)) : null;
  if (!(mention && contentSpan && quoteAt(context, contentSpan.start) < 0)) return 'stop';
  const reported = { cue: context.block.text.slice(t.start, next.end), cueSpan: { block: context.index, start: t.start, end: next.end }, mention: { ...mention, block: context.index }, inherit: false, carry: false, content: contentSpan, rest: null, quotes: quotesInside(context, contentSpan) };
  return { reported, covers: contentSpan.end };
}

/** `called for a moratorium`, `agreed to lend him $5 million`, `wants to run`: a demand or an intention. */
export function particleCue({ context, source, base, tokens }: Sentence, v: number): Outcome {
  const t = tokens[v] as Token;
  const lower = t.lower;
  const next = tokens[v + 1];
  const particle = OBJECT_CUES.get(lower);
  if (!(particle && next?.lower === particle && (isWord(tokens[v + 2]) || (particle === 'to' && /^["“]$/.test(tokens[v + 2]?.text ?? '') && isWord(tokens[v + 3]))))) return null;
  const mention = subjectBefore(tokens, v, Math.max(0, v - 40), source, base) ?? coordinatedSubject(tokens, v, source, base);
  // `to` belongs to what is agreed (`to lend him $5 million`); `for`, `about` and `pointed to` to the cue.
  const withParticle = particle === 'to' && !lower.startsWith('point');
  const contentSpan = mention ? span(context, tokens, withParticle ? v + 1 : v + 2, clauseEnd(tokens, v + 2)) : null;
  if (!mention || !contentSpan || quoteAt(context, contentSpan.start) >= 0) return 'stop';
  const cueEnd = withParticle ? t : next;
  const reported = { cue: context.block.text.slice(t.start, cueEnd.end), cueSpan: { block: context.index, start: t.start, end: cueEnd.end }, mention: { ...mention, block: context.index }, inherit: false, carry: false, content: contentSpan, rest: null, quotes: quotesInside(context, contentSpan) };
  return { reported, covers: contentSpan.end };
}
