import { CUE_VERBS, TIME_WORDS } from '../lexicon';
import { isCapitalized, type BlockContext, type Token } from '../text';
import { noName } from './clean-mention';
import type { FullName } from './memory';
import { isDescribingCompound, phraseEndingAt } from './mentions';
import type { Position } from '../types';

/** What the resolver reads of each block: its text, where the story proper starts, its tokens. */
export type BlockText = Pick<BlockContext, 'block' | 'bodyStart' | 'tokens'>;

/** `Said Ellis: "…"`, `Continued Stone:`: a cue verb that opens a sentence is not the first word of a name. */
function opensWithCue(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return CUE_VERBS.has((tokens[i] as Token).lower) && (!before || /^[.!?"“”:;]$/.test(before.text));
}

/**
 * Every person and every organisation named, in reading order: the antecedents of surnames, pronouns and
 * `the company`. A person named by one word (`Obama`, `Mr. Trump's`) counts only as a later mention of
 * someone named in full (see `resolveSpeakers`); a possessive `'s` is not part of a name.
 */
export function fullNames(contexts: readonly BlockText[]): { position: Position; full: FullName }[] {
  const out: { position: Position; full: FullName }[] = [];
  contexts.forEach(({ block, bodyStart, tokens }, b) => {
    if (block.kind === 'credit') return;
    let i = 0;
    // The dateline's agency (`(Reuters)`) is not an organisation of the story.
    while (i < tokens.length && (tokens[i] as Token).start < bodyStart) i++;
    // Names inside quotation marks are the speaker's words (`"What a Super Tuesday!"`), not people the story names.
    let quoted = false;
    while (i < tokens.length) {
      const mark = (tokens[i] as Token).text;
      if (mark === '“' || mark === '”' || mark === '"') quoted = mark === '“' ? true : mark === '”' ? false : !quoted;
      if (
        quoted ||
        !isCapitalized(tokens[i]) ||
        TIME_WORDS.has((tokens[i] as Token).lower) ||
        isDescribingCompound(tokens[i]) ||
        opensWithCue(tokens, i)
      ) {
        i++;
        continue;
      }
      let j = i;
      // A weekday or another word of time ends a name: `Trump Wednesday said` is Trump.
      while (
        j + 1 < tokens.length &&
        j - i < 12 &&
        ((isCapitalized(tokens[j + 1]) && !TIME_WORDS.has(tokens[j + 1]?.lower ?? '')) ||
          /^(?:of|von|van|de|der|al|bin)$/.test(tokens[j + 1]?.lower ?? ''))
      )
        j++;
      const phrase = phraseEndingAt(
        tokens,
        j,
        i > 0 && opensWithCue(tokens, i - 1) ? i : Math.max(0, i - 3),
        block.text,
        0,
      );
      // `others like Parata’s Ngātiwai stand back`: what belongs to someone (`X’s Y`) is no person's full name.
      const possessed = phrase?.kind === 'person' && /['’]s\s/u.test(phrase.name);
      if ((phrase?.kind === 'person' || phrase?.kind === 'organization') && !noName(phrase.name) && !possessed) {
        const before = tokens[phrase.from - 1];
        const subject = !before || /^[.!?"“”:;]$/.test(before.text) || bodyStart >= before.end;
        const name = phrase.name.replace(/['’]s$/u, '');
        out.push({
          position: { block: b, offset: (tokens[j] as Token).start },
          full: { name, role: phrase.role, gender: phrase.gender, kind: phrase.kind, subject },
        });
      }
      i = j + 1;
    }
  });
  return out;
}
