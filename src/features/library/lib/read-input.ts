/**
 * What a person brings, turned into something to parse or import: pasted
 * text, or a `.txt`, `.html` or Article `.json` file. Every problem (empty,
 * too large, binary, not UTF-8) is an `InputError` whose message says what is
 * wrong in words a reader can act on; nothing here throws anything else.
 */

/**
 * Largest input read, in bytes (or characters, for a paste). A news article
 * is a few kilobytes; 10 MB is the command line's limit too. Larger files are
 * refused before they are read.
 */
const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** A problem with one input; the message names it. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Article text or an HTML page, ready for the parse worker. */
type TextInput = {
  kind: 'text';
  /** The file name, or "Pasted text". */
  label: string;
  /** whosaid plain text (title line, date line, paragraphs), or the page's HTML. */
  text: string;
  /**
   * `html`: an HTML page, reduced to its article in the Web Worker (with
   * linkedom and Readability), never in the app's document.
   */
  format: 'text' | 'html';
};

/** An Article JSON file to import: read and checked in a worker (validate-worker.ts), never on the main thread. */
export type JsonInput = { kind: 'json'; label: string; file: Blob };

export type Input = TextInput | JsonInput;

/** True when pasted or loaded text is an HTML document rather than article text. */
function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(size: number): InputError {
  return new InputError(`it is too large (${megabytes(size)}; the limit is ${megabytes(MAX_INPUT_BYTES)})`);
}

/**
 * Text (pasted or decoded) to a text input. An HTML page is not read here:
 * its markup goes to the Web Worker as it is, so it never meets the app's
 * document or its Content Security Policy.
 */
async function textInput(label: string, raw: string, html = looksLikeHtml(raw)): Promise<TextInput> {
  // Each step touches the text only when it must: a 5 MB page must not hold up the page's main thread.
  const unmarked = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  if (!/\S/.test(text)) throw new InputError('there is no text (nothing but blank space)');
  if (text.length > MAX_INPUT_BYTES) throw tooLarge(text.length);
  return { kind: 'text', label, text, format: html ? 'html' : 'text' };
}

/** Pasted text. */
export function pastedInput(text: string): Promise<TextInput> {
  return textInput('Pasted text', text);
}

/** A file's bytes as text; throws an InputError when it is empty, binary or not UTF-8. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('the file is empty');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError('the file is binary, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('the file is not UTF-8 text');
  }
}

/** What kind of file this is, by name first and then by type. */
function fileKind(file: File): 'json' | 'html' | 'text' | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  if (/\.x?html?$/.test(name) || file.type === 'text/html' || file.type === 'application/xhtml+xml') return 'html';
  if (name.endsWith('.txt') || name.endsWith('.text') || file.type.startsWith('text/') || !/\.[a-z0-9]+$/.test(name))
    return 'text';
  return null;
}

/** Reads one chosen or dropped file; throws an InputError whose message says why not. */
export async function readInputFile(file: File): Promise<Input> {
  const kind = fileKind(file);
  if (kind === null) throw new InputError('whosaid reads .txt, .html and Article .json files');
  if (file.size > MAX_INPUT_BYTES) throw tooLarge(file.size);
  if (kind === 'json') return { kind: 'json', label: file.name, file };
  const text = decode(new Uint8Array(await file.arrayBuffer()));
  return textInput(file.name, text, kind === 'html' || looksLikeHtml(text));
}
