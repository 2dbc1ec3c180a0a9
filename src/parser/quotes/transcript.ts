/**
 * Transcript lines. Interview transcripts and panel roundups set speech out as
 * `WALLACE: Are you running?` or `Alex Seitz-Wald: She is right …`: a speaker
 * label, a colon, then that speaker's own words, usually without quotation
 * marks. Such a paragraph is a direct quote by the labelled speaker, cue `:`.
 *
 * A capitalised phrase and a colon is also a dateline (`WASHINGTON:`), a note
 * (`Update:`, `Read more:`), a heading (`The Latest:`, `South Carolina:`), a
 * time (`7:00 p.m.`) or a roundup's summary (`Sanders: Win in a walk.`). So a
 * paragraph is read as a transcript line only when
 *  - its label looks like a person's name: one to four capitalised (or
 *    all-capital) words, none a common word, place, month or note word;
 *  - the label names someone: its last word labels two paragraphs (`JAKE
 *    TAPPER:`, then `TAPPER:`) or is named elsewhere in the article
 *    (`FALLIN:` after `Gov. Mary Fallin`);
 *  - the words after the colon are speech: three words or more, not a
 *    quotation (the quotation-mark rules read those), and not naming the
 *    labelled person (`Bernie Sanders: Credit scores. Senator Bernie Sanders
 *    calls for …` is a section on him, not his words);
 *  - and the article is a dialogue: two such lines or more, at least one of
 *    them in the first or second person or a question.
 */
import type { Block } from '@/article';
import type { Located } from './attribution';
import { NOT_SPEAKERS, firstNameGender } from '../lexicon';
import { HONORIFICS, NOT_NAMES, PLACES, TITLE_WORDS } from '../lexicon';
import type { Mention } from '../speakers';

export type TranscriptLine = {
  /** The words after the colon. */
  content: Located;
  /** The colon. */
  cue: Located;
  /** The label, as the speaker's mention (all-capital labels read in title case); null when the speaker is not named (an interview's question). */
  mention: (Mention & { block: number }) | null;
};

/** One to four capitalised words (or name particles), then a colon and a space, at a paragraph's start. */
const LABEL =
  /^(["“]?)(\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|von|van|der|de|da|di|du|del|la|le|bin|al|el)){0,3}):[ \t]+/u;

/** Pronouns and marks of a speaker addressing someone: what makes a paragraph sound like dialogue. */
const DIALOGUE = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|us|our|you|you're|you’re|your)\b|\?/i;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

type Candidate = { block: number; label: string; labelEnd: number; content: Located; dialogue: boolean };

/** `JAKE TAPPER` -> `Jake Tapper`; a label already in mixed case stays as written. */
function nameOf(label: string): string {
  if (label !== label.toUpperCase()) return label;
  return label
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** A label split into a leading title or honorific (`SEN.`, `Mr.`), kept as the role, and the name after it. */
function splitTitle(label: string): { role: string | null; name: string } {
  const words = label.split(' ');
  let k = 0;
  while (
    k < words.length - 1 &&
    (HONORIFICS.has((words[k] as string).toLowerCase()) || TITLE_WORDS.has((words[k] as string).toLowerCase()))
  )
    k++;
  return { role: k > 0 ? words.slice(0, k).join(' ') : null, name: words.slice(k).join(' ') };
}

/** Whether a label may be a person's name: no word of it is a common word, a place, a title on its own or a note word. */
function personLike(label: string): boolean {
  const words = splitTitle(label)
    .name.toLowerCase()
    .split(' ')
    .map((w) => w.replace(/\.$/, ''));
  if (words.some((w) => NOT_SPEAKERS.has(w) || w.length < 2)) return false;
  // A first name vouches for the words after it (`Theresa May`, `Jack London`).
  const first = words.length > 1 && firstNameGender(words[0] ?? '') !== null;
  if (!first && words.some((w) => NOT_NAMES.has(w) || PLACES.has(w))) return false;
  return !TITLE_WORDS.has(words[words.length - 1] ?? '');
}

/** The label's last word, lower case (`wald` of `Alex Seitz-Wald`): what the article calls the person elsewhere. */
const surname = (label: string): string => label.match(WORD)?.at(-1)?.toLowerCase() ?? '';

/** The paragraph's label and the words after it, when it has the shape of a transcript line. */
function candidateAt(block: Block, index: number): Candidate | null {
  if (block.kind !== 'paragraph') return null;
  // A transcript quoted paragraph by paragraph opens each one with a mark: `"WALLACE: …`.
  const match = LABEL.exec(block.text);
  const mark = match?.[1] ?? '';
  const label = match?.[2];
  if (!match || !label || !personLike(label)) return null;
  const text = block.text;
  let end = text.length;
  while (end > match[0].length && /\s/.test(text[end - 1] ?? '')) end--;
  if (mark && /["”]/.test(text[end - 1] ?? '')) end--;
  const content = text.slice(match[0].length, end);
  const words = content.match(WORD) ?? [];
  if (/^["“„«‘']/.test(content) || words.length < 3) return null;
  const last = surname(label);
  if (words.some((w) => w.toLowerCase() === last)) return null;
  return {
    block: index,
    label,
    labelEnd: mark.length + label.length,
    content: { block: index, start: match[0].length, end },
    dialogue: DIALOGUE.test(content),
  };
}

/** Lower-case words written capitalised anywhere in the article outside the labels: the names it mentions. */
function namedWords(blocks: readonly Block[], candidates: readonly Candidate[]): Set<string> {
  const labelEnds = new Map(candidates.map((c) => [c.block, c.labelEnd]));
  const named = new Set<string>();
  blocks.forEach((block, b) => {
    const from = labelEnds.get(b) ?? 0;
    for (const match of block.text.slice(from).matchAll(WORD)) {
      if (/^\p{Lu}/u.test(match[0])) named.add(match[0].toLowerCase());
    }
  });
  return named;
}

export function findTranscriptLines(blocks: readonly Block[]): TranscriptLine[] {
  const candidates = blocks.flatMap((block, b) => candidateAt(block, b) ?? []);
  if (candidates.length < 2) return [];
  const named = namedWords(blocks, candidates);
  const uses = new Map<string, number>();
  for (const c of candidates) uses.set(surname(c.label), (uses.get(surname(c.label)) ?? 0) + 1);
  const lines = candidates.filter((c) => (uses.get(surname(c.label)) ?? 0) >= 2 || named.has(surname(c.label)));
  if (lines.length < 2 || !lines.some((c) => c.dialogue)) return [];
  return lines.map(toLine);
}

function toLine(c: Candidate): TranscriptLine {
  const { role, name } = splitTitle(c.label);
  const words = name.split(' ');
  // A first name tells gender only before a surname: `Gordon:` alone is more likely a surname.
  const gender = words.length > 1 ? firstNameGender(words[0] ?? '') : null;
  return {
    content: c.content,
    cue: { block: c.block, start: c.labelEnd, end: c.labelEnd + 1 },
    mention: {
      kind: 'person',
      name: nameOf(name),
      role,
      gender,
      start: c.labelEnd - name.length,
      end: c.labelEnd,
      block: c.block,
    },
  };
}
