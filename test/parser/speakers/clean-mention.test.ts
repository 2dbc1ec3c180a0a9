// @vitest-environment node
/** Speaker phrases that name no one: counts and shares, the writer's `We`, dates, clauses. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

const speakers = (...paragraphs: string[]) => quotes(...paragraphs).map(([, , speaker]) => speaker);

describe('speaker names', () => {
  it('names the people a count or a share counts, never the number', () => {
    expect(
      speakers(
        'More than 5,000 developers said the tools were too slow for them.',
        'In 2024, 70% of respondents told us it takes more than a month to onboard.',
        'Another 48.6% said they had no plans to change jobs.',
      ),
    ).toEqual(['Developers', 'Respondents', 'Respondents']);
  });

  it('names a pair without the `Both` that counts it', () => {
    expect(
      speakers(
        'But both Roscosmos and NASA said the crash would have no impact on the station.',
        'Both sides said talks would resume on Monday.',
      ),
    ).toEqual(['Roscosmos and NASA', 'Both sides']);
  });

  it('leaves a describing compound (`Amazon-owned`, `Kremlin-backed`) out of the name it describes', () => {
    expect(
      speakers(
        'Amazon-owned Whole Foods touted a price cut on halibut, the company said.',
        '"We want more shoppers to try it," Whole Foods said in a statement.',
        '"We are not done," said Kremlin-backed RT.',
      ),
    ).toEqual(['Whole Foods', 'Whole Foods', 'RT']);
    // The compound stays in the phrase's place: the appositive before it still gives the speaker.
    expect(
      speakers(
        'Alverson, a commissioner on the Seattle-based International Pacific Halibut Commission, which has managed catch limits since 1924, described it as a stable but declining resource.',
      ),
    ).toEqual(['Alverson']);
  });

  it("reads the writer's `We` as the writer: no speaker when the byline names no one person", () => {
    expect(
      speakers(
        'We know the tools can help teams ship faster.',
        "We're told there is security footage that cops are looking at that could catch the culprit.",
      ),
    ).toEqual([null, null]);
  });

  it('ends a subject at a negated verb and drops a month from a description', () => {
    expect(
      speakers(
        'Weaver didn’t seem impressed with the comments, telling reporters, "A lot of people said the governor should step down."',
        "Hackaday's March story explains that the boards are clones.",
      ),
    ).toEqual(['Weaver', "Hackaday's story"]);
  });

  it('names the speaker before a relative clause, and the pronoun that starts a clause of its own', () => {
    expect(
      speakers(
        'Towels are rarely washed, according to hotel bosses that responded to an online thread about the habits of guests.',
        'Many versions of the library exist and we know whether the version on a device is suitable.',
      ),
    ).toEqual(['Hotel bosses', null]);
  });

  it('reads no name into a clause: `In the results we can now see …`, `And I can now say …`', () => {
    expect(
      speakers(
        'In the results we can now see that for every entry, we have the mean of the previous 60 rows.',
        'And I can now say, with the benefit of hindsight, that their objective has been met.',
      ),
    ).toEqual([null, null]);
  });

  it('reads no one into a sentence adverb that opens the sentence, but keeps a name that ends the same way', () => {
    expect(
      speakers(
        "Ultimately, Mr. Yanukovych disregarded Mr. Manafort's advice and refused to sign the deal.",
        'Megyn Kelly hosted the debate. Kelly said the questions were fair.',
      ),
    ).toEqual([null, 'Megyn Kelly']);
  });

  it('names a body the article calls only by a description with all its words: `the Russian space agency`, then `the agency`', () => {
    expect(
      speakers('The Russian space agency said the launch would go ahead in May. The agency said its crew was ready.'),
    ).toEqual(['Russian space agency', 'Russian space agency']);
  });
});
