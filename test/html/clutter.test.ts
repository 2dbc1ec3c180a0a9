import { describe, expect, it } from 'vitest';
import { splitCredit } from '@/html/clutter';

describe('splitCredit', () => {
  it('takes a staff photographer’s credit in parentheses off the end of a caption', () => {
    expect(splitCredit('Crews clear the ramp on Tuesday. (Ellen M. Banner / The Seattle Times)')).toEqual({
      caption: 'Crews clear the ramp on Tuesday.',
      credit: 'Ellen M. Banner / The Seattle Times',
    });
    expect(splitCredit('The senator leaves the chamber. (Jabin Botsford/The Washington Post)').credit).toBe(
      'Jabin Botsford/The Washington Post',
    );
  });

  it('leaves a caption whose parentheses hold a choice or a place, not a credit', () => {
    for (const caption of [
      'A map of the two routes (North / South)',
      'The ballot offered two designs (Option A / Option B)',
      'Voters queue in the rain (photo taken on Tuesday)',
    ])
      expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
});
