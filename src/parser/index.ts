/**
 * The parser: an article's plain text in, one validated Article out.
 * Pure TypeScript, no DOM and no React: it runs in Node (CLI, build) and in a Web Worker.
 *
 * The stages, in the order they run, each a folder with one door (its index.ts):
 *  1. text/      normalise the text, read its structure (title, byline, publication
 *                line, date line, blocks);
 *  2. quotes/    pair the quotation marks;
 *     text/      build each block's reading context (tokens, sentences, quote positions);
 *  3. reported/  reported speech (`X said (that) …`, `according to X`), which claims
 *                the quotes it takes in;
 *  4. quotes/    direct attribution: each quote's speaker and cue;
 *  5. quotes/    transcript lines (`WALLACE: …`), or else an interview's questions and answers;
 *  6. assemble/  one draft per quote: drop titles, scare quotes and what the other
 *                finds already hold;
 *  7. speakers/  resolve every mention to one speaker per person or body;
 *  8. assemble/  quotes in reading order, follow-on quotes taking the speaker before them;
 *  9. claims/    statements paired with the denials that answer them;
 * 10. events/    dates resolved against the publication date.
 * Word lists live in lexicon/. Every stage is linear (or bounded per quote) in the size of the text.
 */
import { ArticleSchema, SCHEMA_VERSION, type Article } from '@/article';
import { assembleQuotes, draftQuotes } from './assemble';
import { pairClaims } from './claims';
import { findEvents } from './events';
import { attributeQuotes, findInterview, findQuoteMarks, findTranscriptLines } from './quotes';
import { findReported } from './reported';
import { resolveSpeakers, soleAuthor } from './speakers';
import { ArticleInputError, buildContexts, normalizeText, readStructure, type MarkedBlock } from './text';

export { ArticleInputError, parsePublishedLine, type MarkedBlock } from './text';
export { findEvents } from './events';

export type ParseOptions = {
  /** The article id, usually the source file's name without extension. */
  id: string;
  /** Overrides (or supplies) the publication date-time the relative dates resolve against. */
  published?: string | null;
  /**
   * `YYYY-MM-DD` the relative dates resolve against when neither `published`
   * nor the text gives a date. The article's `published` stays null (its date
   * is unknown, never silently this one) and `referenceDate` records it.
   */
  relativeTo?: string | null;
  /**
   * The body blocks an HTML page's markup marks as subheadings, captions or
   * credits (`MarkedBlock`): every stage reads them with that kind.
   */
  marked?: readonly MarkedBlock[];
};

export function parseArticle(text: string, options: ParseOptions): Article {
  if (typeof text !== 'string') throw new ArticleInputError('the input is not text');
  const structure = readStructure(normalizeText(text), options.marked);
  const { blocks } = structure;
  const rawQuotes = findQuoteMarks(blocks);
  const contexts = buildContexts(blocks, rawQuotes);
  const reported = findReported(contexts);
  const attributions = attributeQuotes(rawQuotes, contexts);
  const transcript = findTranscriptLines(blocks);
  const lines = transcript.length > 0 ? transcript : findInterview(blocks, structure.title);
  const drafts = draftQuotes({ blocks, contexts, rawQuotes, attributions, reported, lines });
  const resolved = resolveSpeakers(
    contexts,
    drafts.map((d) => d.item),
    soleAuthor(structure.byline),
  );
  const { quotes, speakers, claimInputs } = assembleQuotes(drafts, resolved, blocks, contexts);
  const published = options.published ?? structure.published;
  const referenceDate = published === null && options.relativeTo ? options.relativeTo : null;
  return ArticleSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    title: structure.title,
    published,
    byline: structure.byline,
    dateline: structure.dateline,
    credit: structure.credit,
    blocks,
    speakers,
    quotes,
    claims: pairClaims(claimInputs, speakers),
    events: findEvents(blocks, published ?? referenceDate),
    ...(referenceDate ? { referenceDate } : {}),
  });
}
