import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '@/features/library/lib/file-date';

describe('dateFromFileName', () => {
  it.each([
    ['cnn_2016-10-12_trump-rally.txt', '2016-10-12'],
    ['2017-01-24 briefing.html', '2017-01-24'],
    ['notes-2016-10-12.txt', '2016-10-12'],
    ['rally.txt', null],
    ['id_12016-10-12.txt', null],
    ['2016-02-30_leap.txt', null],
    ['2016-13-01.txt', null],
  ])('%s gives %s', (name, date) => {
    expect(dateFromFileName(name)).toBe(date);
  });
});
