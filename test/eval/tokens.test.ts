// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { greedyMatch, overlap, prf, TokenizedText } from '@/eval';

describe('TokenizedText', () => {
  const t = new TokenizedText('He said that “it’s Trump’s plan,” and left.');

  it('makes word tokens, ignoring punctuation and quotation marks', () => {
    expect(t.words(t.tokenIds([{ start: 0, end: t.text.length }]))).toEqual([
      'He',
      'said',
      'that',
      'it’s',
      'Trump’s',
      'plan',
      'and',
      'left',
    ]);
  });

  it('counts a token as covered when the span touches any of its characters', () => {
    const at = t.text.indexOf('Trump');
    expect(t.words(t.tokenIds([{ start: at + 2, end: at + 3 }]))).toEqual(['Trump’s']);
  });

  it('drops a leading "that" from content tokens', () => {
    const from = t.text.indexOf('that');
    const to = t.text.indexOf('plan') + 4;
    expect(t.words(t.contentTokenIds([{ start: from, end: to }]))).toEqual(['it’s', 'Trump’s', 'plan']);
  });

  it('knows which tokens stand inside quotation marks, per paragraph', () => {
    const q = new TokenizedText('“First paragraph\n\n“second one,” she said. "Straight" ones too');
    const all = q.tokenIds([{ start: 0, end: q.text.length }]);
    const quoted = all.filter((id) => q.quotedCount([id]) === 1);
    expect(q.words(quoted)).toEqual(['First', 'paragraph', 'second', 'one', 'Straight']);
  });

  it('reads two apostrophes as a quotation mark, but not one', () => {
    const q = new TokenizedText("''It's over,'' Mr. Obama's aide said.");
    const all = q.tokenIds([{ start: 0, end: q.text.length }]);
    expect(q.words(all.filter((id) => q.quotedCount([id]) === 1))).toEqual(["It's", 'over']);
  });
});

describe('overlap and matching', () => {
  it('is shared tokens over the longer span', () => {
    expect(overlap([1, 2, 3, 4], [3, 4])).toBe(0.5);
    expect(overlap([3, 4], [1, 2, 3, 4])).toBe(0.5);
    expect(overlap([1, 2], [1, 2])).toBe(1);
    expect(overlap([1], [])).toBe(0);
  });

  it('matches one to one, best overlap first', () => {
    // gold 0 = [1,2,3,4]; gold 1 = [3,4,5]. pred 0 = [3,4,5] fits gold 1 exactly (1.0)
    // and gold 0 at 2/4; pred 1 = [1,2,3] fits gold 0 at 3/4.
    const pairs = greedyMatch(
      [
        [1, 2, 3, 4],
        [3, 4, 5],
      ],
      [
        [3, 4, 5],
        [1, 2, 3],
      ],
      0.5,
    );
    expect(pairs).toEqual([
      { gold: 0, predicted: 1, overlap: 0.75 },
      { gold: 1, predicted: 0, overlap: 1 },
    ]);
    expect(greedyMatch([[1, 2, 3, 4]], [[1, 2, 3]], 0.8)).toEqual([]);
    expect(greedyMatch([[1, 2, 3, 4]], [[4, 9, 10, 11, 12]], 0)).toHaveLength(1);
  });

  it('computes precision, recall and F1, with zeros when a side is empty', () => {
    expect(prf({ matched: 2, gold: 4, predicted: 2 })).toMatchObject({ precision: 1, recall: 0.5 });
    expect(prf({ matched: 2, gold: 4, predicted: 2 }).f1).toBeCloseTo(2 / 3, 10);
    expect(prf({ matched: 0, gold: 3, predicted: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
