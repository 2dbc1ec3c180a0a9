// @vitest-environment node
/** Speakers met on real news pages: a name set off after a description, a person before an organisation's `which`, bodies and places. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('speakers named in an appositive', () => {
  it('takes the full name set off after `the leader of X` for the subject, not X', () => {
    expect(
      quotes(
        'The leader of the party, Rachid Ghannouchi, condemned the attack, saying in a statement that it would not break the people’s will.',
      ).map(([, text, speaker]) => [text, speaker]),
    ).toEqual([
      ['the attack', 'Rachid Ghannouchi'],
      ['it would not break the people’s will', 'Rachid Ghannouchi'],
    ]);
  });

  it('never takes a place set off after `from X` for the subject', () => {
    expect(
      quotes(
        'Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will leave here with momentum.',
        'Ann Lee, a teacher from Juba, South Sudan, said the schools were closed.',
      ).map(([, , speaker]) => speaker),
    ).toEqual(['Dean Johnson', 'Ann Lee']);
  });

  it('gives the statement to the person, not the organisation a `which` clause describes', () => {
    expect(
      quotes(
        'Bob Alverson runs a fishing association in Seattle.',
        'Alverson, a commissioner on the International Pacific Halibut Commission, which has set catch limits since 1924, described it as a stable but declining resource.',
      ),
    ).toEqual([['indirect', 'it as a stable but declining resource', 'Bob Alverson', 'described']]);
  });
});

describe('bodies and places', () => {
  it('reads `the military` as the military itself, not the agency named before it', () => {
    expect(
      quotes(
        'Reuters reported that the talks in Harare had failed.',
        'The military said it had no plans to take power.',
      ).map(([, , speaker]) => speaker),
    ).toEqual(['Reuters', 'Military']);
  });

  it('never reads a country as a later mention of a place named with a compass word', () => {
    expect(
      quotes(
        'Officials in South Sudan said the border was closed.',
        'Sudan said it would improve access for aid groups.',
      ).map(([, , speaker]) => speaker),
    ).toEqual(['Officials in South Sudan', 'Sudan']);
  });
});
