// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '@/article';
import { chooseAnnotations, cueClass, goldAttributions, parseBrat, placeBlocks, TokenizedText } from '@/eval';

describe('goldAttributions', () => {
  const text = 'Title\n\nShe said “we will win” and that “it is over.” He denied it. “Yes,” they said, “we did.”';
  /** brat offsets "start end" from the start of `from` to the end of `to`. */
  const offsets = (from: string, to = from, after = 0) => {
    const start = text.indexOf(from, after);
    return `${start} ${text.indexOf(to, start) + to.length}`;
  };
  const brat = parseBrat(
    [
      `T1\tContent ${offsets('“we will win”', '“it is over.”')}`,
      `T2\tCue ${offsets('said')}`,
      `T3\tSource ${offsets('She')}`,
      'E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3',
      `T4\tContent ${offsets('it.')}`,
      `T5\tCue ${offsets('denied')}`,
      'E2\tAttribution:T5 Content:T4 Cue:T5',
      `T6\tContent ${offsets('“Yes,”')};${offsets('“we did.”')}`,
      `T7\tCue ${offsets('said', 'said', text.indexOf('they'))}`,
      'E3\tAttribution:T7 Content:T6 Cue:T7',
      'E4\tAttribution:T7 Cue:T7',
    ].join('\n'),
  );
  const gold = goldAttributions(brat, new TokenizedText(text));

  it('classifies content as direct, mixed or indirect by its words inside quotation marks', () => {
    expect(gold.attributions.map((a) => [a.id, a.kind])).toEqual([
      ['E1', 'mixed'],
      ['E2', 'indirect'],
      ['E3', 'direct'],
    ]);
  });

  it('keeps both fragments of a discontinuous content, and skips events without content', () => {
    expect(gold.attributions[2]?.content).toHaveLength(2);
    expect(gold.attributions[1]?.source).toEqual([]);
    expect(gold.skipped).toBe(1);
  });
});

describe('chooseAnnotations', () => {
  it('takes, per article, the annotator whose id sorts first', () => {
    const chosen = chooseAnnotations(['b_x_d473.ann', 'a_ef2d.ann', 'a_4e07.ann', 'b_x_5fec.ann', 'notes.txt']);
    expect([...chosen]).toEqual([
      ['a', 'a_4e07.ann'],
      ['b_x', 'b_x_5fec.ann'],
    ]);
  });
});

describe('placeBlocks', () => {
  it('finds each block in the document, in order, even when the parser dropped a dateline', () => {
    const doc = 'Title\n\nWASHINGTON — It rained. He said so.\n\nIt rained.\n';
    const article = {
      title: 'Title',
      blocks: [
        { id: 'b1', kind: 'paragraph', text: 'It rained. He said so.' },
        { id: 'b2', kind: 'paragraph', text: 'It rained.' },
        { id: 'b3', kind: 'paragraph', text: 'Not in the text.' },
      ],
    } as Pick<Article, 'title' | 'blocks'> as Article;
    const placed = placeBlocks(doc, article);
    expect(placed.get('b1')).toBe(doc.indexOf('It rained. He'));
    expect(placed.get('b2')).toBe(doc.lastIndexOf('It rained.'));
    expect(placed.has('b3')).toBe(false);
  });
});

describe('cueClass', () => {
  it('tells verbs of saying (and a colon) from thought and intention, and both from evidence', () => {
    expect(['said', 'told reporters', 'according to', 'in a statement', 'tweeted', ':', 'added'].map(cueClass)).toEqual(
      Array(7).fill('speech'),
    );
    expect(
      ['believes', 'thinks', 'knows', 'fears', 'hopes', 'wants', 'is expected', 'plans', 'intends', 'is concerned'].map(
        cueClass,
      ),
    ).toEqual(Array(10).fill('thought'));
    expect(['seemed', 'appears', 'supports'].map(cueClass)).toEqual(Array(3).fill('thought'));
    // A word of saying wins: the writer reports words.
    expect(cueClass('said he believes')).toBe('speech');
    expect(['shows', 'found', 'in', 'endorsed', ''].map(cueClass)).toEqual(Array(5).fill('other'));
  });
});

describe('placeBlocks with changed blank space', () => {
  it('places a block whose line break became a space, since its offsets still line up', () => {
    const doc = 'Title\n\nOne line\nand the next.\n';
    const article = {
      title: 'Title',
      blocks: [{ id: 'b1', kind: 'paragraph', text: 'One line and the next.' }],
    } as Pick<Article, 'title' | 'blocks'> as Article;
    expect(placeBlocks(doc, article).get('b1')).toBe(7);
  });

  it('does not place a block whose blank space changed length', () => {
    const doc = 'Title\n\nOne line\n   and the next.\n';
    const article = {
      title: 'Title',
      blocks: [{ id: 'b1', kind: 'paragraph', text: 'One line and the next.' }],
    } as Pick<Article, 'title' | 'blocks'> as Article;
    expect(placeBlocks(doc, article).has('b1')).toBe(false);
  });
});
