// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article, type Quote, type Speaker } from '@/article';
import { figures, parseBrat, scoreDocument } from '@/eval';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/brat/dev', name), 'utf8');
const text = fixture('text/mayor.txt');
const brat = parseBrat(fixture('attributions/mayor_4b22.ann'));

const B1 = 'Mayor Jane Doe said the bridge would open in May. “It will change the city,” she added.';
const B2 = 'The council disagreed, according to a statement.';

/** The block-relative span of the first `words` in a block. */
function span(blockId: 'b1' | 'b2', words: string) {
  const block = blockId === 'b1' ? B1 : B2;
  const start = block.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${blockId}`);
  return { blockId, start, end: start + words.length };
}

const jane: Speaker = { id: 'jane-doe', name: 'Jane Doe', role: 'Mayor', kind: 'person', aliases: ['Doe'] };

function quote(
  id: string,
  kind: Quote['kind'],
  blockId: 'b1' | 'b2',
  words: string,
  extra: Partial<Quote> = {},
): Quote {
  return {
    id,
    speakerId: null,
    kind,
    act: 'speech',
    cue: null,
    cueSpan: null,
    sourceSpan: null,
    text: words,
    spans: [span(blockId, words)],
    ...extra,
  };
}

function article(quotes: Quote[], speakers: Speaker[] = [jane]): Article {
  return ArticleSchema.parse({
    schemaVersion: 2,
    id: 'mayor',
    title: 'Doe Says Bridge Will Open',
    published: null,
    byline: null,
    dateline: null,
    credit: null,
    blocks: [
      { id: 'b1', kind: 'paragraph', text: B1 },
      { id: 'b2', kind: 'paragraph', text: B2 },
    ],
    speakers,
    quotes,
    claims: [],
    events: [],
  });
}

/*
 * Gold (mayor_4b22.ann): E1 is in the title and is not scored. Scored:
 *   E2 indirect "the bridge would open in May" (6 words), cue said, source "Mayor Jane Doe"
 *   E3 direct   "“It will change the city,”" (5 words), cue added, source "she"
 *   E4 indirect "The council disagreed" (3 words), cue "according to", no source
 * Predicted:
 *   q1 direct   "It will change the city", cue added, speaker Jane Doe, no source span
 *   q2 indirect "the bridge would open" (4 words), cue said, no speaker
 *   q3 indirect "The council disagreed", no cue
 *   q4 indirect "the city" (2 words), no cue
 * Overlaps: q1–E3 5/5 = 1; q3–E4 3/3 = 1; q2–E2 4/6 = 0.67; q4–E3 2/5 = 0.4 (E3 taken by q1).
 *   content @0.5: 3 matched of 3 gold, 4 predicted: P 3/4, R 1, F1 = 2·0.75/1.75 = 6/7
 *   content @0.8: 2 matched (q2–E2 falls below): P 2/4, R 2/3, F1 = 2·(1/2·2/3)/(1/2+2/3) = 4/7
 *   direct: gold {E3}, predicted {q1}: 1/1/1, F1 1
 *   cue: gold said, added, according to; predicted added, said: P 1, R 2/3, F1 0.8
 *   cue on matched: E2 said=said, E3 added=added, E4 no predicted cue: 2/3
 *   speaker (matched gold with a source: E2, E3): E2 q2 has no speaker, wrong;
 *     E3 "she" refers to the nearest earlier named source, Mayor Jane Doe, and q1 names Jane Doe: right. 1/2
 */
describe('scoreDocument on the mayor fixture', () => {
  const predicted = article([
    quote('q1', 'direct', 'b1', 'It will change the city', {
      speakerId: 'jane-doe',
      cue: 'added',
      cueSpan: span('b1', 'added'),
    }),
    quote('q2', 'indirect', 'b1', 'the bridge would open', { cue: 'said', cueSpan: span('b1', 'said') }),
    quote('q3', 'indirect', 'b2', 'The council disagreed'),
    quote('q4', 'indirect', 'b1', 'the city'),
  ]);
  const score = scoreDocument('mayor', text, brat, predicted);
  const f = figures([{ split: 'fixture', documents: [score], rejected: 0, failed: [], parseMs: 0 }]);

  it('sets the title attribution aside', () => {
    expect(score.titleGold).toBe(1);
    expect(score.scores.content.at50.gold).toBe(3);
  });

  it('scores content spans at 0.5 and 0.8 overlap', () => {
    expect(f.content.at50).toMatchObject({ matched: 3, gold: 3, predicted: 4, precision: 0.75, recall: 1 });
    expect(f.content.at50.f1).toBeCloseTo(6 / 7, 10);
    expect(f.content.at80).toMatchObject({ matched: 2, precision: 0.5 });
    expect(f.content.at80.recall).toBeCloseTo(2 / 3, 10);
    expect(f.content.at80.f1).toBeCloseTo(4 / 7, 10);
  });

  it('scores direct quotes, cues and speakers', () => {
    expect(f.direct.at50).toMatchObject({ matched: 1, gold: 1, predicted: 1, f1: 1 });
    expect(f.cue).toMatchObject({ matched: 2, gold: 3, predicted: 2, precision: 1 });
    expect(f.cue.f1).toBeCloseTo(0.8, 10);
    expect(f.cueOnMatched).toMatchObject({ hits: 2, total: 3 });
    expect(f.speaker).toMatchObject({ hits: 1, total: 2, accuracy: 0.5 });
    expect(f.recallByKind.direct).toMatchObject({ hits: 1, total: 1 });
    expect(f.recallByKind.indirect).toMatchObject({ hits: 2, total: 2 });
    // said, added and according to are all verbs of saying.
    expect(f.recallByCueClass).toMatchObject({ speech: { hits: 3, total: 3 }, other: { hits: 0, total: 0 } });
  });

  it('lists the false alarm with its partial overlap, and the wrong speaker', () => {
    expect(score.misses).toEqual([
      expect.objectContaining({ side: 'predicted', content: 'the city', bestOverlap: 0.4 }),
    ]);
    expect(score.speakerErrors).toEqual([
      expect.objectContaining({ goldSource: 'Mayor Jane Doe', predictedSpeaker: null }),
    ]);
  });
});

describe('scoreDocument, other cases', () => {
  it('scores an article the parser rejected as no predictions', () => {
    const score = scoreDocument('mayor', text, brat, null);
    expect(score.scores.content.at50).toEqual({ matched: 0, gold: 3, predicted: 0 });
    expect(score.misses.filter((m) => m.side === 'gold')).toHaveLength(3);
  });

  /*
   * One quote split by its attribution comes out of the parser as two quotes
   * with the same cue: merged into one attribution "the bridge would open … It
   * will change the city" (4 + 5 = 9 words), which shares with E3 its 5 words:
   * 5/9 = 0.56, a match at 0.5 (and with E2 4/9 = 0.44, not one). Alone, either
   * piece would give one match and one false alarm; merged: 1 matched, 1 predicted.
   */
  it('merges predicted quotes that share a cue span', () => {
    const cue = { cue: 'added', cueSpan: span('b1', 'added') };
    const score = scoreDocument(
      'mayor',
      text,
      brat,
      article([
        quote('q1', 'indirect', 'b1', 'the bridge would open', cue),
        quote('q2', 'direct', 'b1', 'It will change the city', cue),
      ]),
    );
    expect(score.scores.content.at50).toEqual({ matched: 1, gold: 3, predicted: 1 });
    expect(score.scores.cue).toEqual({ matched: 1, gold: 3, predicted: 1 });
  });

  /*
   * A predicted direct quote over words outside quotation marks (a transcript
   * line) is verbatim, but PolNeAR reads an attribution's kind from the marks:
   * "The council disagreed" is gold E4, indirect. It counts for content (a
   * match) and is left out of the direct figures, where it could match nothing.
   */
  it('scores a direct quote without quotation marks as content, not as a direct quote', () => {
    const score = scoreDocument('mayor', text, brat, article([quote('q1', 'direct', 'b2', 'The council disagreed')]));
    expect(score.scores.content.at50).toEqual({ matched: 1, gold: 3, predicted: 1 });
    expect(score.scores.direct.at50).toEqual({ matched: 0, gold: 1, predicted: 0 });
  });

  it('accepts the same pronoun at the same place as the gold source', () => {
    const score = scoreDocument(
      'mayor',
      text,
      brat,
      article(
        [
          quote('q1', 'direct', 'b1', 'It will change the city', {
            speakerId: 'city-hall',
            sourceSpan: span('b1', 'she'),
          }),
        ],
        [{ id: 'city-hall', name: 'City Hall', role: null, kind: 'organization', aliases: [] }],
      ),
    );
    expect(score.scores.speaker).toEqual({ hits: 1, total: 1 });
  });
});
