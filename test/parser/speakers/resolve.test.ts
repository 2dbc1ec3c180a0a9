// @vitest-environment node
/** Speaker resolution through the whole parser: surnames, pronouns, and long articles that name the same people again and again. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';

const parse = (paragraphs: readonly string[]) => parseArticle(`Headline\n\n${paragraphs.join('\n\n')}`, { id: 't' });
const speakersOf = (paragraphs: readonly string[]) => {
  const article = parse(paragraphs);
  return article.quotes.map((q) => q.speakerId);
};

describe('surnames', () => {
  it('reads a surname as the nearest person named in full with it', () => {
    expect(
      speakersOf([
        '"The talks went well," Anna Kelly said.',
        '"We disagree," John Kelly said.',
        '"We will meet again," Kelly said.',
        '"I was there," Anna Kelly said.',
        '"Nothing changed," Kelly said.',
      ]),
    ).toEqual(['anna-kelly', 'john-kelly', 'john-kelly', 'anna-kelly', 'anna-kelly']);
  });

  it('prefers the full name whose gender matches an honorific, however recent the other', () => {
    expect(
      speakersOf([
        '"We are ready," Mr. Sean Spicer said.',
        '"We are not," Mary Spicer, a spokeswoman, said.',
        '"We are ready," Mr. Spicer said.',
        '"We are not," Ms. Spicer said.',
      ]),
    ).toEqual(['sean-spicer', 'mary-spicer', 'sean-spicer', 'mary-spicer']);
  });

  it('keeps two people with one surname apart after each was named many times', () => {
    const paragraphs: string[] = [];
    for (let i = 0; i < 150; i++)
      paragraphs.push('"We will take it," Mr. Sean Spicer said.', '"We will not," Ms. Mary Spicer said.');
    paragraphs.push('"Yes," Mr. Spicer said.', '"No," Ms. Spicer said.', '"Maybe," Spicer said.');
    const article = parse(paragraphs);
    expect(article.speakers.map((s) => s.id).sort()).toEqual(['mary-spicer', 'sean-spicer']);
    expect(article.quotes.slice(-3).map((q) => q.speakerId)).toEqual(['sean-spicer', 'mary-spicer', 'mary-spicer']);
  });

  it('remembers the gender an earlier mention gave after later mentions leave it out', () => {
    expect(
      speakersOf([
        '"First," Mr. Lee Park said.',
        '"Second," Lee Park said.',
        '"Third," Kim Park said.',
        '"Fourth," Lee Park said.',
        '"Fifth," Ms. Kim Park said.',
        '"Sixth," Mr. Park said.',
      ]),
    ).toEqual(['lee-park', 'lee-park', 'kim-park', 'lee-park', 'kim-park', 'lee-park']);
  });

  it('resolves alternating full and surname mentions to one speaker with the surname as alias', () => {
    const paragraphs: string[] = [];
    for (let i = 0; i < 500; i++)
      paragraphs.push('"We will take it," Sean Spicer said.', '"We will take it," Spicer said.');
    const article = parse(paragraphs);
    expect(article.speakers).toEqual([
      expect.objectContaining({ id: 'sean-spicer', name: 'Sean Spicer', aliases: ['Spicer'] }),
    ]);
    expect(article.quotes).toHaveLength(1000);
    expect(article.quotes.every((q) => q.speakerId === 'sean-spicer')).toBe(true);
  });

  it('takes no verb that opens a sentence for a first name (`See Sexton’s …`, `Does Rubio …?`)', () => {
    expect(
      speakersOf([
        '"I grew up poor," said Jared Sexton, a writer.',
        '(See Sexton’s full timeline of the rally below.)',
        'Does Rubio oppose the bill?',
        '"We were proud," Sexton said.',
      ]),
    ).toEqual(['jared-sexton', 'jared-sexton']);
  });

  it('reads `the Journal` as the Wall Street Journal that spoke before, and a watchdog named `Watch` as an organisation', () => {
    const article = parse([
      'The Wall Street Journal reported that the campaign was broke.',
      'The Journal said the campaign had spent two million dollars.',
      'Judicial Watch questioned whether the server broke the law.',
    ]);
    expect(article.quotes.map((q) => q.speakerId)).toEqual([
      'wall-street-journal',
      'wall-street-journal',
      'judicial-watch',
    ]);
    expect(article.speakers.map((s) => [s.name, s.kind, s.aliases])).toEqual([
      ['Wall Street Journal', 'organization', ['Journal']],
      ['Judicial Watch', 'organization', []],
    ]);
  });

  it('reads `the Dutchman` as the person the story is about, and a Dutch name particle as part of the name', () => {
    const article = parse([
      'Manchester United manager Erik ten Hag said his side had been unlucky.',
      '"We created chances," the Dutchman told reporters.',
    ]);
    expect(article.quotes.map((q) => q.speakerId)).toEqual(['erik-ten-hag', 'erik-ten-hag']);
    expect(article.speakers.map((s) => [s.name, s.role])).toEqual([['Erik ten Hag', 'Manchester United manager']]);
  });

  it('reads a surname as the person who has spoken, not one named once since; and no weekday or building in a name', () => {
    expect(
      speakersOf([
        '"We have to act," said Sen. Chris Murphy.',
        'Among the dead was Anne Marie Murphy, a teacher.',
        '"I was unprepared," Murphy told reporters.',
        'Donald Trump spoke at Trump Tower on Monday.',
        'Trump Wednesday said the wall would be built.',
      ]),
    ).toEqual(['chris-murphy', 'chris-murphy', 'donald-trump']);
  });

  it("names `his campaign`, `her spokesman` by their owner, the pronoun's antecedent", () => {
    const article = parse([
      'Ann Ruiz spoke in Dayton on Monday.',
      'Her campaign said the rally drew 2,000 people.',
      'His campaign manager Tom Baker said the count was wrong.',
    ]);
    expect(article.quotes.map((q) => article.speakers.find((s) => s.id === q.speakerId)?.name)).toEqual([
      'Ann Ruiz’s campaign',
      'Tom Baker',
    ]);
  });

  it('finds the person behind a surname among many other people named since', () => {
    const paragraphs = ['"It began here," Laura Whitfield said.'];
    const others = ['Okafor', 'Brennan', 'Novak', 'Haddad', 'Moreau', 'Tanaka', 'Rossi', 'Osei'];
    for (let i = 0; i < 60; i++)
      paragraphs.push(`"Point ${i}," ${others[i % others.length] ?? ''} Lindqvist${i} said.`);
    paragraphs.push('"It ends here," Whitfield said.');
    expect(speakersOf(paragraphs).at(-1)).toBe('laura-whitfield');
  });
});

describe('pronouns', () => {
  it('never reads `she` as a man known by his first name, nor `he` as a woman', () => {
    expect(
      speakersOf([
        '"This is the safest choice," Mayor Ted Wheeler said.',
        'Council member Maria Lopez disagreed. She said the plan would hurt small businesses.',
        '"We did not hear from the shop owners," she said.',
        '"We listened," he said.',
      ]),
    ).toEqual(['ted-wheeler', 'maria-lopez', 'maria-lopez', 'ted-wheeler']);
  });

  it('reads a pronoun as the subject of the sentence before, of its gender, named since the last speaker spoke', () => {
    expect(
      speakersOf([
        '"We are ready," Mr. Tom Hart said.',
        'Union leader Peter Mills walked out of the talks. He said the offer was an insult.',
      ]),
    ).toEqual(['tom-hart', 'peter-mills']);
  });

  it('keeps the last speaker when the subject named since is of unknown gender', () => {
    expect(
      speakersOf([
        '"We are ready," Mr. Tom Hart said.',
        'Drew Kessler walked out of the talks. He said the offer was fair.',
      ]),
    ).toEqual(['tom-hart', 'tom-hart']);
  });
});
