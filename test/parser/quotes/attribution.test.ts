// @vitest-environment node
/** Direct quotes on short texts: which are found, with what cue and speaker. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

describe('direct quotes', () => {
  it('gives the second piece of a split quote the cue of the first', () => {
    const article = parseArticle('Title\n\n"It is over," Jane Ruiz said. "We lost."', { id: 't' });
    const [first, second] = article.quotes;
    expect(second?.cueSpan).toEqual(first?.cueSpan);
    expect(second?.sourceSpan).toEqual(first?.sourceSpan);
  });

  it("gives a paragraph that is nothing but a quote, after a named speaker's quote, that quote's cue", () => {
    const article = parseArticle(
      'Title\n\n"It is over," Jane Ruiz said.\n\n"We lost, and we know why."\n\n"Not this time," she said later.\n\n"We go on, and we will be back here next year." Then the room emptied.',
      { id: 't' },
    );
    const [first, second, third, fourth] = article.quotes;
    expect(second?.cueSpan).toEqual(first?.cueSpan);
    expect(second?.speakerId).toBe(first?.speakerId);
    // A paragraph with more than the quote in it is an act of its own.
    expect(fourth?.text).toBe('We go on, and we will be back here next year.');
    expect(fourth?.cueSpan).not.toEqual(third?.cueSpan);
  });

  it('reads words of manner and what the words were about between the cue and the quote: `wrote back:`, `said of X,`', () => {
    expect(
      quotes(
        'A short time later, Ms. Huma Abedin wrote back: "We all have him on our radar."',
        'Megyn Kelly responded pointedly, with a smile: "Can happen when you are 45."',
        'A Warren adviser said of the senator, "She takes the threat of Trump very seriously."',
      ),
    ).toEqual([
      ['direct', 'We all have him on our radar.', 'Huma Abedin', 'wrote'],
      ['direct', 'Can happen when you are 45.', 'Megyn Kelly', 'responded'],
      ['direct', 'She takes the threat of Trump very seriously.', 'Warren adviser', 'said'],
    ]);
  });

  it('gives a quote after `…, adding:` the described subject of the main clause', () => {
    expect(
      quotes('The spokesman refused to answer questions, adding: "If one is proposed we will consider it."'),
    ).toContainEqual(['direct', 'If one is proposed we will consider it.', 'Spokesman', 'adding']);
  });

  it("carries a speaker's quote paragraphs over a photo caption kept between them", () => {
    expect(
      quotes(
        '"The ocean is hurting the whales," says Hori Parata, an elder of the tribe.',
        'Hori Parata at his farm, the place where he was born',
        '"We are having to put up with a lot of stuff today, and we feel that it is ridiculous."',
      ).map(([, , speaker]) => speaker),
    ).toEqual(['Hori Parata', 'Hori Parata']);
  });

  it('attributes a quote to a verb of manner next to it, which reports nothing of its own', () => {
    expect(
      quotes(
        '"Fine," Ann Ruiz laughed.',
        '“This is fantastic!” beamed Tom Baker of Madison.',
        '"Quiet," Ann Ruiz demanded.',
        'Ann Ruiz laughed at the idea.',
      ),
    ).toEqual([
      ['direct', 'Fine', 'Ann Ruiz', 'laughed'],
      ['direct', 'This is fantastic!', 'Tom Baker', 'beamed'],
      ['direct', 'Quiet', 'Ann Ruiz', 'demanded'],
    ]);
    expect(quotes('"Make America Great Again," the crowd chanted.')).toEqual([
      ['direct', 'Make America Great Again', 'Crowd', 'chanted'],
    ]);
  });

  it('reads the words before a mid-sentence quote as part of what was said', () => {
    expect(quotes('Yet the mayor is also a "change agent," Cole Baker said.')).toEqual([
      ['mixed', 'Yet the mayor is also a "change agent,"', 'Cole Baker', 'said'],
    ]);
  });

  it('keeps a reported clause whole when its quote holds several sentences', () => {
    expect(quotes('Ann Ruiz said the plan "has courage. It is not afraid of the fight."')).toEqual([
      ['mixed', 'the plan "has courage. It is not afraid of the fight."', 'Ann Ruiz', 'said'],
    ]);
  });

  it('reads nothing more after the cue of a direct quote: `said of the plan`, `said and hung up`', () => {
    expect(
      quotes(
        '"It will fail," Ann Ruiz said of the plan to widen the road.',
        '"I am backing Tom," she said and quickly hung up.',
      ),
    ).toEqual([
      ['direct', 'It will fail', 'Ann Ruiz', 'said'],
      ['direct', 'I am backing Tom', 'Ann Ruiz', 'said'],
    ]);
  });

  it('runs a reported clause to the closing mark of a quote it opened', () => {
    expect(
      quotes('Ann Ruiz told the radio station that "the driver fired on the crowd, according to the police."'),
    ).toEqual([['direct', 'the driver fired on the crowd, according to the police.', 'Ann Ruiz', 'told']]);
  });

  it('keeps a quote with its speaker when the next sentence is about someone else: `Mr. Zahed said nothing.`', () => {
    expect(quotes("''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said nothing.")).toEqual([
      ['direct', 'We are refugees', 'Alawee', 'said'],
      ['direct', 'We are not terrorists.', 'Alawee', 'said'],
    ]);
  });

  it("reads a title quoted after the cue as no quote, and the quote after it as the same speaker's", () => {
    expect(
      quotes('"We need a leader," Chris Dale said on ABC\'s "This Week." "And the mayor will not give in."'),
    ).toEqual([
      ['direct', 'We need a leader', 'Chris Dale', 'said'],
      ['direct', 'And the mayor will not give in.', 'Chris Dale', null],
    ]);
  });

  it('gives a quote that follows a reported statement the same speaker and cue', () => {
    expect(
      quotes(
        'Senator Ann Ruiz said the plan was dead on arrival. "There is no way to check who is coming. Who do you call?"',
      ),
    ).toEqual([
      ['indirect', 'the plan was dead on arrival', 'Ann Ruiz', 'said'],
      ['direct', 'There is no way to check who is coming. Who do you call?', 'Ann Ruiz', 'said'],
    ]);
  });

  it('gives a paragraph that opens with a quote the speaker of the reported statement before it', () => {
    expect(quotes('Senator Ann Ruiz said the plan would fail.', '"It is a disaster for the city."')).toEqual([
      ['indirect', 'the plan would fail', 'Ann Ruiz', 'said'],
      ['direct', 'It is a disaster for the city.', 'Ann Ruiz', null],
    ]);
  });

  it('reads manner-of-speaking cues: `fumed`, `quipped`, `retorted`', () => {
    expect(
      quotes('"Not a single bill has support," Tom Dale fumed on Tuesday.', '"Only on weekends," Ann Ruiz quipped.'),
    ).toEqual([
      ['direct', 'Not a single bill has support', 'Tom Dale', 'fumed'],
      ['direct', 'Only on weekends', 'Ann Ruiz', 'quipped'],
    ]);
  });

  it('reads `the White House said` after a quote, `explained X, "…"` and `but said, "…"`', () => {
    expect(
      quotes(
        '"We will never give in to threats," the White House said.',
        'The calendar was set early, explained Rosa Diaz, "so that it is over by March."',
        'Tom Dale praised those who left but said, "We are in a different ballgame now."',
      ),
    ).toEqual([
      ['direct', 'We will never give in to threats', 'White House', 'said'],
      ['direct', 'so that it is over by March.', 'Rosa Diaz', 'explained'],
      ['indirect', 'those who left', 'Tom Dale', 'praised'],
      ['direct', 'We are in a different ballgame now.', 'Tom Dale', 'said'],
    ]);
  });

  it('reads `…, calling X "…"` after an opening phrase or an appositive, and a long object before the quote', () => {
    expect(
      quotes(
        'Speaking at a town hall in Salem, New Hampshire, Tom Dale went after Bush, calling him "a total stiff."',
        'Former governor Ed Rendell, a party elder, praised Sanders for his campaign, calling it "an incredible feat" for a senator.',
        'Ann Ruiz called the assault that killed five police officers "an attack on our country."',
      ),
    ).toEqual([
      ['mixed', 'him "a total stiff."', 'Tom Dale', 'calling'],
      ['indirect', 'Sanders for his campaign', 'Ed Rendell', 'praised'],
      ['mixed', 'it "an incredible feat" for a senator', 'Ed Rendell', 'calling'],
      ['mixed', 'the assault that killed five police officers "an attack on our country."', 'Ann Ruiz', 'called'],
    ]);
  });

  it('reads `X referred to Y as "…" but described Z as "…"` as two mixed quotes by X, and `is insisting that …`', () => {
    expect(
      quotes(
        'Jeb Bush referred to Rubio as "a bright, charismatic leader" but described his leadership skills as "a work in progress."',
        'Tom Dale is insisting that he has grown the party.',
      ),
    ).toEqual([
      ['mixed', 'Rubio as "a bright, charismatic leader"', 'Jeb Bush', 'referred'],
      ['mixed', 'his leadership skills as "a work in progress."', 'Jeb Bush', 'described'],
      ['indirect', 'he has grown the party', 'Tom Dale', 'insisting'],
    ]);
  });

  it('reads the title of a work as no quote: unattributed, or after `book`, `column`, `series`', () => {
    expect(
      quotes(
        "''Tales From the Crypt,'' an HBO series that first aired in 1989, is back.",
        "His parents stayed, Ann Ruiz said in her 2012 book, ''An American Daughter.''",
        '"Make America Great Again" was printed on every hat, and Ann Ruiz said, "We Will Win This Time."',
      ).map((q) => q[1]),
    ).toEqual(['His parents stayed', 'We Will Win This Time.']);
  });

  it("reads a quote after a colon that ends the speaker's own verb phrase, and after `chanted`", () => {
    expect(
      quotes(
        'On July 6, Ann Ruiz made the following comment: "For young people the rate is high."',
        'Protesters marching through the streets chanted "What curfew?" and kept going.',
        'The results were clear: "Yes" won by ten points.',
      ),
    ).toEqual([
      ['direct', 'For young people the rate is high.', 'Ann Ruiz', 'made the following comment:'],
      ['direct', 'What curfew?', 'Protesters', 'chanted'],
    ]);
  });

  it("reads a show named after `told MSNBC's` as no quote", () => {
    expect(
      quotes('Bernie Sanders told MSNBC\'s "Morning Joe" that nobody would question her intelligence.').map(
        (q) => q[1],
      ),
    ).toEqual(['nobody would question her intelligence']);
  });

  it('reads `said that "…"` as a direct quote with its cue', () => {
    expect(quotes('Ann Ruiz said that "the budget is a disgrace to the city."')).toEqual([
      ['direct', 'the budget is a disgrace to the city.', 'Ann Ruiz', 'said'],
    ]);
  });

  it('keeps a second quote apart when the sentence runs on past it', () => {
    const article = parseArticle(
      'Title\n\n"It is over," Jane Ruiz said. "You squeezed them hard" to get more, she said.',
      { id: 't' },
    );
    const [first, second] = article.quotes;
    expect(second?.text).toBe('"You squeezed them hard" to get more');
    expect(second?.cueSpan).not.toEqual(first?.cueSpan);
  });

  it('drops a few quoted words that nobody is said to say (titles, nicknames, scare quotes)', () => {
    expect(
      quotes('The show "Fox News Sunday" ran its "rigged system" segment twice.', 'The "Lyin\' Ted" line returned.'),
    ).toEqual([]);
  });

  it('drops a short unattributed fragment inside a sentence, but keeps a sentence-long one', () => {
    expect(
      quotes(
        'The city counted "3,210 shooting victims in the city" this year.',
        '"We will rebuild the whole network before the winter comes," the notice read on the door.',
      ).map((q) => q[1]),
    ).toEqual(['We will rebuild the whole network before the winter comes']);
  });

  it('keeps a short quote that has an attribution', () => {
    expect(quotes('"Not now," Jane Ruiz said.')).toEqual([['direct', 'Not now', 'Jane Ruiz', 'said']]);
  });

  it('reads a speaker with a party label or an age: `Rep. X (D-Wis.) said`, `X, R-Ky., said`, `Mr. King, 82, said`', () => {
    expect(
      quotes(
        '"It is a dog whistle," Rep. Gwen Moore (D-Wis.) said.',
        '"The veto will be overridden," Sen. Mitch McConnell, R-Ky., said.',
        "''I have never been edited,'' Mr. King, 82, said.",
      ),
    ).toEqual([
      ['direct', 'It is a dog whistle', 'Gwen Moore', 'said'],
      ['direct', 'The veto will be overridden', 'Mitch McConnell', 'said'],
      ['direct', 'I have never been edited', 'King', 'said'],
    ]);
  });

  it('reads NYT-style two-apostrophe marks', () => {
    expect(quotes("''It's over,'' Jane Ruiz said.")).toEqual([['direct', "It's over", 'Jane Ruiz', 'said']]);
  });
});

describe('words of the quoted sentence around the attribution', () => {
  it('opens a quote with the words before an attribution set off by commas, when the quote goes on in lower case', () => {
    expect(
      quotes(
        'Mayor Ann Lee spoke on Monday. An economic downturn, she said, "could be a good time to borrow."',
        'On Monday, Mayor Ann Lee said, "We will win."',
      ),
    ).toEqual([
      ['mixed', 'An economic downturn "could be a good time to borrow."', 'Ann Lee', 'said'],
      ['direct', 'We will win.', 'Ann Lee', 'said'],
    ]);
  });
});

describe('words of the quoted sentence after the quote', () => {
  it('takes the rest of the sentence when a quote woven into its cue goes on in lower case', () => {
    expect(
      quotes(
        'Sanders says "the wind is at our backs" despite his loss in Nevada.',
        'Ms. Ruiz said "the plan works" and left the room.',
      ),
    ).toEqual([
      ['mixed', 'the wind is at our backs despite his loss in Nevada', 'Sanders', 'says'],
      ['direct', 'the plan works', 'Ruiz', 'said'],
    ]);
  });
});

describe('titles in quotation marks', () => {
  it('reads a title used as a name inside its sentence as no quote, and a title-case quote after `said` as speech', () => {
    expect(
      quotes(
        'Donald Trump spoke on Monday. Trump told "Fox and Friends" that the plan would work.',
        '"Broad City" star Arturo Castro said the scene was funny.',
        'Donald Trump spoke on Monday. He said "The Hispanics" and swears Latinos love him.',
      ),
    ).toEqual([
      ['indirect', 'the plan would work', 'Donald Trump', 'told'],
      ['indirect', 'the scene was funny', 'Arturo Castro', 'said'],
      ['direct', 'The Hispanics', 'Donald Trump', 'said'],
    ]);
  });
});

describe('a quote split by its attribution', () => {
  it('gives the second piece the cue of the first after `he said, but` and when its sentence goes on in lower case', () => {
    const article = parseArticle(
      'Title\n\n' +
        'Mr. Obama spoke. "You know, I love Larry," he said, but "when it comes to energy, Larry has a history."\n\n' +
        "''It's tinkering at the edges,'' said Alan Cole, an economist. ''I wouldn't call it reform'' for the rich.",
      { id: 't' },
    );
    const [first, second, third, fourth] = article.quotes;
    expect(second?.cueSpan).toEqual(first?.cueSpan);
    expect(fourth?.cueSpan).toEqual(third?.cueSpan);
    expect(first?.cueSpan).not.toEqual(third?.cueSpan);
  });
});

describe("a lower-case quote that finishes the writer's sentence", () => {
  it('reads it as mixed after a cue that takes no bare clause, or with words between cue and quote; as direct after `says` or a comma', () => {
    expect(
      quotes(
        'Ann Ruiz spoke at the vigil for the victims, which she called "an evil, hateful act."',
        'Tom Baker called on leaders "not to feed that dark impulse inside of us."',
        'Jane Lee says "nothing will change until we elect candidates who reject Wall Street money."',
        'Rosa Diaz said, "the damage is done, and nobody can undo it now."',
      ),
    ).toEqual([
      ['mixed', 'an evil, hateful act.', 'Ann Ruiz', 'called'],
      ['mixed', 'not to feed that dark impulse inside of us.', 'Tom Baker', 'called'],
      ['direct', 'nothing will change until we elect candidates who reject Wall Street money.', 'Jane Lee', 'says'],
      ['direct', 'the damage is done, and nobody can undo it now.', 'Rosa Diaz', 'said'],
    ]);
  });

  it("reads one with no cue of its own, right after a word of the writer's sentence, as mixed even when it carries on a speaker", () => {
    expect(
      quotes(
        '"We are here to win," Ann Ruiz said. The party on the ballot "knows how to bring its voters out in the cold."',
      ),
    ).toEqual([
      ['direct', 'We are here to win', 'Ann Ruiz', 'said'],
      ['mixed', 'knows how to bring its voters out in the cold.', 'Ann Ruiz', null],
    ]);
  });
});

describe('a quote nobody is named for', () => {
  it("reads a lower-case piece of the writer's sentence with no cue as a quoted fragment (mixed), a whole quoted sentence as direct", () => {
    expect(
      quotes(
        "The channel grew fast. RT is ''providing a perspective you won't get from the mainstream press.''",
        '"The channel will keep growing, and we will keep watching it."',
      ),
    ).toEqual([
      ['mixed', "providing a perspective you won't get from the mainstream press.", null, null],
      ['direct', 'The channel will keep growing, and we will keep watching it.', null, null],
    ]);
  });
});
