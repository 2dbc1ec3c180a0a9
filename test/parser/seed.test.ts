// @vitest-environment node
/** The seed article, read the way a careful human reader reads it. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { blockStarting, quoteStarting, readFixture, slice } from './helpers';

const article = parseArticle(readFixture('seeds/000_8f6650f81ca84753.txt'), { id: '000_8f6650f81ca84753' });

describe('seed article: structure', () => {
  it('reads title, publication line, dateline and credit', () => {
    expect(article.id).toBe('000_8f6650f81ca84753');
    expect(article.title).toBe('President Trump open to joining Russian strikes against ISIS in Syria: White House');
    expect(article.published).toBe('2017-01-24T22:40');
    expect(article.byline).toBe('admin');
    expect(article.dateline).toBe('Washington');
    expect(article.credit).toBe('With AP Inputs');
  });

  it('keeps the dateline inside the first paragraph and numbers blocks in reading order', () => {
    expect(article.blocks[0]).toEqual({
      id: 'b1',
      kind: 'paragraph',
      text: expect.stringMatching(/^Washington: In a significant break/) as unknown as string,
    });
    expect(article.blocks.map((b) => b.id)).toEqual(article.blocks.map((_, i) => `b${i + 1}`));
    expect(article.blocks).toHaveLength(18);
  });

  it('recognises the caption, the subheading and the credit, and nothing else as non-paragraph', () => {
    const special = article.blocks.filter((b) => b.kind !== 'paragraph').map((b) => [b.kind, b.text]);
    expect(special).toEqual([
      ['caption', 'File pic - US President Donald Trump'],
      ['heading', 'Russia eager to work with Trump administration'],
      ['credit', '- With AP Inputs'],
    ]);
  });
});

describe('seed article: speakers', () => {
  it('finds exactly the people, organisations and groups who speak', () => {
    expect(article.speakers).toEqual([
      { id: 'white-house', name: 'White House', role: null, kind: 'organization', aliases: [] },
      {
        id: 'sean-spicer',
        name: 'Sean Spicer',
        role: 'White House press secretary',
        kind: 'person',
        aliases: ['Spicer'],
      },
      {
        id: 'barack-obama',
        name: 'Barack Obama',
        role: 'President',
        kind: 'person',
        aliases: ['Obama'],
      },
      {
        id: 'donald-trump',
        name: 'Donald Trump',
        role: 'US President',
        kind: 'person',
        aliases: ['Trump'],
      },
      {
        id: 'russian-ministry-of-defense',
        name: 'Russian Ministry of Defense',
        role: null,
        kind: 'organization',
        aliases: [],
      },
      { id: 'pentagon-officials', name: 'Pentagon officials', role: null, kind: 'group', aliases: [] },
      {
        id: 'john-dorrian',
        name: 'John Dorrian',
        role: 'US Air Force Col., chief spokesman for the US-led coalition in Baghdad',
        kind: 'person',
        aliases: [],
      },
      {
        id: 'adrian-j-rankine-galloway',
        name: 'Adrian J. Rankine-Galloway',
        role: 'spokesman',
        kind: 'person',
        aliases: [],
      },
    ]);
  });

  it('takes no place, weekday, group name or byline for a speaker', () => {
    const names = article.speakers.flatMap((s) => [s.name, ...s.aliases].map((n) => n.toLowerCase()));
    for (const wrong of [
      'washington',
      'monday',
      'friday',
      'isis',
      'syria',
      'baghdad',
      'ap',
      'admin',
      'russia',
      'moscow',
      'mattis',
    ]) {
      expect(names).not.toContain(wrong);
    }
  });
});

describe('seed article: quotes', () => {
  it('finds the six direct quotes with their true speakers and cues', () => {
    const direct = article.quotes
      .filter((q) => q.kind === 'direct')
      .map((q) => [q.speakerId, q.cue, slice(article, q.sourceSpan), q.text]);
    expect(direct).toEqual([
      [
        'sean-spicer',
        'said',
        'Spicer',
        "I think if there's a way that we can combat ISIS with any country, whether it's Russia or anyone else, and we have a shared national interest in that, sure, we'll take it",
      ],
      [
        'sean-spicer',
        'said',
        'Spicer',
        "We're not going to get together with people under the guise of defeating ISIS if that's not truly their guise.",
      ],
      ['sean-spicer', 'added', 'He', "So let's not take that too far."],
      ['sean-spicer', 'said', 'Spicer', 'I think he has ordered it'],
      [
        'sean-spicer',
        'added',
        'he',
        'At that time, he will continue to have conversations about what he wants from them and the joint chiefs',
      ],
      ['john-dorrian', 'called', 'US Air Force Col. John Dorrian', 'rubbish.'],
    ]);
  });

  it("marks Obama's belief as a thought and every other attribution as speech", () => {
    const acts = article.quotes.map((q) => [q.act, q.speakerId, q.cue]);
    expect(acts.filter(([act]) => act === 'thought')).toEqual([['thought', 'barack-obama', 'believed']]);
    expect(acts.filter(([act]) => act === 'speech')).toHaveLength(15);
  });

  it('finds the reported statements with their speakers and cues', () => {
    const reported = article.quotes.filter((q) => q.kind !== 'direct').map((q) => [q.kind, q.speakerId, q.cue, q.text]);
    expect(reported).toEqual([
      [
        'indirect',
        'white-house',
        'suggested',
        'it can reverse a previous refusal to coordinate military action with Russia as long as it backs the Syrian government',
      ],
      [
        'indirect',
        'sean-spicer',
        'said',
        'the Trump administration has opened the door to cooperating with Russia – or anyone else – to combat the Islamic State group in Syria',
      ],
      [
        'indirect',
        'sean-spicer',
        'suggested',
        'Trump already has told Defense Secretary James Mattis to review how he might change the US approach to fighting the Islamic State',
      ],
      [
        'indirect',
        'sean-spicer',
        'adding',
        'Trump would discuss the matter with Mattis during a visit to the Pentagon Friday',
      ],
      // Not a quote: the writer's account of what Obama believed (a thought).
      ['indirect', 'barack-obama', 'believed', 'Moscow was acting counter to US interests by propping up Assad'],
      ['indirect', 'barack-obama', 'called', 'whose government illegitimate'],
      // A noun as the cue: Trump's statements during the campaign that he welcomed …
      ['indirect', 'donald-trump', 'statements', 'he welcomed opportunities to improve relations with Moscow'],
      [
        'indirect',
        'russian-ministry-of-defense',
        'announced',
        'the US had provided targeting information for a joint airstrike against Islamic State fighters in Syria',
      ],
      ['indirect', 'pentagon-officials', 'denied', 'the Russian assertion'],
      [
        'indirect',
        'adrian-j-rankine-galloway',
        'said',
        'the U.S. military is not providing targeting information to the Russians or coordinating air operations with them',
      ],
    ]);
  });

  it('gives every quote spans that slice to its text, in reading order', () => {
    expect(article.quotes.map((q) => q.id)).toEqual(article.quotes.map((_, i) => `q${i + 1}`));
    for (const quote of article.quotes) {
      expect(quote.spans.map((s) => slice(article, s)).join(' ')).toBe(quote.text);
      expect(slice(article, quote.cueSpan)).toBe(quote.cue);
    }
  });

  it('places "rubbish." in its own paragraph and its cue in the paragraph before', () => {
    const rubbish = quoteStarting(article, 'rubbish.');
    const own = blockStarting(article, '"rubbish."');
    const before = blockStarting(article, 'US Air Force Col. John Dorrian');
    expect(rubbish.spans).toEqual([{ blockId: own.id, start: 1, end: 9 }]);
    expect(rubbish.cueSpan?.blockId).toBe(before.id);
    expect(rubbish.sourceSpan).toEqual({ blockId: before.id, start: 0, end: 30 });
  });

  it('points the "He added" quote at the words inside the marks', () => {
    const quote = quoteStarting(article, "So let's");
    const block = blockStarting(article, 'He added');
    expect(quote.spans).toEqual([{ blockId: block.id, start: 11, end: 42 }]);
    expect(quote.cueSpan).toEqual({ blockId: block.id, start: 3, end: 8 });
    expect(quote.sourceSpan).toEqual({ blockId: block.id, start: 0, end: 2 });
  });
});

describe('seed article: claims', () => {
  it('pairs the Russian claim with its three denials', () => {
    const byQuote = (id: string) => article.quotes.find((q) => q.id === id)?.text;
    const claims = article.claims.map((c) => [c.id, c.stance, c.speakerId, c.respondsTo, c.quoteIds.map(byQuote)]);
    expect(claims).toEqual([
      [
        'c1',
        'claim',
        'russian-ministry-of-defense',
        null,
        ['the US had provided targeting information for a joint airstrike against Islamic State fighters in Syria'],
      ],
      ['c2', 'denial', 'pentagon-officials', 'c1', ['the Russian assertion']],
      ['c3', 'denial', 'john-dorrian', 'c1', ['rubbish.']],
      [
        'c4',
        'denial',
        'adrian-j-rankine-galloway',
        'c1',
        [
          'the U.S. military is not providing targeting information to the Russians or coordinating air operations with them',
        ],
      ],
    ]);
    expect(article.claims[2]?.text).toBe('called the Russian statement "rubbish."');
  });
});
