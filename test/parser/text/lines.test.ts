// @vitest-environment node
/** Lines and their trimming: every blank character String#trim knows, and no other. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { isBlank, splitLines } from '@/parser/text/lines';

const UNICODE_SPACES = [
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\t',
  '\v',
  '\f',
  '\r',
];

describe('isBlank', () => {
  it('agrees with String#trim on every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isBlank(code) !== (char.trim() === '')) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it('keeps U+0085 and zero-width characters, which String#trim keeps too', () => {
    expect(['\u0085', '\u200b', '\u200c', '\u200d', '\u2060'].map((c) => isBlank(c.charCodeAt(0)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('splitLines', () => {
  it.each(UNICODE_SPACES.map((space) => [`U+${space.charCodeAt(0).toString(16).padStart(4, '0')}`, space]))(
    'trims %s around a line and reads a line of it as blank',
    (_, space) => {
      const text = `Title\n${space}\n${space}Body text.${space}\nNext line`;
      expect(splitLines(text).map(({ text: t, afterBlank }) => [t, afterBlank])).toEqual([
        ['Title', true],
        ['Body text.', true],
        ['Next line', false],
      ]);
    },
  );

  it('gives offsets into the text it was given', () => {
    const text = '  A\n\n\u202fB c\u205f\n';
    expect(splitLines(text).map((l) => [l.start, l.end, text.slice(l.start, l.end)])).toEqual([
      [2, 3, 'A'],
      [6, 9, 'B c'],
    ]);
  });
});

describe('blocks trimmed of Unicode spaces', () => {
  it('reads a text whose only body line is a line separator as a title alone', () => {
    const article = parseArticle('a\n\n\u2028', { id: 't' });
    expect(article.title).toBe('a');
    expect(article.blocks).toEqual([]);
  });

  it('trims narrow no-break spaces around a paragraph', () => {
    const article = parseArticle('Title\n\n\u202fHe said it.\u202f', { id: 't' });
    expect(article.blocks.map((b) => b.text)).toEqual(['He said it.']);
  });

  it.each(UNICODE_SPACES.filter((s) => s !== '\r'))('trims %j around the title and every block', (space) => {
    const article = parseArticle(
      `${space}Title${space}\n\n${space}"We agree," Ann Lee said.${space}\n${space}\n${space}Second.${space}`,
      { id: 't' },
    );
    expect(article.title).toBe('Title');
    expect(article.blocks.map((b) => b.text)).toEqual(['"We agree," Ann Lee said.', 'Second.']);
    for (const block of article.blocks) expect(block.text).toBe(block.text.trim());
  });
});
