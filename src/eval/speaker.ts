/**
 * Is the parser's speaker the gold source? Judged for a matched attribution
 * whose gold annotation has a source span. The parser is right when:
 *
 * 1. its `sourceSpan` shares a word with the gold source span (the same
 *    mention, `he` for `he` or `Hope Hicks` for `Trump's spokeswoman Hope Hicks`); or
 * 2. the gold source is a name or description and its head word (the last
 *    word before `of`, `for`, `who`, a comma…: `spokesman` in `a spokesman
 *    for the campaign`, `Warren` in `Sen. Elizabeth Warren`) is a word of the
 *    speaker's name, aliases or role, and, when the gold source has
 *    capitalised words, one of them is too (so `Clinton's campaign` is not
 *    the `Trump campaign`); or
 * 3. the gold source is a pronoun and the parser names the same pronoun, or
 *    names the person it refers to. PolNeAR marks no coreference, so the
 *    referent is taken to be the nearest earlier gold source that is not a
 *    pronoun, judged as in 2.
 * 4. the gold source is a relative pronoun (`who`, `which`: `Donald Trump,
 *    who said …`) and the parser's source is the noun phrase it stands for,
 *    the one that ends right before it, past a comma. Rule 3's nearest earlier
 *    gold source is the wrong referent here: the antecedent of a relative
 *    pronoun is the phrase it follows, which is rarely a source of its own.
 */
import type { Speaker } from '@/article';
import type { Range } from './brat';
import type { GoldAttribution } from './gold';
import type { PredictedAttribution } from './predicted';
import type { TokenizedText } from './tokens';

const PRONOUNS = new Set([
  'i',
  'me',
  'we',
  'us',
  'you',
  'he',
  'him',
  'she',
  'her',
  'it',
  'they',
  'them',
  'one',
  'his',
  'its',
  'their',
  'our',
  'my',
  'your',
  'himself',
  'herself',
  'themselves',
  'itself',
  'who',
  'which',
]);
const STOP = new Set([
  'the',
  'a',
  'an',
  'mr',
  'mrs',
  'ms',
  'dr',
  'this',
  'that',
  'these',
  'those',
  'both',
  'some',
  'many',
  'other',
]);
const HEAD_CUT = /,|\(|\b(?:of|for|at|from|with|who|whom|which|that|in|on|to|and|or|as|said)\b/i;

const normal = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');

function words(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);
}

export function isPronoun(sourceText: string): boolean {
  const w = words(sourceText);
  return w.length === 1 && PRONOUNS.has(normal(w[0] ?? ''));
}

/** The head word of a name or description, lower-cased, or null. */
export function headWord(sourceText: string): string | null {
  const chunk = sourceText.split(HEAD_CUT)[0] ?? '';
  const content = words(chunk)
    .map(normal)
    .filter((w) => !STOP.has(w));
  return content.at(-1) ?? null;
}

function capitalised(sourceText: string): string[] {
  return words(sourceText)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map(normal)
    .filter((w) => !STOP.has(w) && !PRONOUNS.has(w));
}

function speakerWords(speaker: Speaker | null, sourceText: string | null): Set<string> {
  const texts = speaker ? [speaker.name, ...speaker.aliases, speaker.role ?? ''] : [];
  if (sourceText) texts.push(sourceText);
  return new Set(texts.flatMap(words).map(normal));
}

function namesSame(goldSource: string, known: Set<string>): boolean {
  const head = headWord(goldSource);
  if (!head || !known.has(head)) return false;
  const caps = capitalised(goldSource);
  return caps.length === 0 || caps.some((w) => known.has(w));
}

type SpeakerJudgement = {
  correct: boolean;
  rule: 'same-mention' | 'name' | 'pronoun' | 'referent' | 'antecedent' | 'wrong';
};

const RELATIVE = /^(?:who|which)$/i;

export function judgeSpeaker(
  text: TokenizedText,
  gold: GoldAttribution,
  predicted: PredictedAttribution,
  /** Gold sources of the whole article, for pronoun referents. */
  allGoldSources: readonly Range[][],
): SpeakerJudgement {
  const goldIds = text.tokenIds(gold.source);
  const predictedIds = predicted.source ? text.tokenIds([predicted.source]) : [];
  if (predictedIds.some((id) => goldIds.includes(id))) return { correct: true, rule: 'same-mention' };

  const goldText = text.slice(gold.source);
  const predictedText = predicted.source ? text.slice([predicted.source]) : null;
  const known = speakerWords(predicted.speaker, predictedText);
  if (!isPronoun(goldText)) {
    return namesSame(goldText, known) ? { correct: true, rule: 'name' } : { correct: false, rule: 'wrong' };
  }
  if (predictedText && normal(predictedText.trim()) === normal(goldText.trim()))
    return { correct: true, rule: 'pronoun' };
  const start = gold.source[0]?.start ?? 0;
  if (RELATIVE.test(goldText.trim()) && predicted.source && predicted.source.end <= start)
    return /^[\s,]*$/.test(text.text.slice(predicted.source.end, start))
      ? { correct: true, rule: 'antecedent' }
      : { correct: false, rule: 'wrong' };
  const referent = [...allGoldSources]
    .sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0))
    .filter((ranges) => (ranges[0]?.start ?? Infinity) < start)
    .map((ranges) => text.slice(ranges))
    .filter((sourceText) => !isPronoun(sourceText))
    .at(-1);
  if (referent && namesSame(referent, known)) return { correct: true, rule: 'referent' };
  return { correct: false, rule: 'wrong' };
}
