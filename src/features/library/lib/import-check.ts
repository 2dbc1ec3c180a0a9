/**
 * What importing an Article JSON file checks, in order: that the file is
 * UTF-8 text (not empty, not binary), that it is JSON, and that the JSON is
 * a valid Article. Runs in the validation worker, and in place where there
 * are no workers.
 */
import { parseArticleJson, type ValidationResult } from '@/article';
import { decode, InputError } from './read-input';

/** The file could not be read as text (`message` says why), or here is what the schema says. */
export type ImportCheck = { readable: false; message: string } | { readable: true; result: ValidationResult };

export async function checkImportFile(file: Blob): Promise<ImportCheck> {
  let text: string;
  try {
    text = decode(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof InputError) return { readable: false, message: error.message };
    throw error;
  }
  return { readable: true, result: parseArticleJson(text) };
}
