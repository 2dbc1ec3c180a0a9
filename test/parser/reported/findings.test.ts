// @vitest-environment node
/** A poll, a study or a report named before `, which found that …` is the source of what it found. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: the finding of a survey in a relative clause', () => {
  it('credits `which found that …` to the survey, with the whole finding for content', () => {
    expect(
      quotes(
        'The council pressed ahead despite a survey by the Civic Trust, which found that 62% of 1,200 respondents opposed the timetable.',
      ),
    ).toEqual([['indirect', '62% of 1,200 respondents opposed the timetable', 'Civic Trust', 'found']]);
  });

  it('reads a study that showed something without `that`, named by the body that made it', () => {
    expect(
      quotes(
        'The debate followed a study from the Rowntree Trust, which showed a sharp rise in rents across the north.',
      ),
    ).toEqual([['indirect', 'a sharp rise in rents across the north', 'Rowntree Trust', 'showed']]);
  });

  it('keeps the relative clause after `according to` out of what the source said', () => {
    expect(
      quotes(
        'The plan faces resistance, according to a survey by the Civic Trust, which found that most residents opposed it.',
      ),
    ).toEqual([
      ['indirect', 'The plan faces resistance', 'Civic Trust', 'according to'],
      ['indirect', 'most residents opposed it', 'Civic Trust', 'found'],
    ]);
  });

  it('reads no finding from a relative clause after a noun that is no poll, study or report', () => {
    expect(quotes('They toured the old mill, which showed signs of damage after the flood.')).toEqual([]);
  });
});
