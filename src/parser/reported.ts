/**
 * Reported speech: the clause a speaker is said to have said.
 *   X said (that) …          X announced/suggested/warned … that …
 *   …, adding that …         (the speaker of the clause before)
 *   according to X, …        …, according to X.
 *   …, X said.               X denied …
 * The content span is the reported clause without the attribution, inside one
 * block. Reported speech that carries a quoted fragment (`said the plan was
 * "dead on arrival"`) is `mixed` and takes the place of that direct quote.
 */
import type { Located } from './attribution';
import { quoteAt, type BlockContext } from './context';
import { BARE_CLAUSE_VERBS, CARRY_PARTICIPLES, CUE_VERBS, DENIAL_VERBS, DIRECT_ONLY_VERBS, OBJECT_VERBS, THOUGHT_VERBS } from './lexicon';
import { clauseSubject, mainSubject } from './mentions-clause-subject';
import { sourceAfter, subjectBefore } from './mentions-described';
import { speakerBefore } from './mentions-named';
import { clauseAfter, clauseEnd, clauseStartsAt, commaBefore, endsClauseAt, endsInsideEarlierQuote, indexFrom, listenerToEnd, MIN_WORDS, NO_SUBJECT, onlyAdverbial, quotesInside, span, subordinate } from './reported-clause';
import { BE_FORMS, coordinatedSubject, EVIDENCE_VERBS, evidenceObject, firstBodyToken, objectSubject, subjectAfterWith } from './reported-forms';
import { according, askedOrUrged, characterised, particleCue, pointedOut } from './reported-rules';
import type { Reported, Sentence } from './reported-types';
import { isCapitalized, isWord, tokenize, type Token } from './tokens';

export type { Reported } from './reported-types';

/** `The museum, Mr. Obama said, would make …`: the content around an attribution set off by commas. */
function insideClause(context: BlockContext, tokens: Token[], v: number, source: string, base: number): Pick<Reported, 'mention' | 'content' | 'rest' | 'quotes'> | null {
  const mention = subjectBefore(tokens, v, Math.max(0, v - 12), source, base);
  if (!mention) return null;
  const named = indexFrom(tokens, Math.max(0, v - 12), v, (x) => x.start === mention.start);
  // `As The Washington Post reported, …`: the article before a name belongs to the subject.
  const subjectAt = /^(?:the|a|an)$/.test(tokens[named - 1]?.lower ?? '') ? named - 1 : named;
  // `the result, as he later explained, was …`: `as` may open the aside.
  const comma = tokens[subjectAt - 1]?.lower === 'as' ? subjectAt - 2 : subjectAt - 1;
  const rest = span(context, tokens, v + 2, clauseEnd(tokens, v + 2));
  // `As Crane said, the two candidates have become …`: an aside that opens the sentence introduces all of it.
  if (comma === -1 && tokens[0]?.lower === 'as' && rest) return { mention: { ...mention, block: context.index }, content: rest, rest: null, quotes: quotesInside(context, rest) };
  if (comma < 1 || tokens[comma]?.text !== ',') return null;
  // The first part is a subject or a clause of its own, with no quotation mark at its end.
  // `Otherwise, she said, countries may …`: one word may begin what was said when the rest goes on.
  // The aside's clause begins after any clause before it: `Dale warned about rates, and the result, as he said, was …`.
  let opens = 0;
  for (let h = comma - 1; h > 0; h--) {
    if (tokens[h]?.text === ';' || (tokens[h]?.text === ',' && /^(?:and|but|so)$/.test(tokens[h + 1]?.lower ?? ''))) {
      opens = tokens[h]?.text === ';' ? h + 1 : h + 2;
      break;
    }
  }
  const head = span(context, tokens, opens, comma, false, rest && rest.end - rest.start > 20 ? 1 : MIN_WORDS);
  if (!head || !rest || quoteAt(context, head.end - 1) >= 0 || quoteAt(context, rest.start) >= 0 || /^["”»]$/.test(tokens[comma - 1]?.text ?? '')) return null;
  return { mention: { ...mention, block: context.index }, content: head, rest, quotes: [...quotesInside(context, head), ...quotesInside(context, rest)] };
}

/**
 * `…, which he said were about evenly split`, `what she said is growing
 * demand`: a speaker inside a relative clause says the verb phrase about the
 * relative word. Not without the relative word (`the visit Trump said was
 * important` names no statement).
 */
function relativeStatement(context: BlockContext, tokens: Token[], v: number, source: string, base: number): Pick<Reported, 'mention' | 'content' | 'rest' | 'quotes'> & { rest: Located } | null {
  const mention = subjectBefore(tokens, v, Math.max(0, v - 12), source, base);
  if (!mention) return null;
  const at = indexFrom(tokens, Math.max(0, v - 12), v, (x) => x.start === mention.start);
  const pronoun = tokens[at - 1];
  if (at < 1 || !pronoun || !/^(?:which|that|what)$/.test(pronoun.lower)) return null;
  const head = span(context, tokens, at - 1, at, false, 1);
  // The relative clause ends at its comma: `The tender, which Reyes said was rushed, closes on Friday.`
  const comma = indexFrom(tokens, v + 1, tokens.length, (x) => x.text === ',');
  const rest = span(context, tokens, v + 1, Math.min(clauseEnd(tokens, v + 1), comma < 0 ? tokens.length : comma));
  if (!head || !rest || quoteAt(context, rest.start) >= 0) return null;
  return { mention: { ...mention, block: context.index }, content: head, rest, quotes: quotesInside(context, rest) };
}

/**
 * Whether the word at `v` can be a verb where it stands: not capitalised inside
 * a sentence (`the United States, …`) and not after an article or a possessive
 * (`Clinton's emails`, `his plans to …`, `an hourlong show`).
 */
function verbPosition(tokens: Token[], v: number): boolean {
  const t = tokens[v] as Token;
  if (v > 0 && isCapitalized(t) && inProse(tokens, v)) return false;
  const left = tokens[v - 1]?.lower ?? '';
  return !/^(?:the|a|an|his|her|their|its|our|my|your|this|these|those)$/.test(left) && !/['’]s$/.test(left);
}

/**
 * Whether a capitalised word inside a sentence stands in ordinary prose, where
 * it is part of a name (`the United States, are …`), not in a headline set in
 * title case (`Trump Says He Will Win`) or right after an opening mark or dash.
 */
function inProse(tokens: Token[], v: number): boolean {
  if (/^["“(—–-]$/.test(tokens[v - 1]?.text ?? '')) return false;
  const words = tokens.filter(isWord);
  return words.filter((w) => isCapitalized(w)).length < words.length * 0.6;
}

/** Reported speech in one sentence of one block. */
function inSentence(context: BlockContext, start: number, end: number): Reported[] {
  const text = context.block.text;
  const source = text.slice(start, end);
  const tokens = tokenize(source, start);
  const sentence: Sentence = { context, source, base: start, tokens };
  const found: Reported[] = [];
  let coveredUntil = -1;
  tokens.forEach((t, v) => {
    if (t.start < coveredUntil || quoteAt(context, t.start) >= 0 || !verbPosition(tokens, v)) return;
    const lower = t.lower;
    const next = tokens[v + 1];

    const early = according(sentence, v) ?? askedOrUrged(sentence, v) ?? characterised(sentence, v) ?? pointedOut(sentence, v) ?? particleCue(sentence, v);
    if (early === 'stop') return;
    if (early) {
      found.push(early.reported);
      if (early.covers !== null) coveredUntil = Math.max(coveredUntil, early.covers);
      return;
    }
    const objectVerb = OBJECT_VERBS.has(lower) && !CUE_VERBS.has(lower) && !THOUGHT_VERBS.has(lower);
    if (!(CUE_VERBS.has(lower) || THOUGHT_VERBS.has(lower) || objectVerb) || (DIRECT_ONLY_VERBS.has(lower) && !DENIAL_VERBS.has(lower))) return;
    // `…, citing the audit`: a participle after a comma carries the subject of the clause before.
    let carry = CARRY_PARTICIPLES.has(lower) || (objectVerb && lower.endsWith('ing'));
    // `with 22 percent saying they would …`: the noun after `with` is the participle's subject.
    const withSubject = lower === 'saying' ? subjectAfterWith(tokens, v, source, start) : null;
    // `Trump is insisting that …`: with a form of `be` the participle is the sentence's own verb.
    if (withSubject || BE_FORMS.has(tokens[v - 1]?.lower ?? '')) carry = false;
    if (carry && tokens[v - 1]?.text !== ',') return;
    const cueSpan: Located = { block: context.index, start: t.start, end: t.end };

    // `CLAUSE, X said.`: the clause comes first. `The museum, X said, would …`: the attribution stands inside it.
    const endsSentence = !next || /^[.!?]$/.test(next.text) || onlyAdverbial(tokens, v + 1) || listenerToEnd(tokens, v);
    const parenthetical = !carry && !objectVerb && next?.text === ',' && isWord(tokens[v + 2]) && !CARRY_PARTICIPLES.has(tokens[v + 2]?.lower ?? '');
    if (parenthetical) {
      const inside = insideClause(context, tokens, v, source, start);
      if (inside) {
        found.push({ cue: t.text, cueSpan, inherit: false, carry: false, ...inside });
        coveredUntil = Math.max(coveredUntil, (inside.rest ?? inside.content).end);
        return;
      }
    }
    if (endsSentence && !carry) {
      if (objectVerb) return;
      const mention = subjectBefore(tokens, v, Math.max(0, v - 40), source, start);
      if (!mention) return;
      const subjectAt = indexFrom(tokens, Math.max(0, v - 40), v, (x) => x.start === mention.start);
      const comma = commaBefore(tokens, subjectAt);
      if (comma <= 1 || tokens[comma]?.text !== ',') return;
      const contentSpan = span(context, tokens, 0, comma);
      // `"…," X said` is a direct quote; `using the tax "is a misguided approach," X said` is mixed.
      if (!contentSpan || endsInsideEarlierQuote(context, contentSpan)) return;
      found.push({ cue: t.text, cueSpan, mention: { ...mention, block: context.index }, inherit: false, carry: false, content: contentSpan, rest: null, quotes: quotesInside(context, contentSpan) });
      return;
    }

    // `CLAUSE, said the Tax Foundation.`, `using the tax "is a misguided approach," said Mr. Burman.`
    const commaAt = tokens[v - 1]?.text === ',' ? v - 1 : tokens[v - 2]?.text === ',' && /^["”»]$/.test(tokens[v - 1]?.text ?? '') ? v - 2 : -1;
    // `Senator X, Democrat of California, said the program …`: a subject with an appositive comes first.
    const subjectFirst =
      commaAt === v - 1 && (speakerBefore(tokens, v, Math.max(0, v - 40), source, start) !== null || clauseSubject(tokens, v, firstBodyToken(context, tokens), source, start) !== null);
    // `…, said the rules touched on …` is a clause after the cue, not its source.
    if (!carry && commaAt > 1 && !subjectFirst && BARE_CLAUSE_VERBS.has(lower) && !clauseStartsAt(tokens, v + 1)) {
      const named = sourceAfter(tokens, v + 1, tokens.length, source, start);
      // The source closes the clause (`said Mr. Burman.`, `said a spokesman, adding …`); `…, said parents still want …` is a subject's clause.
      const mention = named && endsClauseAt(tokens, v + 1, named.end) ? named : null;
      const contentSpan = mention ? span(context, tokens, 0, commaAt === v - 2 ? v : commaAt) : null;
      if (mention && contentSpan && !endsInsideEarlierQuote(context, contentSpan)) {
        found.push({ cue: t.text, cueSpan, mention: { ...mention, block: context.index }, inherit: false, carry: false, content: contentSpan, rest: null, quotes: quotesInside(context, contentSpan) });
        return;
      }
    }

    // `30 applicants, which he said were evenly split`: the relative word and the verb phrase are what was said.
    if (BARE_CLAUSE_VERBS.has(lower) && NO_SUBJECT.has(next?.lower ?? '')) {
      const relative = relativeStatement(context, tokens, v, source, start);
      if (relative) {
        found.push({ cue: t.text, cueSpan, inherit: false, carry: false, ...relative });
        coveredUntil = Math.max(coveredUntil, relative.rest.end);
      }
      return;
    }

    // `denied that, saying …`: the denial points back at the statement before; what is said is the participle's clause.
    const anaphoric = DENIAL_VERBS.has(lower) && /^(?:that|this|it)$/.test(next?.lower ?? '') && tokens[v + 2]?.text === ',' && CARRY_PARTICIPLES.has(tokens[v + 3]?.lower ?? '');
    // `rejected that characterisation.`: a demonstrative and its noun are the object, not `that` before a clause.
    const demonstrative = DENIAL_VERBS.has(lower) && /^(?:that|this|these|those)$/.test(next?.lower ?? '') && isWord(tokens[v + 2]) && !isWord(tokens[v + 3]);
    const from =
      (anaphoric ? clauseAfter(tokens, v + 3, tokens[v + 3] as Token) : demonstrative ? v + 1 : clauseAfter(tokens, v, t, tokens.slice(v + 2).some((x) => /^["“]$/.test(x.text)))) ??
      evidenceObject(tokens, v, source, start, firstBodyToken(context, tokens));
    if (from === null) return;
    // A quotation mark right after the cue is a direct quote, attributed elsewhere.
    // But after `that` (`said that "…"`) the quote is the reported clause itself.
    if (/^["“”„«]$/.test(tokens[from]?.text ?? '') && tokens[from - 1]?.lower !== 'that') return;
    // `The senator criticized X and said …`: the second verb shares the subject of the statement before it.
    const shared = tokens[v - 1]?.lower === 'and' ? (found[found.length - 1]?.mention ?? null) : null;
    // `Chris Warner denied that, saying …`: a participle takes the subject of its main clause.
    const main = carry ? mainSubject(tokens, v - 1, firstBodyToken(context, tokens), source, start) : null;
    if (main) carry = false;
    const mention = carry
      ? null
      : (withSubject ??
        main ??
        subjectBefore(tokens, v, Math.max(0, v - 40), source, start) ??
        coordinatedSubject(tokens, v, source, start) ??
        shared ??
        ((CUE_VERBS.has(lower) && !objectVerb) || EVIDENCE_VERBS.has(lower) ? clauseSubject(tokens, v, firstBodyToken(context, tokens), source, start) : null));
    if (!carry && !mention) return;
    if (objectVerb && !(mention && objectSubject(tokens, v, mention))) return;
    const contentSpan = span(context, tokens, from, clauseEnd(tokens, from, subordinate(tokens, v, mention)), DENIAL_VERBS.has(lower));
    if (!contentSpan) return;
    found.push({
      cue: t.text,
      cueSpan,
      mention: mention ? { ...mention, block: context.index } : null,
      inherit: false,
      carry,
      content: contentSpan,
      rest: null,
      quotes: quotesInside(context, contentSpan),
    });
    coveredUntil = Math.max(coveredUntil, contentSpan.end);
  });
  return found;
}

export function findReported(contexts: readonly BlockContext[]): Reported[] {
  const found: Reported[] = [];
  for (const context of contexts) {
    if (context.block.kind !== 'paragraph') continue;
    for (const sentence of context.sentences) found.push(...withoutNested(inSentence(context, sentence.start, sentence.end)));
  }
  return found;
}

/**
 * One sentence's reported statements with no two sharing a word: of nested
 * ones (`Trump wants to build a wall, he said`) the outer one stays.
 */
function withoutNested(found: Reported[]): Reported[] {
  const pieces = (r: Reported) => (r.rest ? [r.content, r.rest] : [r.content]);
  const ordered = [...found].sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  const kept: Reported[] = [];
  for (const r of ordered) {
    const clashes = kept.some((k) => pieces(k).some((x) => pieces(r).some((y) => x.start < y.end && y.start < x.end)));
    if (!clashes) kept.push(r);
  }
  return kept;
}
