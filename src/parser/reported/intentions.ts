/**
 * Design B reader for intentions in the progressive or as a participle, which the
 * form rules and cue-first.ts's `intention` (finite verbs only) leave open (issue 14):
 *   Democrats are hoping to retain the White House.
 *   Sanders spoke in Flint, vowing to fight on to the convention.
 * The content is the to-infinitive; the holder the subject before the verb
 * (`are hoping`), or for a participle after a comma the subject of its main
 * clause. On PolNeAR train these words are annotated cues 6 to 8 times in 10
 * (`hoping` 23 of 34, `promising` 18 of 28, `vowing` 7 of 9); not `planning`
 * or `seeking` (9 of 38, 31 of 81), which are nouns and searches as often.
 */
import { NOT_VERB_AFTER_TO, PROGRESSIVE_INTENTIONS } from '../lexicon';
import { mainSubject } from '../speakers';
import { isWord, type Token } from '../text';
import { clauseEnd, span } from './clause';
import { negated } from './cue';
import { firstBodyToken, relativeObject } from './forms';
import { someone, subjectOf, type Reading } from './reading';
import type { SentenceReading } from './types';

/** `are hoping to retain …`, `…, vowing to fight on`: a participle of intention and its to-infinitive. */
function progressiveIntention(sentence: SentenceReading, v: number): Reading | null {
  const { context, source, base, tokens } = sentence;
  const t = tokens[v] as Token;
  const verb = tokens[v + 2];
  if (!PROGRESSIVE_INTENTIONS.has(t.lower) || tokens[v + 1]?.lower !== 'to' || !verb || !isWord(verb)) return null;
  if ((NOT_VERB_AFTER_TO.has(verb.lower) && verb.lower !== 'be') || negated(tokens, v)) return null;
  const participle = tokens[v - 1]?.text === ',';
  const mention = participle
    ? mainSubject(tokens, v - 1, firstBodyToken(context, tokens), source, base)
    : subjectOf(sentence, v);
  if (!someone(mention) || relativeObject(tokens, v, mention)) return null;
  const content = span(context, tokens, v + 1, clauseEnd(tokens, v + 2, false, true), false, 3);
  return content ? { cue: [v, v + 1], content, mention } : null;
}

/** The intention readers, in the order cue-first.ts tries them after its own. */
export const INTENTION_READERS = [progressiveIntention] as const;
