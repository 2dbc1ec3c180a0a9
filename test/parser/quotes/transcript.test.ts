// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block } from '@/article';
import { parseArticle } from '@/parser';
import { findTranscriptLines } from '@/parser/quotes/transcript';

const blocks = (...texts: string[]): Block[] => texts.map((text, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text }));

/** Each transcript line as [speaker name, the words after the colon]. */
const lines = (...texts: string[]) => {
  const bs = blocks(...texts);
  return findTranscriptLines(bs).map((l) => [
    l.mention?.name ?? null,
    bs[l.content.block]?.text.slice(l.content.start, l.content.end),
  ]);
};

describe('findTranscriptLines', () => {
  it('reads all-capital and capitalised labels as speakers, each line the words after the colon', () => {
    expect(
      lines(
        'Radio host Dan Wallace spoke to Mayor Linda Okafor and Alex Seitz-Wald.',
        'WALLACE: Are you going to raise council tax again? ',
        'OKAFOR: No. We will not raise it while I am mayor.',
        'Alex Seitz-Wald: She is right on all of this, if you dig down.',
      ),
    ).toEqual([
      ['Wallace', 'Are you going to raise council tax again?'],
      ['Okafor', 'No. We will not raise it while I am mayor.'],
      ['Alex Seitz-Wald', 'She is right on all of this, if you dig down.'],
    ]);
  });

  it('takes a label used twice as a speaker even when the article names nobody so', () => {
    expect(
      lines(
        'JAKE TAPPER: Do you think he has changed?',
        'FALLIN: I think he is trying.',
        'TAPPER: Is that enough for you?',
        'FALLIN: We will see in November.',
      ),
    ).toEqual([
      ['Jake Tapper', 'Do you think he has changed?'],
      ['Fallin', 'I think he is trying.'],
      ['Tapper', 'Is that enough for you?'],
      ['Fallin', 'We will see in November.'],
    ]);
  });

  it('reads a transcript quoted paragraph by paragraph, each line opening with a mark', () => {
    expect(
      lines(
        '"JAKE TAPPER: Do you think he has changed?',
        '"FALLIN: I think he is trying.',
        '"TAPPER: Is that enough for you?',
        '"FALLIN: We will see in November."',
      ),
    ).toEqual([
      ['Jake Tapper', 'Do you think he has changed?'],
      ['Fallin', 'I think he is trying.'],
      ['Tapper', 'Is that enough for you?'],
      ['Fallin', 'We will see in November.'],
    ]);
  });

  it('lets a first name vouch for a surname that is also a common word', () => {
    expect(
      lines(
        'Theresa May faced Jeremy Corbyn in the Commons.',
        'Theresa May: I will not resign.',
        'Jeremy Corbyn: Will you call an election?',
      ),
    ).toEqual([
      ['Theresa May', 'I will not resign.'],
      ['Jeremy Corbyn', 'Will you call an election?'],
    ]);
  });

  it('reads no datelines, notes, times, headings or credits as speakers, however often they recur', () => {
    expect(
      lines(
        'WASHINGTON: The Senate voted on Tuesday, Senator Ruth Baker said.',
        'Update: This story was updated with our reporting.',
        'Update: Are you registered? Check our guide.',
        'Note: Do you have a tip? Write to us.',
        'Note: We corrected the date of the vote.',
        'Read more: Why you should care about the vote.',
        '7:00 p.m.: The polls close and we wait for you.',
        'The Latest: Are you ready for the count?',
        'The Latest: We expect results by midnight.',
        'Photo: Senator Ruth Baker at the count, where I met her.',
        'Contributing: Nicole Baker and Tom Ruth, for us.',
      ),
    ).toEqual([]);
  });

  it('needs two lines and some dialogue: a lone label or a roundup of summaries is not a transcript', () => {
    expect(lines('Senator Ruth Baker spoke on Monday.', 'BAKER: I will vote against the bill.')).toEqual([]);
    expect(
      lines(
        'Bernie Sanders and Marco Rubio both campaigned.',
        'Sanders: Win in a walk.',
        'Rubio: Finish second at least.',
      ),
    ).toEqual([]);
  });

  it('does not read a section about the labelled person as their words', () => {
    expect(
      lines(
        'Bernie Sanders: Credit scores. On his website, Senator Bernie Sanders calls for reform that would help you.',
        'Marco Rubio: Retirement. Mr. Rubio proposed that we all invest through a government plan.',
      ),
    ).toEqual([]);
  });
});

describe('transcript lines in a parsed article', () => {
  const text = [
    'Mayor defends budget in radio interview',
    'Mayor Linda Okafor defended her budget on Sunday in an interview with radio host Dan Wallace.',
    'WALLACE: Your own treasurer said "the numbers do not add up." Is he wrong?',
    'OKAFOR: He is not wrong about this year. He is wrong about next year, and I told him so.',
  ].join('\n\n');
  const article = parseArticle(text, { id: 'transcript' });

  it('gives each line as one direct quote, cue ":", by the person the label names', () => {
    const lineQuotes = article.quotes.filter((q) => q.cue === ':');
    expect(lineQuotes.map((q) => [q.kind, q.speakerId, q.text])).toEqual([
      ['direct', 'dan-wallace', 'Your own treasurer said "the numbers do not add up." Is he wrong?'],
      ['direct', 'linda-okafor', 'He is not wrong about this year. He is wrong about next year, and I told him so.'],
    ]);
    expect(article.speakers.map((s) => s.name)).toEqual(['Linda Okafor', 'Dan Wallace']);
  });

  it('does not also quote the words inside a line as someone else’s', () => {
    expect(article.quotes.filter((q) => q.spans.some((s) => s.blockId === 'b2' || s.blockId === 'b3')).length).toBe(2);
  });
});
