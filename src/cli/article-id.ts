/** Article ids from file names: `seeds/000_8f66.txt` -> `000_8f66`. */
import { basename, extname } from 'node:path';

/**
 * The file's name without extension, with every character outside
 * `[A-Za-z0-9_-]` replaced by `-`, runs of `-` collapsed and leading
 * separators dropped (ids start with a letter or digit). `article` when
 * nothing is left.
 */
export function articleIdFromPath(path: string): string {
  const name = basename(path, extname(path));
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+/, '')
    .replace(/-+$/, '');
  return id || 'article';
}
