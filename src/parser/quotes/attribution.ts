/**
 * Who said each direct quote: the attribution patterns of news prose.
 *   "…," Spicer said.            "…," said Spicer.          "…," according to X.
 *   Spicer said, "…"             Spicer said: "…"           He added, "…"
 *   "…," he said, "…"            (a split quote: both halves find `he said`)
 *   X called the statement       +  a paragraph "rubbish."   (the attribution runs on)
 * A quote with no attribution of its own continues the speaker of the quote
 * before it in the same paragraph, or of the previous paragraph when it is
 * a paragraph of nothing but quotes.
 */
import {
  AFTER_CUE,
  ATTRIBUTION_PREPOSITIONS,
  BE_FORMS,
  CHARACTERISING_VERBS,
  CLAUSE_JOINS,
  CUE_VERBS,
  IRREGULAR_PAST,
  ISSUED_NOUNS,
  ISSUING_VERBS,
  QUOTE_ONLY_CUES,
  TAIL_JOINS,
  TIME_WORDS,
  SKIPPABLE_BEFORE_VERB,
} from '../lexicon';
import { neighbours, tokensIn, type BlockContext } from '../text';
import type { Mention } from '../speakers';
import { mainSubject } from '../speakers';
import { accordingSource, sourceAfter, subjectBefore } from '../speakers';
import { phraseEndingAt, speakerAfter, speakerBefore } from '../speakers';
import type { RawQuote } from './quote-marks';
import { sentenceAt } from '../text';
import { isCapitalized, isLyAdverb, isWord, type Token } from '../text';
import type { Located } from '../types';

export type Attribution = {
  cue: string | null;
  cueSpan: Located | null;
  /** The speaker phrase, with its block; null for a quote that carries on the previous speaker. */
  mention: (Mention & { block: number }) | null;
  /** How the speaker is found when there is no mention: from the quote before. */
  inherit: boolean;
  /** The quote whose speaker an inheriting quote takes (the one before, past any title-like fragment). */
  inheritFrom?: number;
  /**
   * `called Wells Fargo's behavior "outrageous"`: where the reported words
   * begin, before the quotation mark, when the quote completes them. The quote
   * is then `mixed`, from here to its closing mark.
   */
  mixedFrom?: number;
  /**
   * `Of course, Clinton said, "I didn't know him."`: words before the
   * attribution that open what was said. The quote is then `mixed`, these
   * words and the quoted ones.
   */
  lead?: Located;
  /** `says "the wind is at our backs" despite his loss`: words after the quote that finish what was said. */
  tail?: Located;
};

const WINDOW = 300;

/** Words of manner between a cue and its quote: `wrote back:`, `said simply:`, `responded pointedly, …`. */
const MANNER = /^(?:back|out|up|again|then|too|also|once|\p{L}{3,}ly)$/u;

function located(block: number, token: Token): Located {
  return { block, start: token.start, end: token.end };
}

/** The words after a quote's closing mark, read as tokens, from the first that is not a comma or a dash. */
type After = {
  context: BlockContext;
  tokens: Token[];
  k: number;
  window: string;
  from: number;
  close: number;
  /** Whether the quote opens its sentence (`"Go back," Trump barked`), rather than standing inside the writer's words. */
  opensSentence: boolean;
};

/** The attribution of a quote to `mention` with the cue `token` (or the cue span from `start` to `end`). */
function attributed(context: BlockContext, cue: string, cueSpan: Located, mention: Mention): Attribution {
  return { cue, cueSpan, mention: { ...mention, block: context.index }, inherit: false };
}

/** `"…" ― Esther Tapia.`: a dash, then a name that ends the sentence, signs the quote (roundups of readers' views). */
function signedAfterDash({ context, tokens, k, window, from }: After): Attribution | null {
  const dash = tokens[k - 1];
  if (!dash || !/^[—―–]$/.test(dash.text)) return null;
  const mention = speakerAfter(tokens, k, tokens.length, window, from);
  const rest = mention ? tokens.find((x) => x.start >= mention.end) : undefined;
  if (!mention || mention.kind !== 'person' || (rest && !/^[.,;]$/.test(rest.text))) return null;
  return attributed(context, dash.text, located(context.index, dash), mention);
}

/** `"…," Spicer said`, `"…," the White House said`: a subject that starts the words after the mark, then a cue. */
function subjectThenCue({ context, tokens, k, window, from, close }: After): Attribution | null {
  const first = tokens[k] as Token;
  for (let v = k + 1; v < tokens.length && v <= k + 24; v++) {
    const t = tokens[v] as Token;
    // `Rep. Gwen Moore (D-Wis.) said`, `McConnell, R-Ky., said`: a period before `)` or `,` ends an abbreviation, not the sentence.
    if (t.text === '.' && /^[),]$/.test(tokens[v + 1]?.text ?? '')) continue;
    if (/^[.!?;:"“”]$/.test(t.text)) break;
    if (!CUE_VERBS.has(t.lower) && !QUOTE_ONLY_CUES.has(t.lower)) continue;
    // `Sanders was asked by the host`: in the passive the subject is the one spoken to.
    if (BE_FORMS.has(tokens[v - 1]?.lower ?? '') && /ed$/.test(t.lower)) break;
    // `"…," retired Air Force general Lloyd Newton said`: a past participle may describe the name that follows it.
    const modifier = /^\p{Ll}{3,}ed$/u.test(first.text) && isCapitalized(tokens[k + 1]);
    const found =
      subjectBefore(tokens, v, k, window, from) ?? (modifier ? subjectBefore(tokens, v, k + 1, window, from) : null);
    // `"…," the White House said`: the subject may begin with an article the name leaves out.
    const opens =
      found !== null &&
      (found.start === first.start ||
        ((modifier || /^(?:the|a|an)$/.test(first.lower)) && found.start === tokens[k + 1]?.start));
    const mention = opens ? found : null;
    // `"We are not terrorists." Mr. Zahed said nothing.`: a new sentence whose verb takes an object is about something else.
    if (mention && endsWithSentence(context.block.text, close) && takesObject(tokens, v)) break;
    if (mention) return attributed(context, t.text, located(context.index, t), mention);
    // A longer subject with an appositive starts at the first token too; anything else is another clause.
    if (found) break;
  }
  return null;
}

/** `"…," Spicer said.` / `"…," said Spicer` / `"…," according to X`: the words after the closing mark. */
function after(context: BlockContext, q: number, close: number, opensSentence = false): Attribution | null {
  const text = context.block.text;
  const { nextStart } = neighbours(context, q);
  const from = close + 1;
  // The sentence the words after the mark belong to: `"…take it?" Mattis said.` starts a new one.
  let next = from;
  while (next < text.length && next < from + 3 && /\s/.test(text[next] ?? '')) next++;
  const sentence = sentenceAt(context.sentences, Math.min(next, Math.max(0, text.length - 1)));
  const to = Math.min(nextStart, Math.max(sentence.end, from), from + WINDOW);
  if (to <= from) return null;
  const window = text.slice(from, to);
  const tokens = tokensIn(context, from, to);
  let k = 0;
  while (k < tokens.length && /^[,;—―–]$/.test(tokens[k]?.text ?? '')) k++;
  const first = tokens[k];
  if (!first) return null;
  const reading: After = { context, tokens, k, window, from, close, opensSentence };
  const signed = signedAfterDash(reading);
  if (signed) return signed;
  if (first.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    const mention = accordingSource(tokens, k + 2, tokens.length, window, from);
    const to2 = tokens[k + 1] as Token;
    const cueSpan = { block: context.index, start: first.start, end: to2.end };
    return mention ? attributed(context, text.slice(first.start, to2.end), cueSpan, mention) : null;
  }
  if (CUE_VERBS.has(first.lower) || QUOTE_ONLY_CUES.has(first.lower)) {
    if (clauseAfterCue(tokens, k + 1)) return null;
    const mention = sourceAfter(tokens, k + 1, tokens.length, window, from);
    return mention ? attributed(context, first.text, located(context.index, first), mention) : null;
  }
  return subjectThenCue(reading) ?? subjectThenVerb(reading);
}

/**
 * `Humphrey, who calls Trump a "sociopath," said he would not …`: a subject pronoun after the cue with a word after
 * it opens what was said (`said (that) he would …`); the pronoun speaks the quote at the end of the
 * attribution, or before words of manner (`"…," said he mildly.`).
 */
function clauseAfterCue(tokens: Token[], at: number): boolean {
  const pronoun = tokens[at];
  const next = tokens[at + 1];
  return (
    !!pronoun && /^(?:he|she|they|we|i|it)$/.test(pronoun.lower) && isWord(next) && !MANNER.test(next?.lower ?? '')
  );
}

/**
 * `"Go back to Univision," Trump barked`, `"…," Kelly charged in her assault`, `"…," Trump shot back.`: after a
 * quote whose words end in a comma (the writer's sign that an attribution follows), a subject that opens the words
 * after the mark and a verb in the past tense right after it, whatever the verb, is who spoke; the verb is the cue.
 */
function subjectThenVerb({ context, tokens, k, window, from, close, opensSentence }: After): Attribution | null {
  const text = context.block.text;
  if (!opensSentence || text[close - 1] !== ',' || !/^\s/.test(text.slice(close + 1, close + 2))) return null;
  const first = tokens[k] as Token;
  for (let v = k + 1; v < tokens.length && v <= k + 8; v++) {
    const t = tokens[v] as Token;
    if (!isWord(t) || BE_FORMS.has(t.lower)) return null;
    if (!/^\p{Ll}{3,}ed$/u.test(t.text) && !IRREGULAR_PAST.has(t.lower)) continue;
    // `Trump barked.`, `Kelly charged in her assault`, `Trump shot back`: no object after the verb (`Clinton unveiled a plan`).
    const next = tokens[v + 1];
    if (
      next &&
      isWord(next) &&
      !MANNER.test(next.lower) &&
      !/^(?:and|in|at|on|to|with|as|after|before)$/.test(next.lower)
    )
      return null;
    const mention = subjectBefore(tokens, v, k, window, from);
    if (!mention || mention.start !== first.start) return null;
    // `shot back`, `pointed out`: the particle is part of the cue.
    const last = next && /^(?:back|out)$/.test(next.lower) && next.start === t.end + 1 ? next : t;
    const cueSpan = { block: context.index, start: t.start, end: last.end };
    return attributed(context, text.slice(t.start, last.end), cueSpan, mention);
  }
  return null;
}

/** Whether the quote's own words end a sentence just inside its closing mark. */
function endsWithSentence(text: string, close: number): boolean {
  return /[.!?…]['’]?\s*$/.test(text.slice(Math.max(0, close - 4), close));
}

/** Whether the cue at `v` goes on with an object (`said nothing`, `wrote a book`), not a time, a place or the sentence end. */
function takesObject(tokens: Token[], v: number): boolean {
  const verb = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!next || !isWord(next) || /^(?:told|tells|asked|asks)$/.test(verb.lower)) return false;
  return !AFTER_CUE.has(next.lower) && !TIME_WORDS.has(next.lower) && !/ly$/.test(next.lower);
}

/**
 * Whether the tokens after a cue verb, up to the opening mark, may stand between
 * them: nothing, `in a statement`, `told reporters`, `called the Russian statement`.
 */
function tailAllowed(verb: Token, tail: Token[], quoteOpensSentence: boolean): boolean {
  const words = tail.filter((t) => !/^[,:—–]$/.test(t.text));
  if (words.length === 0) return true;
  if (words.length > 12 || words.some((t) => !isWord(t))) return false;
  // `said that "…"` is a reported clause; `tweeted that, "For those …"` sets off a quoted sentence of its own.
  if (words[0]?.lower === 'that')
    return quoteOpensSentence && words.length === 1 && tail[tail.length - 1]?.text === ',';
  // `told MSNBC's "Morning Joe"`: a quote right after a possessive is a name in the listener phrase.
  if (/^(?:tells?|told|telling)$/.test(verb.lower))
    return words.length <= 7 && !/['’]s$/.test(words[words.length - 1]?.lower ?? '');
  // `asked the buzzing crowd, "Can she stay?"`: a question put to a listener, set off by a comma or colon
  // (`asked white actors to act "whiter"` quotes a word of the request, not a question).
  if (/^(?:asked|asks|asking)$/.test(verb.lower))
    return (
      words.length <= 5 && /^[,:]$/.test(tail[tail.length - 1]?.text ?? '') && words.every((t) => t.lower !== 'to')
    );
  // `called the assault that killed five officers "an attack on our country"`: the object may run longer.
  if (CHARACTERISING_VERBS.has(verb.lower)) return words.length <= 12;
  // `said Thursday on Twitter, "…"`, `said Monday: "…"`: a day or a time of day may come first,
  // and so may words of manner (`fired back forcefully:`, `responded pointedly, with a smile:`).
  let first = 0;
  while (first < words.length && (MANNER.test(words[first]?.lower ?? '') || TIME_WORDS.has(words[first]?.lower ?? '')))
    first++;
  const rest = words.slice(first);
  const closed = /^[,:—–]$/.test(tail[tail.length - 1]?.text ?? '');
  if (rest.length === 0) return closed;
  // `said on ABC's "This Week."`: a quote right after the phrase, with no comma or colon, is a title in it.
  // `said of the senator, "…"`: what the words were about.
  return (ATTRIBUTION_PREPOSITIONS.has(rest[0]?.lower ?? '') || /^(?:of|about)$/.test(rest[0]?.lower ?? '')) && closed;
}

/**
 * `Dean poked at Trump, tweeting, "Notice …"`, `…, asking, "Why …?"`: the participle of a cue verb between
 * a comma and the quote, whose other forms are cues (`tweeted`, `asks`), though the participle is not
 * listed. It takes the subject of its main clause, as `saying` does.
 */
function cueParticiple(tokens: Token[], v: number): boolean {
  const t = tokens[v] as Token;
  if (tokens[v - 1]?.text !== ',' || !/^\p{Ll}{3,}ing$/u.test(t.text)) return false;
  // Right before the quote: `referring to the excuse, "…"` has an object of its own, and is no cue of the quote.
  // And set off from it (`tweeting, "…"`): `yelling "eminent domain!"` names what was yelled inside the writer's sentence.
  const tail = tokens.slice(v + 1);
  if (tail.length === 0 || tail.some((x) => !/^[,:]$/.test(x.text))) return false;
  return isCueParticiple(t);
}

/** Whether `t` is the participle of a cue verb: `tweeting` (`tweets`), `asking` (`asks`), `yelling` (`yells`). */
function isCueParticiple(t: Token): boolean {
  if (!/^\p{Ll}{3,}ing$/u.test(t.text)) return false;
  if (CUE_VERBS.has(t.lower) || QUOTE_ONLY_CUES.has(t.lower)) return true;
  const stem = t.lower.slice(0, -3);
  const bases = [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, '$1')];
  return bases.some((base) => CUE_VERBS.has(`${base}s`) || CUE_VERBS.has(`${base.replace(/e$/, '')}ed`));
}

/**
 * `The ad uses footage of Hillary Clinton asking, "…"`, `with Trump reportedly yelling: "…"`: a person's name right
 * before the participle of a cue verb (an adverb may stand between), set off from the quote by a comma or a colon,
 * is who spoke, wherever the name stands in the writer's sentence.
 */
function nameThenParticiple(
  context: BlockContext,
  tokens: Token[],
  v: number,
  window: string,
  from: number,
): Attribution | null {
  const t = tokens[v] as Token;
  const tail = tokens.slice(v + 1);
  if (!isCueParticiple(t) || tail.length === 0 || tail.some((x) => !/^[,:]$/.test(x.text))) return null;
  const end = /\p{Ll}ly$/u.test(tokens[v - 1]?.text ?? '') ? v - 2 : v - 1;
  const named = end >= 0 ? phraseEndingAt(tokens, end, 0, window, from) : null;
  if (!named || named.kind !== 'person') return null;
  return attributed(context, t.text, located(context.index, t), named);
}

/**
 * `As Tom Ridge, a former secretary, put it: "…"`, `As the columnist recently put it, "…"`: `put it` after
 * the subject of a clause opened by `As`, right before the comma or colon that introduces the quote. The
 * cue is `put it`.
 */
function asPutIt(context: BlockContext, tokens: Token[], v: number, window: string, from: number): Attribution | null {
  const it = tokens[v] as Token;
  const put = tokens[v - 1];
  if (it.lower !== 'it' || !put || !/^puts?$/.test(put.lower) || v < 3 || tokens[0]?.lower !== 'as') return null;
  if (tokens.slice(v + 1).some((x) => !/^[,:]$/.test(x.text)) || v + 1 >= tokens.length) return null;
  let verb = v - 1;
  // `recently put it`: an adverb between the subject and the verb.
  while (verb > 2 && /\p{Ll}ly$/u.test(tokens[verb - 1]?.text ?? '')) verb--;
  const mention = subjectBefore(tokens, verb, 1, window, from);
  if (!mention || mention.start !== tokens[1]?.start) return null;
  const cueSpan = { block: context.index, start: put.start, end: it.end };
  return attributed(context, context.block.text.slice(put.start, it.end), cueSpan, mention);
}

/**
 * `He went on to say, "…"`, `Husted continued by saying, "…"`, `Braynard is quoted as saying, "…"`: a cue
 * after `to`, `by` or `as` belongs to the verb before it, whose subject is the speaker.
 */
function chainedSubject(tokens: Token[], v: number, window: string, from: number): Mention | null {
  let k = v - 1;
  while (k > 0 && /^(?:to|by|as|on)$/.test(tokens[k]?.lower ?? '')) k--;
  const verb = tokens[k];
  if (k === v - 1 || !verb || !/^\p{Ll}+$/u.test(verb.text)) return null;
  if (!/(?:ed|es)$/.test(verb.lower) && !IRREGULAR_PAST.has(verb.lower)) return null;
  if (BE_FORMS.has(tokens[k - 1]?.lower ?? '')) k--;
  return subjectBefore(tokens, k, 0, window, from);
}

/** Whether the token at `k` is a document its subject issued: `released a statement`, `issued a joint statement`. */
function issuedDocument(tokens: Token[], k: number): boolean {
  if (!ISSUED_NOUNS.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (ISSUING_VERBS.has(tokens[j]?.lower ?? '')) return true;
  return false;
}

/** The index at or before `k` past adverbs that may stand before a verb (`then`, `also`, `repeatedly`). */
function pastAdverbs(tokens: Token[], k: number): number {
  let i = k;
  while (i > 0 && (isLyAdverb(tokens[i]) || SKIPPABLE_BEFORE_VERB.has(tokens[i]?.lower ?? ''))) i--;
  return i;
}

/** `Spicer said, "…"`, `He added: "…"`, `called the plan "…"`: the words before the opening mark. */
function before(context: BlockContext, from: number, to: number, sentenceStart = from): Attribution | null {
  if (to <= from) return null;
  const text = context.block.text;
  const window = text.slice(from, to);
  const tokens = tokensIn(context, from, to);
  const last = tokens.length - 1;
  for (let v = last; v >= 0 && v >= last - 10; v--) {
    const t = tokens[v] as Token;
    if (/^[.!?;"“”]$/.test(t.text)) break;
    if (t.lower === 'to' && tokens[v - 1]?.lower === 'according') {
      const mention = accordingSource(tokens, v + 1, tokens.length, window, from);
      const according = tokens[v - 1] as Token;
      if (mention)
        return {
          cue: text.slice(according.start, t.end),
          cueSpan: { block: context.index, start: according.start, end: t.end },
          mention: { ...mention, block: context.index },
          inherit: false,
        };
      continue;
    }
    const putIt = asPutIt(context, tokens, v, window, from);
    if (putIt) return putIt;
    const named = nameThenParticiple(context, tokens, v, window, from);
    if (named) return named;
    if (!CUE_VERBS.has(t.lower) && !QUOTE_ONLY_CUES.has(t.lower) && !cueParticiple(tokens, v)) continue;
    const inverted = invertedSource(tokens, v, window, from);
    if (!inverted && !tailAllowed(t, tokens.slice(v + 1), /^\W*\p{Lu}/u.test(text.slice(to, to + 4)))) continue;
    // `Chuck Schumer fired back, calling the demand "a temper tantrum."`: a participle takes the main clause's subject.
    // `She released a statement saying, "…"`: so does one right after the document its subject issued.
    const participle = t.lower.endsWith('ing') && (tokens[v - 1]?.text === ',' || issuedDocument(tokens, v - 1));
    // `He praised them but said, "…"`, `She stays and then says, "…"`: a verb after `and`/`but` (and an adverb)
    // shares the sentence's subject.
    const coordinated = /^(?:and|but)$/.test(tokens[pastAdverbs(tokens, v - 1)]?.lower ?? '');
    const mention =
      participle || coordinated
        ? (mainSubject(tokens, v - 1, firstAfter(tokens, context.bodyStart), window, from) ??
          sentenceSubject(context, sentenceStart, from, t))
        : (inverted ?? subjectBefore(tokens, v, 0, window, from) ?? chainedSubject(tokens, v, window, from));
    if (!mention) continue;
    const attribution: Attribution = {
      cue: t.text,
      cueSpan: located(context.index, t),
      mention: { ...mention, block: context.index },
      inherit: false,
    };
    // `called the plan "a disaster"`: the object and the quoted words are what was said.
    // `referred to Obama as "the most valuable player"`: after `referred to` too.
    const object = /^refer/.test(t.lower) && tokens[v + 1]?.lower === 'to' ? tokens[v + 2] : tokens[v + 1];
    if (CHARACTERISING_VERBS.has(t.lower) && object && isWord(object) && !ATTRIBUTION_PREPOSITIONS.has(object.lower))
      attribution.mixedFrom = object.start;
    return attribution;
  }
  return colonIntroduction(context, tokens, window, from);
}

/**
 * `Sanders made the following comment: "…"`, `Obama is rolling out a new
 * message: "It's about me."`: a sentence whose subject names someone and whose
 * short verb phrase ends in a colon right before the quote. The words after
 * the subject are the cue.
 */
function colonIntroduction(context: BlockContext, tokens: Token[], window: string, from: number): Attribution | null {
  const last = tokens.length - 1;
  if (tokens[last]?.text !== ':' || last < 2 || last > 40) return null;
  // `On July 6, Sanders made …`: past an opening phrase and its comma.
  const comma = /^(?:on|in|at|last|this|during|after|earlier|later)$/.test(tokens[0]?.lower ?? '')
    ? tokens.findIndex((x, k) => k < 8 && x.text === ',')
    : -1;
  const first = comma + 1;
  for (let v = first + 1; v < last && v <= first + 8; v++) {
    const t = tokens[v] as Token;
    if (!isWord(t)) return null;
    if (
      isCapitalized(t) ||
      (!/^\p{Ll}+(?:ed|s)$/u.test(t.text) &&
        !IRREGULAR_PAST.has(t.lower) &&
        !BE_FORMS.has(t.lower) &&
        !/^(?:has|had)$/.test(t.lower))
    )
      continue;
    const mention = speakerBefore(tokens, v, first, window, from);
    if (
      !mention ||
      mention.start !== tokens[first]?.start ||
      (mention.kind === 'pronoun' && !/^(?:he|she|they)$/i.test(mention.name))
    )
      return null;
    if (tokens.slice(v, last).some((x) => !isWord(x))) return null;
    const cueFrom = tokens[v] as Token;
    const cueTo = tokens[last] as Token;
    return {
      cue: context.block.text.slice(cueFrom.start, cueTo.end),
      cueSpan: { block: context.index, start: cueFrom.start, end: cueTo.end },
      mention: { ...mention, block: context.index },
      inherit: false,
    };
  }
  return null;
}

/**
 * `Bush referred to Rubio as "a leader" but described his skills as "…"`: when
 * the window starts after an earlier quote, the subject of a participle or a
 * coordinated verb is read from the whole sentence.
 */
function sentenceSubject(context: BlockContext, sentenceStart: number, from: number, verb: Token): Mention | null {
  if (sentenceStart >= from) return null;
  const text = context.block.text;
  const window = text.slice(sentenceStart, verb.end);
  const tokens = tokensIn(context, sentenceStart, verb.end);
  const v = tokens.findIndex((x) => x.start === verb.start);
  return v > 0 ? mainSubject(tokens, v - 1, firstAfter(tokens, context.bodyStart), window, sentenceStart) : null;
}

/**
 * `…, explained Rosenberg, "…"`: a name right after the cue, closed by the comma or colon before the mark.
 * Also when the cue opens the sentence (`Said Ellis: "…"`, `Continued Stone: "…"`).
 */
function invertedSource(tokens: Token[], v: number, window: string, from: number): Mention | null {
  if (tokens[v - 1]?.text !== ',' && !(v === 0 && isCapitalized(tokens[v]))) return null;
  // `Dick Dever, who was listed on the slate, told POLITICO, "…"`: after `told` or `asked` the name is who listened.
  if (/^(?:told|tells|asked|asks)$/.test(tokens[v]?.lower ?? '')) return null;
  const last = tokens.length - 1;
  if (!/^[,:]$/.test(tokens[last]?.text ?? '')) return null;
  const mention = sourceAfter(tokens, v + 1, last, window, from);
  return mention && mention.end === tokens[last - 1]?.end ? mention : null;
}

/** The first token at or after `offset` (the dateline's end): where a subject may start. */
function firstAfter(tokens: Token[], offset: number): number {
  let k = 0;
  while (k < tokens.length && (tokens[k] as Token).start < offset) k++;
  return k;
}

/**
 * `Trump is also a "change agent," Cole said.`: words of the quote's own
 * sentence before the opening mark are part of what was said, so the quote is
 * mixed from the sentence start. Not after a colon (`warned: "…"`), which
 * introduces the quote rather than beginning it.
 */
function leadingWords(context: BlockContext, q: number, open: number): number | null {
  const text = context.block.text;
  const { prevEnd } = neighbours(context, q);
  const sentence = sentenceAt(context.sentences, open);
  let from = Math.max(prevEnd + 1, sentence.start, context.bodyStart);
  while (from < open && /[\s,;—–-]/.test(text[from] ?? '')) from++;
  const lead = text.slice(from, open);
  if (!/[\p{L}\p{N}]/u.test(lead) || /[:"“”]\s*$/.test(lead) || /["“”]/.test(lead)) return null;
  return from;
}

/**
 * `Of course, Clinton said, "I didn't know him."`, `An economic downturn, he
 * said, "could be a good time to borrow."`: an attribution set off by commas
 * inside the sentence it quotes. The words of the sentence before it (none of
 * them quoted) open what was said.
 */
function leadBefore(context: BlockContext, q: number, open: number, found: Attribution): Located | null {
  const { mention, cueSpan } = found;
  if (!mention || !cueSpan || found.mixedFrom !== undefined || cueSpan.block !== context.index) return null;
  if (mention.block !== context.index) return null;
  const text = context.block.text;
  // `…, explained Rosa Diaz, "so that …"` (the cue first) reads as the writer's sentence going on into the quote.
  if (mention.start > cueSpan.start) return null;
  const phraseStart = mention.start;
  if (!/^\s*,\s*$/.test(text.slice(cueSpan.end, open))) return null;
  const comma = text.lastIndexOf(',', phraseStart);
  if (comma < 0 || /\S/.test(text.slice(comma + 1, phraseStart))) return null;
  const { prevEnd } = neighbours(context, q);
  const sentence = sentenceAt(context.sentences, open);
  let from = Math.max(prevEnd + 1, sentence.start, context.bodyStart);
  while (from < comma && /[\s,;—–-]/.test(text[from] ?? '')) from++;
  const lead = text.slice(from, comma);
  if (from >= comma || /[:"“”]/.test(lead) || (lead.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 2) return null;
  // A quote that opens with a capital is a sentence of its own; the words before frame it (`Asked why, he said, "…"`).
  if (!/^\s*['‘"“”]*\s*\p{Ll}/u.test(text.slice(open, open + 6).replace(/^['"“‘]+/, ''))) return null;
  return { block: context.index, start: from, end: comma };
}

/**
 * `Sanders says "the wind is at our backs" despite his loss in Nevada.`: a
 * quote woven into its cue's sentence (no comma or colon before the mark) and
 * followed by more of that sentence: the words up to the sentence end are what
 * was said too, unless they open a clause of the writer's (`and left`, `when
 * asked`, `on Friday`). Not when the cue is inside `what X called "…"`: that
 * clause names a thing, and the words after it are the writer's
 * (`what he called "reckless" actions`).
 */
function tailAfter(context: BlockContext, q: number, quote: RawQuote, found: Attribution): Located | null {
  const text = context.block.text;
  const close = quote.close.offset;
  const cue = found.cueSpan;
  if (!cue || cue.block !== context.index || cue.end > quote.open.offset) return null;
  if (/[,:]\s*$/.test(text.slice(cue.end, quote.open.offset))) return null;
  const sentence = sentenceAt(context.sentences, close);
  if (/\bwhat\b[^,;:]*$/i.test(text.slice(sentence.start, cue.start))) return null;
  if (/[.!?,;:…—–-]['’]?$/.test(text.slice(Math.max(0, close - 2), close))) return null;
  const { nextStart } = neighbours(context, q);
  const end = Math.min(sentence.end, nextStart);
  const words = /^\s+\p{Ll}[^]*?(?=[\s.!?;:,]*$)/u.exec(text.slice(close + 1, end));
  const first = words?.[0].trim().match(/^\p{L}+/u)?.[0] ?? '';
  if (!words || (CLAUSE_JOINS.has(first) && !TAIL_JOINS.has(first)) || TIME_WORDS.has(first) || first === 'or')
    return null;
  const start = close + 1 + (words[0].length - words[0].trimStart().length);
  return { block: context.index, start, end: close + 1 + words[0].length };
}

/** Whether nothing but space or punctuation stands between the start of the quote's sentence and its opening mark. */
function opensSentence(context: BlockContext, quote: RawQuote): boolean {
  const open = quote.open.offset;
  const sentence = sentenceAt(context.sentences, open);
  return !/[\p{L}\p{N}]/u.test(context.block.text.slice(Math.max(sentence.start, context.bodyStart), open));
}

const ENDS_SENTENCE = /[.!?"”’)]\s*$/;

export function attributeQuotes(quotes: readonly RawQuote[], contexts: readonly BlockContext[]): Attribution[] {
  const result: Attribution[] = [];
  quotes.forEach((quote, q) => {
    const first = contexts[quote.open.block];
    const last = contexts[quote.close.block];
    let found: Attribution | null = null;
    if (last) found = after(last, q, quote.close.offset, first !== undefined && opensSentence(first, quote));
    if (found && first && quote.open.block === quote.close.block) {
      const lead = leadingWords(first, q, quote.open.offset);
      if (lead !== null) found.mixedFrom = lead;
    }
    if (!found && first) {
      const { prevEnd } = neighbours(first, q);
      const sentence = sentenceAt(first.sentences, quote.open.offset);
      const from = Math.max(prevEnd + 1, sentence.start, quote.open.offset - WINDOW);
      // The sentence may have begun before the previous quote closed (a split quote); the gap is what counts.
      found = before(
        first,
        Math.min(from, quote.open.offset),
        quote.open.offset,
        Math.max(sentence.start, first.bodyStart),
      );
      const lead =
        found && quote.open.block === quote.close.block ? leadBefore(first, q, quote.open.offset, found) : null;
      if (found && lead) found.lead = lead;
      const tail = found && quote.open.block === quote.close.block ? tailAfter(first, q, quote, found) : null;
      if (found && tail) found.tail = tail;
    }
    if (!found && first && quote.open.offset === 0) {
      // `…called the Russian statement` / `"rubbish."`: a paragraph that stops mid-sentence runs on into the quote.
      const previous = contexts[quote.open.block - 1];
      if (previous && previous.block.kind === 'paragraph' && !ENDS_SENTENCE.test(previous.block.text)) {
        const sentence = sentenceAt(previous.sentences, previous.block.text.length - 1);
        const { prevEnd } = neighbours(previous, Number.MAX_SAFE_INTEGER);
        found = before(previous, Math.max(sentence.start, prevEnd + 1), previous.block.text.length);
      }
    }
    result.push(found ?? { cue: null, cueSpan: null, mention: null, inherit: false });
  });
  markInherited(quotes, contexts, result);
  return result;
}

/** Whether the second of two quotes in a paragraph continues the first one's attribution act. */
function continuesSentences(text: string, previousClose: number, quote: RawQuote, cue: Located | null): boolean {
  const gap = text.slice(previousClose + 1, quote.open.offset).trim();
  const last = quote.spans[quote.spans.length - 1];
  if (!last) return false;
  // `"A," said X, who led the team, "and B."`: the sentence runs on into the second piece.
  if (/,$/.test(gap) && /^\p{Ll}/u.test(text.slice(last.start, last.start + 1)) && quote.spans.length === 1)
    return true;
  // `"A," he said, but "B."`: the attribution between the pieces, then a conjunction that goes on with what was said.
  if (/,\s*(?:but|and)$/.test(gap) && cue && cue.start > previousClose && cue.end <= quote.open.offset) return true;
  if (!/[.!?]$/.test(gap)) return false;
  const after = text.slice(quote.close.offset + 1, quote.close.offset + 3).trim();
  // `''A,'' said X. ''B'' for the top income bracket.`: the sentence the second piece opens goes on in
  // lower case, with no cue of its own, right after the first piece's attribution (no other quote between).
  return (
    /[.!?…—-]$/.test(text.slice(last.start, last.end)) ||
    after === '' ||
    /^["“”]/.test(after) ||
    (/^\s+\p{Ll}/u.test(text.slice(quote.close.offset + 1)) && !/["“”]|''/.test(gap))
  );
}

/** An unattributed quote of a few words: a title, a name or scare quotes, not speech. */
function isFragment(quote: RawQuote, attribution: Attribution | undefined, contexts: readonly BlockContext[]): boolean {
  if (!attribution || attribution.mention || attribution.inherit || quote.spans.length !== 1) return false;
  const span = quote.spans[0] as Located;
  const text = contexts[span.block]?.block.text.slice(span.start, span.end) ?? '';
  return (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 8;
}

/**
 * A line that ends in no sentence punctuation and quotes nobody (a photo's caption kept as a paragraph):
 * it does not break a run of one speaker's quote paragraphs.
 */
function isCaptionLine(context: BlockContext | undefined): boolean {
  const text = context?.block.text.trim() ?? '';
  return text.length > 0 && !/[.!?:;"“”'’)]$/.test(text) && !/["“”]/.test(text);
}

/** Whether the quote is its paragraph, with nothing after its closing mark but punctuation. */
function wholeParagraph(quote: RawQuote, context: BlockContext | undefined): boolean {
  if (!context || quote.close.block !== quote.open.block) return false;
  return /^[\s.,!?]*$/.test(context.block.text.slice(quote.close.offset + 1));
}

/** Unattributed quotes that carry on the speaker before them (same paragraph, or a paragraph of only quotes). */
function markInherited(quotes: readonly RawQuote[], contexts: readonly BlockContext[], result: Attribution[]): void {
  quotes.forEach((quote, q) => {
    const attribution = result[q];
    // A title or a scare-quoted phrase in between (`said on "This Week."`) does not break the run of one speaker's quotes.
    let p = q - 1;
    while (
      p > 0 &&
      quotes[p]?.close.block === quote.open.block &&
      isFragment(quotes[p] as RawQuote, result[p], contexts)
    )
      p--;
    const previous = quotes[p];
    const previousAttribution = result[p];
    if (!attribution || attribution.mention || !previous || !previousAttribution) return;
    // A few words quoted inside a sentence (`said on ABC's "This Week."`) are a title or a phrase, not more speech.
    const context = contexts[quote.open.block];
    if (
      context &&
      isFragment(quote, attribution, contexts) &&
      /[\p{L}\p{N}'’]\s*$/u.test(context.block.text.slice(Math.max(0, quote.open.offset - 3), quote.open.offset))
    )
      return;
    attribution.inheritFrom = p;
    if (!previousAttribution.mention && !previousAttribution.inherit) return;
    const sameBlock = previous.close.block === quote.open.block;
    // A paragraph that opens with an unattributed quote right after a paragraph that quoted someone
    // carries on that speaker: news prose names a new speaker when the speaker changes.
    const opensParagraph =
      context !== undefined &&
      quote.open.offset === 0 &&
      (previous.close.block === quote.open.block - 1 ||
        (previous.close.block === quote.open.block - 2 && isCaptionLine(contexts[quote.open.block - 1])));
    if (sameBlock || opensParagraph) attribution.inherit = true;
    // `"A," she said. "B."`: one attribution act, so the second piece shares the first one's cue, when
    // it starts a sentence after the attribution and ends one (`"B" to drive up …, she said` is another).
    // So does a paragraph that is nothing but a quote, right after a quote its speaker was named for:
    // the speech goes on (not after a quote that itself only carried on a speaker).
    if (
      (sameBlock &&
        context &&
        continuesSentences(context.block.text, previous.close.offset, quote, previousAttribution.cueSpan)) ||
      (opensParagraph && previousAttribution.mention !== null && wholeParagraph(quote, context))
    ) {
      attribution.cue = previousAttribution.cue;
      attribution.cueSpan = previousAttribution.cueSpan;
    }
  });
}
