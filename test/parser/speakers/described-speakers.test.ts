// @vitest-environment node
/** Speakers described rather than named, as news prose writes them: groups named by what they do, shares of people polled. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

const speakers = (...paragraphs: string[]) => quotes(...paragraphs).map(([, text, speaker]) => [text, speaker]);

describe('described speakers', () => {
  it('reads a participle before a plural noun as part of the group it names, not as a verb phrase', () => {
    expect(
      speakers(
        'Patriot chose to file in Richmond, Va., where restructuring experts say some judges are eager to move cases quickly.',
        'Although Scott lacks a signature achievement, elected officials from both parties say he has forged a reputation.',
      ),
    ).toEqual([
      ['some judges are eager to move cases quickly', 'Restructuring experts'],
      ['he has forged a reputation', 'Elected officials from both parties'],
    ]);
  });
});
