/**
 * Attributions that close a sentence after what was said, where more than a
 * bare source follows the cue:
 * - `CLAUSE, he said Wednesday on MSNBC's "Morning Joe."`, `CLAUSE, Wilkin
 *   said during his speech to the delegates.`: a phrase of time, place or
 *   occasion runs from the cue to the end (trailingPhrase, for clauseFirst);
 * - `CLAUSE, said Steve Grubbs, an Iowa operative working for Rand Paul.`,
 *   `CLAUSE, said DeSantis, who was elected in 2012.`: the source after the
 *   cue has an appositive or a relative clause of its own to the end
 *   (closingSourceAside).
 * In both, what was said is the clause before the comma.
 */
import {
  ADVERBIAL_PREPOSITIONS,
  ADVERBIAL_STARTERS,
  BARE_CLAUSE_VERBS,
  FINITE,
  IRREGULAR_PAST,
  SUBORDINATORS,
  TIME_HEADS,
  TIME_WORDS,
} from '../lexicon';
import { sourceAfter, type Mention } from '../speakers';
import { isCapitalized, isWord, quoteAt, type BlockContext, type Token } from '../text';
import type { Located } from '../types';
import { clauseStartsAt, endsInsideEarlierQuote, indexFrom, quotesInside, span } from './clause';
import { statementAt, type Cue, type Outcome, type SentenceReading } from './types';

/** Quotation marks and brackets a phrase may hold (`on MSNBC's "Morning Joe."`). */
const MARK = /^["“”'‘’()]$/;

/** Words after which a past form is an adjective, not a verb (`in a televised debate`). */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that|these|those)$/;

/** Whether the token at `k` reads as a verb in the past (`planes filled the skies`), not after a determiner. */
function pastVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (isCapitalized(t) || DETERMINER.test(tokens[k - 1]?.lower ?? '')) return false;
  return IRREGULAR_PAST.has(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.text);
}

/** Whether the tokens from `k` are only the sentence's end: a full stop and any closing marks. */
function endsAt(tokens: Token[], k: number): boolean {
  if (!/^[.!?]$/.test(tokens[k]?.text ?? '')) return false;
  return tokens.slice(k + 1).every((t) => MARK.test(t.text));
}

/**
 * `said in a video message to the convention.`, `said Wednesday morning on MSNBC's "Morning Joe."`, `said
 * during his campaign speech to be a national delegate.`: from `from`, a phrase that opens with a preposition
 * or a time word and runs to the end of the sentence with no clause in it (no `that`, no finite verb, no
 * subject and verb), so nothing after the cue is what was said. A comma inside may only go on with a name
 * (`in Toledo, Ohio.`).
 */
export function trailingPhrase(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || !isWord(first)) return false;
  const time = TIME_WORDS.has(first.lower) || TIME_HEADS.has(first.lower);
  const preposition = ADVERBIAL_PREPOSITIONS.has(first.lower) || ADVERBIAL_STARTERS.has(first.lower);
  // Not a conjunction that opens a clause (`said as the crowd cheered`), nor `at least six planes …`.
  if (SUBORDINATORS.has(first.lower) || /^(?:as|least|most)$/.test(tokens[from + 1]?.lower ?? first.lower))
    return false;
  // `a woman characterized by a potent cocktail of …`: after `by`, the cue is a passive, not an attribution.
  if (first.lower === 'by') return false;
  if (isCapitalized(first) ? !time : !(time || preposition)) return false;
  for (let k = from + 1; k < tokens.length && k < from + 20; k++) {
    const t = tokens[k] as Token;
    if (endsAt(tokens, k)) return true;
    if (t.text === ',' && isCapitalized(tokens[k + 1]) && isWord(tokens[k + 1])) continue;
    if (MARK.test(t.text)) continue;
    if (!isWord(t) || t.lower === 'that' || FINITE.has(t.lower) || clauseStartsAt(tokens, k) || pastVerbAt(tokens, k))
      return false;
  }
  return false;
}

/**
 * Whether what was said before `comma` may stand before a trailing phrase (trailingPhrase): the comma is a
 * comma between words (not inside `50,000`), and the content does not open with a quotation that closes
 * before it ends, nor with a word in lower case (`"…!" the nominee, Donald Trump, tweeted Sunday after …`
 * is a direct quote and an appositive, not a clause).
 */
export function trailingContent(context: BlockContext, tokens: Token[], comma: number, content: Located): boolean {
  const at = tokens[comma] as Token;
  if ((tokens[comma + 1]?.start ?? at.end + 1) === at.end) return false;
  // A sentence read from a lower-case word begins after a quotation the splitter cut it from.
  const words = tokens.filter((x) => x.start >= content.start && x.end <= content.end && isWord(x));
  // `Like President Obama, I …`: a few words are an adverbial, not a clause.
  if (words.length < 4) return false;
  const first = words[0];
  if (first && !isCapitalized(first) && quoteAt(context, first.start) < 0) return false;
  const q = quoteAt(context, content.start);
  if (q < 0) return true;
  const range = context.quoteRanges.find((r) => r.quote === q);
  return range !== undefined && range.to >= content.end - 1;
}

/** The index of the comma that closes what was said before the cue at `v` (`…, said`, `…," said`), or -1. */
function commaBeforeCue(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.text === ',') return v - 1;
  return tokens[v - 2]?.text === ',' && /^["”»]$/.test(tokens[v - 1]?.text ?? '') ? v - 2 : -1;
}

/**
 * Whether an aside about the source runs from `k` to the end of the sentence: an appositive (`, an Iowa
 * operative working for Rand Paul`) or a relative clause (`, who was elected in 2012`, `who point to …`);
 * not when a comma then a verb follows it (`said Jones, the governor, was wrong` names what Jones was).
 */
function asideToEnd(tokens: Token[], k: number): boolean {
  const relative = /^(?:who|whose)$/.test(tokens[k]?.lower ?? '');
  if (!relative && tokens[k]?.text !== ',') return false;
  for (let j = k + 1; j < tokens.length && j < k + 40; j++) {
    const t = tokens[j] as Token;
    if (endsAt(tokens, j)) return j > k + 1;
    if (/^[:;]$/.test(t.text)) return false;
    if (t.text === ',' && (FINITE.has(tokens[j + 1]?.lower ?? '') || tokens[j + 1]?.lower === 'that')) return false;
    // An appositive has no verb of its own unless a relative clause inside it brings one.
    if (!relative && FINITE.has(t.lower) && !/^(?:who|whose|which|that)$/.test(tokens[j - 1]?.lower ?? '')) {
      const opened = indexFrom(tokens, k + 1, j, (x) => /^(?:who|whose|which)$/.test(x.lower));
      if (opened < 0) return false;
    }
  }
  return false;
}

/**
 * `CLAUSE, said Steve Grubbs, an Iowa operative currently working for Rand Paul's campaign.`: a source after
 * a plain speech verb, with an aside to the end of the sentence (asideToEnd); what was said is everything
 * before the comma. Null when the words after the cue are anything else (later rules try the cue).
 */
export function closingSourceAside({ context, source, base, tokens }: SentenceReading, v: number, cue: Cue): Outcome {
  const t = tokens[v] as Token;
  if (cue.carry || cue.objectVerb || !BARE_CLAUSE_VERBS.has(t.lower)) return null;
  const commaAt = commaBeforeCue(tokens, v);
  if (commaAt <= 1) return null;
  const named = sourceAfter(tokens, v + 1, tokens.length, source, base);
  if (!named || named.kind === 'pronoun') return null;
  const last = indexFrom(tokens, v + 1, tokens.length, (x) => x.end === named.end);
  if (last < 0 || !asideToEnd(tokens, last + 1)) return null;
  // `"…," she said, but …, "…," said Kunin, who …`: an attribution inside the clause makes it no one statement.
  if (tokens.slice(0, commaAt).some((x) => BARE_CLAUSE_VERBS.has(x.lower) && quoteAt(context, x.start) < 0))
    return null;
  const content = span(context, tokens, 0, commaAt === v - 2 ? v : commaAt);
  if (!content || endsInsideEarlierQuote(context, content)) return null;
  return {
    reported: statementAt(context, t, named, content, { quotes: quotesInside(context, content) }),
    covers: null,
  };
}

/**
 * `Humphrey, who calls Trump a "sociopath," said …`, `Mr. Manafort, citing ''the unique magic of Trump,''
 * said …`: an aside that ends in a quotation right before the cue. The subject is read as if the closing
 * mark were not there (the aside then ends in its comma, as asides do); null when no such mark stands there.
 */
export function subjectPastQuotedAside(
  tokens: Token[],
  v: number,
  read: (tokens: Token[], v: number) => Mention | null,
): Mention | null {
  if (!/^(?:["”’]|'')$/.test(tokens[v - 1]?.text ?? '') || tokens[v - 2]?.text !== ',') return null;
  // The marks of the quotation go, back to the comma that opens the aside.
  let open = v - 3;
  while (open > 0 && tokens[open]?.text !== ',' && open > v - 30) open--;
  if (open <= 0 || tokens[open]?.text !== ',') return null;
  const kept = tokens.slice(open, v).filter((t) => !MARK.test(t.text) && t.text !== "''");
  // The quotation opens inside the aside: `"Thanks, Clarkston, for …," said X` is a quotation attributed after it.
  if (v - open - kept.length < 2) return null;
  return read([...tokens.slice(0, open), ...kept, ...tokens.slice(v)], open + kept.length);
}
