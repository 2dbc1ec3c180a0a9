// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '@/parser/text/sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it('does not break after titles and middle initials', () => {
    expect(
      sentences('US Air Force Col. John Dorrian spoke. Maj. Adrian J. Rankine-Galloway said no. Dr. Lee agreed.'),
    ).toEqual(['US Air Force Col. John Dorrian spoke.', 'Maj. Adrian J. Rankine-Galloway said no.', 'Dr. Lee agreed.']);
  });

  it('keeps `U.S.` inside a sentence but ends one before a sentence starter', () => {
    expect(
      sentences('He said the U.S. military is not involved. They left for the U.S. The next day was quiet.'),
    ).toEqual(['He said the U.S. military is not involved.', 'They left for the U.S.', 'The next day was quiet.']);
  });

  it('covers the whole text and finds the sentence at an offset', () => {
    const text = 'One. Two "three." Four';
    const parts = splitSentences(text);
    expect(parts[0]?.start).toBe(0);
    expect(parts.at(-1)?.end).toBe(text.length);
    expect(text.slice(sentenceAt(parts, 7).start, sentenceAt(parts, 7).end)).toBe('Two "three." ');
  });
});
