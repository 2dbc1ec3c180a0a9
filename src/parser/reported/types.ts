/**
 * A reported statement, as reported.ts finds it, and what each of its rules
 * reads and returns: in a module of its own so that the rules
 * (reported-rules.ts) can use them without an import cycle.
 */
import type { Attribution } from '../quotes';
import type { BlockContext } from '../text';
import type { Mention } from '../speakers';
import type { Token } from '../text';
import type { Located } from '../types';

export type Reported = Attribution & {
  content: Located;
  /** The rest of the content after a parenthetical attribution: `The museum, Mr. Obama said, would …`. */
  rest: Located | null;
  /** Indexes of direct quotes inside the content: they make it `mixed`. */
  quotes: number[];
  /** The speaker comes from the attribution just before (`…, adding that`). */
  carry: boolean;
};

/**
 * The statement a rule found at cue word `t` of `context`'s block, with its
 * own speaker (`mention`, or null when the writer names none): never carried
 * on from the statement before, nor inherited from a quote.
 */
export function statementAt(
  context: BlockContext,
  t: Token,
  mention: Mention | null,
  content: Located,
  more: { rest?: Located | null; quotes?: number[] } = {},
): Reported {
  return {
    cue: t.text,
    cueSpan: { block: context.index, start: t.start, end: t.end },
    mention: mention && { ...mention, block: context.index },
    inherit: false,
    carry: false,
    content,
    rest: more.rest ?? null,
    quotes: more.quotes ?? [],
  };
}

/** One sentence of one block: its text (`source`, starting at `base` in the block) and its tokens. */
export type SentenceReading = { context: BlockContext; source: string; base: number; tokens: Token[] };

/**
 * What a rule makes of the word at one token: a statement, with the offset up
 * to which it covers the sentence (no later word there is tried; null covers
 * nothing); `'stop'` when the word is the rule's cue but no statement is
 * found, so no later rule tries it; null when the rule does not apply and the
 * next one may.
 */
export type Outcome = { reported: Reported; covers: number | null } | 'stop' | null;

/** A cue verb at a word (`said`, `denied`, `citing`) and how it finds its speaker. */
export type Cue = {
  cueSpan: Located;
  /** The word as the lexicon knows it: the cue itself, or the past form of a progressive (`is warning` → `warned`). */
  form: string;
  /** A verb whose object is what was said (OBJECT_VERBS, not a cue or a thought verb). */
  objectVerb: boolean;
  /** `…, citing the audit`: a participle after a comma carries the subject of the clause before. */
  carry: boolean;
  /** `by saying …`, `while insisting …`: a participle after a preposition, whose subject must be the main clause's. */
  afterPreposition: boolean;
  /** `with 22 percent saying they would …`: the noun after `with` is the participle's subject. */
  withSubject: Mention | null;
};
