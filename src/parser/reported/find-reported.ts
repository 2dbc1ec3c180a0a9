/**
 * Reported speech: the clause a speaker is said to have said. The forms, in the
 * order their rules (reported-rules.ts) are tried on each word:
 *   according to X, …               …, according to X.
 *   As reported by X, …             …, as first reported by X.          (as-reported.ts)
 *   X asked Y whether/about/to …    X urged Y to …, X called on Y to …     (questions and requests)
 *   X called him a …                X described the plan as …             (characterisations)
 *   X pointed out (that) …
 *   X called for …, X agreed to …, X wants to …, X talked about …         (a particle after the cue)
 *   The museum, X said, would …     As X said, …                          (the attribution inside)
 *   …, X said.
 *   …, said X.
 *   …, which X said were …          what X said is …                      (relative statements)
 *   X said (that) …                 X announced/suggested/warned … that …   X denied …
 *   …, adding that …                …, citing …                           (the speaker of the clause before)
 *   a survey by X, which found that …                                     (relative-finding.ts)
 *   X said yes/no/so, X said no to …                                      (short-answer.ts)
 *   The race seems to be tightening, It appears that …                     (seeming.ts, no holder)
 * The content span is the reported clause without the attribution, inside one
 * block. Reported speech that carries a quoted fragment (`said the plan was
 * "dead on arrival"`) is `mixed` and takes the place of that direct quote.
 */
import { quoteAt, tokensIn, type BlockContext } from '../text';
import { asReported } from './as-reported';
import { carriedParticiple } from './carried-participle';
import { closingSourceAside } from './closing-source';
import { cueVerb } from './cue';
import { cueFirst } from './cue-first';
import { expectedWithoutHolder } from './expectations';
import { askedWithoutAsker } from './questions';
import { relativeFinding } from './relative-finding';
import { withinRelative } from './relative-holder';
import { reportedly } from './reportedly';
import { seemingWithoutHolder } from './seeming';
import { shortAnswer } from './short-answer';
import {
  according,
  askedOrUrged,
  characterised,
  clauseFirst,
  clauseFirstInverted,
  nounCue,
  parenthetical,
  particleCue,
  pointedOut,
  relative,
  relativeCharacterised,
  saidThat,
} from './rules';
import type { Outcome, Reported, SentenceReading } from './types';
import { isCapitalized, isWord, type Token } from '../text';

export type { Reported } from './types';

/**
 * Whether the word at `v` can be a verb where it stands: not capitalised inside
 * a sentence of prose (`the United States, …`), unless right after an opening
 * mark or a dash, and not after an article or a possessive
 * (`Clinton's emails`, `his plans to …`, `an hourlong show`).
 */
function verbPosition(tokens: Token[], v: number, prose: boolean): boolean {
  const t = tokens[v] as Token;
  if (v > 0 && isCapitalized(t) && prose && !/^["“(—–-]$/.test(tokens[v - 1]?.text ?? '')) return false;
  const left = tokens[v - 1]?.lower ?? '';
  // `leaked emails`, `unsealed reports`: after a participle a cue's -s form is a noun.
  if (/^\p{Ll}{3,}ed$/u.test(tokens[v - 1]?.text ?? '') && /s$/.test(t.lower)) return false;
  // `a source close to her said`: after `to`, `her` is an object, not a possessive.
  if (left === 'her' && tokens[v - 2]?.lower === 'to') return true;
  // `He's claiming`: a pronoun's `'s` is `is`, not a possessive.
  if (/^(?:he|she|it|that|who)['’]s$/.test(left)) return true;
  return !/^(?:the|a|an|his|her|their|its|our|my|your|this|these|those)$/.test(left) && !/['’]s$/.test(left);
}

/**
 * Whether a sentence is ordinary prose, where a capitalised word inside it is
 * part of a name (`the United States, are …`), not a headline set in title case
 * (`Trump Says He Will Win`). Counted once per sentence.
 */
function isProse(tokens: Token[]): boolean {
  const words = tokens.filter(isWord);
  return words.filter((w) => isCapitalized(w)).length < words.length * 0.6;
}

/** Subjects that deny there is a speaker: `No one said …`, `Nobody has claimed …`, `None of the officials said …`. */
const NOBODY = /^(?:no one|no-one|nobody|none|neither|no)\b/i;

/**
 * Reported speech in one sentence of one block. Each word not yet covered by a
 * statement is tried by the rules in order: the first that applies decides
 * (a statement, or `'stop'`); a rule that does not apply leaves it to the next.
 */
function inSentence(context: BlockContext, start: number, end: number): Reported[] {
  const source = context.block.text.slice(start, end);
  const tokens = tokensIn(context, start, end);
  const sentence: SentenceReading = { context, source, base: start, tokens };
  const found: Reported[] = [];
  const prose = isProse(tokens);
  let coveredUntil = -1;
  tokens.forEach((t, v) => {
    if (t.start < coveredUntil || quoteAt(context, t.start) >= 0) return;
    // `his statement that …`: a noun of saying stands where a verb cannot.
    const noun = nounCue(sentence, v);
    if (noun !== null && noun !== 'stop') {
      found.push(noun.reported);
      if (noun.covers !== null) coveredUntil = Math.max(coveredUntil, noun.covers);
      return;
    }
    if (!verbPosition(tokens, v, prose)) return;
    const outcome =
      according(sentence, v) ??
      asReported(sentence, v) ??
      reportedly(sentence, v) ??
      askedWithoutAsker(sentence, v) ??
      expectedWithoutHolder(sentence, v) ??
      seemingWithoutHolder(sentence, v) ??
      askedOrUrged(sentence, v) ??
      characterised(sentence, v) ??
      relativeCharacterised(sentence, v) ??
      pointedOut(sentence, v) ??
      carriedParticiple(sentence, v) ??
      particleCue(sentence, v) ??
      relativeFinding(sentence, v) ??
      shortAnswer(sentence, v) ??
      cueVerbRules(sentence, v, found);
    if (outcome === null || outcome === 'stop') return;
    // `No one said the plan was dead`: a statement nobody made.
    if (outcome.reported.mention && NOBODY.test(outcome.reported.mention.name)) return;
    found.push(outcome.reported);
    if (outcome.covers !== null) coveredUntil = Math.max(coveredUntil, outcome.covers);
  });
  // Design B: every cue of the lexicon the form rules left open (cue-first.ts).
  return withinRelative(context, start, end, [
    ...found,
    ...cueFirst(sentence, found, (v) => verbPosition(tokens, v, prose)),
  ]);
}

/**
 * The rules for a cue verb (`said`, `denied`, `citing …`), in order, once the
 * word at `v` is one; `'stop'` when it is not.
 */
function cueVerbRules(sentence: SentenceReading, v: number, found: readonly Reported[]): Outcome {
  const cue = cueVerb(sentence, v);
  if (!cue) return 'stop';
  return (
    parenthetical(sentence, v, cue) ??
    clauseFirst(sentence, v, cue) ??
    closingSourceAside(sentence, v, cue) ??
    clauseFirstInverted(sentence, v, cue) ??
    relative(sentence, v, cue) ??
    saidThat(sentence, v, cue, found)
  );
}

/**
 * Reported speech in paragraphs and captions: a page's photo caption is
 * sentences too (`Water mains break 500 times a year, an official said.`);
 * subheadings and credits are not read.
 */
export function findReported(contexts: readonly BlockContext[]): Reported[] {
  const found: Reported[] = [];
  for (const context of contexts) {
    if (context.block.kind !== 'paragraph' && context.block.kind !== 'caption') continue;
    for (const sentence of context.sentences)
      found.push(
        ...withoutNested(inSentence(context, sentence.start, sentence.end)).filter(
          (r) => !linkOnly(context.block.text.slice(r.content.start, r.content.end)),
        ),
      );
  }
  return found;
}

const LINK = /\b(?:https?:\/\/|www\.)\S+/iu;
const LINKS = new RegExp(LINK.source, 'giu');

/**
 * Whether a content is little more than a link (`W3C Proposed Recommendation,
 * http://www.w3.org/TR/…, January 2014` in a list of references): a citation,
 * not something said. A post that ends in a link keeps its words.
 */
function linkOnly(content: string): boolean {
  if (!LINK.test(content)) return false;
  return (
    content
      .replace(LINKS, ' ')
      .split(/[^\p{L}]+/u)
      .filter(Boolean).length <= 3
  );
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
