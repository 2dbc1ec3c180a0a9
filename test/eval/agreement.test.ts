// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figures, multiplyAnnotated, pairwiseScores, parseBrat } from '@/eval';

const text = 'Title\n\nAnna Lee said the plan would fail. She believes it is too late. “We will see,” Bo Ray said.';
const at = (words: string, after = 0) => {
  const start = text.indexOf(words, after);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return `${start} ${start + words.length}`;
};
const secondSaid = text.indexOf('Bo Ray');

/** Annotator A: three attributions, one of them a belief. */
const a = parseBrat(
  [
    `T1\tSource ${at('Anna Lee')}`,
    `T2\tCue ${at('said')}`,
    `T3\tContent ${at('the plan would fail')}`,
    'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
    `T4\tSource ${at('She')}`,
    `T5\tCue ${at('believes')}`,
    `T6\tContent ${at('it is too late')}`,
    'E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4',
    `T7\tContent ${at('“We will see,”')}`,
    `T8\tCue ${at('said', secondSaid)}`,
    `T9\tSource ${at('Bo Ray')}`,
    'E3\tAttribution:T8 Content:T7 Cue:T8 Source:T9',
  ].join('\n'),
);
/**
 * Annotator B: no belief; a shorter first content (3 of A's 4 words: overlap
 * 0.75), a shorter source (`Lee`), and the quote without its marks.
 */
const b = parseBrat(
  [
    `T1\tSource ${at('Lee')}`,
    `T2\tCue ${at('said')}`,
    `T3\tContent ${at('plan would fail')}`,
    'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
    `T4\tContent ${at('We will see')}`,
    `T5\tCue ${at('said', secondSaid)}`,
    `T6\tSource ${at('Bo Ray')}`,
    'E2\tAttribution:T5 Content:T4 Cue:T5 Source:T6',
  ].join('\n'),
);

/*
 * A as gold, B as prediction: 2 of 3 matched at 0.5 (the belief is missed),
 * and B as gold, A as prediction: 2 of 2, with 3 predicted. Pooled:
 *   content @0.5: 4 matched, 5 gold, 5 predicted: P = R = F1 = 0.8;
 *   content @0.8 and exact: only the quote (the same words): 2/5/5, F1 0.4;
 *   direct: A's quote and B's (inside the marks): 2/2/2;
 *   cue: said and said match both ways, believes does not: 4/5/5;
 *   speaker: Lee shares a word with Anna Lee, Bo Ray is Bo Ray: 4/4;
 *   recall by cue: the belief is a thought, missed: 0/1.
 */
describe('pairwiseScores', () => {
  const scores = pairwiseScores('article', text, [a, b]);
  const f = figures([{ split: 'annotators', documents: scores, rejected: 0, failed: [], parseMs: 0 }]);

  it('scores each ordered pair of annotations, one as gold and the other as prediction', () => {
    expect(scores).toHaveLength(2);
    expect(f.content.at50).toMatchObject({ matched: 4, gold: 5, predicted: 5, precision: 0.8, recall: 0.8 });
    expect(f.content.at50.f1).toBeCloseTo(0.8, 10);
  });

  it('counts a match at 0.8 and an exact match only when the words are the same', () => {
    expect(f.content.at80).toMatchObject({ matched: 2, gold: 5, predicted: 5 });
    expect(f.content.exact).toMatchObject({ matched: 2, gold: 5, predicted: 5 });
    expect(f.content.exact.f1).toBeCloseTo(0.4, 10);
  });

  it('scores direct quotes, cues and speakers between annotators as for the parser', () => {
    expect(f.direct.at50).toMatchObject({ matched: 2, gold: 2, predicted: 2 });
    expect(f.cue).toMatchObject({ matched: 4, gold: 5, predicted: 5 });
    expect(f.speaker).toMatchObject({ hits: 4, total: 4 });
    expect(f.recallByCueClass.thought).toMatchObject({ hits: 0, total: 1 });
    expect(f.recallByCueClass.speech).toMatchObject({ hits: 4, total: 4 });
  });

  it('makes n·(n−1) pairs, and two identical annotations agree fully', () => {
    const three = pairwiseScores('article', text, [a, b, a]);
    expect(three).toHaveLength(6);
    const same = three[1]; // A against its copy
    expect(same?.scores.content.exact).toEqual({ matched: 3, gold: 3, predicted: 3 });
    expect(same?.scores.speaker).toEqual({ hits: 3, total: 3 });
  });
});

describe('multiplyAnnotated', () => {
  it('keeps the articles that two or more people annotated, with their files', () => {
    const files = ['x_d473.ann', 'y_4b22.ann', 'x_4b22.ann', 'notes.txt', 'z_5fec.ann', 'z_6b86.ann', 'z_ef2d.ann'];
    expect(multiplyAnnotated(files)).toEqual(
      new Map([
        ['x', ['x_4b22.ann', 'x_d473.ann']],
        ['z', ['z_5fec.ann', 'z_6b86.ann', 'z_ef2d.ann']],
      ]),
    );
  });
});
