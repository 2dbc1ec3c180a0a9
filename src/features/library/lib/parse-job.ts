/**
 * One parse, as the Web Worker runs it (and as tests run it without a
 * worker): an HTML page is reduced to its article and parsed by the same
 * `@/html` code the command line uses, so both give the same Article. Then
 * the article gets a fresh id from its title. When the article gives no date,
 * a date in its file name is taken as its publication date; failing that,
 * relative dates resolve against the one the person gave for the batch, and
 * the article says so (`referenceDate`) while its publication date stays unknown.
 */
import { checkLimits, type Article } from '@/article';
import { articleFromPage, articleFromText, markedFromHints, type BlockHints, type ReduceStage } from '@/html';
import { newArticleId } from './article-id';
import { InputError, sourceText } from './read-input';

export type ParseRequest = {
  /** whosaid plain text, or an HTML page when `format` is `html`; a chosen file stays a Blob, read in the worker. */
  text: string | Blob;
  /** Absent in requests saved before pages were read in the worker: plain text. */
  format?: 'text' | 'html';
  /** `YYYY-MM-DD` from the file's name (`…_2016-10-12_…`), used when the article gives no date. */
  fileDate?: string | null;
  /** `YYYY-MM-DD` given for the whole batch: relative dates resolve against it when nothing else gives a date. */
  fallbackDate: string;
  /** Requests saved before pages were read in the worker carry the page's date and block kinds. */
  published?: string | null;
  hints?: BlockHints;
};

/**
 * Where an article's date came from: its text or page metadata, its file
 * name, the date given for the batch, or the date the reader set later.
 */
export type DateSource = 'text' | 'file-name' | 'fallback' | 'reader';

/** What the worker is doing, for the progress line. */
export type ParseStage = ReduceStage | 'finding quotes';

/** `input`: the input itself could not be read (empty, binary, not UTF-8), so it is no article at all. */
export type ParseResponse =
  { ok: true; article: Article; dated: DateSource } | { ok: false; message: string; input?: true };

/** A request whose input has been read: its text is a string. */
type ReadRequest = ParseRequest & { text: string };

function parseRequest(request: ReadRequest, onStage: (stage: ParseStage) => void): Article {
  const options = {
    id: 'pending',
    published: request.published ?? null,
    relativeTo: request.fileDate ?? request.fallbackDate,
  };
  if (request.format === 'html') return articleFromPage(request.text, options, onStage);
  onStage('finding quotes');
  return articleFromText(request.text, options, request.hints ? markedFromHints(request.hints) : []);
}

/** Reads the request's input (a file is decoded here, in the worker) and parses it. */
export async function readAndParse(
  request: ParseRequest,
  onStage: (stage: ParseStage) => void = () => {},
): Promise<ParseResponse> {
  let read: { text: string; format: 'text' | 'html' };
  try {
    read = await sourceText(request.text, request.format ?? 'text');
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: error.message, input: true };
    return { ok: false, message: `the input could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  return runParse({ ...request, ...read }, onStage);
}

export function runParse(request: ReadRequest, onStage: (stage: ParseStage) => void = () => {}): ParseResponse {
  try {
    let article = parseRequest(request, onStage);
    let dated: DateSource = 'text';
    if (article.referenceDate) {
      // A file name's date is the article's own (archives name files by publication day); a batch date is only
      // what relative dates were read against.
      dated = request.fileDate ? 'file-name' : 'fallback';
      if (request.fileDate) article = { ...article, published: request.fileDate, referenceDate: null };
    }
    const over = checkLimits(article);
    if (over) return { ok: false, message: `${over.field}: ${over.message}` };
    return { ok: true, article: { ...article, id: newArticleId(article.title) }, dated };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
