// @vitest-environment node
/** Who a pronoun or a description stands for: the person or body a reader would name. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';

const parse = (paragraphs: readonly string[]) => parseArticle(`Headline\n\n${paragraphs.join('\n\n')}`, { id: 't' });
const speakersOf = (paragraphs: readonly string[]) => parse(paragraphs).quotes.map((q) => q.speakerId);

describe('pronouns before any speaker', () => {
  it('reads `she` as a woman named before it, not only as a subject', () => {
    expect(
      speakersOf([
        'The crowd at the town hall cheered for Senator Helen Marsh on Tuesday.',
        '"We will fix the roads," she said.',
      ]),
    ).toEqual(['helen-marsh']);
  });

  it('passes over a man named since for `she`', () => {
    expect(
      speakersOf([
        'Helen Marsh toured the depot. Robert Quill, the mayor, joined her.',
        '"We will fix the roads," she said.',
      ]),
    ).toEqual(['helen-marsh']);
  });

  it("prefers a person known to be of the pronoun's gender to a nearer one of unknown gender", () => {
    expect(speakersOf(['Devon Ashby toured the plant with Paul Becker.', '"It is a fine plant," he said.'])).toEqual([
      'paul-becker',
    ]);
  });
});

describe('people named again by one word', () => {
  it('reads `he` as the subject named by surname since the last speaker spoke', () => {
    expect(
      speakersOf([
        'Union leader Peter Mills met managers on Monday.',
        '"We are ready," Mr. Tom Hart said.',
        'Mills walked out of the talks. He said the offer was an insult.',
      ]),
    ).toEqual(['tom-hart', 'peter-mills']);
  });

  it('reads a possessive name as the person, not as a new name', () => {
    expect(speakersOf(["Gov. Alan Pryce's office released the plan on Friday.", '"It will work," he said.'])).toEqual([
      'alan-pryce',
    ]);
  });
});

describe('definite descriptions', () => {
  it('reads `the senator` as the person named with the title', () => {
    expect(
      speakersOf(['Sen. Maria Ortiz toured the port on Monday.', '"We need dredging," the senator said.']),
    ).toEqual(['maria-ortiz']);
  });

  it('prefers the person whose role shares more of the description to a nearer one', () => {
    expect(
      speakersOf([
        '"The bill is dead," Ohio Sen. Tom Reyes said.',
        '"The bill is alive," Texas Sen. Paul Duarte said.',
        '"It died in committee," the Ohio senator said.',
      ]),
    ).toEqual(['tom-reyes', 'paul-duarte', 'tom-reyes']);
  });

  it('reads a word for a public figure as the person the story was just about', () => {
    expect(
      speakersOf(['Victor Hale announced his campaign for governor on Monday.', '"I will win," the billionaire said.']),
    ).toEqual(['victor-hale']);
  });

  it('keeps an office nobody was named with, and an anonymous source, apart from the people named', () => {
    expect(
      speakersOf([
        'Victor Hale announced his campaign on Monday.',
        '"He will lose," the president said.',
        '"He has no chance," the official said.',
      ]),
    ).toEqual(['president', 'official']);
  });

  it("keeps somebody else's description apart: `the company's founder`", () => {
    expect(
      speakersOf(['Victor Hale announced his campaign on Monday.', '"He will lose," the company\'s founder said.']),
    ).not.toContain('victor-hale');
  });
});

describe('the writer outside quotation marks', () => {
  const parse = (byline: string) =>
    parseArticle(
      `Why I left the council\n\n${byline}Last year I told the council that the harbour wall would fail. "I am done," I said.\n`,
      { id: 'x' },
    );
  const speakersOf = (byline: string) => {
    const article = parse(byline);
    return article.quotes.map((q) => article.speakers.find((s) => s.id === q.speakerId)?.name ?? null);
  };

  it("gives `I` the byline's author, when the byline names one person", () => {
    expect(speakersOf('By Ann Ruiz\n\n')).toEqual(['Ann Ruiz', 'Ann Ruiz']);
  });

  it('gives `I` no speaker when the byline names two people or none, rather than a speaker called "I"', () => {
    expect(speakersOf('By Ann Ruiz and Tom Baker\n\n')).toEqual([null, null]);
    expect(speakersOf('')).toEqual([null, null]);
  });
});

describe('a pronoun nobody before it fits', () => {
  it("keeps the article's words for the speaker (`They`) while the speaker stays unknown", () => {
    const article = parse(['The vote is on Tuesday. They said the bridge would open in May.']);
    const [quote] = article.quotes;
    const block = article.blocks.find((b) => b.id === quote?.sourceSpan?.blockId);
    expect(quote?.speakerId).toBeNull();
    expect(block?.text.slice(quote?.sourceSpan?.start, quote?.sourceSpan?.end)).toBe('They');
  });

  it('keeps no words for a speaker when no phrase stands where the speaker stands', () => {
    const [quote] = parse(['The vote is on Tuesday. "We will build it."']).quotes;
    expect(quote?.sourceSpan ?? null).toBeNull();
  });
});
