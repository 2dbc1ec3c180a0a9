/**
 * The rules reported.ts tries, in order, on each word of a sentence: each
 * reads one form of reported speech at the word (see the list in reported.ts)
 * and returns an Outcome: a statement, `'stop'`, or null to let the next rule
 * try. A rule that finds its cue but no statement stops there unless its
 * comment says later rules try the word.
 */

import { quoteAt, type BlockContext } from '../text';
import {
  ASSERTION_VERBS,
  BARE_CLAUSE_VERBS,
  BARE_THOUGHT_VERBS,
  BE_FORMS,
  CARRY_PARTICIPLES,
  CONNECTIVES,
  CUE_VERBS,
  DENIAL_VERBS,
  EVIDENCE_VERBS,
  FINITE,
  NORM_NOUNS,
  NO_SUBJECT,
  OBJECT_CUES,
  PRONOUNS,
  REQUEST_VERBS,
  SPEECH_NOUNS,
  THOUGHT_NOUNS,
  THOUGHT_VERBS,
} from '../lexicon';
import { clauseSubject, mainSubject } from '../speakers';
import { accordingSource, sourceAfter, subjectBefore } from '../speakers';
import { phraseEndingAt, speakerBefore } from '../speakers';
import {
  clauseAfter,
  clauseEnd,
  clauseStartsAt,
  commaBefore,
  endsClauseAt,
  endsInsideEarlierQuote,
  indexFrom,
  listenerToEnd,
  MIN_WORDS,
  objectClause,
  onlyAdverbial,
  quotesInside,
  span,
  subordinate,
} from './clause';
import {
  askedContent,
  characterisation,
  coordinatedSubject,
  evidenceObject,
  objectEnd,
  firstBodyToken,
  objectSubject,
  relativeObject,
  subjectAfterWith,
} from './forms';
import { pastAppositive, splitBySource } from './according-split';
import { subjectPastQuotedAside, trailingContent, trailingPhrase } from './closing-source';
import { negated } from './cue';
import { whenAskedAt } from './questions';
import { statementAt, type Cue, type Outcome, type Reported, type SentenceReading } from './types';
import { isCapitalized, isWord, type Token } from '../text';
import type { Mention } from '../speakers';
import type { Located } from '../types';

/** `according to X, CLAUSE` or `CLAUSE, according to X.` */
/**
 * `according to the custom of …`, `according to plan,`: a rule or a plan
 * (not `according to law enforcement officials`, where the noun starts a name for people).
 */
function accordingToNorm(tokens: Token[], at: number): boolean {
  const head = /^(?:the|a|an|his|her|their|its|our)$/.test(tokens[at]?.lower ?? '') ? at + 1 : at;
  const after = tokens[head + 1];
  return (
    NORM_NOUNS.has(tokens[head]?.lower ?? '') && (!after || !isWord(after) || /^(?:of|and|for)$/.test(after.lower))
  );
}

export function according({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!(t.lower === 'according' && next?.lower === 'to')) return null;
  if (accordingToNorm(tokens, v + 2)) return 'stop';
  const mention = accordingSource(tokens, v + 2, tokens.length, source, base);
  if (!mention) return 'stop';
  const comma = indexFrom(tokens, v + 2, v + 16, (x) => x.text === ',');
  // `…, according to a survey by X, which found that …`: a relative clause after the source tells of the source.
  const relativeAfter = /^(?:which|who)$/.test(tokens[comma + 1]?.lower ?? '');
  const restFrom = comma > 0 ? pastAppositive(tokens, comma + 1) : -1;
  const after = comma > 0 && !relativeAfter ? span(context, tokens, restFrom, clauseEnd(tokens, restFrom)) : null;
  // `But, according to the poll, 46 percent …`: a connective before the source opens the sentence, it is not what was said.
  // `In the 1980s, according to his book, he paid …`: a short adverbial before it is said with the clause after.
  // `…, because, according to Trump, the media would …`: after a conjunction, what was said follows the source.
  const opensClause =
    /^(?:because|and|but|that|so|while|if|when|since|although|though|or|where|whereas)$/.test(
      tokens[v - 2]?.lower ?? '',
    ) && after !== null;
  const lead =
    tokens[v - 1]?.text === ',' && v - 1 > 0 && !opensClause
      ? span(context, tokens, leadingConnective(tokens, v - 1), v - 1, false, 1)
      : null;
  // `At the heart of the trouble, according to X, was a decision …`: a lead with no verb of its own goes on after the source.
  const short =
    lead !== null &&
    after !== null &&
    (v - 1 < 5 || splitBySource(tokens, leadingConnective(tokens, v - 1), v - 1, restFrom));
  // `… 46 percent to 39 percent according to a CBS poll released Monday.`: no comma, the source closes the sentence.
  const closing = tokens[v - 1]?.text !== ',' && v >= 4 && endsClauseAt(tokens, v + 2, mention.end) && !after;
  const whole = lead && !short ? span(context, tokens, leadingConnective(tokens, v - 1), v - 1) : null;
  const contentSpan = short ? after : lead ? whole : closing ? span(context, tokens, 0, v) : after;
  if (!contentSpan || quoteAt(context, contentSpan.start) >= 0) return 'stop';
  const reported = statement(context, { block: context.index, start: t.start, end: next.end }, mention, contentSpan);
  if (short && lead)
    return {
      reported: {
        ...reported,
        content: lead,
        rest: contentSpan,
        quotes: [...quotesInside(context, lead), ...reported.quotes],
      },
      covers: contentSpan.end,
    };
  return { reported, covers: contentSpan.end };
}

/** The index after a connective that opens the tokens before `end` (`But`, `In addition`, `For example`), else 0. */
function leadingConnective(tokens: Token[], end: number): number {
  const first = tokens[0]?.lower ?? '';
  if (CONNECTIVES.has(first)) return tokens[1]?.text === ',' ? 2 : 1;
  if (
    /^(?:in|for)$/.test(first) &&
    /^(?:addition|example|instance|contrast|fact|short|turn)$/.test(tokens[1]?.lower ?? '')
  )
    return Math.min(end, tokens[2]?.text === ',' ? 3 : 2);
  return 0;
}

/** A reported statement by `mention`, its cue the words at `cueSpan`, with the direct quotes inside its content. */
function statement(context: BlockContext, cueSpan: Located, mention: Mention, content: Located): Reported {
  const cue = context.block.text.slice(cueSpan.start, cueSpan.end);
  return {
    cue,
    cueSpan,
    mention: { ...mention, block: context.index },
    inherit: false,
    carry: false,
    content,
    rest: null,
    quotes: quotesInside(context, content),
  };
}

/**
 * `asked the minister whether …`, `asked Trump about the tweet`, `asked her to call`: a question or a request.
 * `urged Democrats to vote …`, `called on the party to …`: a request.
 */
export function askedOrUrged({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  const lower = t.lower;
  const next = tokens[v + 1];
  const request = REQUEST_VERBS.has(lower) || (/^(?:called|calls|call|calling)$/.test(lower) && next?.lower === 'on');
  if (!((/^(?:asked|asks|ask)$/.test(lower) || request) && !BE_FORMS.has(tokens[v - 1]?.lower ?? ''))) return null;
  const asked = askedContent(tokens, next?.lower === 'on' ? v + 1 : v, request);
  const mention =
    asked === null
      ? null
      : (subjectBefore(tokens, v, Math.max(0, v - 40), source, base) ?? coordinatedSubject(tokens, v, source, base));
  // `When I ask him what he does, he says …`: a question inside a subordinate clause ends at its comma.
  const contentSpan =
    mention && asked !== null
      ? span(context, tokens, asked, clauseEnd(tokens, asked, subordinate(tokens, v, mention)))
      : null;
  if (!mention || !contentSpan || quoteAt(context, contentSpan.start) >= 0) return 'stop';
  const reported = statement(context, { block: context.index, start: t.start, end: t.end }, mention, contentSpan);
  return { reported, covers: contentSpan.end };
}

/**
 * `They called him a political opportunist`, `described the plan as a disaster`: a characterisation without quotation marks.
 * When none is found, later rules try the word (`called for a moratorium`).
 */
export function characterised({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  if (!(
    /^(?:called|calls|call|calling|described|describes|describing|branded|brands|labeled|labelled)$/.test(t.lower) &&
    !BE_FORMS.has(tokens[v - 1]?.lower ?? '')
  ))
    return null;
  if (negated(tokens, v)) return 'stop';
  // Not `described` with a plain object: `Researchers have described a new species` is no statement.
  const object = characterisation(tokens, v);
  // `with Martin O’Malley calling Trump a fascist`; `He held his fire on Carson, calling him a nice guy`: the participle's subject.
  const participle =
    /ing$/.test(t.lower) && tokens[v - 1]?.text === ','
      ? mainSubject(tokens, v - 1, firstBodyToken(context, tokens), source, base)
      : null;
  const mention =
    object === null
      ? null
      : (subjectBefore(tokens, v, Math.max(0, v - 40), source, base) ??
        coordinatedSubject(tokens, v, source, base) ??
        subjectAfterWith(tokens, v, source, base) ??
        participle);
  const contentSpan =
    mention && object !== null
      ? span(context, tokens, object, clauseEnd(tokens, object, subordinate(tokens, v, mention), true))
      : null;
  if (!(
    mention &&
    contentSpan &&
    quoteAt(context, contentSpan.start) < 0 &&
    quotesInside(context, contentSpan).length === 0
  ))
    return null;
  const reported = {
    ...statement(context, { block: context.index, start: t.start, end: t.end }, mention, contentSpan),
    quotes: [],
  };
  return { reported, covers: contentSpan.end };
}

/** `pointed out that the committee employs veterans`: a phrasal cue. */
export function pointedOut({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!(/^point(?:ed|s|ing)?$/.test(t.lower) && next?.lower === 'out')) return null;
  const from = tokens[v + 2]?.lower === 'that' ? v + 3 : clauseStartsAt(tokens, v + 2) ? v + 2 : null;
  const mention =
    from === null
      ? null
      : (subjectBefore(tokens, v, Math.max(0, v - 40), source, base) ??
        coordinatedSubject(tokens, v, source, base) ??
        clauseSubject(tokens, v, firstBodyToken(context, tokens), source, base));
  const contentSpan = mention && from !== null ? span(context, tokens, from, clauseEnd(tokens, from)) : null;
  if (!(mention && contentSpan && quoteAt(context, contentSpan.start) < 0)) return 'stop';
  const reported = statement(context, { block: context.index, start: t.start, end: next.end }, mention, contentSpan);
  return { reported, covers: contentSpan.end };
}

/** `called for a moratorium`, `agreed to lend him $5 million`, `wants to run`: a demand or an intention. */
export function particleCue({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  const lower = t.lower;
  const next = tokens[v + 1];
  const particle = OBJECT_CUES.get(lower);
  if (!(
    particle &&
    next?.lower === particle &&
    (isWord(tokens[v + 2]) || (particle === 'to' && /^["“]$/.test(tokens[v + 2]?.text ?? '') && isWord(tokens[v + 3])))
  ))
    return null;
  // `Ruiz spoke for an hour, calling for calm`: a participle after a comma takes the subject of its main clause.
  const participle = /ing$/.test(lower) && tokens[v - 1]?.text === ',';
  const mention = participle
    ? mainSubject(tokens, v - 1, firstBodyToken(context, tokens), source, base)
    : (subjectBefore(tokens, v, Math.max(0, v - 40), source, base) ?? coordinatedSubject(tokens, v, source, base));
  // `the executive order that Obama plans to sign on Friday will have …`: what is planned is the noun before, and the
  // words after the infinitive are the writer's sentence.
  if (mention && relativeObject(tokens, v, mention)) return 'stop';
  // `to` belongs to what is agreed (`to lend him $5 million`); `for`, `about`, `pointed to` and `referring to` to the cue.
  const withParticle = particle === 'to' && !/^(?:point|refer)/.test(lower);
  const contentSpan = mention
    ? span(
        context,
        tokens,
        withParticle ? v + 1 : v + 2,
        bareComment(tokens, v) ?? clauseEnd(tokens, v + 2, subordinate(tokens, v, mention), true),
      )
    : null;
  if (!mention || !contentSpan || quoteAt(context, contentSpan.start) >= 0) return 'stop';
  const cueEnd = withParticle ? t : next;
  const reported = statement(context, { block: context.index, start: t.start, end: cueEnd.end }, mention, contentSpan);
  return { reported, covers: contentSpan.end };
}

/**
 * `declined to comment for this story`, `refused to comment, saying …`: with nothing said about what, the
 * refusal is just `to comment` (its end, after `comment`); `declined to comment on the data program` goes on.
 */
function bareComment(tokens: Token[], v: number): number | null {
  if (tokens[v + 1]?.lower !== 'to' || tokens[v + 2]?.lower !== 'comment') return null;
  return /^(?:on|about|upon|whether|if|further)$/.test(tokens[v + 3]?.lower ?? '') ? null : v + 3;
}

/** Whether `mention` opens the sentence from token `first`, with or without its article (`The Journal`). */
function opensSentence(tokens: Token[], first: number, mention: Mention): boolean {
  const at = /^(?:the|a|an)$/.test(tokens[first]?.lower ?? '') ? first + 1 : first;
  return mention.start === tokens[first]?.start || mention.start === tokens[at]?.start;
}

/** `The museum, Mr. Obama said, would make …`: the content around an attribution set off by commas. */
function insideClause(
  context: BlockContext,
  tokens: Token[],
  v: number,
  source: string,
  base: number,
  closing = v + 1,
): Pick<Reported, 'mention' | 'content' | 'rest' | 'quotes'> | null {
  const mention = subjectBefore(tokens, v, Math.max(0, v - 12), source, base);
  if (!mention) return null;
  const named = indexFrom(tokens, Math.max(0, v - 12), v, (x) => x.start === mention.start);
  // `As The Washington Post reported, …`: the article before a name belongs to the subject.
  const subjectAt = /^(?:the|a|an)$/.test(tokens[named - 1]?.lower ?? '') ? named - 1 : named;
  // `the result, as he later explained, was …`: `as` may open the aside.
  const comma = tokens[subjectAt - 1]?.lower === 'as' ? subjectAt - 2 : subjectAt - 1;
  const rest = span(context, tokens, closing + 1, clauseEnd(tokens, closing + 1));
  // `As Crane said, the two candidates have become …`: an aside that opens the sentence introduces all of it.
  // `But as Clyburn noted, …`, `…, and as Comey noted, …`: after a conjunction too.
  const asAside =
    tokens[comma + 1]?.lower === 'as' && (comma === -1 || /^(?:but|and|yet|so)$/.test(tokens[comma]?.lower ?? ''));
  if (asAside && rest)
    return {
      mention: { ...mention, block: context.index },
      content: rest,
      rest: null,
      quotes: quotesInside(context, rest),
    };
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
    // `…, which is an outcome, he said, "we've long anticipated"`: a relative clause is what was said, from its relative word.
    if (tokens[h]?.text === ',' && /^(?:which|who)$/.test(tokens[h + 1]?.lower ?? '')) {
      opens = h + 1;
      break;
    }
  }
  const head = span(context, tokens, opens, comma, false, rest && rest.end - rest.start > 20 ? 1 : MIN_WORDS);
  if (!head || !rest || quoteAt(context, head.end - 1) >= 0 || /^["”»]$/.test(tokens[comma - 1]?.text ?? ''))
    return null;
  return {
    mention: { ...mention, block: context.index },
    content: head,
    rest,
    quotes: [...quotesInside(context, head), ...quotesInside(context, rest)],
  };
}

/**
 * `The club's investment, she said, "is a perfect example"`: a quotation after the attribution whose first
 * word is in lower case goes on with the sentence begun before it, so both are what was said. One that
 * opens a sentence of its own (`When asked, he said, "I hope not."`) is a direct quote.
 */
function continuingQuote(tokens: Token[], k: number): boolean {
  const word = tokens[k + 1];
  return /^["“]$/.test(tokens[k]?.text ?? '') && isWord(word) && !isCapitalized(word);
}

/** `The museum, X said, would …`: the attribution stands inside what was said (insideClause). When it does not, later rules try the cue. */
export function parenthetical({ context, source, base, tokens }: SentenceReading, v: number, cue: Cue): Outcome {
  const t = tokens[v] as Token;
  // `The solution, the partner told them, was simple`: the listener stands inside the aside.
  const closing = listenerComma(tokens, v) ?? v + 1;
  if (!(
    !cue.carry &&
    !cue.objectVerb &&
    tokens[closing]?.text === ',' &&
    (isWord(tokens[closing + 1]) || continuingQuote(tokens, closing + 1)) &&
    !CARRY_PARTICIPLES.has(tokens[closing + 1]?.lower ?? '')
  ))
    return null;
  const inside = insideClause(context, tokens, v, source, base, closing);
  if (!inside) return null;
  return {
    reported: { cue: t.text, cueSpan: cue.cueSpan, inherit: false, carry: false, ...inside },
    covers: (inside.rest ?? inside.content).end,
  };
}

/**
 * The comma that closes a listener after `told`/`tells` (`told them,`, `told reporters,`): at most three
 * words, none a verb or `that`; null for any other cue.
 */
function listenerComma(tokens: Token[], v: number): number | null {
  if (!/^(?:told|tells)$/.test(tokens[v]?.lower ?? '')) return null;
  for (let k = v + 1; k <= v + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return k > v + 1 ? k : null;
    if (!isWord(t) || /^(?:that|to|if|whether)$/.test(t.lower) || FINITE.has(t.lower)) return null;
  }
  return null;
}

/** `CLAUSE, X said.`: the clause comes first and the attribution ends the sentence. It covers nothing: later words are still tried. */
export function clauseFirst({ context, source, base, tokens }: SentenceReading, v: number, cue: Cue): Outcome {
  const next = tokens[v + 1];
  // `…, Spicer said, adding …`: a participle after the attribution begins a statement of its own.
  const participleAfter = next?.text === ',' && CARRY_PARTICIPLES.has(tokens[v + 2]?.lower ?? '');
  // `…, she said when asked about the vote.`: the question that drew the answer ends the attribution too.
  const endsSentence =
    !next ||
    /^[.!?;]$/.test(next.text) ||
    participleAfter ||
    onlyAdverbial(tokens, v + 1) ||
    listenerToEnd(tokens, v) ||
    whenAskedAt(tokens, v + 1);
  // `…, she said in a video message to the convention.`: a longer phrase of occasion, with checks of its own.
  // Not after a verb of thought, whose preposition belongs to it (`I believe in the good sense of …`).
  const trailing = !endsSentence && !cue.objectVerb && !THOUGHT_VERBS.has(cue.form) && trailingPhrase(tokens, v + 1);
  if (!((endsSentence || trailing) && !cue.carry)) return null;
  if (cue.objectVerb) return 'stop';
  const mention = subjectBefore(tokens, v, Math.max(0, v - 40), source, base);
  if (!mention) return 'stop';
  const subjectAt = indexFrom(tokens, Math.max(0, v - 40), v, (x) => x.start === mention.start);
  const comma = commaBefore(tokens, subjectAt);
  // `Clinton says at a stop in Toledo, Ohio, that …`: with no clause before the subject, the clause may follow the adverbial.
  if (comma <= 1 || tokens[comma]?.text !== ',')
    return subjectAt === 0 && next && !/^[.!?;]$/.test(next.text) ? null : 'stop';
  const contentSpan = span(context, tokens, 0, comma);
  // `"…," X said` is a direct quote; `using the tax "is a misguided approach," X said` is mixed.
  if (!contentSpan || endsInsideEarlierQuote(context, contentSpan)) return 'stop';
  if (trailing && !trailingContent(context, tokens, comma, contentSpan)) return 'stop';
  const reported = statement(context, cue.cueSpan, mention, contentSpan);
  return { reported, covers: null };
}

/**
 * `CLAUSE, said the Tax Foundation.`, `using the tax "is a misguided approach," said Mr. Burman.`
 * It covers nothing; when no source closes the clause, later rules try the cue.
 */
export function clauseFirstInverted({ context, source, base, tokens }: SentenceReading, v: number, cue: Cue): Outcome {
  const t = tokens[v] as Token;
  const commaAt =
    tokens[v - 1]?.text === ','
      ? v - 1
      : tokens[v - 2]?.text === ',' && /^["”»]$/.test(tokens[v - 1]?.text ?? '')
        ? v - 2
        : -1;
  // `Senator X, Democrat of California, said the program …`: a subject with an appositive comes first.
  const subjectFirst =
    commaAt === v - 1 &&
    (speakerBefore(tokens, v, Math.max(0, v - 40), source, base) !== null ||
      clauseSubject(tokens, v, firstBodyToken(context, tokens), source, base) !== null);
  // `…, said the rules touched on …` is a clause after the cue, not its source.
  if (!(!cue.carry && commaAt > 1 && !subjectFirst && BARE_CLAUSE_VERBS.has(t.lower) && !clauseStartsAt(tokens, v + 1)))
    return null;
  const named = sourceAfter(tokens, v + 1, tokens.length, source, base);
  // The source closes the clause (`said Mr. Burman.`, `said a spokesman, adding …`); `…, said parents still want …` is a subject's clause.
  const mention = named && endsClauseAt(tokens, v + 1, named.end) ? named : null;
  const contentSpan = mention ? span(context, tokens, 0, commaAt === v - 2 ? v : commaAt) : null;
  if (!(mention && contentSpan && !endsInsideEarlierQuote(context, contentSpan))) return null;
  const reported = statement(context, cue.cueSpan, mention, contentSpan);
  return { reported, covers: null };
}

/**
 * `…, which he said were about evenly split`, `what she said is growing
 * demand`: a speaker inside a relative clause says the verb phrase about the
 * relative word. Not without the relative word (`the visit Trump said was
 * important` names no statement).
 */
function relativeStatement(
  context: BlockContext,
  tokens: Token[],
  v: number,
  source: string,
  base: number,
): (Pick<Reported, 'mention' | 'content' | 'rest' | 'quotes'> & { rest: Located }) | null {
  const mention = subjectBefore(tokens, v, Math.max(0, v - 12), source, base);
  if (!mention) return null;
  const found = indexFrom(tokens, Math.max(0, v - 12), v, (x) => x.start === mention.start);
  // `which even critics say`: the relative word stands before `even`.
  const at = tokens[found - 1]?.lower === 'even' ? found - 1 : found;
  const pronoun = tokens[at - 1];
  if (at < 1 || !pronoun || !/^(?:which|that|what)$/.test(pronoun.lower)) return null;
  // `What he said was wrong.`: a `what` clause that opens the sentence is its subject, judged by the writer.
  if (pronoun.lower === 'what' && at - 1 === 0) return null;
  const head = span(context, tokens, at - 1, at, false, 1);
  // The relative clause ends at its comma: `The tender, which Reyes said was rushed, closes on Friday.`
  const comma = indexFrom(tokens, v + 1, tokens.length, (x) => x.text === ',');
  const rest = span(context, tokens, v + 1, Math.min(clauseEnd(tokens, v + 1), comma < 0 ? tokens.length : comma));
  if (!head || !rest || quoteAt(context, rest.start) >= 0) return null;
  return { mention: { ...mention, block: context.index }, content: head, rest, quotes: quotesInside(context, rest) };
}

/** `30 applicants, which he said were evenly split`: the relative word and the verb phrase are what was said (relativeStatement). */
export function relative({ context, source, base, tokens }: SentenceReading, v: number, cue: Cue): Outcome {
  const t = tokens[v] as Token;
  // `which he argued was …`, `which officials believe were …`: an assertion or a belief reads the same way.
  const verb = BARE_CLAUSE_VERBS.has(t.lower) || ASSERTION_VERBS.has(t.lower) || BARE_THOUGHT_VERBS.has(t.lower);
  if (!(verb && NO_SUBJECT.has(tokens[v + 1]?.lower ?? ''))) return null;
  const found = relativeStatement(context, tokens, v, source, base);
  if (!found) return 'stop';
  return {
    reported: { cue: t.text, cueSpan: cue.cueSpan, inherit: false, carry: false, ...found },
    covers: found.rest.end,
  };
}

/**
 * `X said (that) CLAUSE`, `X denied …`, `…, citing the audit`: the general
 * path, the clause or the object after the cue, with the speaker before it, a
 * speaker it shares (`… and said`) or, for a participle, the subject it
 * carries. The last rule: nothing found ends the word.
 */
export function saidThat(sentence: SentenceReading, v: number, cue: Cue, found: readonly Reported[]): Outcome {
  const { context, tokens } = sentence;
  const t = tokens[v] as Token;
  const lower = cue.form;
  const { objectVerb } = cue;
  // `said when asked whether …`: the question after the cue is asked of the speaker, not said by them (questions.ts).
  if (whenAskedAt(tokens, v + 1)) return 'stop';
  const { from, demonstrative } = contentStart(sentence, v, { ...t, lower }, objectVerb);
  if (from === null) return 'stop';
  // A quotation mark right after the cue is a direct quote, attributed elsewhere.
  // But after `that` (`said that "…"`) the quote is the reported clause itself.
  if (/^["“”„«]$/.test(tokens[from]?.text ?? '') && tokens[from - 1]?.lower !== 'that') return 'stop';
  const subject = statementSubject(sentence, v, cue, found);
  if (subject === 'stop') return 'stop';
  const { mention, carry } = subject;
  // A plain speech verb before a clause reports speech even when its subject can't be read: the statement stays, with no speaker.
  // Not after `to` (`too soon to say how …`): an infinitive reports nothing said.
  const plain = BARE_CLAUSE_VERBS.has(lower) && !objectVerb && isWord(tokens[v - 1]) && tokens[v - 1]?.lower !== 'to';
  const unread = !carry && !mention && !plain;
  if (unread) return 'stop';
  if (objectVerb && !(mention && objectSubject(tokens, v, mention))) return 'stop';
  // `endorsed Trump last week and has appeared …`: a noun object ends before the subject's next act.
  const nounObject = objectVerb && !/^(?:that|whether|if)$/.test(tokens[from - 1]?.lower ?? '');
  // `Mr. Sanders, after initially saying he would not advertise, took to …`: the participle's clause ends at the aside's comma.
  const clause = clauseEnd(tokens, from, cue.afterPreposition || subordinate(tokens, v, mention), nounObject);
  const until = demonstrative ? v + 3 : nounObject ? objectEnd(tokens, from, clause) : clause;
  // `endorsed Trump`: a noun object may be one word.
  const contentSpan = span(context, tokens, from, until, DENIAL_VERBS.has(lower), nounObject ? 1 : MIN_WORDS);
  if (!contentSpan) return 'stop';
  const reported: Reported = {
    cue: t.text,
    cueSpan: cue.cueSpan,
    mention: mention ? { ...mention, block: context.index } : null,
    inherit: false,
    carry,
    content: contentSpan,
    rest: null,
    quotes: quotesInside(context, contentSpan),
  };
  return { reported, covers: contentSpan.end };
}

/**
 * Where what is said starts after the cue at `v` (`verb`, its form lower-cased): the clause or object after
 * it, or evidence (`a poll shows`); and whether it is a demonstrative with its noun (`rejected that characterisation`).
 */
function contentStart(
  { context, source, base, tokens }: SentenceReading,
  v: number,
  verb: Token,
  objectVerb: boolean,
): { from: number | null; demonstrative: boolean } {
  const { lower } = verb;
  const next = tokens[v + 1];
  // `denied that, saying …`: the denial points back at the statement before; what is said is the participle's clause.
  const anaphoric =
    DENIAL_VERBS.has(lower) &&
    /^(?:that|this|it)$/.test(next?.lower ?? '') &&
    tokens[v + 2]?.text === ',' &&
    CARRY_PARTICIPLES.has(tokens[v + 3]?.lower ?? '');
  // `rejected that characterisation.`: a demonstrative and its noun are the object, not `that` before a clause.
  // `rejected that argument in a ruling …`: a preposition after the noun ends the object too.
  const demonstrative =
    DENIAL_VERBS.has(lower) &&
    /^(?:that|this|these|those)$/.test(next?.lower ?? '') &&
    isWord(tokens[v + 2]) &&
    (!isWord(tokens[v + 3]) ||
      /^(?:in|on|at|as|by|during|for|with|from|after|before|last|this)$/.test(tokens[v + 3]?.lower ?? ''));
  const from =
    (anaphoric
      ? clauseAfter(tokens, v + 3, tokens[v + 3] as Token)
      : demonstrative
        ? v + 1
        : clauseAfter(
            tokens,
            v,
            verb,
            tokens.slice(v + 2).some((x) => /^["“]$/.test(x.text)),
          )) ??
    // `announced his resignation`: a cue that takes a noun object (NOUN_OBJECT_CUES) as object verbs do.
    (objectVerb ? objectClause(tokens, v + 1) : null) ??
    evidenceObject(tokens, v, source, base, firstBodyToken(context, tokens));
  return { from, demonstrative };
}

/**
 * Who makes the statement at the cue `v`: the subject before it, one it shares (`… and said`), or, for a
 * participle (`carry`), the subject of its main clause; `carry` stays when the participle keeps the speaker
 * of the clause before. 'stop' when a cue after a preposition finds no main subject.
 */
function statementSubject(
  { context, source, base, tokens }: SentenceReading,
  v: number,
  cue: Cue,
  found: readonly Reported[],
): { mention: Mention | null; carry: boolean } | 'stop' {
  const lower = cue.form;
  let carry = cue.carry;
  // `The senator criticized X and said …`: the second verb shares the subject of the statement before it.
  const shared = tokens[v - 1]?.lower === 'and' ? (found[found.length - 1]?.mention ?? null) : null;
  // `Chris Warner denied that, saying …`: a participle takes the subject of its main clause.
  // `Salceda, citing data from the State Department, said …`: a participle set off right after the sentence's subject.
  const first = firstBodyToken(context, tokens);
  const opening = carry && tokens[v - 1]?.text === ',' ? subjectBefore(tokens, v - 1, first, source, base) : null;
  // `"…," McCain said, citing low growth`: after an attribution that closes a quotation, its speaker.
  // `…, Hollande said Tuesday in Paris, noting …`: past a few words of time and place after the attribution.
  const said = carry && tokens[v - 1]?.text === ',' ? attributionBefore(tokens, v - 2) : -1;
  const afterAttribution = said >= 0 ? subjectBefore(tokens, said, Math.max(0, said - 10), source, base) : null;
  // The attribution right before the participle names its speaker before any subject that opens the sentence
  // (`The plan is dead, Hollande said, noting …` is Hollande's).
  const main = carry
    ? (afterAttribution ??
      mainSubject(tokens, v - 1, first, source, base) ??
      (opening && opensSentence(tokens, first, opening) ? opening : null))
    : null;
  if (main) carry = false;
  else if (cue.afterPreposition) return 'stop';
  const mention = carry
    ? null
    : (cue.withSubject ??
      main ??
      subjectBefore(tokens, v, Math.max(0, v - 40), source, base) ??
      subjectPastQuotedAside(tokens, v, (ts, w) => subjectBefore(ts, w, Math.max(0, w - 40), source, base)) ??
      coordinatedSubject(tokens, v, source, base) ??
      shared ??
      // `A majority of Republicans believe …`: a share or a group reads as the subject of a thought as of a statement.
      ((CUE_VERBS.has(lower) && !cue.objectVerb) || EVIDENCE_VERBS.has(lower) || THOUGHT_VERBS.has(lower)
        ? clauseSubject(tokens, v, firstBodyToken(context, tokens), source, base)
        : null));
  return { mention, carry };
}

/**
 * The index of a cue verb (`said`, `told`) that ends at `k` or stands before up to four words of time and
 * place ending there (`said Tuesday in Paris`), with no mark in between; -1 when none.
 */
function attributionBefore(tokens: Token[], k: number): number {
  for (let j = k; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j];
    if (!isWord(t)) return -1;
    // Not `the United States`: a cue verb is in lower case.
    if (CUE_VERBS.has(t?.lower ?? '') && !/ing$/.test(t?.lower ?? '') && !isCapitalized(t)) return j;
  }
  return -1;
}

/** Possessive pronouns and the pronoun each stands for: `his statement` is what he said. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);

/**
 * The owner of a noun: `Trump's` or `his` right before it, past up to three
 * modifiers (`Trump's frequent statements`, `his long-held belief`).
 */
function owner(tokens: Token[], noun: number, source: string, base: number): Mention | null {
  let k = noun - 1;
  while (
    k >= 0 &&
    k > noun - 4 &&
    isWord(tokens[k]) &&
    !/['’]s$/.test(tokens[k]?.text ?? '') &&
    !POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '')
  )
    k--;
  const t = tokens[k];
  if (!t) return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(t.lower);
  if (pronoun) {
    const gender = PRONOUNS.get(pronoun) ?? null;
    return { kind: 'pronoun', name: pronoun, role: null, gender, start: t.start, end: t.end };
  }
  const possessive = /^(.+)['’]s$/.exec(t.text)?.[1];
  if (!possessive) return null;
  // Read the name as if it stood without its `'s`.
  const copy = tokens.slice(0, k + 1);
  copy[k] = { ...t, text: possessive, lower: possessive.toLowerCase(), end: t.start + possessive.length };
  const phrase = phraseEndingAt(copy, k, Math.max(0, k - 6), source, base);
  if (!phrase || phrase.kind === 'pronoun') return null;
  return {
    kind: phrase.kind,
    name: phrase.name,
    role: phrase.role,
    gender: phrase.gender,
    start: phrase.start,
    end: phrase.end,
  };
}

/**
 * `Trump's frequent statements during the campaign that he welcomed …`, `his
 * belief that …`: a noun of saying or thinking, owned by someone, with a
 * `that` clause (not a relative `that`: the clause has its own subject and
 * verb) after at most a short phrase of time or place.
 */
export function nounCue({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  if (!(SPEECH_NOUNS.has(t.lower) || THOUGHT_NOUNS.has(t.lower))) return null;
  const that = indexFrom(tokens, v + 1, v + 9, (x) => x.lower === 'that' || !isWord(x));
  if (that < 0 || tokens[that]?.lower !== 'that' || !clauseStartsAt(tokens, that + 1)) return null;
  const mention = owner(tokens, v, source, base);
  if (!mention) return null;
  const contentSpan = span(context, tokens, that + 1, clauseEnd(tokens, that + 1));
  if (!contentSpan || quoteAt(context, contentSpan.start) >= 0) return null;
  const reported = statement(context, { block: context.index, start: t.start, end: t.end }, mention, contentSpan);
  return { reported, covers: contentSpan.end };
}

/**
 * `whose government Obama called illegitimate`, `a plan which critics branded
 * reckless`: a characterisation whose object is the relative word before the
 * speaker. What was said is the relative word with its noun and what it was
 * called, as in relativeStatement.
 */
export function relativeCharacterised({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!/^(?:called|calls|call|branded|brands|labeled|labelled|labels)$/.test(t.lower) || !isWord(next)) return null;
  if (
    /^(?:for|on|off|up|out|back|in|to|it|and|or|him|her|them|me|us|this|that|the|a|an|at|from|with|by|during|after|before|yesterday|today|last|earlier|later)$/.test(
      next?.lower ?? '',
    ) ||
    negated(tokens, v)
  )
    return null;
  // `whose government Obama called …`: `whose` and its noun stand before the speaker, who opens the clause.
  let relative = -1;
  let mention: Mention | null = null;
  let at = -1;
  for (let k = v - 2; k >= Math.max(0, v - 6) && relative < 0; k--) {
    if (tokens[k]?.lower !== 'whose') continue;
    for (let m = k + 2; m <= Math.min(k + 3, v - 1) && !mention; m++) {
      const found = subjectBefore(tokens, v, m, source, base);
      if (found && found.start === tokens[m]?.start && tokens.slice(k + 1, m).every(isWord)) {
        mention = found;
        at = m;
        relative = k;
      }
    }
  }
  if (!mention) {
    mention = subjectBefore(tokens, v, Math.max(0, v - 12), source, base);
    const start = mention?.start;
    at = indexFrom(tokens, Math.max(0, v - 12), v, (x) => x.start === start);
    // Not `what X calls …` or `that X called …`: a name given to something, or a call made.
    relative = tokens[at - 1]?.lower === 'which' ? at - 1 : -1;
  }
  if (!mention) return null;
  if (relative < 0) return null;
  const head = span(context, tokens, relative, at, false, 1);
  const comma = indexFrom(tokens, v + 1, tokens.length, (x) => x.text === ',');
  const rest = span(
    context,
    tokens,
    v + 1,
    Math.min(clauseEnd(tokens, v + 1), comma < 0 ? tokens.length : comma),
    false,
    1,
  );
  if (!head || !rest || quoteAt(context, rest.start) >= 0 || quotesInside(context, rest).length > 0) return null;
  return { reported: statementAt(context, t, mention, head, { rest }), covers: rest.end };
}
