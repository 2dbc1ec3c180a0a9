// @vitest-environment node
/** Title, publication line, dateline, blocks and their kinds. */
import { describe, expect, it } from 'vitest';
import { ArticleInputError, parseArticle } from '@/parser';
import { readDateline } from '@/parser/text/structure';

const parse = (text: string) => parseArticle(text, { id: 't' });

describe('input that cannot become an article', () => {
  it.each([
    ['', /empty/],
    ['   \n\t\n ', /empty/],
    ['***\n\nBody text here.', /no recognisable title/],
    [`${'word '.repeat(100)}\n\nBody.`, /no recognisable title: the first line is \d+ characters long/],
  ])('rejects %j with a one-line ArticleInputError', (text, message) => {
    expect(() => parse(text)).toThrow(ArticleInputError);
    expect(() => parse(text)).toThrow(message);
  });
});

describe('normalisation', () => {
  it('drops a BOM and reads CRLF and CR line ends, keeping block texts exact', () => {
    const article = parse('\uFEFFHeadline here\r\n\r\nFirst paragraph.\r\r"Quoted," Ann Lee said.\r\n');
    expect(article.title).toBe('Headline here');
    expect(article.blocks.map((b) => b.text)).toEqual(['First paragraph.', '"Quoted," Ann Lee said.']);
    expect(article.quotes[0]?.spans[0]).toEqual({ blockId: 'b2', start: 1, end: 7 });
  });

  it('is deterministic', () => {
    const text = 'A title\n\n"One," said Kim Park. "Two," she added.';
    expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)));
  });
});

describe('title and publication line', () => {
  it('reads "by" lines and lets options.published override the date', () => {
    const text = 'Storm hits coast\n\n24/01/2017 22:40 by admin\n\nThe storm arrived.';
    expect(parse(text)).toMatchObject({ title: 'Storm hits coast', published: '2017-01-24T22:40', byline: 'admin' });
    expect(parseArticle(text, { id: 't', published: '2020-02-02' }).published).toBe('2020-02-02');
  });

  it('reads a "By Jane Doe" byline and leaves the body alone', () => {
    const article = parse('Storm hits coast\nBy Jane Doe\n\nThe storm arrived.');
    expect([article.byline, article.published, article.blocks.length]).toEqual(['Jane Doe', null, 1]);
  });
});

describe('dateline', () => {
  it.each([
    ['Washington: In a break from policy', 'Washington', null],
    ['WASHINGTON (AP) — The president said', 'Washington', 'AP'],
    ['NEW YORK, Jan 5 (Reuters) - Stocks fell', 'New York', 'Reuters'],
    ['LONDON — Rain fell', 'London', null],
  ])('reads %j', (text, place, agency) => {
    expect(readDateline(text)).toMatchObject({ place, agency });
  });

  it.each([
    'Update: the road reopened',
    '"Hello," she said.',
    'The minister: a profile',
    'Asked if it would help, she said yes.',
  ])('finds none in %j', (text) => {
    expect(readDateline(text)).toBeNull();
  });

  it('keeps the dateline inside the first block', () => {
    const article = parse('Title\n\nWASHINGTON (AP) — The vote failed.');
    expect([article.dateline, article.credit, article.blocks[0]?.text]).toEqual([
      'Washington',
      'AP',
      'WASHINGTON (AP) — The vote failed.',
    ]);
  });

  it('reads the dateline of the second paragraph when a photo caption stands first, and leaves it out of what was said', () => {
    const article = parse(
      [
        'Ship breaks up',
        'In this photo taken on Tuesday, the rocket stands on its launch pad in Baikonur, Kazakhstan, a day before the launch of the cargo ship it carried.',
        'MOSCOW (AP) — The cargo ship broke up over Siberia on Thursday, the space agency said.',
      ].join('\n\n'),
    );
    expect([article.dateline, article.credit]).toEqual(['Moscow', 'AP']);
    expect(article.quotes.map((q) => q.text)).toEqual(['The cargo ship broke up over Siberia on Thursday']);
  });

  it('reads no dateline from a third paragraph', () => {
    const article = parse('Title\n\nThe vote was close.\n\nIt failed.\n\nLONDON — Rain fell.');
    expect(article.dateline).toBeNull();
  });
});

describe('block kinds', () => {
  const article = parse(
    [
      'Title of the story',
      'Rain fell across the north on Sunday.',
      'Photo: Flooded streets in York',
      'Rivers burst their banks in three counties.',
      'Clean-up begins',
      'Volunteers filled sandbags through the night.',
      'Town clerk Mary Hale called the damage',
      '"the worst in living memory."',
      '(Reuters)',
    ].join('\n\n'),
  );

  it('tells paragraphs, captions, subheadings and credits apart', () => {
    expect(article.blocks.map((b) => [b.id, b.kind])).toEqual([
      ['b1', 'paragraph'],
      ['b2', 'caption'],
      ['b3', 'paragraph'],
      ['b4', 'heading'],
      ['b5', 'paragraph'],
      ['b6', 'paragraph'],
      ['b7', 'paragraph'],
      ['b8', 'credit'],
    ]);
    expect(article.credit).toBe('Reuters');
  });

  it('treats a fragment that runs into a quote paragraph as a paragraph, and attributes the quote', () => {
    expect(article.quotes.map((q) => [q.text, q.speakerId, q.cue])).toEqual([
      ['the worst in living memory.', 'mary-hale', 'called'],
    ]);
  });

  it('joins hard-wrapped lines but splits single-newline paragraphs', () => {
    const wrapped = parse(
      'Title\n\nThe council met on Monday and agreed\nto close the road.\nThe road reopens in May.',
    );
    expect(wrapped.blocks.map((b) => b.text)).toEqual([
      'The council met on Monday and agreed\nto close the road.',
      'The road reopens in May.',
    ]);
  });
});

describe('blocks an HTML page marks', () => {
  const caption = 'The rocket on its launch pad in Baikonur, Kazakhstan, on Tuesday.';
  const credit = '(Oleg Urusov/Roscosmos via AP)';
  const text = [
    'Ship breaks up',
    caption,
    credit,
    'MOSCOW (AP) — The cargo ship broke up over Siberia on Thursday, the space agency said.',
    'What comes next',
    'Both sides will meet again.',
  ].join('\n\n');
  const marked = [
    { text: caption, kind: 'caption' as const },
    { text: credit, kind: 'credit' as const },
    { text: 'What comes next', kind: 'heading' as const },
  ];

  it('reads the dateline of the first paragraph after a photo’s caption and credit, and leaves it out of what was said', () => {
    const article = parseArticle(text, { id: 't', marked });
    expect(article.blocks.map((b) => b.kind)).toEqual(['caption', 'credit', 'paragraph', 'heading', 'paragraph']);
    expect(article.dateline).toBe('Moscow');
    expect(article.quotes.map((q) => q.text)).toEqual(['The cargo ship broke up over Siberia on Thursday']);
  });

  it('keeps a photo’s credit out of the article’s credit, which is its agency’s', () => {
    expect(parseArticle(text, { id: 't', marked }).credit).toBe('AP');
  });

  it('reads the same text unmarked as plain text: no dateline from the third paragraph', () => {
    const article = parseArticle(text, { id: 't' });
    expect(article.blocks[1]?.kind).toBe('paragraph');
    expect(article.dateline).toBeNull();
  });

  it('reads what a marked caption reports someone said', () => {
    const said = 'Water mains break up to 600 times a year in New York City, an official said.';
    const article = parseArticle(`Mains burst\n\n${said}\n\nThe city replaces old pipes.`, {
      id: 't',
      marked: [{ text: said, kind: 'caption' }],
    });
    expect(article.blocks[0]?.kind).toBe('caption');
    expect(article.quotes.map((q) => [q.text, q.cue])).toEqual([
      ['Water mains break up to 600 times a year in New York City', 'said'],
    ]);
  });

  it('takes a mark only for a block with the same text, line ends normalised as the text is', () => {
    const article = parseArticle(text, {
      id: 't',
      marked: [
        { text: 'Both sides will meet', kind: 'heading' },
        { text: `${caption}\r\n`, kind: 'caption' },
      ],
    });
    expect(article.blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('a reference date for an undated article', () => {
  const text = 'Talks to resume\n\nTalks will resume on Friday, the minister said on Monday.';

  it('resolves relative dates against it, keeps the publication date unknown and says which date it used', () => {
    const article = parseArticle(text, { id: 't', relativeTo: '2024-05-01' });
    expect(article.published).toBeNull();
    expect(article.referenceDate).toBe('2024-05-01');
    expect(article.events.map((e) => [e.expression, e.timex?.value])).toEqual([
      ['Friday', '2024-05-03'],
      ['Monday', '2024-04-29'],
    ]);
  });

  it('is not used when the article gives its date', () => {
    const article = parseArticle(`Talks to resume\n2024-06-03\n\n${text.split('\n\n')[1]}`, {
      id: 't',
      relativeTo: '2024-05-01',
    });
    expect([article.published, article.referenceDate]).toEqual(['2024-06-03', undefined]);
    expect(article.events.map((e) => e.timex?.value)).toEqual(['2024-06-07', '2024-06-03']);
  });
});
