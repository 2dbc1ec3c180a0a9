import { describe, expect, it } from 'vitest';
import { segmentBlock } from '@/features/reader/lib/segments';

describe('segmentBlock', () => {
  const text = 'He said "we will go on Friday" and left.';
  const quoteStart = text.indexOf('we will');
  const quoteEnd = text.indexOf('"', quoteStart);
  const friday = text.indexOf('Friday');

  it('splits text around a quote and keeps every character once', () => {
    const runs = segmentBlock(text, [{ quoteId: 'q1', spanIndex: 0, start: quoteStart, end: quoteEnd }], []);
    expect(runs.map((run) => run.kind)).toEqual(['text', 'quote', 'text']);
    expect(runs.flatMap((run) => run.pieces.map((p) => p.text)).join('')).toBe(text);
    expect(runs[1]).toMatchObject({ quoteId: 'q1', first: true });
  });

  it('nests an event inside a quote and marks where it starts', () => {
    const runs = segmentBlock(
      text,
      [{ quoteId: 'q1', spanIndex: 0, start: quoteStart, end: quoteEnd }],
      [{ eventId: 'e1', start: friday - 3, end: friday + 6 }],
    );
    const quote = runs[1];
    expect(quote?.kind).toBe('quote');
    const withEvent = quote?.pieces.find((piece) => piece.eventIds.includes('e1'));
    expect(withEvent).toMatchObject({ text: 'on Friday', eventStarts: ['e1'] });
  });

  it('clips ranges that run past the text and ignores an overlapping second quote', () => {
    const runs = segmentBlock(
      'abcdef',
      [
        { quoteId: 'q1', spanIndex: 0, start: 1, end: 4 },
        { quoteId: 'q2', spanIndex: 0, start: 2, end: 99 },
      ],
      [],
    );
    expect(runs.flatMap((run) => run.pieces.map((p) => p.text)).join('')).toBe('abcdef');
    const quoted = runs.filter((run) => run.kind === 'quote').map((run) => run.kind === 'quote' && run.quoteId);
    expect(quoted).toEqual(['q1', 'q2']);
  });
});
