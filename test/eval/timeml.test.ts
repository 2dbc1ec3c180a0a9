// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimeml, TimemlError } from '@/eval';

const xml = readFileSync(join(import.meta.dirname, '../fixtures/timeml/harbour.tml'), 'utf8');

describe('parseTimeml', () => {
  const document = parseTimeml(xml, 'harbour.tml');

  it('reads the creation date and the text without tags, entities decoded', () => {
    expect(document.id).toBe('harbour');
    expect(document.dct).toBe('2019-03-08');
    expect(document.text).toContain('The harbour board voted Thursday to close the old pier for two years.');
    expect(document.text).toContain('in June & end in 2021');
    expect(document.text).not.toContain('<');
  });

  it('places each TIMEX3 on its words, with type and value', () => {
    const found = document.timexes.map((t) => [document.text.slice(t.start, t.end), t.type, t.value]);
    expect(found).toEqual([
      ['Thursday', 'DATE', '2019-03-07'],
      ['two years', 'DURATION', 'P2Y'],
      ['June', 'DATE', '2019-06'],
      ['in 2021', 'DATE', '2021'],
      ['9 a.m.', 'TIME', '2019-03-08T09:00'],
      ['day', 'SET', 'P1D'],
    ]);
  });

  it('reads a DCT written without dashes', () => {
    const compact = xml.replace('value="2019-03-08"', 'value="20190308"');
    expect(parseTimeml(compact, 'x.tml').dct).toBe('2019-03-08');
  });

  it('names the file and the problem when the markup is broken', () => {
    expect(() => parseTimeml('<TimeML></TimeML>', 'empty.tml')).toThrow(
      new TimemlError('empty.tml: no <TEXT> element'),
    );
    const unclosed = xml.replace('two years</TIMEX3>', 'two years');
    expect(() => parseTimeml(unclosed, 'bad.tml')).toThrow(/bad\.tml: nested TIMEX3/);
    const stray = xml.replace('<TIMEX3 tid="t3" type="DATE" value="2019-06">', '');
    expect(() => parseTimeml(stray, 'stray.tml')).toThrow(/stray\.tml: <\/TIMEX3> without an opening tag/);
  });
});
