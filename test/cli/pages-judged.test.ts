import { describe, expect, it } from 'vitest';
import { judgedLines, parseJudged, scoreJudged } from '@/cli/pages-judged';
import { parseArticle } from '@/parser';

const article = parseArticle(
  `Council approves new bridge over the river

25/01/2017 09:00 by Jane Roe

"This is a great day for the city," Mayor Ann Lee said.

"It will cost too much," said Tom Hart, a councillor.

"We will vote again," the council said.
`,
  { id: 'page' },
);

describe('pages --judged', () => {
  it('finds the three quotes the scores below rely on', () => {
    expect(article.quotes.map((q) => q.text.slice(0, 12))).toEqual(['This is a gr', 'It will cost', 'We will vote']);
  });

  it('scores precision over judged quotes and speaker accuracy over right ones, and lists the unjudged', () => {
    const judged = parseJudged(
      JSON.stringify({
        pages: {
          bridge: [
            { start: '“This is a great day', right: true, speaker: ['Ann Lee', 'Mayor Ann Lee'] },
            { start: 'It will cost', right: true, speaker: 'Someone Else' },
            { start: 'A quote the parser no longer finds', right: true, speaker: 'Ann Lee' },
          ],
          gone: [],
        },
      }),
      'judged.json',
    );
    const found = article.speakers.map((s) => s.name);
    expect(found).toContain('Ann Lee');
    const score = scoreJudged(new Map([['bridge', article]]), judged);
    expect(score).toMatchObject({ judged: 2, right: 2, speakerRight: 1, absent: ['gone'] });
    expect(score.missed.map((m) => m.judgement.start)).toEqual(['A quote the parser no longer finds']);
    const lines = judgedLines(score);
    expect(lines).toContain('quote precision: 2/2 = 1.000');
    expect(lines).toContain('speaker accuracy: 1/2 = 0.500 of right quotes');
    expect(lines).toContain('new quotes to judge: 1');
    // Each new quote comes as a judgement line to paste into the file.
    const line = lines.find((l) => l.includes('We will vote')) ?? '';
    expect(JSON.parse(line.trim().replace(/,$/, ''))).toMatchObject({ start: 'We will vote again', right: true });
  });

  it('counts a quote judged wrong against precision', () => {
    const judged = { pages: { bridge: [{ start: 'We will vote', right: false, speaker: null }] } };
    const score = scoreJudged(new Map([['bridge', article]]), judged);
    expect(score).toMatchObject({ judged: 1, right: 0, speakerRight: 0 });
    expect(judgedLines(score)).toContain('quote precision: 0/1 = 0.000');
  });

  it('refuses a judgement file with a missing field, naming it', () => {
    expect(() => parseJudged('{"pages":{"bbc-1":[{"start":"x","speaker":null}]}}', 'j.json')).toThrow(
      /j\.json: pages\.bbc-1\.0\.right/,
    );
    expect(() => parseJudged('{', 'j.json')).toThrow(/j\.json is not JSON/);
  });
});
