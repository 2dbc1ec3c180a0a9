/**
 * Errors at the command line: every failure becomes one line on standard
 * error, `whosaid: <file>: <problem>`, and never a stack trace.
 */

/** A failure the user can act on; `message` says what is wrong in plain words. */
export class CliError extends Error {
  override name = 'CliError';
  /** The file or option the problem is about, when there is one. */
  readonly subject: string | null;
  /** The process exit status: 2 for a usage mistake, 1 for a file that can't be used. */
  readonly exitCode: number;

  constructor(message: string, options: { subject?: string | null; exitCode?: number } = {}) {
    super(message);
    this.subject = options.subject ?? null;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** Exit status for command-line usage mistakes (unknown flag, missing argument). */
export const USAGE_EXIT = 2;

/** One line: newlines and runs of blank space collapsed, long messages clipped. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}

/**
 * The parser's ArticleInputError and the page reader's PageError, known by name: importing the
 * classes would load the parser and the HTML reader (about 0.4 s of CPU) into every process that
 * reports an error, such as folder mode's command process, which parses nothing itself.
 */
const INPUT_ERRORS = new Set(['ArticleInputError', 'PageError']);

/** The problem an error describes, without the subject: `the file is empty`. */
export function problemOf(error: unknown): string {
  if (error instanceof CliError || (error instanceof Error && INPUT_ERRORS.has(error.name)))
    return oneLine(error.message);
  // zod/mini names its error `$ZodError`, classic zod `ZodError`.
  if (error instanceof Error && /^\$?ZodError$/.test(error.name)) {
    return 'internal error: the parser produced an article that does not match the schema';
  }
  if (error instanceof RangeError) return oneLine(`internal error: ${error.message}`);
  if (error instanceof Error) return oneLine(`internal error: ${error.message}`);
  return oneLine(`internal error: ${String(error)}`);
}

/** `whosaid: seeds/x.txt: the file is empty`. */
export function formatError(error: unknown, subject?: string | null): string {
  const about = error instanceof CliError && error.subject !== null ? error.subject : (subject ?? null);
  return `whosaid: ${about === null ? '' : `${about}: `}${problemOf(error)}`;
}

/** The exit status an error should end the process with. */
export function exitCodeOf(error: unknown): number {
  return error instanceof CliError ? error.exitCode : 1;
}
