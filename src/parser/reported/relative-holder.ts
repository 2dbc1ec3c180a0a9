/**
 * What someone said or holds inside a relative clause ends where the main
 * clause goes on (issue 14):
 *   Senators who wanted to attend the convention could be faced with …
 *   Voters who believe the media are covering for her, are unlikely to …
 * When the cue follows a relative `who`, the content of a to-infinitive ends
 * before the next finite verb (`could`), and a clause ends before a comma
 * followed by one (`, are`): the words after them are the writer's sentence
 * about the holder, not what the holder said or thinks.
 */
import { FINITE } from '../lexicon';
import { tokensIn, type BlockContext, type Token } from '../text';
import type { Located } from '../types';
import type { Reported } from './types';

/**
 * `Senators who wanted`, `who have long believed`: the relative pronoun, past at most two auxiliaries or adverbs.
 * Not after a comma: a relative clause set off by commas (`Ruiz, who said …, cast …`) ends where boundary.ts says.
 */
function afterWho(tokens: Token[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - 3; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'who') return tokens[k - 1]?.text !== ',';
    if (!/^(?:has|have|had|do|does|did|also|still|now|\p{Ll}+ly)$/u.test(w)) return false;
  }
  return false;
}

/** The end of `content` where the main clause goes on after it, or its own end. */
function relativeEnd(tokens: Token[], content: Located): number {
  const inside = tokens.filter((t) => t.start >= content.start && t.end <= content.end);
  const infinitive = inside[0]?.lower === 'to';
  for (let k = 1; k < inside.length; k++) {
    const t = inside[k] as Token;
    if (!FINITE.has(t.lower)) continue;
    if (infinitive) return (inside[k - 1] as Token).end;
    if (inside[k - 1]?.text === ',') return (inside[k - 2] as Token | undefined)?.end ?? content.end;
  }
  return content.end;
}

/** Each statement of one sentence with its content cut where the main clause resumes after a relative `who`. */
export function withinRelative(context: BlockContext, start: number, end: number, found: Reported[]): Reported[] {
  const tokens = tokensIn(context, start, end);
  return found.map((r) => {
    if (!r.cueSpan || r.rest || r.cueSpan.block !== r.content.block) return r;
    const cueStart = r.cueSpan.start;
    const cue = tokens.findIndex((t) => t.start === cueStart);
    if (cue < 0 || !afterWho(tokens, cue) || r.content.start < r.cueSpan.end) return r;
    const cut = relativeEnd(tokens, r.content);
    return cut < r.content.end && cut > r.content.start ? { ...r, content: { ...r.content, end: cut } } : r;
  });
}
