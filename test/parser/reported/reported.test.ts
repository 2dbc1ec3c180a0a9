// @vitest-environment node
/** Reported speech on short texts: which statements are found, with what cue and speaker. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

describe('reported speech', () => {
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

  it('gives a statement to the person an aside follows, not to the city and state the aside names', () => {
    expect(
      quotes(
        'Dana Hill, who lost her son in a shooting in Aurora, Colorado, in July 2012, said that the senator had been rude.',
        'Ann Ruiz, speaking at a rally in Wilmington, N.C., warned that the plant would close.',
      ),
    ).toEqual([
      ['indirect', 'the senator had been rude', 'Dana Hill', 'said'],
      ['indirect', 'the plant would close', 'Ann Ruiz', 'warned'],
    ]);
  });

  it('gives a second verb the subject after an opening participle phrase, not the participle', () => {
    expect(
      quotes(
        'Ann Ebeling was at home.',
        'Walking to the next door, Ebeling smiled at her neighbour, and said the street had changed.',
      ),
    ).toEqual([['indirect', 'the street had changed', 'Ann Ebeling', 'said']]);
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

  it('reads a contracted pronoun as the subject, and ends a relative clause set off by dashes at its closing dash', () => {
    expect(quotes('Ann Ruiz spoke at noon. She’s argued that the bridge is unsafe.')).toEqual([
      ['indirect', 'the bridge is unsafe', 'Ann Ruiz', 'argued'],
    ]);
    expect(quotes('Ann Ruiz — who said the plan was dead — left early.')).toEqual([
      ['indirect', 'the plan was dead', 'Ann Ruiz', 'said'],
    ]);
    expect(quotes('WASHINGTON (AP) — Ann Ruiz said the plan — a bad one — was dead.')).toEqual([
      ['indirect', 'the plan — a bad one — was dead', 'Ann Ruiz', 'said'],
    ]);
  });

  it('reads a clause without `that` whose subject is long: `claims the NRA’s refusal to support more gun control is …`', () => {
    expect(
      quotes('The Daily News claims the NRA’s refusal to support more gun control is itself a form of jihad.'),
    ).toEqual([
      ['indirect', 'the NRA’s refusal to support more gun control is itself a form of jihad', 'Daily News', 'claims'],
    ]);
  });

  it('reads `is calling for …` and `…, calling for …` as demands of the subject', () => {
    expect(
      quotes(
        'Ann Ruiz is calling for an inquiry into the fire.',
        'Tom Baker spoke for an hour, calling for calm in the city.',
      ),
    ).toEqual([
      ['indirect', 'an inquiry into the fire', 'Ann Ruiz', 'calling for'],
      ['indirect', 'calm in the city', 'Tom Baker', 'calling for'],
    ]);
  });

  it('gives a participle after `"…," X said,` to X', () => {
    expect(quotes('"There is frustration," Tom Baker said, citing low growth and rising rents.')).toEqual([
      ['direct', 'There is frustration', 'Tom Baker', 'said'],
      ['indirect', 'low growth and rising rents', 'Tom Baker', 'citing'],
    ]);
  });

  it('reads a characterisation by the subject of `with X calling …` and of a participle after `However, he …,`', () => {
    expect(
      quotes(
        'Democrats went further, with former Gov. Tom Baker calling the plan a disgrace.',
        'Ann Ruiz spoke on Monday. However, she held her fire on the mayor, calling him a decent man.',
      ),
    ).toEqual([
      ['indirect', 'the plan a disgrace', 'Tom Baker', 'calling'],
      ['indirect', 'him a decent man', 'Ann Ruiz', 'calling'],
    ]);
  });

  it('ends a statement before a closing attribution with any finite cue: `…, the researchers wrote.`', () => {
    expect(quotes('The findings suggest sea levels could rise by a metre by 2100, the researchers wrote.')).toEqual([
      ['indirect', 'The findings suggest sea levels could rise by a metre by 2100', 'Researchers', 'wrote'],
    ]);
  });

  it('reads the subject before an aside set off by dashes, not the aside', () => {
    expect(quotes('The ward sister — after a long pause — told me the night shift was short of staff.')).toEqual([
      ['indirect', 'the night shift was short of staff', 'Ward sister', 'told'],
    ]);
  });

  it('reads poll figures and listeners: `with 22 percent saying …`, `…, an official told The New York Times.`', () => {
    expect(
      quotes(
        'Graham came second, with 22 percent saying they would not back him.',
        'The pilot was kind and careful, an airport official told The New York Times.',
      ),
    ).toEqual([
      ['indirect', 'they would not back him', '22 percent', 'saying'],
      ['indirect', 'The pilot was kind and careful', 'Airport official', 'told'],
    ]);
  });

  it('gives `…, and then said` and `…, but said` the described subject that opens the sentence', () => {
    expect(quotes('The judge rubbed his chin, and then said the sentence would be light.')).toEqual([
      ['indirect', 'the sentence would be light', 'Judge', 'said'],
    ]);
  });

  it('reads present-tense cues with plural subjects: `Critics argue that …`, `Many said …`', () => {
    expect(
      quotes(
        'Critics argue that the tax will raise premiums.',
        'Many said on Monday that the ruling changes the race.',
      ),
    ).toEqual([
      ['indirect', 'the tax will raise premiums', 'Critics', 'argue'],
      ['indirect', 'the ruling changes the race', 'Many', 'said'],
    ]);
  });

  it('reads phrasal cues: `pointed out that …`, `pointed to …`, `talked about …`', () => {
    expect(
      quotes(
        'The spokesman also pointed out that the committee employs several veterans.',
        'Jewish leaders point to the call for a ban on Muslims.',
        'Senator Ann Ruiz talked about the cost of the new bridge.',
      ),
    ).toEqual([
      ['indirect', 'the committee employs several veterans', 'Spokesman', 'pointed out'],
      ['indirect', 'the call for a ban on Muslims', 'Jewish leaders', 'point to'],
      ['indirect', 'the cost of the new bridge', 'Ann Ruiz', 'talked about'],
    ]);
  });

  it('gives a verb after `and` the whole subject with its role, and ends a relative statement at its comma', () => {
    expect(
      quotes(
        'Opposition leader Sam Reyes called the scheme "a vanity project" and urged the council to pause the tender.',
        'The tender, which Reyes said was rushed, closes on Friday.',
      ),
    ).toEqual([
      ['mixed', 'the scheme "a vanity project"', 'Sam Reyes', 'called'],
      ['indirect', 'the council to pause the tender', 'Sam Reyes', 'urged'],
      ['indirect', 'which was rushed', 'Sam Reyes', 'said'],
    ]);
  });

  it('reads an aside with `as`: `the result, as he later explained, was …` and `As Crane said, …`', () => {
    expect(
      quotes(
        'Tom Dale warned about rates, and the result, as Dale later explained, was a bubble that could burst.',
        'As Ann Ruiz said, the two candidates have become the least ideological in the race.',
      ),
    ).toEqual([
      ['indirect', 'the result was a bubble that could burst', 'Tom Dale', 'explained'],
      ['indirect', 'the two candidates have become the least ideological in the race', 'Ann Ruiz', 'said'],
    ]);
    expect(
      quotes(
        'As The Harbour Gazette reported, the ferry will run until May.',
        'Amazon reported it sold more goods in the quarter.',
      ),
    ).toEqual([
      ['indirect', 'the ferry will run until May', 'Harbour Gazette', 'reported'],
      ['indirect', 'it sold more goods in the quarter', 'Amazon', 'reported'],
    ]);
  });

  it('reads a characterisation without quotation marks, but not `called the police` or `called back`', () => {
    expect(
      quotes(
        'The editors called him a political opportunist who neglects his duties.',
        'Ann Ruiz called the police and called back later.',
      ),
    ).toEqual([['indirect', 'him a political opportunist who neglects his duties', 'Editors', 'called']]);
  });

  it('reads `it` as the organisation last named: `The Transport Department … It said …`', () => {
    expect(
      quotes('The Transport Department on Monday closed two bridges.', 'It said it had inspected them within hours.'),
    ).toEqual([['indirect', 'it had inspected them within hours', 'Transport Department', 'said']]);
  });

  it('runs a sentence on past a quoted exclamation, and takes no name inside a quote for an antecedent', () => {
    expect(
      quotes(
        'Senator Ann Ruiz spoke in Tampa. She declared "What a Super Tuesday!" and said that her campaign would go on.',
      ),
    ).toEqual([
      ['direct', 'What a Super Tuesday!', 'Ann Ruiz', 'declared'],
      ['indirect', 'her campaign would go on', 'Ann Ruiz', 'said'],
    ]);
  });

  it('reads `said:` before unquoted words, and `told me` before a clause in the present tense', () => {
    expect(
      quotes(
        'In a speech last July, Tom Dale said: Let no one be mistaken, the plan is a failure.',
        'Mr. Hannity told me his support for the mayor makes him more honest.',
      ),
    ).toEqual([
      ['indirect', 'Let no one be mistaken, the plan is a failure', 'Tom Dale', 'said'],
      ['indirect', 'his support for the mayor makes him more honest', 'Hannity', 'told'],
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

  it('reads a document as a source but not as a person: `The letter said …`', () => {
    const article = parseArticle('Title of the story\n\nThe letter said the plant would close in May.', { id: 't' });
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([['Letter', 'organization']]);
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

  it("ends what was said before the writer's own clause: `…, but X was adamant`, `After X said …, Y happened`", () => {
    expect(
      quotes(
        'Tom Dale questioned the mayor about that position, but the mayor was adamant.',
        'A few weeks after Ann Ruiz announced that the war would go on, the army bombed a hospital.',
        'Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders.',
        'James Mele said the two cases were different, whereas the general admitted his guilt.',
      ),
    ).toEqual([
      ['indirect', 'the mayor about that position', 'Tom Dale', 'questioned'],
      ['indirect', 'the war would go on', 'Ann Ruiz', 'announced'],
      ['indirect', 'Clinton is honest', 'Six in 10 voters', 'said'],
      ['indirect', 'the same of Sanders', 'Three-quarters', 'said'],
      ['indirect', 'the two cases were different', 'James Mele', 'said'],
    ]);
  });

  it('reads a noun or an adjective as no stance verb: `The terrorist attack in Munich`, `the disputed territory`', () => {
    expect(
      quotes(
        'The terrorist attack in Munich is one of many this summer.',
        'The disputed territory of Nagorno-Karabakh has long been contested.',
      ),
    ).toEqual([]);
  });

  it('reads no passive cue after a quote as its attribution: `"…" Sanders was asked by the host`', () => {
    expect(
      quotes('During an appearance on "Face the Nation," Sanders was asked by the host whether he would stay.').map(
        (q) => q[2],
      ),
    ).not.toContain('Sanders');
  });

  it('reads what a poll or a document shows, with or without `that`, but not what a person shows', () => {
    expect(
      quotes(
        'A Monmouth poll out Monday showed Clinton with a healthy lead in New York.',
        'The senator showed his notes to the press.',
      ),
    ).toEqual([['indirect', 'Clinton with a healthy lead in New York', 'Monmouth poll', 'showed']]);
  });

  it('reads a question or a request: `asked X whether …`, `asked X about …`, `asked X to …`', () => {
    expect(
      quotes(
        'Senator Ann Ruiz asked the students if they were always so serious.',
        'Tom Dale asked her to call the mayor at once.',
        'The bill was asked about twice.',
        'The governor urged Democrats to vote for the deal.',
        'Ann Ruiz called on the council to publish the audit.',
      ),
    ).toEqual([
      ['indirect', 'if they were always so serious', 'Ann Ruiz', 'asked'],
      ['indirect', 'her to call the mayor at once', 'Tom Dale', 'asked'],
      ['indirect', 'Democrats to vote for the deal', 'Governor', 'urged'],
      ['indirect', 'the council to publish the audit', 'Ann Ruiz', 'called'],
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

  it('reads an adverbial after the cue as no part of what was said: `said after the vote`, `said on Thursday it was …`', () => {
    expect(
      quotes(
        '"This is the safest choice," Mayor Ted Wheeler said after the vote.',
        'Novacor said on Thursday it was recalling three batches of pills.',
        'The minister said Tuesday the budget would be balanced.',
        'A spokesman said in an interview the plan was final.',
        'The mayor said Friday that the lanes would open in May.',
        'Officials said during a briefing at the town hall.',
      ),
    ).toEqual([
      ['direct', 'This is the safest choice', 'Ted Wheeler', 'said'],
      ['indirect', 'it was recalling three batches of pills', 'Novacor', 'said'],
      ['indirect', 'the budget would be balanced', 'Minister', 'said'],
      ['indirect', 'the plan was final', 'Spokesman', 'said'],
      ['indirect', 'the lanes would open in May', 'Ted Wheeler', 'said'],
    ]);
  });

  it('reads a bare clause after an assertion verb (`claimed the lanes would …`), but not a plain object', () => {
    expect(
      quotes(
        'The Portland Business Alliance claimed the lanes would cost 200 parking spaces.',
        'The mayor announced the winners.',
      ),
    ).toEqual([['indirect', 'the lanes would cost 200 parking spaces', 'Portland Business Alliance', 'claimed']]);
  });

  it('gives a participle after a comma the subject of its main clause', () => {
    expect(
      quotes(
        '"We are ready," Mayor Ann Cole said.',
        'Transportation director Chris Warner disagreed, saying the plan removes fewer than 50 spaces.',
        'Senate Minority Leader Chuck Schumer fired back, calling the demand "a temper tantrum."',
      ),
    ).toEqual([
      ['direct', 'We are ready', 'Ann Cole', 'said'],
      ['indirect', 'the plan removes fewer than 50 spaces', 'Chris Warner', 'saying'],
      ['mixed', 'the demand "a temper tantrum."', 'Chuck Schumer', 'calling'],
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

  it('reads an attribution inside its clause as one quote in two pieces', () => {
    const article = parseArticle('Title\n\nThe museum, Mr. Obama said, would make visitors face hard truths.', {
      id: 't',
    });
    expect(article.quotes.map((q) => [q.text, q.spans.length, q.cue])).toEqual([
      ['The museum would make visitors face hard truths', 2, 'said'],
    ]);
  });

  it('reads `CLAUSE, said X.`, `CLAUSE, the X said`, and a quote that ends a reported clause as mixed', () => {
    expect(
      quotes(
        'Prices will rise, said the Tax Foundation.',
        'The plan is tilted toward the rich, the Tax Foundation said.',
        'Using the tax "is a misguided approach," said Mr. Burman.',
      ),
    ).toEqual([
      ['indirect', 'Prices will rise', 'Tax Foundation', 'said'],
      ['indirect', 'The plan is tilted toward the rich', 'Tax Foundation', 'said'],
      ['mixed', 'Using the tax "is a misguided approach,"', 'Burman', 'said'],
    ]);
  });

  it('gives `… and said S` the subject that opens the sentence', () => {
    expect(quotes('Ed Schultz praised Democrats for years, and said he did not support Mr. Trump.')).toEqual([
      ['indirect', 'Democrats for years', 'Ed Schultz', 'praised'],
      ['indirect', 'he did not support Mr. Trump', 'Ed Schultz', 'said'],
    ]);
  });

  it('reads the object of a stance verb as what the speaker holds, not a noun or a passive', () => {
    expect(
      quotes(
        'Mr. Trump has repeatedly cited the audit as the reason he is not releasing his returns.',
        'The senator criticized Clinton for her emails and said she was careless.',
        'Republican support was solid.',
        'Trump is supported by few papers.',
      ),
    ).toEqual([
      ['indirect', 'the audit as the reason he is not releasing his returns', 'Trump', 'cited'],
      ['indirect', 'Clinton for her emails', 'Senator', 'criticized'],
      ['indirect', 'she was careless', 'Senator', 'said'],
    ]);
  });

  it('reads thought and evidence with `that`: `a poll shows that …`, `X believes that …`, but not `found the body`', () => {
    expect(
      quotes(
        'A new poll shows that Clinton leads by four points.',
        'Many Democrats believe that the race is close.',
        'Police found the body on Monday.',
      ),
    ).toEqual([
      ['indirect', 'Clinton leads by four points', 'New poll', 'shows'],
      ['indirect', 'the race is close', 'Many Democrats', 'believe'],
    ]);
  });

  it('makes `called X "…"` one mixed quote over the object and the quoted words', () => {
    expect(quotes('Warren called Wells Fargo\'s behavior "outrageous."')).toEqual([
      ['mixed', 'Wells Fargo\'s behavior "outrageous."', 'Warren', 'called'],
    ]);
  });

  it('reads a quote signed with a dash: `"…" ― Esther Tapia`', () => {
    expect(quotes('“He is obsessed with Mexico.” ― Esther Tapia')).toEqual([
      ['direct', 'He is obsessed with Mexico.', 'Esther Tapia', '―'],
    ]);
  });

  it('takes a description after `according to` and after an inverted cue', () => {
    expect(
      quotes('Clinton leads by four points, according to the poll.', '"It is over," said a senior official.'),
    ).toEqual([
      ['indirect', 'Clinton leads by four points', 'Poll', 'according to'],
      ['direct', 'It is over', 'Senior official', 'said'],
    ]);
  });

  it('reads a demand or an intention with its particle: `called for …`, `agreed to …`', () => {
    expect(
      quotes(
        'The NAACP called for a moratorium on charter schools.',
        'Patriot agreed to lend Mr. Clarke $5 million.',
        'Senator Ann Ruiz hopes to win back the suburbs.',
      ),
    ).toEqual([
      ['indirect', 'a moratorium on charter schools', 'NAACP', 'called for'],
      ['indirect', 'to lend Mr. Clarke $5 million', 'Patriot', 'agreed'],
      ['indirect', 'to win back the suburbs', 'Ann Ruiz', 'hopes'],
    ]);
  });

  it('keeps the outer of two nested statements, so no two quotes share a word', () => {
    expect(quotes('Ann Lee says Trump wants to build a wall, she said.').map((q) => q[1])).toEqual([
      'Ann Lee says Trump wants to build a wall',
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
  it('reads a subject with a relative clause and a listener before the clause; a thought needs `that`', () => {
    expect(
      quotes(
        'He met an architect who said he was never paid.',
        'Officials who attended the meeting said the plan would fail.',
        'Trump told the forum he was against the war.',
        'Mr. Obama told his advisers to find another way.',
        'Clinton believes the economy is strong.',
      ),
    ).toEqual([
      ['indirect', 'he was never paid', 'Architect', 'said'],
      ['indirect', 'the plan would fail', 'Officials', 'said'],
      ['indirect', 'he was against the war', 'Trump', 'told'],
      ['indirect', 'his advisers to find another way', 'Obama', 'told'],
    ]);
  });

  it('reads `according to` after a connective, with a short adverbial before it, and closing a sentence without a comma', () => {
    expect(
      quotes(
        'But, according to the poll, most voters remain undecided.',
        'Now, according to the new survey, some states are swinging.',
        'The governor now leads by seven points according to a poll released Monday.',
      ),
    ).toEqual([
      ['indirect', 'most voters remain undecided', 'Poll', 'according to'],
      ['indirect', 'Now some states are swinging', 'New survey', 'according to'],
      ['indirect', 'The governor now leads by seven points', 'Poll released Monday', 'according to'],
    ]);
  });

  it('reads `CLAUSE, X said` before `, adding …` or a semicolon, and `say that, ASIDE, CLAUSE` but not `Having said that,`', () => {
    expect(
      quotes(
        'The two leaders will meet next week, Spicer said, adding that no date was set.',
        'Candidates need a third of the vote, analysts say; in 2012 the party won less.',
        'Party officials say that, even if they wanted one, a recount could not be done.',
        'Having said that, there are some economists who disagree.',
      ),
    ).toEqual([
      ['indirect', 'The two leaders will meet next week', 'Spicer', 'said'],
      ['indirect', 'no date was set', 'Spicer', 'adding'],
      ['indirect', 'Candidates need a third of the vote', 'Analysts', 'say'],
      ['indirect', 'even if they wanted one, a recount could not be done', 'Party officials', 'say'],
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

  it('reads described subjects: `her friend`, `a source close to him`, `people close to the senator`, and asides or figures before the verb', () => {
    expect(
      quotes(
        'Hamdy was also headed to Cairo, her friend said.',
        'Still, the mayor will rethink the plan, a source close to him said.',
        'At times last year, people close to the senator said, the mere mention of the bill made him angry.',
        'Several candidates, including Ann Ruiz, said the state should build more homes.',
        'A third of independents, 33 percent, say they feel that way.',
        'Two-thirds said they would vote.',
      ),
    ).toEqual([
      ['indirect', 'Hamdy was also headed to Cairo', 'Her friend', 'said'],
      ['indirect', 'Still, the mayor will rethink the plan', 'Source close to him', 'said'],
      [
        'indirect',
        'At times last year the mere mention of the bill made him angry',
        'People close to the senator',
        'said',
      ],
      ['indirect', 'the state should build more homes', 'Several candidates', 'said'],
      ['indirect', 'they feel that way', 'Third of independents', 'say'],
      ['indirect', 'they would vote', 'Two-thirds', 'said'],
    ]);
  });

  it('reads the clause after an aside: `said — on Twitter — that …`, `says, win or lose, he …`, `told X, however, that …`, `said about half of …`', () => {
    expect(
      quotes(
        'His campaign chairman Paul Manafort said — on Twitter, as it happens — that the campaign raised $4 million that day.',
        'Marco Rubio says, win or lose on Tuesday, he is staying in the race.',
        'Sources told the Times, however, that she did chime in.',
        'The Congressional Budget Office said about half of the higher adjustment in its projections reflected lost revenue.',
        'He said about 50 times that he would win.',
      ),
    ).toEqual([
      ['indirect', 'the campaign raised $4 million that day', 'Paul Manafort', 'said'],
      ['indirect', 'win or lose on Tuesday, he is staying in the race', 'Marco Rubio', 'says'],
      ['indirect', 'she did chime in', 'Sources', 'told'],
      [
        'indirect',
        'about half of the higher adjustment in its projections reflected lost revenue',
        'Congressional Budget Office',
        'said',
      ],
    ]);
  });

  it("ends what was said before the writer's comment: `, sparking …`, `, however …`, a closing `, who …`", () => {
    expect(
      quotes(
        'Ann Ruiz said the mayor was incognito, sparking a firestorm of speculation.',
        'Most voters said they would back the mayor, however this time the number has dropped.',
        'Senators say they are not avoiding Hillary Clinton, who has been battered by the fallout from the inquiry.',
        'He said the plan, which was approved on Monday, would fail.',
      ),
    ).toEqual([
      ['indirect', 'the mayor was incognito', 'Ann Ruiz', 'said'],
      ['indirect', 'they would back the mayor', 'Most voters', 'said'],
      ['indirect', 'they are not avoiding Hillary Clinton', 'Senators', 'say'],
      ['indirect', 'the plan, which was approved on Monday, would fail', null, 'said'],
    ]);
  });

  it('reads what follows `because, according to X,` as what X said', () => {
    expect(
      quotes('He will skip the debate, because, according to Ann Ruiz, the media would call him a coward.'),
    ).toEqual([['indirect', 'the media would call him a coward', 'Ann Ruiz', 'according to']]);
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

  it('reads `these people said` inside a clause, a participle after a plural head as no part of the name, and `…, said he …` as a new statement', () => {
    expect(
      quotes(
        'Mrs. Ruiz, these people said, would be open to other measures.',
        'Veterans interviewed at rallies this week said they had no problem with the remarks.',
        'Humphrey, who calls Ruiz a bully, said he does not believe the effort needs an alternative.',
      ),
    ).toEqual([
      ['indirect', 'Mrs. Ruiz would be open to other measures', 'These people', 'said'],
      ['indirect', 'they had no problem with the remarks', 'Veterans', 'said'],
      ['indirect', 'Ruiz a bully', 'Humphrey', 'calls'],
      ['indirect', 'he does not believe the effort needs an alternative', 'Humphrey', 'said'],
    ]);
  });

  it("reads progressive cues (`is warning voters that …`, `He's claiming that …`) and a listener after `warned`", () => {
    expect(
      quotes(
        'Tom Baker is warning voters that the new tax would double their bills.',
        'The state attorney general is confirming that the charity is not registered.',
        'Tom Baker met voters on Monday. He’s claiming that fraud is a big problem.',
        'Ann Ruiz warned the crowd that the bridge would close.',
      ),
    ).toEqual([
      ['indirect', 'the new tax would double their bills', 'Tom Baker', 'warning'],
      ['indirect', 'the charity is not registered', 'State attorney general', 'confirming'],
      ['indirect', 'fraud is a big problem', 'Tom Baker', 'claiming'],
      ['indirect', 'the bridge would close', 'Ann Ruiz', 'warned'],
    ]);
  });

  it("reads nothing said after a negated cue or by nobody: `never said`, `did not say that`, `isn't saying if`, `No one said …`", () => {
    expect(
      quotes(
        'Ann Ruiz never said the plan was dead.',
        'Tom Baker did not say that the bridge would close.',
        'The attorney general isn’t saying if the charity broke any laws.',
        'Ann Ruiz has not publicly said whether she will run.',
        'Tom Baker never called him a liar.',
        'Ann Ruiz never once said the plan was dead.',
        'No one said the bridge would close.',
        'None of the officials said the plan was dead.',
      ),
    ).toEqual([]);
    // A refusal is what is reported, not the question refused.
    expect(
      quotes('Ann Ruiz refused to say whether she would run.', 'Tom Baker declined to say if the bridge would close.'),
    ).toEqual([
      ['indirect', 'to say whether she would run', 'Ann Ruiz', 'refused'],
      ['indirect', 'to say if the bridge would close', 'Tom Baker', 'declined'],
    ]);
    expect(quotes('Noah Smith said the plan was dead.').map((q) => q[2])).toEqual(['Noah Smith']);
  });

  it('reads the clause after an adverbial with commas (`says at a stop in Toledo, Ohio, that …`) and a bare clause after `asserted`', () => {
    expect(
      quotes(
        'Ann Ruiz says at a campaign stop in Toledo, Ohio, that the mill will reopen.',
        'Tom Baker also asserted he could win the county.',
      ),
    ).toEqual([
      ['indirect', 'the mill will reopen', 'Ann Ruiz', 'says'],
      ['indirect', 'he could win the county', 'Tom Baker', 'asserted'],
    ]);
  });

  it('reads `called climate change a hoax`, `stressed the need …`, and a pronoun after an opening phrase; not `described a new species`', () => {
    expect(
      quotes(
        'Tom Baker has called climate change a hoax invented abroad.',
        'She called the police a few times.',
        'Researchers have described a new species of frog.',
        'Tom Baker is stressing the need to repair the harbour wall.',
        'Ann Ruiz met voters. At the rally she said the mill would reopen.',
      ),
    ).toEqual([
      ['indirect', 'climate change a hoax invented abroad', 'Tom Baker', 'called'],
      ['indirect', 'the need to repair the harbour wall', 'Tom Baker', 'stressing'],
      ['indirect', 'the mill would reopen', 'Ann Ruiz', 'said'],
    ]);
  });

  it('ends a statement where another speaker answers it: `… and Democrats accused the GOP of …`', () => {
    expect(
      quotes('Republicans said the inquiry was mishandled and Democrats accused the GOP of playing politics.'),
    ).toEqual([
      ['indirect', 'the inquiry was mishandled', 'Republicans', 'said'],
      ['indirect', 'the GOP of playing politics', 'Democrats', 'accused'],
    ]);
  });

  it('reads `…, telling reporters that …` and `…, writing that …` with the subject of the main clause', () => {
    expect(
      quotes(
        'Ann Ruiz ended her campaign, telling supporters in Columbus that she had renewed faith.',
        'Tom Baker sent a letter to the board, writing that the plan was dead.',
        'She spent the year writing a book.',
      ),
    ).toEqual([
      ['indirect', 'she had renewed faith', 'Ann Ruiz', 'telling'],
      ['indirect', 'the plan was dead', 'Tom Baker', 'writing'],
    ]);
  });

  it('reads a speaker inside `what X said is …`, `which even critics say was …`, and `what X called "…"`', () => {
    expect(
      quotes(
        'Clubs adapt to what Ann Ruiz said is growing demand for pools.',
        'It was her speech, which even critics say was the best of her campaign.',
        'The sanctions answer what Prime Minister Tom Baker called "reckless, provocative, dangerous" actions.',
        'Her support lags below what she wants and the rally was small.',
      ),
    ).toEqual([
      ['indirect', 'what is growing demand for pools', 'Ann Ruiz', 'said'],
      ['indirect', 'which was the best of her campaign', 'Critics', 'say'],
      ['direct', 'reckless, provocative, dangerous', 'Tom Baker', 'called'],
    ]);
  });

  it("ends an object where `and` goes on with the subject's own acts: `endorsed Trump last week and has appeared …`", () => {
    expect(
      quotes(
        'Tom Baker endorsed Ann Ruiz last week and has appeared at her rallies.',
        'Ann Ruiz called him a liar and walked out.',
        'Tom Baker said he visited the site and met the families.',
      ),
    ).toEqual([
      ['indirect', 'Ann Ruiz last week', 'Tom Baker', 'endorsed'],
      ['indirect', 'him a liar', 'Ann Ruiz', 'called'],
      ['indirect', 'he visited the site and met the families', 'Tom Baker', 'said'],
    ]);
  });

  it('reads a participle set off after the subject: `X, citing data from …, said …` as two statements by X', () => {
    expect(
      quotes(
        'The Journal, citing internal documents, reported that the campaign was broke.',
        'Ann Ruiz spoke to the board. The plan, citing costs, was dropped.',
      ),
    ).toEqual([
      ['indirect', 'internal documents', 'Journal', 'citing'],
      ['indirect', 'the campaign was broke', 'Journal', 'reported'],
    ]);
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

  it('ends a demand in a subordinate clause at its comma, a denied demonstrative at its noun, and reads `…, and CLAUSE, said X` as inverted', () => {
    expect(
      quotes(
        'Though Ann Ruiz called for pay to be clawed back, the bank restricted comments.',
        'The judge rejected that argument in a ruling released Thursday.',
        'The refusal did not go over well with the council, and the meeting broke up, said one source in the room.',
      ),
    ).toEqual([
      ['indirect', 'pay to be clawed back', 'Ann Ruiz', 'called for'],
      ['indirect', 'that argument', 'Judge', 'rejected'],
      [
        'indirect',
        'The refusal did not go over well with the council, and the meeting broke up',
        'One source in the room',
        'said',
      ],
    ]);
  });
});
