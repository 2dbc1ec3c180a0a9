// @vitest-environment node
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, firstInvalidUtf8, MAX_ARTICLE_BYTES, readArticleText } from '@/cli/read-text';
import { tempFolder, writeIn } from './helpers';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleBytes', () => {
  it('drops a byte order mark and turns CRLF and CR into LF', () => {
    const text = decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\n\r\nBody one.\rBody two.')]));
    expect(text).toBe('Title\n\nBody one.\nBody two.');
  });

  it('refuses an empty file and one of nothing but blank space', () => {
    expect(() => decodeArticleBytes(bytes())).toThrow('the file is empty');
    expect(() => decodeArticleBytes(utf8(' \n\t\r\n'))).toThrow('the file is empty (nothing but blank space)');
  });

  it('refuses binary data, naming where the NUL byte is', () => {
    expect(() => decodeArticleBytes(utf8('GIF89a\u0000\u0001'))).toThrow(
      'the file is binary, not text (a NUL byte at offset 6)',
    );
  });

  it('refuses invalid UTF-8, naming the first bad byte', () => {
    // "café" in Latin-1: é is the single byte 0xE9.
    expect(() => decodeArticleBytes(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f))).toThrow(
      'the file is not valid UTF-8 (first bad byte at offset 3)',
    );
  });

  it('finds overlong forms and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2);
    expect(firstInvalidUtf8(utf8('ok – “fine”'))).toBe(utf8('ok – “fine”').length);
  });

  it('refuses more than the size limit', () => {
    expect(() => decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61))).toThrow(
      'the file is too large (10.0 MB; the limit is 10.0 MB)',
    );
  });
});

describe('readArticleText', () => {
  it('names the file that is missing', async () => {
    const path = join(tempFolder(), 'missing.txt');
    await expect(readArticleText(path)).rejects.toMatchObject({ subject: path, message: 'no such file' });
  });

  it('refuses a folder', async () => {
    const folder = tempFolder();
    await expect(readArticleText(folder)).rejects.toMatchObject({
      subject: folder,
      message: 'is a folder, not a file',
    });
  });

  it('refuses a 20 MB file before reading it', async () => {
    const path = writeIn(tempFolder(), 'huge.txt', '');
    truncateSync(path, 20 * 1024 * 1024);
    await expect(readArticleText(path)).rejects.toMatchObject({
      subject: path,
      message: 'the file is too large (20.0 MB; the limit is 10.0 MB)',
    });
  });

  it('names the file in a decoding problem', async () => {
    const path = writeIn(tempFolder(), 'empty.txt', '');
    await expect(readArticleText(path)).rejects.toMatchObject({ subject: path, message: 'the file is empty' });
  });
});
