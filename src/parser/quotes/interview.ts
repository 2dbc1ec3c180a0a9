/**
 * Interviews set out as questions and answers: `Q: …` then `A: …` (also
 * `Q.`/`A.` and `Question:`/`Answer:`). Each answer is a direct quote by the
 * person interviewed, with its label as the cue (`A:`); a paragraph with no label after an answer
 * goes on with it (an answer of several paragraphs is one act of speech, so it
 * keeps the answer's cue). A question is a direct quote with no speaker: the
 * interviewer is rarely named, and a made-up `Interviewer` would merge the
 * askers of every interview into one person.
 *
 * The person interviewed is the first person the headline names (`Q&A with
 * Vice President Joe Biden`), else the one the paragraphs before the first
 * question name most. Read only when the article has two answers or more and
 * a question; otherwise the labels are something else (`A: Yes.` in a quiz).
 */
import type { Block } from '@/article';
import { phraseEndingAt, type Mention } from '../speakers';
import { isCapitalized, tokenize, type Token } from '../text';
import type { TranscriptLine } from './transcript';

const LABEL = /^(Q|A|Question|Answer)[:.][ \t]+(?=\S)/;

type Labelled = { block: number; asks: boolean; colon: number; labelEnd: number };

/** The paragraphs that open with a question or answer label. */
function labelled(blocks: readonly Block[]): Labelled[] {
  return blocks.flatMap((block, b) => {
    const match = block.kind === 'paragraph' ? LABEL.exec(block.text) : null;
    if (!match) return [];
    const word = match[1] as string;
    return [{ block: b, asks: word === 'Q' || word === 'Question', colon: word.length, labelEnd: match[0].length }];
  });
}

/** Person names in `text`, in reading order, each as the phrase that ends a run of capitalised words. */
function peopleIn(text: string): Mention[] {
  const tokens = tokenize(text);
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && isCapitalized(tokens[j + 1] as Token)) j++;
    const phrase = phraseEndingAt(tokens, j, Math.max(0, i - 3), text, 0);
    if (phrase?.kind === 'person' && phrase.name.includes(' ')) found.push(phrase);
    i = j;
  }
  return found;
}

/** The person interviewed: named first in the headline, else named most before the first question. */
function interviewee(title: string, intro: readonly Block[]): Mention | null {
  const headline = peopleIn(title)[0];
  if (headline) return headline;
  const counts = new Map<string, { mention: Mention; count: number }>();
  for (const block of intro) {
    for (const mention of peopleIn(block.text)) {
      const entry = counts.get(mention.name) ?? { mention, count: 0 };
      entry.count++;
      counts.set(mention.name, entry);
    }
  }
  let best: { mention: Mention; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.mention ?? null;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

export function findInterview(blocks: readonly Block[], title: string): TranscriptLine[] {
  const labels = labelled(blocks);
  const answers = labels.filter((l) => !l.asks);
  if (answers.length < 2 || answers.length === labels.length) return [];
  const first = labels[0] as Labelled;
  const person = interviewee(title, blocks.slice(0, first.block));
  if (!person) return [];
  const byBlock = new Map(labels.map((l) => [l.block, l]));
  const lines: TranscriptLine[] = [];
  let answer: TranscriptLine | null = null;
  for (let b = first.block; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    const label = byBlock.get(b);
    if (label) {
      // The label with its colon is the cue (`A:`): it names the act, an answer or a question.
      const cue = { block: b, start: 0, end: label.colon + 1 };
      const content = { block: b, start: label.labelEnd, end: trimmedEnd(block.text) };
      // The label stands for the speaker: `A` for the person interviewed.
      const mention = label.asks ? null : { ...person, start: 0, end: label.colon, block: b };
      const line: TranscriptLine = { content, cue, mention };
      lines.push(line);
      answer = label.asks ? null : line;
    } else if (answer && block.kind === 'paragraph' && block.text.trim() !== '') {
      lines.push({
        content: { block: b, start: 0, end: trimmedEnd(block.text) },
        cue: answer.cue,
        mention: answer.mention,
      });
    } else {
      answer = null;
    }
  }
  return lines;
}
