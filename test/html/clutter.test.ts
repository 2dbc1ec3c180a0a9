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

  it('takes a credit that says the photo came through an agency off the end of a caption', () => {
    expect(
      splitCredit('The rocket on its launch pad. (Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)'),
    ).toEqual({
      caption: 'The rocket on its launch pad.',
      credit: 'Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP',
    });
  });

  it('leaves a caption whose parentheses hold a choice or a place, not a credit', () => {
    for (const caption of [
      'A map of the two routes (North / South)',
      'The ballot offered two designs (Option A / Option B)',
      'Voters queue in the rain (photo taken on Tuesday)',
      'Fans shared the photo via Twitter (see below)',
    ])
      expect(splitCredit(caption)).toEqual({ caption, credit: null });
  });
});
