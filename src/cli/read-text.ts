/**
 * Reading an article file: size limit, binary and encoding checks, a BOM
 * dropped and line ends made `\n`. Each problem is a `CliError` whose message
 * names it ("the file is empty", "the file is not valid UTF-8 …").
 */
import { readFile, stat } from 'node:fs/promises';
import { CliError } from './cli-error';

/**
 * Largest article file read, in bytes. News articles are a few kilobytes; a
 * file over 10 MiB is a mistake (a log, a dump, a video) and is refused
 * before it is read.
 */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Turns the bytes of a file into article text, or throws a CliError saying why not. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new CliError('the file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new CliError(
      `the file is too large (${megabytes(bytes.length)}; the limit is ${megabytes(MAX_ARTICLE_BYTES)})`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CliError(`the file is binary, not text (a NUL byte at offset ${nul})`);
  let text: string;
  try {
    // Fatal: a wrong byte is an error, not a silent U+FFFD. The decoder drops a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new CliError('the file is empty (nothing but blank space)');
  return text;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i; // overlong forms and surrogates
    }
    i += length;
  }
  return i;
}

function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ELOOP') return 'too many symbolic links';
  return `cannot be read (${code || (error instanceof Error ? error.message : String(error))})`;
}

/** Reads and decodes one article file; the size is checked before reading. */
export async function readArticleText(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError('is a folder, not a file', { subject: path });
    if (!info.isFile()) throw new CliError('is not a regular file', { subject: path });
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(error), { subject: path });
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new CliError(`the file is too large (${megabytes(size)}; the limit is ${megabytes(MAX_ARTICLE_BYTES)})`, {
      subject: path,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(describeFsError(error), { subject: path });
  }
  try {
    return decodeArticleBytes(bytes);
  } catch (error) {
    if (error instanceof CliError) throw new CliError(error.message, { subject: path });
    throw error;
  }
}
