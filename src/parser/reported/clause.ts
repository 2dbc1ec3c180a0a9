/**
 * Where a reported clause begins and ends around its cue: the clause after
 * `said (that)` or a listener (`told reporters the …`), the adverbials that are
 * not what was said (`said on Monday`), and the boundaries that close what was
 * said (`, adding`, `, he said.`, `, but Pence was …`). Also the span and
 * token helpers the reported-speech rules share.
 */

import { quoteAt, quotesWithin, type BlockContext } from '../text';
import {
  ADVERBIAL_PREPOSITIONS,
  ADVERBIAL_STARTERS,
  ANSWERING_ACTS,
  ASSERTION_VERBS,
  ATTRIBUTION_SUBJECTS,
  BARE_CLAUSE_VERBS,
  BARE_THOUGHT_VERBS,
  CARRY_PARTICIPLES,
  CLAUSE_OPENERS,
  CLAUSE_SUBJECTS,
  CUE_VERBS,
  DENIAL_VERBS,
  FINITE,
  IRREGULAR_PAST,
  LISTENER_CONTINUES,
  LISTENER_VERBS,
  NO_SUBJECT,
  OBJECT_VERBS,
  SUBORDINATORS,
  TIME_ADVERBS,
  TIME_HEADS,
  TIME_WORDS,
} from '../lexicon';
import type { Mention } from '../speakers';
import { comparisonAt, inRelativeClause, participleAfterConjunction, perfectActAt, predicateAfter } from './boundary';
import { isQuantity } from '../speakers';
import { isCapitalized, isWord, type Token } from '../text';
import type { Located } from '../types';

export const MIN_WORDS = 2;

/** The content after a cue at token index `v`, or null when no clause follows it. */
export function clauseAfter(tokens: Token[], v: number, verb: Token, quoted = false): number | null {
  const j = v + 1;
  // `said — on Twitter, as it happens — that …`: an aside between dashes comes before the clause.
  if (/^[—–]$/.test(tokens[j]?.text ?? '')) {
    const close = indexFrom(tokens, j + 1, j + 14, (x) => /^[—–.;:!?]$/.test(x.text));
    return close > j + 1 && /^[—–]$/.test(tokens[close]?.text ?? '') ? clauseAfter(tokens, close, verb, quoted) : null;
  }
  // `told reporters the …`, `told the forum he was …`, `told his advisers to …`: the listener before the clause.
  if (/^(?:told|tells|telling)$/.test(verb.lower)) {
    // `We're told there is footage …`, `she was told the plan had …`: a passive has no listener before its clause.
    const passive =
      verb.lower === 'told' && /^(?:is|are|was|were|been|being|am)$|['’](?:re|s|m)$/.test(tokens[v - 1]?.lower ?? '');
    if (passive && isWord(tokens[j]) && !/^(?:by|to|that)$/.test(tokens[j]?.lower ?? '') && clauseStartsAt(tokens, j))
      return j;
    return listenerClause(tokens, j);
  }
  // `warned voters that …`, `reminded the crowd that …`: other verbs with a listener, when one stands there.
  if (
    LISTENER_VERBS.has(verb.lower) &&
    isWord(tokens[j]) &&
    tokens[j]?.lower !== 'that' &&
    !clauseStartsAt(tokens, j)
  ) {
    const after = listenerClause(tokens, j);
    if (after !== null && tokens[after - 1]?.lower === 'that') return after;
  }
  const that = thatClause(tokens, j);
  if (that !== undefined) return that;
  // `reported raising $9 million`, `has reported spending $1.8 million on ads`: what a filing reports is its gerund object.
  if (reportedGerund(tokens, v)) return j;
  // `claimed the lanes would cost 200 spaces`: a clause with its own subject and verb, without `that`.
  // A quotation in the clause marks it as words reported too: `writes Clinton has "built a lead."`.
  // `Obama believed Moscow was acting …`: a belief, a fear or a hope takes a bare clause too.
  if (
    (ASSERTION_VERBS.has(verb.lower) ||
      BARE_THOUGHT_VERBS.has(verb.lower) ||
      (quoted && CUE_VERBS.has(verb.lower) && !OBJECT_VERBS.has(verb.lower))) &&
    clauseStartsAt(tokens, j)
  )
    return j;
  // `stressed the need for …`, `emphasized the importance of …`: what is stressed may be a noun phrase.
  if (
    /^(?:stressed|stresses|stressing|emphasized|emphasizes|emphasised|emphasises|underscored|underscores|noted|notes|explained|explains)$/.test(
      verb.lower,
    ) &&
    /^(?:the|his|her|their|its|our|a|an)$/.test(tokens[j]?.lower ?? '') &&
    isWord(tokens[j + 1])
  )
    return j;
  // `cited the audit as the reason`, `criticized Clinton for …`: the object is the content.
  if (OBJECT_VERBS.has(verb.lower) && !CUE_VERBS.has(verb.lower)) return objectClause(tokens, j);
  // `suggesting the senator sees issues as …`, `argued the party needs …`: a clause whose verb is a plain present or past.
  if (ASSERTION_VERBS.has(verb.lower) && plainClauseAt(tokens, j)) return j;
  if (BARE_CLAUSE_VERBS.has(verb.lower) || DENIAL_VERBS.has(verb.lower) || verb.lower === 'saying')
    return bareClause(tokens, j, verb, quoted);
  return null;
}

/** Words that go on a noun phrase, so none stands between a subject and its verb. */
const IN_NOUN_PHRASE = /^(?:of|for|in|on|at|to|with|by|from|and|or|than|as|into|over|about|after|before)$/;

/** Words that may follow a plain verb in the present or past: an object's determiner or pronoun, a particle. */
const AFTER_PLAIN_VERB =
  /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those|him|them|it|us|me|to|up|out|down|off|back|more|no|not|too|so|some|any|every|all)$/;

/**
 * `suggesting the senator sees issues as …`, `argue the system gives too much power …`: a determiner, one or
 * two words of a subject, and a verb in -s or -ed followed by an object or a particle, for a cue that takes a
 * clause without `that`.
 */
function plainClauseAt(tokens: Token[], j: number): boolean {
  if (!/^(?:the|a|an|his|her|their|its|our|this|these|those|some|many|most)$/.test(tokens[j]?.lower ?? ''))
    return false;
  for (let m = j + 2; m <= j + 3 && m < tokens.length; m++) {
    const t = tokens[m] as Token;
    const left = tokens[m - 1] as Token;
    if (!isWord(left) || IN_NOUN_PHRASE.test(left.lower) || !isWord(t)) return false;
    const verb = !isCapitalized(t) && /^\p{Ll}{3,}(?:s|ed)$/u.test(t.text) && !/(?:ss|us|is|ness)$/.test(t.lower);
    if (verb) return AFTER_PLAIN_VERB.test(tokens[m + 1]?.lower ?? '');
  }
  return false;
}

/** Words in -ing after `reported` that are no gerund object: `reported during the debate`, `reported nothing`. */
const NOT_GERUNDS =
  /^(?:during|including|according|regarding|concerning|following|nothing|something|anything|everything|morning|evening|being)$/;

/**
 * `X reported spending $6 million attacking Clinton`, `Mr. Kasich reported having $1.3 million in cash`: a
 * report verb with a gerund as its object, the figures of a filing or a disclosure.
 */
function reportedGerund(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1];
  return (
    /^(?:reported|reports)$/.test(tokens[v]?.lower ?? '') &&
    next !== undefined &&
    /^\p{Ll}{3,}ing$/u.test(next.text) &&
    !NOT_GERUNDS.test(next.lower)
  );
}

/**
 * `said on Monday that`, `said in a statement that`: the clause after `that`, a few adverbial words past
 * the cue; undefined when no `that` follows there (null when one does but opens no clause).
 */
function thatClause(tokens: Token[], j: number): number | null | undefined {
  // `said on ABC's "This Week With George Stephanopoulos" that …`: a title in quotation marks may stand in the adverbial.
  const marks = indexFrom(tokens, j, j + 8, (x) => /^(?:["“”]|'')$/.test(x.text)) >= 0 ? 4 : 0;
  for (let k = j; k < j + 8 + marks && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // `say that, even if they wanted one, a recount …`: an aside may follow `that`.
    // Not `Having said that, there are …`: the aside closes with a second comma before a clause of its own.
    if (t.lower === 'that' && tokens[k + 1]?.text === ',' && isWord(tokens[k + 2])) {
      const close = indexFrom(tokens, k + 3, k + 16, (x) => x.text === ',' || /^[.;:!?]$/.test(x.text));
      return close > 0 && tokens[close]?.text === ',' && clauseStartsAt(tokens, close + 1) ? k + 2 : null;
    }
    // After a quotation mark, `That makes me smart` opens the quoted words: only a `that` in lower case opens the clause.
    if (t.lower === 'that' && (marks === 0 || t.text === 'that'))
      return isWord(tokens[k + 1]) || /^["“]$/.test(tokens[k + 1]?.text ?? '') ? k + 1 : null;
    // `wrote in a post, "To hear that …"`: a quotation after a comma is the words themselves, not a title.
    if (!isWord(t) && t.text !== ',' && !(k > j && /^(?:["“”]|'')$/.test(t.text) && tokens[k - 1]?.text !== ',')) break;
    if (k === j && !ADVERBIAL_STARTERS.has(t.lower) && !(TIME_WORDS.has(t.lower) && isCapitalized(t))) break;
  }
  return undefined;
}

/** `cited the audit as the reason`, `criticized Clinton for …`: the object of an object verb, from `j`. */
export function objectClause(tokens: Token[], j: number): number | null {
  const next = tokens[j];
  // `what she wants and …`: a conjunction right after the verb means it has no object here.
  if (
    !next ||
    !isWord(next) ||
    /^(?:and|or|but|nor)$/.test(next.lower) ||
    (/^(?:to|that|which|who|it|him|her|them|me|us|this)$/.test(next.lower) && !isWord(tokens[j + 1]))
  )
    return null;
  return next.lower === 'that' ? j + 1 : j;
}

/** What a `said`-like verb (or a denial) says, from `j`: a clause, after a colon, an aside or an adverb of manner. */
function bareClause(tokens: Token[], j: number, verb: Token, quoted: boolean): number | null {
  const next = tokens[j];
  // `he said: Let no one be mistaken …`: a colon and the words, without quotation marks.
  if (next?.text === ':' && isWord(tokens[j + 1]) && isWord(tokens[j + 2])) return j + 1;
  // `says, win or lose on Tuesday, he's staying`: an aside set off by commas before the clause.
  if (next?.text === ',' && isWord(tokens[j + 1])) {
    // `said, however, that …`: one word of aside is the writer's and stays out.
    const close = closingComma(tokens, j + 2, j + 14);
    // `said, in an interview, that …`: nor is an adverbial.
    if (close < 0) return null;
    if (tokens[close + 1]?.lower === 'that' && isWord(tokens[close + 2])) return close + 2;
    if (close === j + 2 || startsAdverbial(tokens, j + 1)) return clauseStartsAt(tokens, close + 1) ? close + 1 : null;
    return clauseStartsAt(tokens, close + 1) ? j + 1 : null;
  }
  // `said about half of the adjustment reflected …`: a share opens the clause, which has a verb of its own.
  if (next?.lower === 'about' && isQuantity(tokens, j)) {
    const verbAt = indexFrom(
      tokens,
      j + 2,
      j + 14,
      (x) => !isWord(x) || x.lower === 'that' || FINITE.has(x.lower) || /^\p{Ll}{3,}ed$/u.test(x.text),
    );
    if (verbAt > 0 && isWord(tokens[verbAt]) && tokens[verbAt]?.lower !== 'that') return j;
  }
  // `said quietly that …`, `said matter-of-factly as …`: an adverb of manner stands before what was said, if anything.
  if (
    next &&
    /^\p{Ll}[\p{Ll}-]{3,}ly$/u.test(next.text) &&
    !/^(?:only|early|likely|daily|family|rally|july|italy)$/.test(next.lower)
  )
    return clauseAfter(tokens, j, verb, quoted);
  // `said of the plan`, `said with a smirk`, `said and hung up`: what follows is not what was said.
  if (
    !next ||
    !isWord(next) ||
    /^(?:to|so|goodbye|nothing|something|anything|of|with|and|but|or|about|for|through|without)$/.test(next.lower)
  )
    return null;
  // `said after the vote.`, `said on Thursday it was recalling …`: an adverbial is not what was said.
  if (startsAdverbial(tokens, j)) return clauseAfterAdverbial(tokens, j);
  // `said no.`, `said yes to …`; but `said no decision had been made`.
  if (
    (/^(?:yes|no)$/.test(next.lower) && !isWord(tokens[j + 1])) ||
    (/^(?:yes|no)$/.test(next.lower) && tokens[j + 1]?.lower === 'to')
  )
    return null;
  // `the visit Trump said was important`: a clause has its own subject before its verb.
  if (!DENIAL_VERBS.has(verb.lower) && NO_SUBJECT.has(next.lower)) return null;
  return j;
}

/** The comma that closes a short aside of words starting at `from` (before `to`), or -1 when something else ends it first. */
function closingComma(tokens: Token[], from: number, to: number): number {
  const close = indexFrom(tokens, from, to, (x) => !isWord(x));
  return tokens[close]?.text === ',' ? close : -1;
}

/** The clause after a listener that starts at token `j` (`told reporters the …`, `told his advisers to …`), or null. */
function listenerClause(tokens: Token[], j: number): number | null {
  for (let k = j + 1; k < j + 12 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that') return k + 1;
    // `told his advisers to …`; but `told reporters during a visit to Scotland that …` goes on to its `that`.
    const place = isCapitalized(tokens[k + 1]) || CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? '');
    if (t.lower === 'to' && !(place && k > j + 1)) return isWord(tokens[k + 1]) ? j : null;
    const left = tokens[k - 1] as Token;
    // `told me his support … makes him …`: a clause with its own subject and a verb in the present or the past.
    const clause = clauseStartsAt(tokens, k) || (CLAUSE_OPENERS.has(t.lower) && presentOrPastAt(tokens, k));
    // `told The Star-Ledger last week she would …`: a time after the listener; not `told reporters Monday` alone.
    const afterTime =
      TIME_WORDS.has(left.lower) &&
      /^(?:last|this|next|on|that)$/.test(tokens[k - 2]?.lower ?? '') &&
      CLAUSE_SUBJECTS.has(t.lower);
    if (
      isWord(left) &&
      !LISTENER_CONTINUES.has(left.lower) &&
      !ADVERBIAL_STARTERS.has(left.lower) &&
      (!TIME_WORDS.has(left.lower) || afterTime) &&
      clause
    )
      return k;
    // `told POLITICO, however, that …`: a short aside after the listener.
    if (t.text === ',') {
      const close = closingComma(tokens, k + 1, k + 5);
      if (close > k + 1 && tokens[close + 1]?.lower === 'that' && isWord(tokens[close + 2])) return close + 2;
    }
    // `told MSNBC's "Morning Joe" that …`: a show's name in quotation marks is part of the listener.
    if (!isWord(t) && !/^["“”]$/.test(t.text)) break;
  }
  return null;
}

/** `his support for Mr. Trump makes …`: a verb in the present (-s) or past (-ed) tense within five words of `k`. */
function presentOrPastAt(tokens: Token[], k: number): boolean {
  for (let m = k + 1; m < k + 6 && m < tokens.length; m++) {
    const t = tokens[m] as Token;
    if (!isWord(t)) return false;
    // Not right after a determiner or a preposition, where an -s word is a plural noun (`his plans`, `for votes`).
    const left = tokens[m - 1]?.lower ?? '';
    if (
      !isCapitalized(t) &&
      /^\p{Ll}{3,}(?:s|ed)$/u.test(t.text) &&
      !/(?:ss|us|is|ness)$/.test(t.lower) &&
      !CLAUSE_OPENERS.has(left) &&
      !/^(?:of|for|in|on|at|to|with|by|from|and|or)$/.test(left)
    )
      return true;
  }
  return false;
}

/** Whether an adverbial (not a clause) begins at token `k`, right after a cue. */
export function startsAdverbial(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (ADVERBIAL_PREPOSITIONS.has(t.lower) || TIME_ADVERBS.has(t.lower)) return true;
  if (TIME_WORDS.has(t.lower) && isCapitalized(t)) return true;
  return /^(?:last|this|next|late|early)$/.test(t.lower) && TIME_WORDS.has(tokens[k + 1]?.lower ?? '');
}

/**
 * The clause after an adverbial that follows a cue (`said on Thursday it was
 * recalling …`, `said in an interview the plan …`), or null when none follows
 * before the clause ends (`said after the vote.`). The clause has its own
 * subject and finite verb and does not start right after a preposition.
 */
function clauseAfterAdverbial(tokens: Token[], j: number): number | null {
  for (let k = j + 1; k < j + 10 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t) && t.text !== ',') return null;
    if (t.lower === 'that' && tokens[k + 1] && !/^(?:is|was|would|will|has|had)$/.test(tokens[k + 1]?.lower ?? ''))
      return k + 1;
    const left = tokens[k - 1] as Token;
    if (
      !isWord(t) ||
      TIME_WORDS.has(t.lower) ||
      ADVERBIAL_PREPOSITIONS.has(left.lower) ||
      /^(?:the|a|an|this|last|next|his|her|their|its)$/.test(left.lower)
    )
      continue;
    if (clauseStartsAt(tokens, k)) return k;
  }
  return null;
}

/** Whether a clause with its own subject begins at token `k`: `he was …`, `the economy is …`, `Clinton would …`. */
export function clauseStartsAt(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || !isWord(first)) return false;
  if (CLAUSE_SUBJECTS.has(first.lower)) return isWord(tokens[k + 1]);
  // `he’s not planning`, `they're sure`, `there’s no way`.
  if (/^(?:he|she|they|we|i|it|there|you)['’](?:s|re|m|ll|d|ve)$/.test(first.lower)) return true;
  if (!CLAUSE_OPENERS.has(first.lower) && !isCapitalized(first)) return false;
  for (let m = k + 1; m < k + 10 && m < tokens.length; m++) {
    const t = tokens[m] as Token;
    if ((!isWord(t) && t.text !== ',') || t.lower === 'that') return false;
    if (FINITE.has(t.lower) || /n[’']t$/.test(t.lower)) return true;
  }
  return false;
}

/** `the council's two leaders spent Monday …`: a subject and a verb in the past tense, for where a writer's clause begins. */
function pastClauseAt(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || !(CLAUSE_OPENERS.has(first.lower) || isCapitalized(first))) return false;
  for (let m = k + 1; m < k + 6 && m < tokens.length; m++) {
    const t = tokens[m] as Token;
    if (!isWord(t) || t.lower === 'that') return false;
    if (!isCapitalized(t) && (IRREGULAR_PAST.has(t.lower) || /\p{Ll}{3,}ed$/u.test(t.text))) return true;
  }
  return false;
}

/**
 * `said on Thursday.`, `said in a statement.`, `said Friday afternoon, as …`: nothing but a time or place
 * phrase to the end of the sentence or to a comma.
 */
export function onlyAdverbial(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || !(TIME_HEADS.has(first.lower) || (TIME_WORDS.has(first.lower) && isCapitalized(first)))) return false;
  for (let k = from; k < tokens.length && k < from + 7; k++) {
    const t = tokens[k] as Token;
    if (/^[.!?,]$/.test(t.text)) return k > from;
    // `said Tuesday the budget would be balanced`: a finite verb makes it a clause.
    if (!isWord(t) || t.lower === 'that' || FINITE.has(t.lower)) return false;
  }
  return tokens.length <= from + 7;
}

/**
 * `…, a Cairo airport official told The New York Times.`: nothing but a listener (and a time or place) after
 * `told` to the end, or to a clause of the writer's own (`…, Obama told his advisers as he labored over …`).
 */
export function listenerToEnd(tokens: Token[], v: number): boolean {
  if (!/^(?:told|tells)$/.test(tokens[v]?.lower ?? '')) return false;
  for (let k = v + 1; k < tokens.length && k <= v + 9; k++) {
    const t = tokens[k] as Token;
    if (/^[.!?]$/.test(t.text)) return k > v + 1 && k === tokens.length - 1;
    if (k > v + 1 && /^(?:as|while|when|before|after)$/.test(t.lower) && clauseStartsAt(tokens, k + 1)) return true;
    if (
      (!isWord(t) && t.text !== ',') ||
      t.lower === 'that' ||
      t.lower === 'to' ||
      FINITE.has(t.lower) ||
      (k > v + 1 && clauseStartsAt(tokens, k) && !isCapitalized(t))
    )
      return false;
  }
  return false;
}

/** Whether the first token from index `from` that starts at or after offset `end` closes a clause: punctuation, the text's end, or a time phrase. */
export function endsClauseAt(tokens: Token[], from: number, end: number): boolean {
  let at = from;
  while (at < tokens.length && (tokens[at] as Token).start < end) at++;
  if (at >= tokens.length) return true;
  return /^[.,;:!?)—–"”]$/.test((tokens[at] as Token).text) || onlyAdverbial(tokens, at);
}

/** The comma before a subject that follows its clause (`…, the Tax Foundation said`), allowing an article between. */
export function commaBefore(tokens: Token[], subjectAt: number): number {
  const before = tokens[subjectAt - 1];
  return before && /^(?:the|a|an)$/.test(before.lower) ? subjectAt - 2 : subjectAt - 1;
}

/** Whether the content ends inside a quotation that opened before it did: then it is a direct quote, not reported speech. */
export function endsInsideEarlierQuote(context: BlockContext, content: Located): boolean {
  const q = quoteAt(context, content.end - 1);
  if (q < 0) return false;
  const range = context.quoteRanges.find((r) => r.quote === q);
  return !range || range.from <= content.start;
}

/**
 * The dash of an aside still open at `from` (`Hillary Clinton — who’s called for big tax hikes — lambasting …`):
 * a statement that starts inside it ends at its closing dash. Null when the dashes before `from` pair up.
 */
function openDash(tokens: Token[], from: number): string | null {
  let open: string | null = null;
  for (let k = 0; k < from; k++) {
    const text = tokens[k]?.text;
    if (text !== '—' && text !== '–') continue;
    // `WASHINGTON (AP) — …`: a dateline's dash opens no aside.
    if (open === null && indexFrom(tokens, 0, k, (t) => !/^[\p{Lu}\d.,()&-]+$/u.test(t.text)) < 0) continue;
    open = open === text ? null : (open ?? text);
  }
  return open;
}

/**
 * Whether the comma at `k` ends the clause that starts at `from`: a speech participle or verb, `according to`
 * or an attribution after it; or a contrast, a clause set against it, a closing relative clause or a participle
 * that is the writer's comment.
 */
function commaEndsClause(tokens: Token[], k: number, from: number): boolean {
  const next = tokens[k + 1];
  if (!next) return false;
  // `found over 2,200 emails`: a comma inside a number is no comma between words.
  if (/^\d+$/.test(next.text) && next.start === (tokens[k] as Token).end && /\d$/.test(tokens[k - 1]?.text ?? ''))
    return false;
  // `…, calling it "an incredible feat"`: a speech participle after a comma is an attribution of its own.
  const participle = CARRY_PARTICIPLES.has(next.lower) || (CUE_VERBS.has(next.lower) && next.lower.endsWith('ing'));
  // `calls Trump a sociopath, said he …`, `citing documents, reported that …`: a speech verb right after a comma begins another statement.
  const saidNext =
    k > from + 1 &&
    (BARE_CLAUSE_VERBS.has(next.lower) ||
      (CUE_VERBS.has(next.lower) && !/ing$/.test(next.lower) && tokens[k + 2]?.lower === 'that'));
  if (
    participle ||
    saidNext ||
    (next.lower === 'according' && tokens[k + 2]?.lower === 'to') ||
    endsWithAttribution(tokens, k + 1)
  )
    return true;
  // `…, but Pence was adamant`: a contrast with a clause of its own is the writer's, not the speaker's; but not the
  // last of a list of subjects whose verb is still to come (`that Emery, along with other writers, ABC News, and
  // Politifact are impartial`).
  if (
    k > from + 2 &&
    (next.lower === 'but' || next.lower === 'and') &&
    (clauseStartsAt(tokens, k + 2) || pastClauseAt(tokens, k + 2)) &&
    !(next.lower === 'and' && subjectList(tokens, from, k))
  )
    return true;
  // `…, whereas Petraeus acknowledged …`, `…, after half said so`: a clause the writer sets against or after it.
  if (k > from + 2 && /^(?:whereas|while|although|though|after|however)$/.test(next.lower) && isWord(tokens[k + 2]))
    return true;
  // `… beside Hillary Clinton, who has been battered …` to the end: a relative clause that closes the sentence is the writer's.
  if (
    k > from + 3 &&
    /^(?:who|whose|which)$/.test(next.lower) &&
    indexFrom(tokens, k + 2, tokens.length, (x) => x.text === ',' || x.text === ';') < 0
  )
    return true;
  // `…, a swipe at the recent disturbances.` to the end: a noun phrase after a comma that closes the sentence is the writer's comment on it.
  if (
    k > from + 3 &&
    (/^(?:an?|another)$/.test(next.lower) || (next.lower === 'the' && tokens[k + 2]?.lower === 'latter')) &&
    indexFrom(tokens, k + 2, tokens.length, (x) => /^[,;:—–("“”]$/.test(x.text) || FINITE.has(x.lower)) < 0
  )
    return true;
  // `…, sparking a firestorm`, `…, referring to the convention`: a participle after a comma is the writer's comment.
  return (
    k > from + 2 &&
    /^\p{Ll}{3,}ing$/u.test(next.text) &&
    !/^(?:including|according|during|nothing|something|anything|everything)$/.test(next.lower)
  );
}

/** Whether tokens [from, k) are a list of subjects with no verb yet: names and nouns, split by commas. */
function subjectList(tokens: Token[], from: number, k: number): boolean {
  const part = tokens.slice(from, k);
  if (!part.some((x) => x.text === ',')) return false;
  return part.every(
    (x) =>
      (x.text === ',' || isWord(x)) &&
      !FINITE.has(x.lower) &&
      !IRREGULAR_PAST.has(x.lower) &&
      !CLAUSE_SUBJECTS.has(x.lower) &&
      !/^\p{Ll}{3,}(?:ed|ing)$/u.test(x.text),
  );
}

/** Where the clause starting at token `from` ends: the sentence end, or before `, adding`, `, according to`, `, he said.`, `;`. */
export function clauseEnd(tokens: Token[], from: number, inSubordinate = false, object = false): number {
  const aside = openDash(tokens, from);
  const relative = inRelativeClause(tokens, from);
  let inAside = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (t.text === ';' || t.text === aside) return k;
    // `they had a positive view of Clinton, compared with 33 percent last month`: the writer's comparison of shares.
    if (k > from + 1 && comparisonAt(tokens, from, k)) return k;
    // `Canova, who cited trade as his major issue, cast himself as …`: the relative clause ends where the main verb follows.
    // Not at the comma that closes an aside in it: `who said Mr. Jäger, under fire for …, would do better` goes on.
    if (relative && t.text === ',' && k > from) {
      if (!inAside && predicateAfter(tokens, k)) return k;
      inAside = !inAside;
    }
    // `endorsed Trump last week and has appeared at his rallies`: after an object, `and` with a verb goes on with the subject's acts.
    if (
      object &&
      k > from &&
      /^(?:and|but)$/.test(t.lower) &&
      next &&
      (FINITE.has(next.lower) || IRREGULAR_PAST.has(next.lower) || /^\p{Ll}{3,}ed$/u.test(next.text))
    )
      return k;
    // `the GOP must be a party of ideas, and has championed an agenda …`: the speaker's next act, not what was said.
    if (!object && k > from + 2 && perfectActAt(tokens, k)) return k;
    // `After Obama announced that the war would go on, U.S. forces bombed …`: the main clause is not what was said.
    if (
      inSubordinate &&
      t.text === ',' &&
      k > from + 2 &&
      isWord(next) &&
      !/^(?:and|or|but|\d.*)$/.test(next?.lower ?? '')
    )
      return k;
    if (t.text === ',' && commaEndsClause(tokens, k, from)) return k;
    // `hailed the vote as “fantastic,” telling reporters …`: a comma inside the closing mark ends the clause the same way.
    if (t.text === ',' && /^["”]$/.test(next?.text ?? '') && commaEndsClause(tokens, k + 1, from)) return k;
    if (k > from + 1 && /^(?:and|but|which|who)$/.test(t.lower) && startsAttribution(tokens, k + 1)) return k;
    // `saying she is experienced but suggesting that …`: a second participle of the speaker's is a statement of its own.
    if (k > from + 1 && participleAfterConjunction(tokens, next?.lower === 'also' ? k + 2 : k + 1)) return k;
    // `said the tide is turning — and the Senate is …`: a dash before a conjunction or a clause of its own ends what was said.
    if (
      /^[—–]$/.test(t.text) &&
      k > from + 2 &&
      tokens[k + 2]?.lower !== 'that' &&
      (/^(?:and|but|though|although|while|whereas|because|especially|even)$/.test(next?.lower ?? '') ||
        clauseStartsAt(tokens, k + 1))
    )
      return k;
  }
  return tokens.length;
}

/** Whether the attribution at `v` stands in a subordinate clause (`A few weeks after Obama announced …`, `…, and while he said …`). */
export function subordinate(tokens: Token[], v: number, mention: Mention | null): boolean {
  const subjectAt = mention ? indexFrom(tokens, Math.max(0, v - 40), v, (x) => x.start === mention.start) : v;
  for (let k = 0; k < subjectAt && k < 8; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') break;
    if (SUBORDINATORS.has(t.lower)) return true;
  }
  return midSubordinate(tokens, subjectAt);
}

/**
 * `…, and while he said he'd hold a hearing, it's unlikely …`, `But while some Republicans will welcome his help, others …`:
 * a subordinator right before the subject, after a comma or a conjunction, in the middle of the sentence.
 */
function midSubordinate(tokens: Token[], subjectAt: number): boolean {
  for (let k = subjectAt - 1; k >= 1 && k >= subjectAt - 4; k--) {
    const t = tokens[k] as Token;
    if (!isWord(t)) return false;
    if (SUBORDINATORS.has(t.lower) && /^(?:,|and|but|—|–)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** `… and said …`, `… but he noted …`, `…, which he said …`: another attribution begins at `from`. */
function startsAttribution(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (CUE_VERBS.has(t.lower) && !/ing$/.test(t.lower)) return true;
    if (!ATTRIBUTION_SUBJECTS.has(t.lower)) break;
  }
  // `…, and three-quarters said …`, `… and other officials say …`: a short subject of its own, then a speech verb;
  // `…, but the BBC's North America editor Jon Sopel said …`: up to nine words when they end in a name.
  for (let k = from + 1; k < from + 10 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // `… and Democrats accused the GOP of …`: another speech act in the past tense, with a subject of its own.
    const speechAct = BARE_CLAUSE_VERBS.has(t.lower) || (ANSWERING_ACTS.has(t.lower) && isCapitalized(tokens[from]));
    // `…, and more than 4 in 10 said …`: a share of a poll's respondents is a subject however long.
    if (speechAct && k >= from + 5 && !isCapitalized(tokens[k - 1]) && !isQuantity(tokens, from)) return false;
    if (speechAct) return tokens.slice(from, k).every((x) => isWord(x) && !FINITE.has(x.lower) && x.lower !== 'that');
    if (!isWord(t)) return false;
  }
  return false;
}

/** `…, he said.`, `…, the group said on Monday.`: a short attribution that closes the sentence from `from`. */
function endsWithAttribution(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 6 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t)) return false;
    // `…, the researchers wrote.`, `…, he added.`: a finite cue that closes the sentence.
    if (k > from && (BARE_CLAUSE_VERBS.has(t.lower) || (CUE_VERBS.has(t.lower) && !/ing$/.test(t.lower)))) {
      const after = tokens[k + 1];
      return !after || /^[.!?]$/.test(after.text) || onlyAdverbial(tokens, k + 1);
    }
  }
  return false;
}

export function span(
  context: BlockContext,
  tokens: Token[],
  from: number,
  to: number,
  trimTime = false,
  minWords = MIN_WORDS,
): Located | null {
  let end = to - 1;
  // `London: Rail fares …`: a dateline is not part of what was said.
  while (from < end && (tokens[from] as Token).start < context.bodyStart) from++;
  while (end >= from && /^[.!?,;:]$/.test(tokens[end]?.text ?? '')) end--;
  // `rejected the accusation on Friday`: the time belongs to the denial, not to what is denied.
  if (
    trimTime &&
    end - 2 > from &&
    /^(?:on|last|this|late|early)$/.test(tokens[end - 1]?.lower ?? '') &&
    TIME_WORDS.has(tokens[end]?.lower ?? '')
  )
    end -= 2;
  while (end >= from && /^[.!?,;:]$/.test(tokens[end]?.text ?? '')) end--;
  const first = tokens[from];
  const last = tokens[end];
  if (!first || !last || end - from + 1 < minWords) return null;
  // A clause cut inside a quotation it opened (`that "the driver fired, according to the police."`) runs to the closing mark.
  const q = quoteAt(context, last.end - 1);
  const open = q >= 0 ? context.quoteRanges.find((r) => r.quote === q) : undefined;
  const endsAt =
    open && open.from >= first.start && open.to >= last.end && open.to < context.block.text.length
      ? open.to + 1
      : last.end;
  return { block: context.index, start: first.start, end: endsAt };
}

/** Like findIndex, but only over [from, to): keeps per-cue work bounded. */
export function indexFrom(tokens: Token[], from: number, to: number, test: (t: Token) => boolean): number {
  for (let k = from; k < to && k < tokens.length; k++) if (test(tokens[k] as Token)) return k;
  return -1;
}

export function quotesInside(context: BlockContext, content: Located): number[] {
  return quotesWithin(context, content.start, content.end);
}
