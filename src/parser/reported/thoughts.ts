/**
 * Design B readers for thoughts the form rules leave open (issue 14):
 *   Economists believe the plan provides …   (a belief with a bare clause whose verb is no auxiliary)
 *   Four in 10 voters see Trump as unfair     (a view: `see`, `regard` or `view` X `as` Y)
 * Their cue words are THOUGHT_CUES, so the quote's act is `thought`. The
 * source must be someone right before the cue (reading.ts), or the share or
 * group that is the whole subject of the sentence (`Many officials on and off
 * the island believe …`).
 */
import {
  ADVERBIAL_PREPOSITIONS,
  BARE_THOUGHT_VERBS,
  CLAUSE_OPENERS,
  FINITE,
  IRREGULAR_PAST,
  VIEW_VERBS,
  STATE_ADJECTIVES,
  ABOUT_ADJECTIVES,
} from '../lexicon';
import { clauseSubject, type Mention } from '../speakers';
import { isCapitalized, isWord, type Token } from '../text';
import { clauseEnd, indexFrom, span } from './clause';
import { negated } from './cue';
import { firstBodyToken, relativeObject } from './forms';
import { someone, subjectOf, type Reading } from './reading';
import type { SentenceReading } from './types';

/** The holder of a thought at `v`: the subject right before it, else the whole subject of the sentence. */
function holder(sentence: SentenceReading, v: number): Mention | null {
  const { context, source, base, tokens } = sentence;
  const mention = subjectOf(sentence, v) ?? clauseSubject(tokens, v, firstBodyToken(context, tokens), source, base);
  return someone(mention) && !relativeObject(tokens, v, mention) && !negated(tokens, v) ? mention : null;
}

/** Words that open no clause right after a thought verb: `thinks so`, `believes in`, `knew little about`. */
const NOT_CLAUSE = /^(?:so|not|to|that|about|of|for|with|like|little|much|more|less|nothing|something|anything)$/;

/**
 * Whether a verb in the present or the past follows `j` within a few words,
 * with nothing but words between: `the plan provides`, `meaningful debt relief
 * is`. An `-s` or `-ed` word right after a determiner or a preposition is a
 * noun or an adjective (`the issues`, `of votes`, `a failed bid`).
 */
function verbAfter(tokens: Token[], j: number): boolean {
  for (let m = j + 1; m < j + 7 && m < tokens.length; m++) {
    const t = tokens[m] as Token;
    if (!isWord(t) || t.lower === 'that') return false;
    if (FINITE.has(t.lower) || /n[’']t$/.test(t.lower)) return true;
    const left = tokens[m - 1]?.lower ?? '';
    if (isCapitalized(t) || CLAUSE_OPENERS.has(left) || /^(?:of|for|in|on|at|to|with|by|from|and|or)$/.test(left))
      continue;
    if (IRREGULAR_PAST.has(t.lower) || (/^\p{Ll}{3,}(?:s|ed)$/u.test(t.text) && !/(?:ss|us|is|ness)$/.test(t.lower)))
      return true;
  }
  return false;
}

/**
 * `Economists believe the plan provides …`: a thought verb, then a clause with a subject and a verb of its
 * own. Not `knew` or `felt`, which tell more often what someone went through (`knew him well`, `felt the
 * pressure mount`) than what they hold true (on PolNeAR train 2 of 9 readings were annotated).
 */
function bareThought(sentence: SentenceReading, v: number): Reading | null {
  const { context, tokens } = sentence;
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!BARE_THOUGHT_VERBS.has(t.lower) || /^(?:knew|felt)$/.test(t.lower) || !next || !isWord(next)) return null;
  if (NOT_CLAUSE.test(next.lower) || ADVERBIAL_PREPOSITIONS.has(next.lower) || !verbAfter(tokens, v + 1)) return null;
  const mention = holder(sentence, v);
  if (!mention) return null;
  const content = span(context, tokens, v + 1, clauseEnd(tokens, v + 1), false, 3);
  return content ? { cue: [v, v + 1], content, mention } : null;
}

/** `sees Mr. Netanyahu as captured by …`, `view the program as detrimental`: an object and `as` within a few words. */
function viewedAs(sentence: SentenceReading, v: number): Reading | null {
  const { context, tokens } = sentence;
  const t = tokens[v] as Token;
  if (!VIEW_VERBS.has(t.lower) || !isWord(tokens[v + 1]) || /^(?:as|by)$/.test(tokens[v + 1]?.lower ?? '')) return null;
  // `was viewed by some as …`, `were regarded in Moscow as …`: a passive; who holds the view is not its subject.
  if (/^(?:is|are|was|were|be|been|being)$/.test(tokens[v - 1]?.lower ?? '')) return null;
  const as = indexFrom(tokens, v + 2, v + 12, (x) => x.lower === 'as' || !isWord(x) || FINITE.has(x.lower));
  if (as < 0 || tokens[as]?.lower !== 'as' || !isWord(tokens[as + 1])) return null;
  const mention = holder(sentence, v);
  if (!mention) return null;
  const content = span(context, tokens, v + 1, clauseEnd(tokens, v + 1, false, true), false, 3);
  return content ? { cue: [v, v + 1], content, mention } : null;
}

/** The verb `be` before a state of mind: `are concerned`, `was confident`, `he's hopeful`. */
const BE = /^(?:is|are|was|were|am|be|been|remain|remains|remained|['’](?:s|re|m))$|^\p{L}+['’](?:s|re|m)$/u;

/**
 * `Some Democrats are concerned that the tactics could …`, `Ruiz is confident that …`: `be` and an
 * adjective of a state of mind (STATE_ADJECTIVES), then a `that` clause, or `about` and what worries
 * them (`Republicans are concerned about the party's appeal to women`).
 */
function stateOfMind(sentence: SentenceReading, v: number): Reading | null {
  const { context, tokens } = sentence;
  const t = tokens[v] as Token;
  const link = tokens[v + 1]?.lower ?? '';
  if (!STATE_ADJECTIVES.has(t.lower) || !BE.test(tokens[v - 1]?.lower ?? '') || !/^(?:that|about)$/.test(link))
    return null;
  if (link === 'about' && !ABOUT_ADJECTIVES.has(t.lower)) return null;
  if (link === 'that' && !isWord(tokens[v + 2])) return null;
  const mention = holder(sentence, v);
  if (!mention) return null;
  const content = span(context, tokens, v + 2, clauseEnd(tokens, v + 2, false, link === 'about'), false, 3);
  return content ? { cue: [v, v + 1], content, mention } : null;
}

/** The thought readers, in the order cue-first.ts tries them after its own. */
export const THOUGHT_READERS = [bareThought, viewedAs, stateOfMind] as const;
