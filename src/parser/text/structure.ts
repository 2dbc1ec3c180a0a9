/**
 * The article's frame: title, publication line, byline, dateline, credit and
 * the body blocks (paragraphs, subheadings, captions, credit) in reading order.
 */
import type { Block, BlockKind } from '@/article';
import { AGENCY_NAMES, DESK_WORDS, NAME_JOINERS } from '../lexicon';
import { splitLines, type Line } from './lines';
import { normalizeText } from './normalize';
import { parsePublishedLine } from './published';
import { LINE_CUES, NOT_DATELINES } from '../lexicon';

type Structure = {
  title: string;
  published: string | null;
  byline: string | null;
  dateline: string | null;
  credit: string | null;
  blocks: Block[];
};

/**
 * A body block's kind as an HTML page's markup gives it: a `<figcaption>` is a
 * caption, an `<h2>` a subheading, a photo credit a credit. A paragraph of the
 * text with the same text takes that kind from the start, so the later stages
 * (the dateline, reported speech, quotes) read a caption as a caption; a block
 * the markup marks as none of these is read by its shape, as in plain text.
 */
export type MarkedBlock = { text: string; kind: Exclude<BlockKind, 'paragraph'> };

/** Input that cannot become an article: empty, no title. The message names the problem. */
export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
}

/** A headline is one short line; longer first lines are body text without a headline. */
const MAX_TITLE_LENGTH = 300;
const TERMINAL = /[.!?…;"”’)\]]$/;
const QUOTE_START = /^["“”„«‘']/;

export function readStructure(text: string, marked: readonly MarkedBlock[] = []): Structure {
  const lines = splitLines(text);
  const [titleLine, ...rest] = lines;
  if (!titleLine) throw new ArticleInputError('the text is empty (nothing but blank space)');
  if (!/[\p{L}\p{N}]/u.test(titleLine.text)) {
    throw new ArticleInputError(
      `no recognisable title: the first line "${clip(titleLine.text)}" has no letters or digits`,
    );
  }
  if (titleLine.text.length > MAX_TITLE_LENGTH) {
    throw new ArticleInputError(
      `no recognisable title: the first line is ${titleLine.text.length} characters long (a headline is one short line)`,
    );
  }

  const meta = readMetaLines(rest);
  const paragraphs = groupParagraphs(rest.slice(meta.consumed), text);
  const marks = markedKinds(marked);
  const kinds = classify(
    paragraphs.map((p) => p.text),
    marks,
  );
  const blocks: Block[] = paragraphs.map((p, i) => ({ id: `b${i + 1}`, kind: kinds[i] ?? 'paragraph', text: p.text }));

  const dateline = findDateline(blocks)?.dateline ?? null;
  // The article's credit is its agency's, by shape (`(Reuters)`); a credit the markup marks is a photo's.
  const creditBlock = blocks.find((b) => b.kind === 'credit' && !marks.has(b.text));
  return {
    title: titleLine.text,
    published: meta.published,
    byline: meta.byline,
    dateline: dateline?.place ?? null,
    credit: creditBlock ? creditText(creditBlock.text) : (dateline?.agency ?? null),
    blocks,
  };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Lines right under the headline that carry the date and byline: `24/01/2017 22:40 by admin`, `By Jane Doe`. */
function readMetaLines(lines: Line[]): { published: string | null; byline: string | null; consumed: number } {
  let published: string | null = null;
  let byline: string | null = null;
  // An `Updated …` date stands in for the publication date until a `Published …` line gives it.
  let fromUpdate = false;
  let consumed = 0;
  const head = lines.slice(0, 4);
  for (const [i, line] of head.entries()) {
    if (line.text.length > 120) break;
    const bylineOnly = /^by\s+(\S.*)$/i.exec(line.text);
    if (bylineOnly?.[1] && !byline && /^\p{Lu}|^[a-z0-9_.-]+$/u.test(bylineOnly[1])) {
      byline = cleanByline(bylineOnly[1]);
      consumed++;
      continue;
    }
    // The desk or role printed on its own line under the byline: `Politics correspondent`.
    if (byline && isDeskLine(line.text)) {
      consumed++;
      continue;
    }
    const dated = parsePublishedLine(line.text.replace(/^(published|posted|updated|date)\s*:?\s*(?:on\s+)?/i, ''));
    const updated = /^(?:last\s+)?(?:updated|modified)\b/i.test(line.text);
    if (dated && (!published || (fromUpdate && !updated))) {
      published = dated.published;
      fromUpdate = updated;
      const by = /^(?:[|,·•-]\s*)?by\s+(\S.*)$/i.exec(dated.rest);
      if (by?.[1] && !byline) byline = cleanByline(by[1]);
      consumed++;
      continue;
    }
    // Names alone on a line, right above the date line: `Jane Doe and John Roe` / `2024-03-05`.
    const next = head[i + 1];
    if (!byline && !published && next && isNameList(line.text) && parsePublishedLine(next.text)) {
      byline = line.text;
      consumed++;
      continue;
    }
    break;
  }
  return { published, byline, consumed };
}

/** `Politics Desk`, `Business reporter`, `Washington Bureau`: a short line whose last word is a desk or role. */
function isDeskLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  return words.length <= 5 && !/[.!?:;"“”]/.test(text) && DESK_WORDS.has(last);
}

/** `Jane Doe`, `Jane Doe and John Roe`, `Jane Doe, John Roe and Ann Lee`: two or three capitalised words each. */
function isNameList(text: string): boolean {
  const names = text.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  return (
    names.length > 0 &&
    names.every((name) => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u.test(name)) &&
    !names.some((name) => AGENCY_NAMES.has(name.toLowerCase()))
  );
}

/**
 * The author names of a byline, without a desk, section or agency printed
 * after them: `Jane Doe, Politics Desk`, `Jane Doe | Washington Bureau`,
 * `Jane Doe and John Roe, Reuters` give the names only.
 */
function cleanByline(text: string): string | null {
  let cleaned = text.replace(/[\s|,·•-]+$/, '').trim();
  const piped = /^(.+?)\s*[|·•]\s*\S/.exec(cleaned);
  if (piped?.[1]) cleaned = piped[1];
  const comma = cleaned.lastIndexOf(',');
  if (comma > 0) {
    const tail = cleaned.slice(comma + 1).trim();
    const last = tail.split(/\s+/).pop()?.toLowerCase() ?? '';
    // A lower-case word other than `and` or a name particle (`van`, `de`) marks a role: `Business reporter`.
    const roleWord = tail.split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && !NAME_JOINERS.has(word));
    if (AGENCY_NAMES.has(tail.toLowerCase()) || DESK_WORDS.has(last) || roleWord) {
      cleaned = cleaned.slice(0, comma).trim();
    }
  }
  return cleaned || null;
}

type Paragraph = { start: number; end: number; text: string };

/**
 * Paragraphs are runs of lines between blank lines. Inside a run, a line break
 * starts a new paragraph unless the text was hard-wrapped: the line stops
 * without terminal punctuation and the next goes on in lower case (or the
 * line is long, as wrapped lines are).
 */
function groupParagraphs(lines: Line[], text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: { start: number; end: number } | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    const wrapped =
      current !== null &&
      previous !== null &&
      !line.afterBlank &&
      !TERMINAL.test(previous.text) &&
      !QUOTE_START.test(line.text) &&
      (/^\p{Ll}/u.test(line.text) || previous.text.length >= 60);
    if (current && wrapped) {
      current.end = line.end;
    } else {
      if (current) paragraphs.push({ ...current, text: text.slice(current.start, current.end) });
      current = { start: line.start, end: line.end };
    }
    previous = line;
  }
  if (current) paragraphs.push({ ...current, text: text.slice(current.start, current.end) });
  return paragraphs;
}

const CREDIT =
  /^[-–—•*\s]*\(?\s*(?:with\s+(?:[\w.&]+\s+){0,3}inputs?\b.*|with inputs from\b.*|additional reporting by\b.*|reporting by\b.*|(?:compiled|edited|written) by\b.*|source:\s.*|(?:reuters|ap|afp|pti|ians|ani|upi|bloomberg|dpa|xinhua|agencies)\s*)\)?\.?$/i;
const PHOTO =
  /\b(?:file\s+(?:pic|photo|image|picture)|photo(?:graph)?s?|pics?|pictures?|images?|pictured|getty|screengrabs?|screenshots?|courtesy)\b/i;
const CUE_IN_LINE = new RegExp(`\\b(?:${[...LINE_CUES].join('|')})\\b`, 'i');

/** The marked kinds by text, normalised as the text is (the first kind given a text wins). */
function markedKinds(marked: readonly MarkedBlock[]): Map<string, BlockKind> {
  const kinds = new Map<string, BlockKind>();
  for (const block of marked) {
    const text = normalizeText(block.text).trim();
    if (!kinds.has(text)) kinds.set(text, block.kind);
  }
  return kinds;
}

/** Kinds as the markup marked them, else by position and shape; the credit only among the last blocks. */
function classify(texts: string[], marked: ReadonlyMap<string, BlockKind>): BlockKind[] {
  const kinds: BlockKind[] = texts.map((text) => marked.get(text) ?? 'paragraph');
  texts.forEach((text, i) => {
    if (marked.has(text)) return;
    const isLast = i >= texts.length - 2;
    const next = texts[i + 1];
    if (isLast && text.length <= 200 && CREDIT.test(text)) {
      kinds[i] = 'credit';
      return;
    }
    const short = text.length <= 160 && !text.includes('\n');
    const fragment = short && !TERMINAL.test(text) && !QUOTE_START.test(text) && /^[\p{Lu}\p{N}]/u.test(text);
    // A fragment that leads into a quote ("…called the statement" / "\"rubbish.\"") is a paragraph cut short.
    const leadsIntoQuote = next !== undefined && QUOTE_START.test(next);
    if (!fragment || leadsIntoQuote) return;
    if (PHOTO.test(text) || /\((?:photo|picture|image)[^)]*\)$/i.test(text)) {
      kinds[i] = 'caption';
      return;
    }
    const wordCount = text.split(/\s+/).length;
    if (next !== undefined && wordCount <= 12 && !CUE_IN_LINE.test(text)) kinds[i] = 'heading';
  });
  return kinds;
}

function creditText(text: string): string {
  const stripped = text.replace(/^[-–—•*\s(]+/, '').replace(/[\s).]+$/, '');
  return stripped || text;
}

const DATELINE =
  /^((?:\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){0,3})(?:, \p{Lu}[\p{L}.]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.]*){0,2})?(?: ?\(([\p{L}][\p{L} .&]{0,30})\))? ?(?::|—|―|–|--|-) /u;

/** `Washington: …`, `WASHINGTON (AP) — …`: the place the story is filed from, and an agency named there. */
type Dateline = { place: string; agency: string | null; length: number };

/**
 * The paragraph that opens with the dateline (`MOSCOW (AP) — `), by index,
 * and the dateline: in the first paragraph, or the second when a page set a
 * photo's caption above it as a paragraph of its own.
 */
export function findDateline(
  blocks: readonly Pick<Block, 'kind' | 'text'>[],
): { index: number; dateline: Dateline } | null {
  let seen = 0;
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'paragraph') continue;
    const dateline = readDateline(block.text);
    if (dateline) return { index, dateline };
    if (++seen === 2) break;
  }
  return null;
}

export function readDateline(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  const rawPlace = match?.[1];
  if (!match || !rawPlace) return null;
  if (NOT_DATELINES.has(rawPlace.toLowerCase())) return null;
  const place = rawPlace === rawPlace.toUpperCase() ? titleCase(rawPlace) : rawPlace;
  return { place, agency: match[2]?.trim() || null, length: match[0].length };
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
