// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Speaker } from '@/article';
import {
  headWord,
  isPronoun,
  judgeSpeaker,
  TokenizedText,
  type GoldAttribution,
  type PredictedAttribution,
} from '@/eval';

const text = new TokenizedText(
  'Sen. Elizabeth Warren said the bank failed. A spokesman for the Clinton campaign said it was wrong. She said more.',
);
const range = (s: string) => ({ start: text.text.indexOf(s), end: text.text.indexOf(s) + s.length });
const gold = (source: string): GoldAttribution => ({
  id: 'E',
  content: [range('more')],
  cue: [],
  source: [range(source)],
  kind: 'indirect',
  cueClass: 'speech',
});
const predicted = (speaker: Speaker | null, source: string | null = null): PredictedAttribution => ({
  id: 'q1',
  kind: 'indirect',
  content: [range('more')],
  cue: [],
  source: source ? range(source) : null,
  speaker,
});
const person = (name: string, aliases: string[] = [], role: string | null = null): Speaker => ({
  id: 'x',
  name,
  role,
  kind: 'person',
  aliases,
});
const sources = [[range('Sen. Elizabeth Warren')], [range('A spokesman for the Clinton campaign')], [range('She')]];

describe('headWord and isPronoun', () => {
  it('finds the head of a name or description', () => {
    expect(headWord('Sen. Elizabeth Warren')).toBe('warren');
    expect(headWord('a spokesman for the Clinton campaign')).toBe('spokesman');
    expect(headWord("Trump's campaign")).toBe('campaign');
    expect(isPronoun('She')).toBe(true);
    expect(isPronoun('The senator')).toBe(false);
  });
});

describe('judgeSpeaker', () => {
  it('accepts a source span on the same mention', () => {
    expect(
      judgeSpeaker(text, gold('Sen. Elizabeth Warren'), predicted(null, 'Elizabeth Warren'), sources),
    ).toMatchObject({ correct: true, rule: 'same-mention' });
  });

  it('accepts a speaker named by the head of the gold source', () => {
    expect(
      judgeSpeaker(text, gold('Sen. Elizabeth Warren'), predicted(person('Elizabeth Warren', ['Warren'])), sources)
        .correct,
    ).toBe(true);
    expect(
      judgeSpeaker(text, gold('Sen. Elizabeth Warren'), predicted(person('Elizabeth Banks')), sources).correct,
    ).toBe(false);
  });

  it('wants a described speaker to share the capitalised words too', () => {
    const g = gold('A spokesman for the Clinton campaign');
    expect(
      judgeSpeaker(text, g, predicted(person('Brian Fallon', [], 'spokesman for the Clinton campaign')), sources)
        .correct,
    ).toBe(true);
    expect(
      judgeSpeaker(text, g, predicted(person('Jason Miller', [], 'spokesman for the Trump campaign')), sources).correct,
    ).toBe(false);
  });

  it('resolves a pronoun to the nearest earlier named gold source', () => {
    // "She" follows "A spokesman for the Clinton campaign", the nearest named source.
    expect(
      judgeSpeaker(
        text,
        gold('She'),
        predicted(person('Brian Fallon', [], 'spokesman for the Clinton campaign')),
        sources,
      ),
    ).toMatchObject({ correct: true, rule: 'referent' });
    expect(judgeSpeaker(text, gold('She'), predicted(person('Elizabeth Warren')), sources).correct).toBe(false);
    expect(judgeSpeaker(text, gold('She'), predicted(null), sources).correct).toBe(false);
  });

  it('takes the phrase right before a relative pronoun as its referent, not the nearest earlier source', () => {
    const t = new TokenizedText('Sen. Elizabeth Warren spoke. Later Gov. John Kasich, who said the plan failed, left.');
    const at = (s: string) => ({ start: t.text.indexOf(s), end: t.text.indexOf(s) + s.length });
    const g: GoldAttribution = { ...gold('She'), content: [at('the plan failed')], source: [at('who')] };
    const p = (source: string, speaker: Speaker): PredictedAttribution => ({
      ...predicted(speaker),
      content: [at('the plan failed')],
      source: at(source),
    });
    const goldSources = [[at('Sen. Elizabeth Warren')], [at('who')]];
    expect(judgeSpeaker(t, g, p('Gov. John Kasich', person('John Kasich')), goldSources)).toMatchObject({
      correct: true,
      rule: 'antecedent',
    });
    expect(judgeSpeaker(t, g, p('Sen. Elizabeth Warren', person('Elizabeth Warren')), goldSources).correct).toBe(false);
  });
});
