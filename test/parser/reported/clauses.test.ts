// @vitest-environment node
/** Reported speech: where what was said starts and ends (asides, adverbials, the writer's own clauses, quotes inside). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: the content', () => {
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
        'The mayor confirmed the winners.',
      ),
    ).toEqual([['indirect', 'the lanes would cost 200 parking spaces', 'Portland Business Alliance', 'claimed']]);
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

  it('keeps the outer of two nested statements, so no two quotes share a word', () => {
    expect(quotes('Ann Lee says Trump wants to build a wall, she said.').map((q) => q[1])).toEqual([
      'Ann Lee says Trump wants to build a wall',
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

  it('ends a statement where another speaker answers it: `… and Democrats accused the GOP of …`', () => {
    expect(
      quotes('Republicans said the inquiry was mishandled and Democrats accused the GOP of playing politics.'),
    ).toEqual([
      ['indirect', 'the inquiry was mishandled', 'Republicans', 'said'],
      ['indirect', 'the GOP of playing politics', 'Democrats', 'accused'],
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
      ['indirect', 'Ann Ruiz', 'Tom Baker', 'endorsed'],
      ['indirect', 'him a liar', 'Ann Ruiz', 'called'],
      ['indirect', 'he visited the site and met the families', 'Tom Baker', 'said'],
    ]);
  });
});
