// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block } from '@/article';
import { findQuoteMarks } from '@/parser/quote-marks';

const blocks = (...texts: string[]): Block[] => texts.map((text, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text }));
const quoted = (...texts: string[]) => {
  const bs = blocks(...texts);
  return findQuoteMarks(bs).map((q) => q.spans.map((s) => bs[s.block]?.text.slice(s.start, s.end)));
};

describe('findQuoteMarks', () => {
  it('pairs straight and curly marks and excludes the marks', () => {
    expect(quoted('"One," he said. “Two,” she said.')).toEqual([['One'], ['Two']]);
  });

  it('keeps nested single quotes and apostrophes inside', () => {
    expect(quoted('“He told me ‘don’t’ twice,” she said, "and \'never\' again."')).toEqual([['He told me ‘don’t’ twice'], ["and 'never' again."]]);
  });

  it('runs a quote over paragraphs that reopen with a mark, one span each', () => {
    expect(quoted('She said: “First part.', '“Second part.', '“Third part,” she said.')).toEqual([['First part.', 'Second part.', 'Third part']]);
  });

  it('drops an unclosed mark instead of quoting the rest of the article', () => {
    expect(quoted('He called it "a mess.', 'Nothing else is quoted here.', 'Then "this" is.')).toEqual([['this']]);
  });

  it('ignores inch marks and stray closing marks', () => {
    expect(quoted('A 12" pipe burst.', 'Odd ” mark and "real quote" here.')).toEqual([['real quote']]);
  });

  it('restarts at a second opening curly mark', () => {
    expect(quoted('“Lost start “Found this.”')).toEqual([['Found this.']]);
  });

  it("reads two apostrophes as a quotation mark, leaving apostrophes and single quotes alone", () => {
    expect(quoted("''It's over,'' he said. ''Don't call it 'reform.' ''", "She's the one who's 'right'.")).toEqual([["It's over"], ["Don't call it 'reform.'"]]);
    expect(quoted("''First part.", "''Second part,'' she said.")).toEqual([['First part.', 'Second part']]);
  });

  it('leaves out only a comma before the closing mark; . ? ! stay with the sentence', () => {
    expect(quoted('"Go?" "Go!" "Go." "Go, go," "a, "')).toEqual([['Go?'], ['Go!'], ['Go.'], ['Go, go'], ['a']]);
  });
});
