// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block } from '@/article';
import { findQuoteMarks } from '@/parser/quotes/quote-marks';

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
    expect(quoted('“He told me ‘don’t’ twice,” she said, "and \'never\' again."')).toEqual([
      ['He told me ‘don’t’ twice'],
      ["and 'never' again."],
    ]);
  });

  it('runs a quote over paragraphs that reopen with a mark, one span each', () => {
    expect(quoted('She said: “First part.', '“Second part.', '“Third part,” she said.')).toEqual([
      ['First part.', 'Second part.', 'Third part'],
    ]);
  });

  it('drops an unclosed mark instead of quoting the rest of the article', () => {
    expect(quoted('He called it "a mess.', 'Nothing else is quoted here.', 'Then "this" is.')).toEqual([['this']]);
  });

  it('ignores inch marks and stray closing marks', () => {
    expect(quoted('A 12" pipe burst.', 'Odd ” mark and "real quote" here.')).toEqual([['real quote']]);
  });

  it('reads a mark after a number inside a quote as inches when the next mark closes the quote', () => {
    expect(
      quoted(
        '"He is 5\' 11" and fast," she said.',
        '“We need a 12" pipe,” he said.',
        '"The vote was 52-48" he said, "and it is over."',
      ),
    ).toEqual([['He is 5\' 11" and fast'], ['We need a 12" pipe'], ['The vote was 52-48'], ['and it is over.']]);
  });

  it('restarts at a second opening curly mark', () => {
    expect(quoted('“Lost start “Found this.”')).toEqual([['Found this.']]);
  });

  it('reads two apostrophes as a quotation mark, leaving apostrophes and single quotes alone', () => {
    expect(quoted("''It's over,'' he said. ''Don't call it 'reform.' ''", "She's the one who's 'right'.")).toEqual([
      ["It's over"],
      ["Don't call it 'reform.'"],
    ]);
    expect(quoted("''First part.", "''Second part,'' she said.")).toEqual([['First part.', 'Second part']]);
  });

  it('reads ‘…’ as the quote marks when they open more quotes than double marks, with “…” nested inside', () => {
    expect(quoted('‘We said “never”,’ she said.', 'He called it ‘absurd’. ‘Stuck in the ’90s,’ he added.')).toEqual([
      ['We said “never”'],
      ['absurd'],
      ['Stuck in the ’90s'],
    ]);
  });

  it('closes ‘…’ at a surer mark than a plural possessive, but at the possessive-like mark when nothing surer follows', () => {
    expect(
      quoted('‘The voters’ patience has run out,’ she said.', 'He called them ‘ridiculous’ and ‘hopeless’ on Monday.'),
    ).toEqual([['The voters’ patience has run out'], ['ridiculous'], ['hopeless']]);
  });

  it('never opens or closes ‘…’ at an apostrophe or an elision', () => {
    expect(
      quoted('Rock ’n’ roll in the ‘80s, don’t you think? ‘Tis true ‘cos the Joneses’ dog said so.', '‘Yes,’ he said.'),
    ).toEqual([['Yes']]);
  });

  it('lets ‘…’ run over paragraphs that reopen with ‘, and drops one never closed', () => {
    expect(quoted('‘First part.', '‘Second part,’ she said.', '‘Never closed', 'Then ‘this’ is.')).toEqual([
      ['First part.', 'Second part'],
      ['this'],
    ]);
  });

  it('keeps ‘…’ as nested or scare quotes where double marks are the quote marks', () => {
    expect(
      quoted('The so-called ‘nuclear option’ passed.', '“It is the ‘nuclear option’,” he said. “And ‘final’.”'),
    ).toEqual([['It is the ‘nuclear option’'], ['And ‘final’.']]);
  });

  it('does not let ‘…’ close inside a double quote it opened before', () => {
    expect(quoted('‘Look at this: “Surge alters residents’ routines.” Then ‘one’ and ‘two’.')).toEqual([
      ['Surge alters residents’ routines.'],
      ['one'],
      ['two'],
    ]);
  });

  it('leaves out only a comma before the closing mark; . ? ! stay with the sentence', () => {
    expect(quoted('"Go?" "Go!" "Go." "Go, go," "a, "')).toEqual([['Go?'], ['Go!'], ['Go.'], ['Go, go'], ['a']]);
  });
});
