// @vitest-environment node
/** Reported speech: who says it (the subject before the cue, a shared or carried subject, described and group speakers). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: the speaker', () => {
  it('reads a long subject with an appositive or a modifier as the speaker of `said`', () => {
    expect(
      quotes(
        'Vice President Ann Ruiz, who was to travel to Columbus, Ohio, on Wednesday, said the rules touched on a core issue.',
      ),
    ).toEqual([['indirect', 'the rules touched on a core issue', 'Ann Ruiz', 'said']]);
    expect(quotes('Proponents of more controls on hate speech say there is a direct link to the violence.')).toEqual([
      ['indirect', 'there is a direct link to the violence', 'Proponents of more controls on hate speech', 'say'],
    ]);
  });

  it('reads the subject before an aside that opens with a participle or an adverb (`facing …`, `though`, `for example`)', () => {
    expect(
      quotes(
        'Sen. Ann Ruiz, facing a tough challenge in Ohio, a swing state, said she would welcome the governor.',
        'Dale, though, said he was staying with the mayor.',
        'Senator Tom Baker, for example, said he would support the nominee.',
      ),
    ).toEqual([
      ['indirect', 'she would welcome the governor', 'Ann Ruiz', 'said'],
      ['indirect', 'he was staying with the mayor', 'Dale', 'said'],
      ['indirect', 'he would support the nominee', 'Tom Baker', 'said'],
    ]);
  });

  it('takes no speaker from a word that opens a sentence but names no one (`There’s`, `Whenever`)', () => {
    expect(
      quotes(
        'There’s still time for Cruz to mend fences with senators, even after dismissing them as a cartel and calling the majority leader a liar.',
      ),
    ).toEqual([]);
    expect(
      quotes('Overall, voters seemed pleased. Whenever asked about her record, they shifted topics to the economy.'),
    ).toEqual([]);
  });

  it('takes no possessive and no noun used as a modifier for a subject', () => {
    expect(quotes('The senator discussed Pres. Ann Ruiz’s widely criticized speech in Ohio on Monday.')).toEqual([]);
    expect(quotes('Then she invoked the Sept. 11, 2001, terrorist attacks to defend her record.')).toEqual([]);
  });

  it('reads `Scott’s family said` as the family, and `flatly denied` past its adverb', () => {
    expect(
      quotes(
        'Scott’s family said the videos should be released.',
        'Officials flatly denied that the talks had failed.',
      ),
    ).toEqual([
      ['indirect', 'the videos should be released', 'Scott’s family', 'said'],
      ['indirect', 'the talks had failed', 'Officials', 'denied'],
    ]);
  });

  it('gives `…, and then said` and `…, but said` the described subject that opens the sentence', () => {
    expect(quotes('The judge rubbed his chin, and then said the sentence would be light.')).toEqual([
      ['indirect', 'the sentence would be light', 'Judge', 'said'],
    ]);
  });

  it('reads names joined by commas and `and` as one group speaker, not the last name alone', () => {
    expect(
      quotes(
        'Senators Mitch Dale, Ann Ruiz and Tom Baker said the bill would pass.',
        'Democrats and Republicans said the deal was fair.',
      ),
    ).toEqual([
      ['indirect', 'the bill would pass', 'Senators Mitch Dale, Ann Ruiz and Tom Baker', 'said'],
      ['indirect', 'the deal was fair', 'Democrats and Republicans', 'said'],
    ]);
  });

  it("reads no verb in a name or after a possessive: `the United States, are …`, `Clinton's emails`, `Having said that,`", () => {
    expect(
      quotes(
        'Saudi Arabia and its most powerful ally, the United States, are members of the council.',
        "His program featured a discussion of Clinton's leaked emails.",
        'Having said that, there are some economists who disagree.',
      ),
    ).toEqual([]);
  });

  it('takes no verb phrase for a speaker: `…, combed through the filings and found that …`', () => {
    const text =
      "The authors of the report, which include two advocacy groups, combed through the filings of the largest firms for 2015 and found that 73 percent ''kept subsidiaries in offshore havens.''";
    const article = parseArticle(`Title of the story\n\n${text}`, { id: 't' });
    expect(article.speakers.map((s) => s.name)).not.toContain('Combed through the filings of the largest firms');
  });

  it('gives the last of several verbs the subject that opens the sentence: `X met …, visited … and said …`', () => {
    expect(
      quotes('Mayor Ann Ruiz met survivors of the fire on Thursday, visited the site and said the city must act.'),
    ).toEqual([['indirect', 'the city must act', 'Ann Ruiz', 'said']]);
  });

  it('keeps a statement after `said` whose subject it cannot read, with no speaker rather than a wrong one', () => {
    expect(
      quotes(
        'His program, for instance, featured a long discussion of the leaked emails and said the coverage was unfair.',
        'It is too soon to say how severe the damage is.',
      ),
    ).toEqual([['indirect', 'the coverage was unfair', null, 'said']]);
  });

  it('reads a share of voters as a group speaker: `About 9 percent said …`, `about half of voters said …`', () => {
    expect(
      quotes(
        'About 9 percent said they had no preference.',
        'In Vermont, about half of Democratic primary voters said they want a change.',
      ),
    ).toEqual([
      ['indirect', 'they had no preference', 'About 9 percent', 'said'],
      ['indirect', 'they want a change', 'About half of Democratic primary voters', 'said'],
    ]);
  });

  it('reads a speaker inside a relative clause (`which Tom Dale said were …`) and a one-word opening before `X said,`', () => {
    expect(
      quotes(
        'The town saw 30 applicants, which Tom Dale said were evenly split between the two camps.',
        'Otherwise, Ann Ruiz said, countries may simply steal growth from one another.',
      ),
    ).toEqual([
      ['indirect', 'which were evenly split between the two camps', 'Tom Dale', 'said'],
      ['indirect', 'Otherwise countries may simply steal growth from one another', 'Ann Ruiz', 'said'],
    ]);
  });

  it('reads a described subject: `His lawyer said …`, `…, a source said.`, `Experts on X say …`', () => {
    expect(
      quotes(
        'His lawyer said he would not answer questions.',
        'The campaign changed course, a source said.',
        'Experts on nuclear policy say the test could be dangerous.',
        'Mr. Grassley and Mr. Leahy say other changes are needed.',
      ),
    ).toEqual([
      ['indirect', 'he would not answer questions', 'His lawyer', 'said'],
      ['indirect', 'The campaign changed course', 'Source', 'said'],
      ['indirect', 'the test could be dangerous', 'Experts on nuclear policy', 'say'],
      ['indirect', 'other changes are needed', 'Mr. Grassley and Mr. Leahy', 'say'],
    ]);
  });

  it('reads an agency named with a possessive as an organisation by its own name', () => {
    expect(
      quotes(
        "The UK's Medicines and Healthcare products Regulatory Agency said patients should keep taking their medicine.",
      ),
    ).toEqual([
      [
        'indirect',
        'patients should keep taking their medicine',
        'Medicines and Healthcare products Regulatory Agency',
        'said',
      ],
    ]);
  });

  it('takes no clause for a subject: `the visit Trump said was important`, `what he said`', () => {
    expect(
      quotes(
        'The visit Trump said was important went ahead.',
        'What he said was wrong.',
        'The plan failed and nobody said anything.',
      ),
    ).toEqual([]);
  });

  it('gives `… and said S` the subject that opens the sentence', () => {
    expect(quotes('Ed Schultz praised Democrats for years, and said he did not support Mr. Trump.')).toEqual([
      ['indirect', 'Democrats for years', 'Ed Schultz', 'praised'],
      ['indirect', 'he did not support Mr. Trump', 'Ed Schultz', 'said'],
    ]);
  });

  it('reads a subject set off by an appositive or a parenthesis, not as `CLAUSE, said X`', () => {
    expect(
      quotes(
        'Ann Lee, a lawyer for the families, said parents still want neighborhood schools.',
        'Senator Dianne Feinstein, Democrat of California, said the program sent a terrible message.',
        'Sen. Lindsey Graham (R-S.C.) now says no decision had been made.',
      ),
    ).toEqual([
      ['indirect', 'parents still want neighborhood schools', 'Ann Lee', 'said'],
      ['indirect', 'the program sent a terrible message', 'Dianne Feinstein', 'said'],
      ['indirect', 'no decision had been made', 'Lindsey Graham', 'says'],
    ]);
  });
  it('reads `by saying …`, `while saying …` with the subject of the main clause', () => {
    expect(
      quotes(
        'Ann Ruiz landed in hot water last week by saying that the judge could not be impartial.',
        'Bolton had doubts about the budget, while saying that the speech reassured him.',
      ),
    ).toEqual([
      ['indirect', 'the judge could not be impartial', 'Ann Ruiz', 'saying'],
      ['indirect', 'the speech reassured him', 'Bolton', 'saying'],
    ]);
  });

  it('names the subject, not a name inside it: `Republicans in the Senate`, `His campaign chairman Paul Manafort`, and `Senators` is a group, no antecedent of `he`', () => {
    expect(
      quotes(
        'Republicans in the Senate said the bill was dead.',
        'His campaign chairman Paul Manafort said the campaign raised money.',
      ),
    ).toEqual([
      ['indirect', 'the bill was dead', 'Republicans in the Senate', 'said'],
      ['indirect', 'the campaign raised money', 'Paul Manafort', 'said'],
    ]);
    expect(quotes('Senators say they are not avoiding the mayor.', 'He said the plan would fail.')).toEqual([
      ['indirect', 'they are not avoiding the mayor', 'Senators', 'say'],
      ['indirect', 'the plan would fail', null, 'said'],
    ]);
  });

  it('reads past an adverb of manner after the cue: `said quietly that …`, but nothing in `said matter-of-factly as …`', () => {
    expect(
      quotes(
        'Ann Ruiz said quietly that the plan was dead.',
        'The delegate said matter-of-factly as confetti fluttered down.',
      ),
    ).toEqual([['indirect', 'the plan was dead', 'Ann Ruiz', 'said']]);
  });

  it('reads `But as X noted, …` and `…, and as X noted, …`, and a noun phrase after `noted` or `explained`', () => {
    expect(
      quotes(
        'But as Ann Ruiz noted, those voters will take a second look.',
        'Officials were cautious, and as Tom Baker noted, the staff could still face sanctions.',
        'Ann Ruiz explained the importance of the wall.',
      ),
    ).toEqual([
      ['indirect', 'those voters will take a second look', 'Ann Ruiz', 'noted'],
      ['indirect', 'the staff could still face sanctions', 'Tom Baker', 'noted'],
      ['indirect', 'the importance of the wall', 'Ann Ruiz', 'explained'],
    ]);
  });

  it('reads the name before two appositives, a role and a relative clause, as the speaker', () => {
    expect(
      quotes(
        'Tom Baker, president of the teachers union, which represents 5,000 educators, said he hopes the strike ends soon.',
      ),
    ).toEqual([['indirect', 'he hopes the strike ends soon', 'Tom Baker', 'said']]);
  });
});
