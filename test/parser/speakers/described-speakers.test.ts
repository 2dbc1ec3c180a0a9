// @vitest-environment node
/** Speakers described rather than named, as news prose writes them: groups named by what they do, shares of people polled. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
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

  it('reads `the mother of three` as a person described, not a subject ending in a count', () => {
    expect(
      speakers(
        'When pressed on why the plan leaves out dads, the 34-year-old mother of three replied, "It\'s meant for all."',
      ),
    ).toEqual([["It's meant for all.", '34-year-old mother of three']]);
  });

  it('reads a share of people polled with `more than` or `at least` as the group that said it', () => {
    expect(
      speakers(
        'More than six in 10 said they were not looking forward to the next few months of the campaign.',
        'At least half of voters in each state say the positions of both candidates are about right.',
      ),
    ).toEqual([
      ['they were not looking forward to the next few months of the campaign', 'More than six in 10'],
      ['the positions of both candidates are about right', 'At least half of voters in each state'],
    ]);
  });

  it('starts a subject after a dash set off by spaces, not in the writer’s clause before it', () => {
    const [[text, speaker]] = speakers(
      'Mrs. Clinton is seen as far more capable - 60 percent of voters said Mrs. Clinton would be better at it.',
    ) as [[string, string | null]];
    expect(text).toBe('Mrs. Clinton would be better at it');
    expect(speaker).not.toMatch(/capable/i);
    expect(speaker).toMatch(/voters/i);
  });
});

describe('an appositive that opens with a possessive name', () => {
  it('describes the person before it when the possessive ends a title or a full name', () => {
    expect(
      speakers(
        "''We don't believe troops are the answer,'' Benjamin J. Rhodes, Mr. Obama's deputy national security adviser, said Sunday.",
        '"It is long and tiring," Tina Tchen, Hillary Clinton\'s campaign chairman, said in an interview.',
      ),
    ).toEqual([
      ["We don't believe troops are the answer", 'Benjamin J. Rhodes'],
      ['It is long and tiring', 'Tina Tchen'],
    ]);
  });
});

describe('a second appositive after the first', () => {
  it('reads the person before both', () => {
    expect(
      speakers(
        '"It is an invasion of the state regulatory domain," Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at an event.',
      ),
    ).toEqual([['It is an invasion of the state regulatory domain', 'Scott Pruitt']]);
  });
});

describe('names written with digits', () => {
  it('names an organisation by a word written with digits after a word for a firm, described by the rest', () => {
    const article = parseArticle(
      [
        'Title of the story',
        'Sales passed $6 million in January, according to data analysis firm 1010data.',
        'Sales grew in the 1990s, according to the firm 10th.',
      ].join('\n\n'),
      { id: 't' },
    );
    expect(article.speakers.map(({ name, role, kind }) => ({ name, role, kind }))).toContainEqual({
      name: '1010data',
      role: 'data analysis firm',
      kind: 'organization',
    });
    expect(article.speakers.map((s) => s.name)).not.toContain('10th');
  });

  it('keeps a handle as its owner writes it instead of capitalising it like a description', () => {
    expect(speakers('“It’s our responsibility to police the market,” elmo666 wrote in a forum post.')).toEqual([
      ['It’s our responsibility to police the market', 'elmo666'],
    ]);
  });
});
