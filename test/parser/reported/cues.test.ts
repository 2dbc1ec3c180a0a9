// @vitest-environment node
/** Reported speech by cue form: `according to`, participles, progressive and negated cues, thought and evidence, questions, demands, characterisations. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: the cue forms', () => {
  it('gives a second verb the subject after an opening participle phrase, not the participle', () => {
    expect(
      quotes(
        'Ann Ebeling was at home.',
        'Walking to the next door, Ebeling smiled at her neighbour, and said the street had changed.',
      ),
    ).toEqual([['indirect', 'the street had changed', 'Ann Ebeling', 'said']]);
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

  it("reads `referring to …` after a comma as what the main clause's subject spoke of", () => {
    expect(
      quotes('Senator Ann Ruiz spoke for an hour, referring to reports that the mayor had used city cars.'),
    ).toEqual([['indirect', 'reports that the mayor had used city cars', 'Ann Ruiz', 'referring to']]);
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

  it('reads a document as a source but not as a person: `The letter said …`', () => {
    const article = parseArticle('Title of the story\n\nThe letter said the plant would close in May.', { id: 't' });
    expect(article.speakers.map((s) => [s.name, s.kind])).toEqual([['Letter', 'organization']]);
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

  it('reads a noun object of one word, up to a phrase of time or a clause of when or why', () => {
    expect(
      quotes(
        'The senator criticized Clinton.',
        'The union praised the mayor last week.',
        'Ann Ruiz endorsed Trump in June at a rally.',
        'Tom Dale criticized the plan because of its cost.',
        'The mayor supports a ban on plastic bags in the city.',
      ).map((q) => [q[1], q[3]]),
    ).toEqual([
      ['Clinton', 'criticized'],
      ['the mayor', 'praised'],
      ['Trump', 'endorsed'],
      ['the plan', 'criticized'],
      ['a ban on plastic bags in the city', 'supports'],
    ]);
  });

  it('reads what a poll shows when a name qualifies it: `The poll by the Public Policy Institute showed …`', () => {
    expect(
      quotes(
        'The poll by the Public Policy Institute of California showed Clinton leading Sanders by two points.',
        'After the poll came out, the senator found the answer.',
      ).map((q) => [q[1], q[3]]),
    ).toEqual([['Clinton leading Sanders by two points', 'showed']]);
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

  it('reads a subject with a relative clause and a listener before the clause, and a belief with a bare clause', () => {
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
      ['indirect', 'the economy is strong', 'Clinton', 'believes'],
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
      ['indirect', 'The governor now leads by seven points', 'Poll released', 'according to'],
    ]);
  });

  it('reads what follows `because, according to X,` as what X said', () => {
    expect(
      quotes('He will skip the debate, because, according to Ann Ruiz, the media would call him a coward.'),
    ).toEqual([['indirect', 'the media would call him a coward', 'Ann Ruiz', 'according to']]);
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

  it('reads what someone described, with `as` or without: `described the town as …`, `described the dire situation …`', () => {
    expect(
      quotes(
        'Tom Baker described the town as beset by floods and closures.',
        'Ann Ruiz described the dire situation the mill faces this winter.',
        'The harbour described by the mayor is small.',
      ),
    ).toEqual([
      ['indirect', 'the town as beset by floods and closures', 'Tom Baker', 'described'],
      ['indirect', 'the dire situation the mill faces this winter', 'Ann Ruiz', 'described'],
    ]);
  });

  it('reads what someone announced as a noun object (`announced a series of steps`), a clause after it as before; not their own act (`announced his campaign`)', () => {
    expect(
      quotes(
        'Governor Ann Ruiz announced a series of steps to tighten rules on rents.',
        'The union announced plans to sue the city.',
        'Tom Baker announced the mill was closing.',
        'Dale Okafor announced his campaign for mayor.',
        'It announced nothing.',
      ),
    ).toEqual([
      ['indirect', 'a series of steps to tighten rules on rents', 'Ann Ruiz', 'announced'],
      ['indirect', 'plans to sue the city', 'Union', 'announced'],
      ['indirect', 'the mill was closing', 'Tom Baker', 'announced'],
    ]);
  });

  it('reads a participle after a statement its subject issued: `released a statement saying …`', () => {
    expect(
      quotes(
        'The union released a statement Wednesday saying the mill would close.',
        'Tom Baker issued a statement condemning the vote.',
        'She read a statement saying nothing new.',
      ),
    ).toEqual([
      ['indirect', 'the mill would close', 'Union', 'saying'],
      ['indirect', 'the vote', 'Tom Baker', 'condemning'],
    ]);
  });

  it('reads a participle after a dash or after a comma inside a closing quotation mark with the subject of the main clause', () => {
    expect(
      quotes(
        'Ann Ruiz changed her pick on the spot – saying she was now backing the Jets.',
        'Tom Baker sued after the city ended what was called the “late window,” saying that the change hurt voters.',
      ),
    ).toEqual([
      ['indirect', 'she was now backing the Jets', 'Ann Ruiz', 'saying'],
      ['indirect', 'the change hurt voters', 'Tom Baker', 'saying'],
    ]);
  });

  it('reads a bare clause after a participle of assertion: `…, Clark said, noting he would …`', () => {
    expect(
      quotes(
        '“That is the question,” Tom Baker said, noting he would back any nominee.',
        'Ann Ruiz spoke for an hour, arguing the mill could still be saved.',
      ),
    ).toEqual([
      ['direct', 'That is the question', 'Tom Baker', 'said'],
      ['indirect', 'he would back any nominee', 'Tom Baker', 'noting'],
      ['indirect', 'the mill could still be saved', 'Ann Ruiz', 'arguing'],
    ]);
  });

  it('gives a participle after an attribution the attribution’s speaker, past its time and place', () => {
    expect(quotes('The plan is dead, Ann Ruiz said Tuesday in Dayton, noting that the vote had failed.')).toEqual([
      ['indirect', 'The plan is dead', 'Ann Ruiz', 'said'],
      ['indirect', 'the vote had failed', 'Ann Ruiz', 'noting'],
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
      // PolNeAR marks `what … called "…"` as a mixed quote (train: `what … ''the prior economy model,''`, `what … "hand-to-hand combat."`).
      ['mixed', 'reckless, provocative, dangerous', 'Tom Baker', 'called'],
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
